import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/** The single-page app: built to web/dist, which the local server and CloudFront serve. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [solid()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
