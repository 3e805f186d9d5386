import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Options of {@link directorySize}. */
export interface DirectorySizeOptions {
  /** Skip directories named node_modules (to measure one installed package without its nested dependencies). */
  readonly skipNodeModules?: boolean;
}

/**
 * Sum of the sizes in bytes of the regular files under `dir` (symbolic links are not followed or counted).
 *
 * @example
 * directorySize('node_modules/wink-nlp', { skipNodeModules: true }); // about 700000
 */
export function directorySize(dir: string, options: DirectorySizeOptions = {}): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(options.skipNodeModules === true && entry.name === 'node_modules')) total += directorySize(path, options);
    } else if (entry.isFile()) {
      total += statSync(path).size;
    }
  }
  return total;
}
