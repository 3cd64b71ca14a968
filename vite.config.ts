import path from 'path';
import { Plugin, Rolldown, UserConfigFn } from 'vite';
import { quantize, transform } from 'topojson-client';
import { overrideVaadinConfig } from './vite.generated';

/**
 * Steps of the grid the world map's borders are put on, across the world's width and height. World-atlas stores
 * its 1:50m borders on a grid of 100,000 steps (400 m at the equator); 5,000 steps (0.072° of longitude, 0.036°
 * of latitude) are finer than a pixel of the widest map the dashboard draws, a 2,732-pixel PNG export, and keep
 * Bahrain, Singapore and the Maldives, while the file a reader fetches shrinks from 206 to 89 KB compressed
 * (issue 16). DashboardBrowserIT checks that every country drawn has an area.
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

/** The scripts that Flow's own bootstrap imports one after another on a page's first visit. */
const FIRST_VISIT_CHAIN = [
  'generated/jar-resources/FlowBootstrap.js',
  'generated/flow/generated-flow-imports.js',
  'generated/jar-resources/FlowClient.js',
];

/**
 * Asks the browser for the links of Flow's own chain as soon as it reads the page. Flow's bootstrap imports its
 * parts in a chain (its bootstrap, then the components, then its client), each asked for only once the one
 * before has run, so on a busy phone the client arrived a second after the page. With these links they come in
 * parallel with the page's own script; they still run in Flow's order (issue 16). The chunks they import (the
 * components, ECharts) are not named: the browser compiles a preloaded module as it arrives, on the main thread,
 * and with all 22 named the overview's first screen (DD017) was painted 0.1–0.3 s later on a desktop and on a
 * phone-class CPU (BENCHMARKS.md, ninth part), for ECharts' first chart 0.06–0.10 s sooner. Only files that the
 * first visit fetches anyway are named, so the bytes it transfers do not change.
 */
function preloadFirstVisit(): Plugin {
  return {
    name: 'pid-preload-first-visit',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) {
          return undefined; // the development server loads modules as they are asked for
        }
        const chunks = new Map<string, Rolldown.OutputChunk>();
        Object.values(bundle).forEach((output) => output.type === 'chunk' && chunks.set(output.fileName, output));
        const preloaded = new Set<string>([chunk.fileName, ...chunk.imports]);
        const files: string[] = [];
        const add = (file: string) => {
          if (!preloaded.has(file)) {
            preloaded.add(file);
            files.push(file);
          }
        };
        chunks.forEach((output) => {
          const module = (output.facadeModuleId ?? '').replace(/\\/g, '/');
          if (FIRST_VISIT_CHAIN.some((ending) => module.endsWith(ending))) {
            add(output.fileName);
          }
        });
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The script of the embeddable chart pages (/embed/...), which the server writes without Flow: an entry of its
 * own beside Vaadin's index.html, under a name without a hash so that the page can name it. Every other entry
 * keeps Vite's default name, VAADIN/build/[name]-[hash].js; the chunks the embed script imports keep their
 * hashed names, and it names them relative to itself.
 */
const EMBED_ENTRY = 'embed';
const EMBED_FILE = 'VAADIN/build/embed.js';

const customConfig: UserConfigFn = () => ({
  plugins: [coarserWorldBorders(), preloadFirstVisit()],
  build: {
    rolldownOptions: {
      // merged into Vaadin's input ({ indexhtml }) by overrideVaadinConfig's mergeConfig
      input: { [EMBED_ENTRY]: path.resolve(__dirname, 'frontend', 'embed.js') },
      output: {
        entryFileNames: (chunk: Rolldown.PreRenderedChunk) =>
          chunk.name === EMBED_ENTRY ? EMBED_FILE : 'VAADIN/build/[name]-[hash].js',
      },
    },
  },
});

export default overrideVaadinConfig(customConfig);
