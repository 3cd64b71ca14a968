// <pid-echart>: an Apache ECharts chart driven by the `option` property that the Java EChart component sets.
// It renders to canvas, follows its container's size, lays itself out for a phone's width, tells the server
// which item was clicked, and frees the ECharts instance when removed. An option with a `map` series of the
// world loads the world's borders first, in a separate file fetched only by pages that show a map.
// Only the parts of ECharts that every chart draws with (issue 16: the first visit loads no chart type or
// component it does not use). The world map's parts come with its borders (pid-echart-map.js), and the exported
// images' parts when an image is saved (pid-echart-export.js). A chart type or component added on the Java side
// (ChartOption) must be added here or there too.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, ScatterChart, AriaComponent, GridComponent, MarkLineComponent, TooltipComponent,
  CanvasRenderer]);

const WORLD = 'world';
/** Below this width (px) a chart is laid out for a phone: labels above bars, a legend under the map. */
const NARROW = 560;
const LABEL_FONT = '12px sans-serif';
let worldMapLoading = null;
/** Whether the borders and the map's parts are registered (asked before, ECharts' getMap logs an error). */
let worldMapReady = false;

/** The world's borders and the map's parts of ECharts, fetched once, by the first chart that shows the map. */
function loadWorldMap() {
  if (!worldMapLoading) {
    worldMapLoading = import('./pid-echart-map.js').then((map) => {
      echarts.registerMap(WORLD, map.worldBorders());
      worldMapReady = true;
    });
  }
  return worldMapLoading;
}

function needsWorldMap(option) {
  return !!option && Array.isArray(option.series)
    && option.series.some((series) => series.type === 'map' && series.map === WORLD);
}

const measurer = document.createElement('canvas').getContext('2d');

/** The width a line of text takes in a font, in CSS pixels. */
function textWidth(text, font = LABEL_FONT) {
  measurer.font = font;
  return measurer.measureText(text).width;
}

/**
 * A text broken into lines that fit a width, word by word. Done here rather than by ECharts' own wrapping,
 * which was seen to measure with a stale font now and then and overprint an image's caption.
 */
function wrapped(text, width, font) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && textWidth(longer, font) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines;
}

function copy(value) {
  return JSON.parse(JSON.stringify(value));
}

/**
 * The option as ECharts should draw it at this width. The server sends one option for every width; the parts
 * a phone needs differently are changed here: ECharts' own media queries cannot change one bar's label.
 */
function laidOut(source, width) {
  const option = copy(source);
  const layout = option.pidLayout;
  delete option.pidLayout;
  // drawn at its values at once: a bar growing from zero shows a wrong length for a second, on screen and in a
  // screenshot taken meanwhile, and the animation's frames compete with the rest of the page for a phone's time
  option.animation = false;
  const narrow = width < NARROW;
  if (layout === 'bars') {
    layOutBars(option, width, narrow);
  } else if (layout === 'scatter') {
    layOutScatter(option, width, narrow);
  } else if (layout === 'columns' && narrow) {
    option.xAxis.axisLabel = { hideOverlap: true, interval: 'auto' };
  } else if (layout === 'map') {
    layOutMap(option, narrow);
  }
  return option;
}

/**
 * Wide: categories on the axis, each bar's value label to its right, with room kept for the longest label.
 * Narrow: the category and the value on a line above each bar, so that the bars get the whole width.
 */
function layOutBars(option, width, narrow) {
  const series = option.series[0];
  const categories = option.yAxis.data || [];
  option.xAxis.axisLabel = { hideOverlap: true };
  option.xAxis.splitNumber = narrow ? 3 : 5;
  if (narrow) {
    const plotWidth = width - 24;
    option.grid = { containLabel: true, left: 8, right: 16, top: 34, bottom: 44 };
    option.yAxis.axisLabel = { show: false };
    option.yAxis.axisTick = { show: false };
    series.barCategoryGap = '68%';
    series.data.forEach((item, i) => {
      item.label = Object.assign({}, item.label, {
        position: [0, -4],
        align: 'left',
        verticalAlign: 'bottom',
        // broken between words only, never inside a number such as "3,500"
        formatter: wrapped(`${categories[i]}: ${item.label.formatter}`, plotWidth, LABEL_FONT).join('\n'),
        lineHeight: 14,
      });
    });
    option.xAxis.nameTextStyle = { width: plotWidth, overflow: 'break', lineHeight: 14 };
    option.xAxis.nameGap = 26;
  } else {
    // a lollipop's label keeps clear of its dot
    const distance = option.series.length > 1 ? 12 : 5;
    series.data.forEach((item) => {
      item.label = Object.assign({}, item.label, { distance });
    });
    const longest = Math.max(0, ...series.data.map((item) => textWidth(item.label.formatter)));
    option.grid = Object.assign({}, option.grid, { right: Math.ceil(longest) + distance + 12 });
  }
}

/** Large numbers as a reader says them on an axis: "10M", "1.5B". */
const compactNumber = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Names beside the points without leaving the chart: to the left of points in the right part of it; labels
 * that would overlap are left to the tooltip. A phone names the area only and puts the y axis' name on top.
 */
function layOutScatter(option, width, narrow) {
  const series = option.series[0];
  const x = (value) => (option.xAxis.type === 'log' ? Math.log10(Math.max(value, 1e-12)) : value);
  const xs = series.data.map((item) => x(item.value[0]));
  const low = Math.min(...xs);
  const high = Math.max(...xs);
  const lowestY = Math.min(...series.data.map((item) => item.value[1]));
  series.data.forEach((item, i) => {
    const right = high > low && (xs[i] - low) / (high - low) > 0.6;
    // the lowest point may sit on the x axis' line: its name goes above it rather than through the line
    const label = { position: item.value[1] === lowestY ? 'top' : right ? 'left' : 'right' };
    if (narrow) {
      Object.assign(label, { formatter: item.label.formatter.split(' · ')[0], fontSize: 10 });
    }
    item.label = Object.assign({}, item.label, label);
  });
  series.labelLayout = { hideOverlap: true };
  [option.xAxis, option.yAxis].forEach((axis) => {
    axis.axisLabel = { hideOverlap: true, formatter: (value) => compactNumber.format(value) };
  });
  option.xAxis.splitNumber = narrow ? 3 : 5;
  if (narrow) {
    option.grid = { containLabel: true, left: 8, right: 20, top: 36, bottom: 48 };
    option.xAxis.nameTextStyle = { width: width - 24, overflow: 'break', lineHeight: 14 };
    Object.assign(option.yAxis, { nameLocation: 'end', nameGap: 12, nameTextStyle: { align: 'left' } });
  }
}

/** The gap ECharts leaves between a point and its label (label.distance's default). */
const LABEL_GAP = 5;

/** Where a label of this size would stand on this side of a point, as a box in the chart's pixels. */
function labelBox(side, point, width, height) {
  const reach = point.radius + LABEL_GAP;
  switch (side) {
    case 'left':
      return { x: point.x - reach - width, y: point.y - height / 2, width, height };
    case 'top':
      return { x: point.x - width / 2, y: point.y - reach - height, width, height };
    case 'bottom':
      return { x: point.x - width / 2, y: point.y + reach, width, height };
    default:
      return { x: point.x + reach, y: point.y - height / 2, width, height };
  }
}

function boxReachesDisc(box, point) {
  const nearestX = Math.min(Math.max(point.x, box.x), box.x + box.width);
  const nearestY = Math.min(Math.max(point.y, box.y), box.y + box.height);
  return Math.hypot(point.x - nearestX, point.y - nearestY) < point.radius + 1;
}

/** A box's corners, clockwise from its top left. */
function corners(box) {
  return [[box.x, box.y], [box.x + box.width, box.y], [box.x + box.width, box.y + box.height],
    [box.x, box.y + box.height]];
}

/**
 * Whether two convex shapes, given by their corners, overlap by more than a pixel: no side of either separates
 * them (the separating axis test). A name turned along a guide line is such a shape; a box is one too.
 */
function shapesMeet(a, b) {
  return [a, b].every((shape) => shape.every(([x1, y1], i) => {
    const [x2, y2] = shape[(i + 1) % shape.length];
    const [ax, ay] = [y2 - y1, x1 - x2];
    const length = Math.hypot(ax, ay);
    if (length === 0) {
      return true;
    }
    const along = (points) => points.map(([x, y]) => (x * ax + y * ay) / length);
    const [pa, pb] = [along(a), along(b)];
    return Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) > 1;
  }));
}

/** Whether a convex shape, given by its corners, reaches into a point's disc. */
function shapeReachesDisc(shape, point) {
  const inside = shape.every(([x1, y1], i) => {
    const [x2, y2] = shape[(i + 1) % shape.length];
    return (x2 - x1) * (point.y - y1) - (y2 - y1) * (point.x - x1) >= 0;
  }) || shape.every(([x1, y1], i) => {
    const [x2, y2] = shape[(i + 1) % shape.length];
    return (x2 - x1) * (point.y - y1) - (y2 - y1) * (point.x - x1) <= 0;
  });
  return inside || shape.some(([x1, y1], i) => {
    const [x2, y2] = shape[(i + 1) % shape.length];
    const span = (x2 - x1) ** 2 + (y2 - y1) ** 2;
    // the point of the side nearest the disc's centre
    const along = span === 0 ? 0 : ((point.x - x1) * (x2 - x1) + (point.y - y1) * (y2 - y1)) / span;
    const t = Math.min(1, Math.max(0, along));
    return Math.hypot(point.x - (x1 + t * (x2 - x1)), point.y - (y1 + t * (y2 - y1))) < point.radius + 1;
  });
}

/** The corners of each drawn text whose words are one of these, by its words (the text's box, turned with it). */
function drawnTexts(chart, texts) {
  const drawn = new Map();
  chart.getZr().storage.getDisplayList(true).forEach((element) => {
    const text = element.style && element.style.text;
    if (texts.includes(text) && !element.ignore && !element.invisible) {
      const [a, b, c, d, e, f] = element.getComputedTransform() || [1, 0, 0, 1, 0, 0];
      drawn.set(text, corners(element.getBoundingRect()).map(([x, y]) => [a * x + c * y + e, b * x + d * y + f]));
    }
  });
  return drawn;
}

/** Where ECharts can write a guide line's name along it, in the order tried. */
const GUIDE_NAME_PLACES = ['insideEndTop', 'insideStartTop', 'insideMiddleTop', 'insideEndBottom',
  'insideStartBottom', 'insideMiddleBottom'];

function withGuideLabels(lines, labelOf) {
  return lines.map((line, i) => [Object.assign({}, line[0], { label: labelOf(i) }), line[1]]);
}

/**
 * Names the scatter's dashed guide lines ("1 per million") where a name covers no point and no other guide's
 * name: at the line's end if it fits there, else at the first other place along the line that does, else not at
 * all (the lines are a decade apart, and the chart's notes say so). Each place is drawn and measured as ECharts
 * draws it; the names are turned along their lines, so they are measured as turned shapes, not boxes.
 *
 * @return the corners of each guide's name drawn, for the points' names to keep clear of
 */
function placeGuideNames(chart, option, points) {
  const markLine = option.series[0].markLine;
  if (!markLine || !markLine.data) {
    return [];
  }
  const names = markLine.data.map((line) => line[0].name);
  const drawnAt = GUIDE_NAME_PLACES.map((position) => {
    chart.setOption({ series: [{ markLine: { data: withGuideLabels(markLine.data, () => ({ position })) } }] });
    return drawnTexts(chart, names);
  });
  const [width, height] = [chart.getWidth(), chart.getHeight()];
  const named = [];
  const labels = names.map((name) => {
    for (let place = 0; place < GUIDE_NAME_PLACES.length; place++) {
      const shape = drawnAt[place].get(name);
      if (shape && shape.every(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height)
          && !points.some((point) => shapeReachesDisc(shape, point))
          && !named.some((other) => shapesMeet(shape, other))) {
        named.push(shape);
        return { show: true, position: GUIDE_NAME_PLACES[place] };
      }
    }
    return { show: false };
  });
  chart.setOption({ series: [{ markLine: { data: withGuideLabels(markLine.data, (i) => labels[i]) } }] });
  return named;
}

/**
 * Names the scatter's points where a name covers neither another point nor another name, now that ECharts has
 * placed the points: each on its usual side if it fits there, else on the first other side that does, else not
 * at all (the tooltip and the table still name it). ECharts' own hideOverlap only keeps names off each other, and
 * a name drawn across a point hid that point, a figure, from the reader. The guide lines are named first, and a
 * point's name keeps clear of their names too.
 */
function placeScatterNames(chart, option) {
  const series = option.series[0];
  const data = chart.getModel().getSeriesByIndex(0).getData();
  const plot = chart.getModel().getComponent('grid').coordinateSystem.getRect();
  const right = chart.getWidth() - 2;
  // a point ECharts could not place (no layout, or NaN on a log axis) gets no name and is no obstacle
  const points = series.data.map((item, i) => {
    const [x, y] = data.getItemLayout(i) || [NaN, NaN];
    return { x, y, radius: series.symbolSize / 2 };
  });
  const named = placeGuideNames(chart, option, points);
  const labels = series.data.map((item, i) => {
    const label = item.label || {};
    const fontSize = label.fontSize || 12;
    const width = textWidth(label.formatter, `${fontSize}px sans-serif`) + 2;
    const height = Math.ceil(fontSize * 1.4);
    const usual = label.position || 'right';
    const sides = [usual, ...['right', 'left', 'top', 'bottom'].filter((side) => side !== usual)];
    for (const side of sides) {
      const box = labelBox(side, points[i], width, height);
      const fits = box.x >= plot.x && box.x + box.width <= right && box.y >= plot.y
        && box.y + box.height <= plot.y + plot.height;
      if (fits && !points.some((point, j) => j !== i && boxReachesDisc(box, point))
          && !named.some((other) => shapesMeet(corners(box), other))) {
        named.push(corners(box));
        return Object.assign({}, label, { show: true, position: side });
      }
    }
    return Object.assign({}, label, { show: false });
  });
  chart.setOption({ series: [{ data: series.data.map((item, i) => Object.assign({}, item, { label: labels[i] })) }] });
}

/** Draws an option laid out for its width (laidOut) and, on a scatter, names the points where the names fit. */
function draw(chart, option, layout) {
  chart.setOption(option, { notMerge: true });
  if (layout === 'scatter') {
    placeScatterNames(chart, option);
  }
}

/** The legend under the map, on one line where it fits, else a column; the map takes the rest. */
function layOutMap(option, narrow) {
  const pieces = option.visualMap ? option.visualMap.pieces.length : 0;
  const legend = narrow ? pieces * 22 + 8 : 36;
  option.series.forEach((series) => {
    Object.assign(series, { left: 4, right: 4, top: 4, bottom: legend + 4 });
  });
  if (option.visualMap) {
    Object.assign(option.visualMap, narrow
      ? { orient: 'vertical', left: 4, bottom: 4, itemGap: 6 }
      : { orient: 'horizontal', left: 'center', bottom: 6 });
  }
}

class PidEchart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._narrow = null;
    this._resizeObserver = null;
    this._inViewObserver = null;
    this._chartHasMap = false;
    /** The size the chart was last drawn at, "width×height". */
    this._drawnSize = null;
    this._firstDrawPending = false;
  }

  set option(value) {
    this._option = value;
    this._apply();
  }

  get option() {
    return this._option;
  }

  _apply() {
    const option = this._option;
    this._drawnSize = null;
    // before its first size, or while hidden, the chart is drawn when it is given a size (_resized)
    if (!this._chart || !option || !this.clientWidth || !this.clientHeight) {
      return;
    }
    if (needsWorldMap(option) && !worldMapReady) {
      this.setAttribute('data-loading', 'map');
      this._whenInView(() => loadWorldMap().then(() => {
        this.removeAttribute('data-loading');
        // the option may have changed while the borders loaded: draw the newest one
        this._apply();
      }));
      return;
    }
    // an ECharts instance copies the registered parts when it is made: one made before the map's parts arrived
    // cannot draw a map, so a map's is made again (other charts keep theirs)
    if (needsWorldMap(option) && !this._chartHasMap) {
      this._chart.dispose();
      this._chart = this._newChart();
    }
    const width = this.clientWidth;
    this._narrow = width < NARROW;
    this.toggleAttribute('data-narrow', this._narrow);
    // notMerge: the server sends the whole option each time, so series removed there disappear here
    draw(this._chart, laidOut(option, width), option.pidLayout);
    this._drawnSize = this._size();
    this.setAttribute('data-drawn', '');
  }

  _size() {
    return `${this.clientWidth}×${this.clientHeight}`;
  }

  /**
   * Runs the action once the chart is within a screen's height of the window, at once if it already is. The
   * overview's map sits below the first screen, and its borders are the largest file a visit fetches: a reader
   * who never scrolls to it does not wait for them (issue 16).
   */
  _whenInView(action) {
    if (this._inViewObserver) {
      return;
    }
    this._inViewObserver = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this._inViewObserver.disconnect();
        this._inViewObserver = null;
        action();
      }
    }, { rootMargin: '100% 0px' });
    this._inViewObserver.observe(this);
  }

  /**
   * The chart is made and drawn the first time the element has a size, so it is drawn once, at the width it is
   * seen at, and not while hidden (a tab not shown, a page not yet placed). Later it is drawn again only when
   * its size changes: laid out anew across the phone's width, else resized.
   */
  _resized() {
    if (!this.clientWidth || !this.clientHeight) {
      return;
    }
    if (!this._chart) {
      // drawn a frame later: the app layout places the drawer beside the view in the frame after its own first
      // layout, and a chart drawn at once would be drawn twice, at the width before the drawer and after it
      if (!this._firstDrawPending) {
        this._firstDrawPending = true;
        requestAnimationFrame(() => {
          this._firstDrawPending = false;
          if (this.isConnected && !this._chart) {
            this._chart = this._newChart();
            this._resized();
          }
        });
      }
      return;
    }
    if (this._drawnSize === null || (this.clientWidth < NARROW) !== this._narrow) {
      this._apply();
    } else if (this._size() !== this._drawnSize) {
      this._chart.resize();
      this._drawnSize = this._size();
      // a scatter's names were placed for its points' pixels, which move with the size
      if (this._option.pidLayout === 'scatter') {
        placeScatterNames(this._chart, laidOut(this._option, this.clientWidth));
      }
    }
  }

  /**
   * Saves the chart as a PNG or SVG file: its title and subtitle above, its legend and the source line below,
   * each wrapped to the image's width and given the room it needs, so that nothing overprints and the image
   * carries where its numbers come from when it is pasted into a briefing.
   *
   * @param caption {title, subtitle, notes, source}: texts, any of them may be empty (its hint is for the page)
   */
  async exportImage(type, caption, fileName) {
    if (!this._option) {
      return;
    }
    await Promise.all([import('./pid-echart-export.js'), needsWorldMap(this._option) ? loadWorldMap() : null]);
    const width = Math.max(this.clientWidth || 0, 800);
    const block = (text, font, lineHeight) => {
      const lines = text ? wrapped(text, width - 32, font) : [];
      return { text: lines.join('\n'), font, lineHeight, height: lines.length * lineHeight };
    };
    const title = block(caption.title, 'bold 16px sans-serif', 21);
    const subtitle = block(caption.subtitle, '12px sans-serif', 16);
    const notes = block(caption.notes, '11px sans-serif', 15);
    const source = block(caption.source, '11px sans-serif', 15);
    const above = 14 + title.height + (subtitle.height ? 6 + subtitle.height : 0) + 14;
    const below = 12 + source.height + (notes.height ? 6 + notes.height : 0) + 12;
    const isMap = this._option.pidLayout === 'map';
    const drawing = isMap ? Math.round(width * 0.55) : Math.max(this.clientHeight || 0, 360);
    const height = above + drawing + below;

    const framed = laidOut(this._option, width);
    framed.backgroundColor = '#ffffff';
    if (isMap) {
      framed.series.forEach((series) => {
        series.top = above;
        series.bottom = below + 44;
      });
      if (framed.visualMap) {
        framed.visualMap.bottom = below + 4;
      }
    } else {
      const grid = framed.grid || {};
      framed.grid = Object.assign({}, grid, { top: (grid.top || 16) + above, bottom: (grid.bottom || 48) + below });
    }
    const text = (part, top, fill) => part.height && {
      type: 'text', left: 16, top,
      style: { text: part.text, font: part.font, lineHeight: part.lineHeight, fill },
    };
    framed.graphic = [
      text(title, 14, '#111'),
      text(subtitle, 14 + title.height + 6, '#444'),
      text(notes, height - 12 - source.height - 6 - notes.height, '#333'),
      text(source, height - 12 - source.height, '#333'),
    ].filter(Boolean);

    let url;
    if (type === 'svg') {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
      draw(chart, framed, this._option.pidLayout);
      const svg = chart.renderToSVGString();
      chart.dispose();
      url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    } else {
      const holder = document.createElement('div');
      holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`;
      document.body.appendChild(holder);
      const chart = echarts.init(holder, null, { renderer: 'canvas', width, height });
      draw(chart, framed, this._option.pidLayout);
      url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      chart.dispose();
      holder.remove();
    }
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    if (url.startsWith('blob:')) {
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    // reachable by keyboard; its description is the chart's sentence (aria-label, set by the server)
    if (!this.hasAttribute('tabindex')) {
      this.setAttribute('tabindex', '0');
    }
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'img');
    }
    if (!this._resizeObserver) {
      // its first report comes once the element is laid out: the chart is made then (_resized)
      this._resizeObserver = new ResizeObserver(() => this._resized());
      this._resizeObserver.observe(this);
    }
  }

  _newChart() {
    const chart = echarts.init(this, null, { renderer: 'canvas' });
    this._chartHasMap = worldMapReady;
    // an item the reader clicks or taps: the server opens its sentence and sources, or its country
    chart.on('click', (params) => {
      if (typeof params.dataIndex === 'number' && params.dataIndex >= 0) {
        this.dispatchEvent(new CustomEvent('pid-item-click', { detail: { index: params.dataIndex } }));
      }
    });
    return chart;
  }

  disconnectedCallback() {
    // a page built with the server's first answer is moved into the outlet by Flow's router, which disconnects
    // and connects every element at once: the chart is freed only if it is still out of the page afterwards
    queueMicrotask(() => {
      if (!this.isConnected) {
        this._release();
      }
    });
  }

  _release() {
    if (this._inViewObserver) {
      this._inViewObserver.disconnect();
      this._inViewObserver = null;
    }
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
      this._drawnSize = null;
    }
  }
}

customElements.define('pid-echart', PidEchart);
