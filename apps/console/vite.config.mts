import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console: a single-page app served by the API under /ui/. Element Plus components (and their
 * styles) are imported where a template uses them, not as a whole; hashed assets land in
 * dist/console/assets, which the API serves as immutable.
 */
export default defineConfig({
  root,
  base: '/ui/',
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: 'src/components.d.ts' })],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    // ExcelJS (about 950 kB) is one chunk, loaded only when a spreadsheet is downloaded.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: Object.fromEntries(['/auth', '/cases', '/tasks', '/rounds', '/org-units', '/counties', '/audit', '/admin', '/calendar', '/health'].map((path) => [path, 'http://127.0.0.1:3000'])) },
});
