let importer: ((specifier: string) => Promise<unknown>) | undefined;

/**
 * Imports an ES module at run time from both builds of the package. The CommonJS build rewrites a literal
 * `import()` into `require()`, and `require()` cannot load vega or vega-lite (ES modules with top-level await), so
 * the `import()` is written inside a function built on the first call, where no build step can rewrite it. Node
 * resolves the specifier from this package, whatever the working directory. Node only: the renderer is.
 *
 * @example
 * const vega = await importEsm<typeof import('vega')>('vega');
 */
export function importEsm<T>(specifier: string): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the one way to keep a real import() in the CJS build
  importer ??= new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
  return importer(specifier) as Promise<T>;
}
