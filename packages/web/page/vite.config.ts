import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is built into the package (dist/page) and served by its own server: no CDN, no
// inline script or style (the server's CSP forbids both), one script and one stylesheet.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../dist/page', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
