/**
 * Measures what installing stance-shift costs: packs the repository, installs the tarball into an empty project (as
 * the package smoke test does) and prints the tarball size, the unpacked package size, the whole production
 * dependency tree on disk, and the share of each direct dependency (with its own dependencies). The figures go into
 * docs/package.md. Run after `npm run build`:
 *
 *   npm run pack-size
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { directorySize } from '../test/package/directorySize';
import { packAndInstall } from '../test/package/packAndInstall';

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Where Node would find `name` from a package in `from` (its own node_modules, then each parent's). */
function resolvePackage(from: string, name: string, root: string): string | undefined {
  for (let dir = from; dir.startsWith(root); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root) break;
  }
  return undefined;
}

/** The installed directories of a package and everything it depends on. */
function closure(start: string, root: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let dir = queue.pop(); dir !== undefined; dir = queue.pop()) {
    for (const name of Object.keys(manifest(dir).dependencies ?? {})) {
      const found = resolvePackage(dir, name, root);
      if (found !== undefined && !seen.has(found)) {
        seen.add(found);
        queue.push(found);
      }
    }
  }
  return seen;
}

function sizeOf(dirs: Iterable<string>): number {
  let total = 0;
  for (const dir of dirs) total += directorySize(dir, { skipNodeModules: true });
  return total;
}

const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Disk usage as `du -sk` reports it (blocks, so small files count more than their bytes); '?' without du. */
function diskUsage(dir: string): string {
  const du = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  const kib = Number.parseInt(du.stdout ?? '', 10);
  return Number.isFinite(kib) ? mb(kib * 1024) : '?';
}

function main(): void {
  const install = packAndInstall();
  try {
    const root = install.project;
    const self = join(root, 'node_modules', 'stance-shift');
    const all = closure(self, root);
    const direct = Object.keys(manifest(self).dependencies ?? {}).sort();
    const lines = [
      `tarball (npm pack): ${kb(install.pack.size)}; unpacked: ${kb(install.pack.unpackedSize)} in ${install.pack.files.length} files`,
      `installed tree: ${all.size} packages (stance-shift included), ${mb(sizeOf(all))} of files; ${diskUsage(join(root, 'node_modules'))} on disk (du)`,
      '',
      '| dependency | version | packages with its own dependencies | size with its own dependencies |',
      '| --- | --- | ---: | ---: |',
    ];
    for (const name of direct) {
      const dir = resolvePackage(self, name, root);
      if (dir === undefined) continue;
      const own = closure(dir, root);
      lines.push(`| ${name} | ${manifest(dir).version} | ${own.size} | ${mb(sizeOf(own))} |`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(install.root, { recursive: true, force: true });
  }
}

main();
