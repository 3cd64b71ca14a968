// <pid-echart>: an Apache ECharts chart driven by the `option` property that the Java EChart component sets.
// It renders to canvas, follows its container's size, and frees the ECharts instance when removed.
// An option with a `map` series of the world loads the world's borders first, in a separate file fetched only
// by pages that show a map.
import * as echarts from 'echarts';

const WORLD = 'world';
let worldMapLoading = null;

/**
 * Natural Earth borders (world-atlas, 1:50m, which still shows small countries such as Bahrain), keyed by the
 * ISO 3166-1 numeric code so that the server's names can be attached to them.
 */
function loadWorldMap() {
  if (!worldMapLoading) {
    worldMapLoading = Promise.all([import('topojson-client'), import('world-atlas/countries-50m.json')])
      .then(([topojson, atlas]) => {
        const topology = atlas.default || atlas;
        const countries = topojson.feature(topology, topology.objects.countries);
        // Antarctica (010) has no people to target and takes a fifth of the map's height
        countries.features = countries.features.filter((country) => country.id !== '010');
        countries.features.forEach((country) => {
          country.properties = { name: country.id || country.properties.name };
        });
        echarts.registerMap(WORLD, countries);
      });
  }
  return worldMapLoading;
}

function needsWorldMap(option) {
  return !!option && Array.isArray(option.series)
    && option.series.some((series) => series.type === 'map' && series.map === WORLD);
}

class PidEchart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._resizeObserver = null;
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
    if (!this._chart || !option) {
      return;
    }
    if (needsWorldMap(option) && !echarts.getMap(WORLD)) {
      this.setAttribute('data-loading', 'map');
      loadWorldMap().then(() => {
        this.removeAttribute('data-loading');
        // the option may have changed while the borders loaded: draw the newest one
        this._apply();
      });
      return;
    }
    // notMerge: the server sends the whole option each time, so series removed there disappear here
    this._chart.setOption(option, { notMerge: true });
    this.setAttribute('data-drawn', '');
  }

  /**
   * Saves the chart as a PNG or SVG file with its title above and a source line below, so that the image
   * carries where its numbers come from when it is pasted into a briefing.
   */
  exportImage(type, title, footer, fileName) {
    const option = this._option;
    if (!option) {
      return;
    }
    const width = Math.max(this.clientWidth || 0, 800);
    const height = Math.max(this.clientHeight || 0, 360) + 90;
    const grid = option.grid || {};
    const framed = Object.assign({}, option, {
      animation: false,
      backgroundColor: '#ffffff',
      title: { text: title, left: 16, top: 10, textStyle: { fontSize: 16, fontWeight: 'bold', width: width - 32, overflow: 'break' } },
      graphic: [{ type: 'text', left: 16, bottom: 10, style: { text: footer, fontSize: 11, fill: '#444', width: width - 32, overflow: 'break' } }],
      grid: Object.assign({}, grid, { top: (grid.top || 16) + 44, bottom: (grid.bottom || 48) + 34 }),
    });
    let url;
    if (type === 'svg') {
      const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
      chart.setOption(framed);
      const svg = chart.renderToSVGString();
      chart.dispose();
      url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    } else {
      const holder = document.createElement('div');
      holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`;
      document.body.appendChild(holder);
      const chart = echarts.init(holder, null, { renderer: 'canvas', width, height });
      chart.setOption(framed);
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
    this._chart = echarts.init(this, null, { renderer: 'canvas' });
    this._apply();
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resizeObserver.observe(this);
  }

  disconnectedCallback() {
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
      this._resizeObserver = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }
}

customElements.define('pid-echart', PidEchart);
