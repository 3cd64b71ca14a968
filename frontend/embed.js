// The script of an embeddable chart page (/embed/...): a page the server writes without Flow, whose chart is the
// same <pid-echart> element the dashboard draws. The build emits it under a fixed name, VAADIN/build/embed.js
// (vite.config.ts), so that the page can name it; the chunks it imports keep their hashed names. No inline script
// is needed (the page's policy is script-src 'self'): a chart's option is in its data-option attribute, the same
// JSON the Java EChart component sends, and it is parsed and set here as the dashboard sets it.
import './components/pid-echart.js';

/** Gives every <pid-echart data-option> of the page its option. */
function drawCharts() {
  for (const chart of document.querySelectorAll('pid-echart[data-option]')) {
    try {
      chart.option = JSON.parse(chart.dataset.option);
    } catch (error) {
      chart.setAttribute('data-error', 'option');
      console.error('pid-echart: its option is not JSON', error);
    }
  }
}

/**
 * In a frame, tells the page around it how tall this page is, whenever that changes, so that the embed snippet's
 * script can fit the frame to it (EmbedSnippet.java): on a phone each bar's label goes above its bar and the page
 * grows. Only the height leaves the frame. Without that script the frame keeps its height and this page scrolls.
 */
function tellHeight() {
  if (window.parent === window) {
    return;
  }
  const tell = () => window.parent.postMessage({
    type: 'privacy-impact-embed-height',
    height: Math.ceil(document.body.getBoundingClientRect().height)
  }, '*');
  new ResizeObserver(tell).observe(document.body);
}

function start() {
  drawCharts();
  tellHeight();
}

// a module script runs once the page is parsed; the check is for a page that loads it some other way
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
