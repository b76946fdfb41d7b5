import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder of any static host as well as from the gateway's /.
  base: './',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Hashed names under assets/ are what the gateway caches for a year; index.html stays uncached.
    assetsDir: 'assets',
    sourcemap: false,
    // Vite would inline small assets as data: URLs, which the page's Content-Security-Policy forbids.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
