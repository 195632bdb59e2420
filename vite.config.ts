// Builds the web view (web/) into static assets in dist/web, which the service serves at `/`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  // The service sets a strict CSP (script-src 'self'), so nothing may be inlined into index.html.
  build: {
    outDir,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    // Only modern Chromium/Firefox/Safari are targeted; the polyfill would be dead weight.
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    // Two pages: the web view, and the embed page that other sites may frame (`/embed`).
    rolldownOptions: {
      input: { main: `${root}/index.html`, embed: `${root}/embed.html` },
    },
  },
  server: {
    // `npx vite` for front-end work: the API comes from a running `juxta serve`.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
