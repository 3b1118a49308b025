import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const workspace = path.resolve(root, '../..');

// The gateway serves the build from dist/web at http://127.0.0.1:4000/ (same origin as /graphql).
// In development (`npx nx serve web`) Vite serves the app and passes /graphql, WebSocket
// included, to a gateway started by `npm start`.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@lotbook/money': path.join(workspace, 'libs/shared/money/src/index.ts') },
  },
  build: {
    outDir: path.join(workspace, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: process.env.WEB_SOURCEMAP === '1',
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://127.0.0.1:4000', ws: true } },
  },
});
