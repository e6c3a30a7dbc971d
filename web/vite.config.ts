import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const PLATFORM = 'http://localhost:3000';

// The web app is built into web/dist and served by the platform itself; `npm run dev` runs
// this dev server on :5173 with /api, /docs, /healthz and the published privacy pages (/privacy,
// /privacy/…, but not the app's own /privacy-centre) proxied to the platform on :3000.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    proxy: { '/api': PLATFORM, '/docs': PLATFORM, '/healthz': PLATFORM, '^/privacy(?:$|[/?])': PLATFORM },
  },
});
