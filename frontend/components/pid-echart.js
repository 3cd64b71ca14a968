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
