import { Plugin, UserConfigFn } from 'vite';
import { quantize, transform } from 'topojson-client';
import { overrideVaadinConfig } from './vite.generated';

/**
 * Steps of the grid the world map's borders are put on, across the world's width and height. World-atlas stores
 * its 1:50m borders on a grid of 100,000 steps (400 m at the equator); 5,000 steps (0.072° of longitude, 0.036°
 * of latitude) are finer than a pixel of the widest map the dashboard draws, a 2,732-pixel PNG export, and keep
 * Bahrain, Singapore and the Maldives, while the file a reader fetches shrinks from 206 to 89 KB compressed
 * (issue 16). DashboardBrowserTest checks that every country drawn has an area.
 */
const BORDER_STEPS = 5000;

/** Puts world-atlas's 1:50m borders on the coarser grid above when the build reads them. */
function coarserWorldBorders(): Plugin {
  return {
    name: 'pid-coarser-world-borders',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/world-atlas/countries-50m.json')) {
        return null;
      }
      const topology = JSON.parse(code);
      const absolute = topology.arcs.map((arc: number[][]) => {
        const toDegrees = transform(topology.transform);
        return arc.map((point, index) => toDegrees(point.slice(), index));
      });
      const coarser = quantize({ type: 'Topology', objects: topology.objects, arcs: absolute, bbox: topology.bbox },
        BORDER_STEPS);
      return { code: JSON.stringify(coarser), map: null };
    },
  };
}

const customConfig: UserConfigFn = () => ({
  plugins: [coarserWorldBorders()],
});

export default overrideVaadinConfig(customConfig);
