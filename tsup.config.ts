import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    io: 'src/io/index.ts',
    report: 'src/report/index.ts',
    eval: 'src/eval/index.ts',
    cli: 'src/cli/main.ts',
    workers: 'src/workers/index.ts',
    // The worker thread's entry: workerEntry() finds dist/worker.js or dist/worker.cjs next to the built module.
    worker: 'src/workers/analyzeWorker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // No source maps in the package: they were 60% of its size, and the published sources are readable ES2022.
  sourcemap: false,
  splitting: true,
  target: 'es2022',
  shims: true,
});
