import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { addFrameGate } from './scripts/lib/frame-gate-manifest';

// Manifest kept to what Inkling needs: storage for settings, contextMenus for "Look up",
// scripting to inject the card's code into a frame on first use (lib/card/card-api.ts) — the
// content script itself is declared statically and stays small.
export default defineConfig({
  // Parallel work (several builds on one machine) can each use their own output folder.
  outDir: process.env.INKLING_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Hardening: Vite's modulepreload polyfill is a fetch() of the page's own chunks. Chrome and
  // Firefox preload modules natively, and a bundle with no network API at all is what
  // scripts/check-bundles.ts can then prove.
  vite: () => ({
    plugins: [preact()],
    build: {
      modulePreload: { polyfill: false },
      // For reading what a bundle is made of (scripts/bundle-sources.ts); never shipped.
      sourcemap: process.env.INKLING_SOURCEMAP === '1',
    },
    // Benchmark builds only (scripts/bench/page.ts): trace stamps, and a known amount of work that
    // shows the benchmark counts what it should. Both are constant-folded away otherwise.
    define: {
      __INKLING_BENCH__: JSON.stringify(process.env.INKLING_BENCH === '1'),
      __INKLING_BENCH_BUSY__: JSON.stringify(Number(process.env.INKLING_BENCH_BUSY ?? 0)),
    },
  }),
  hooks: {
    // Subframes get the frame gate, not the whole page script (scripts/lib/frame-gate-manifest.ts).
    'build:manifestGenerated': (_wxt, manifest) => addFrameGate(manifest),
  },
  manifest: ({ browser }) => ({
    name: 'Inkling',
    description: 'Sourced context next to the names of AI research in China, the US and Europe.',
    permissions: ['storage', 'contextMenus', 'scripting'],
    // The same pages the content script runs on: scripting.executeScript needs them to inject
    // the card. Adds no install warning beyond the content script's own.
    host_permissions: ['http://*/*', 'https://*/*', 'file:///*'],
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; img-src 'self'",
    },
    commands: {
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next marked name and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inkling@inkling.invalid',
              // 140 is the first Firefox (142 on Android) that reads data_collection_permissions:
              // older versions would install without showing the "collects no data" promise.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
