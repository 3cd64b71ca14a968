// <pid-echart>: an Apache ECharts chart driven by the `option` property that the Java EChart component sets.
// It renders to canvas, follows its container's size, and frees the ECharts instance when removed.
import * as echarts from 'echarts';

class PidEchart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._resizeObserver = null;
  }

  set option(value) {
    this._option = value;
    if (this._chart) {
      // notMerge: the server sends the whole option each time, so series removed there disappear here
      this._chart.setOption(value, { notMerge: true });
    }
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._chart = echarts.init(this, null, { renderer: 'canvas' });
    if (this._option) {
      this._chart.setOption(this._option, { notMerge: true });
    }
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
