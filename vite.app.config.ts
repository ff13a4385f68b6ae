// Builds the web app (viz/) into a static site in dist-app/ that works offline from any
// static host: relative base, every script, style and worker bundled, no remote request.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'viz',
  base: './',
  publicDir: false,
  build: {
    outDir: '../dist-app',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The engine, zod and d3 make one chunk of about 400 kB; that is expected.
    chunkSizeWarningLimit: 1200,
    // Timing notes depend on the machine's load, not on the app: keep builds quiet.
    rollupOptions: { checks: { bundlerTimings: false } },
  },
  worker: { format: 'es' },
  // The app imports the engine (../sim) and the bundled scenarios (../scenarios).
  server: { fs: { allow: ['..'] }, host: 'localhost' },
  preview: { host: 'localhost', port: 4173 },
});
