// Builds the headless entry points (CLI, workers, benchmark, figures) for Node into dist/.
// Bundling lets the engine use import.meta.glob (the lever registry) everywhere.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: {
        cli: 'sim/cli/main.ts',
        'replicate-worker': 'sim/worker/replicate-worker.ts',
        'sweep-worker': 'sim/sweep/sweep-worker.ts',
        'fit-worker': 'sim/calibrate/fit-worker.ts',
        bench: 'test/bench/bench.ts',
        figures: 'test/figures/make-figures.ts',
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
