import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite` (the dev server) sends /api: a Samtal started with `npm run dev`, port 3000 unless told otherwise. */
const api = process.env.SAMTAL_API_URL ?? 'http://127.0.0.1:3000';

// The web app lives in web/ and builds to web/dist, which the API server serves in production.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      // SSE goes through the same proxy; no buffering or timeouts are added by Vite's proxy.
      '/api': { target: api, changeOrigin: false, ws: false },
    },
  },
});
