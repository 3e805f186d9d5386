/** Where the worker thread's code is and how to start it. */
export interface WorkerEntry {
  /** A file URL, or, with `eval`, the source of a bootstrap script. */
  readonly url: URL | string;
  /** The entry is a script to evaluate (the TypeScript bootstrap when running from source). */
  readonly eval?: boolean;
}

/**
 * Finds the worker entry next to this module: `worker.js` / `worker.cjs` in the built package (dist/), or, when
 * running from source (tsx, jest), a small bootstrap that registers tsx's loader in the worker thread and imports
 * `analyzeWorker.ts` (loader hooks of the main thread do not reach worker threads on Node 20).
 *
 * @example
 * workerEntry().url.toString().endsWith('/dist/worker.js'); // true in the installed package
 */
export function workerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  if (/\.[cm]?ts$/.test(moduleUrl)) {
    const file = new URL('./analyzeWorker.ts', moduleUrl).href;
    return { url: `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(file)}, ${JSON.stringify(moduleUrl)}));`, eval: true };
  }
  return { url: new URL(moduleUrl.endsWith('.cjs') ? './worker.cjs' : './worker.js', moduleUrl) };
}
