import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions a directory input is read for. */
export const DIRECTORY_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.jsonl', '.ndjson']);

/** Code-point order, the same on every machine (no locale). */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files of a directory with a text or JSONL extension, in code-point order; sub-directories are walked when
 * `recursive` (each real directory once, so symbolic-link loops end). Dangling links are passed over.
 *
 * @example
 * await listTextFiles('examples/data', false); // ['examples/data/000_....txt', ...]
 */
export async function listTextFiles(dir: string, recursive: boolean, seen: Set<string> = new Set()): Promise<string[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true })).map((e) => e.name).sort(byCodePoint);
  const files: string[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch {
      continue; // a dangling link is not a text file of the directory
    }
    if (info.isDirectory()) {
      if (recursive) files.push(...(await listTextFiles(path, recursive, seen)));
    } else if (info.isFile() && DIRECTORY_EXTENSIONS.has(extname(name).toLowerCase())) {
      files.push(path);
    }
  }
  return files;
}
