import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in test/package/). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

/** Built files the package tests need: the ESM and CJS main entries, their types and the CLI. */
const REQUIRED = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js'];

/** How long a second test file waits for a build another file started (milliseconds). */
const BUILD_WAIT_MS = 180_000;

function missing(): string[] {
  return REQUIRED.filter((file) => !existsSync(join(REPO_ROOT, file)));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Makes sure `dist/` holds a build. In CI (`CI=true`) a missing build is an error, because CI runs `npm run build`
 * before `npm test`; locally the package is built once (`npm run build`), guarded by a lock directory so that two test
 * files never build at the same time.
 *
 * @example
 * ensureDist(); // returns once dist/index.js, dist/index.cjs and dist/cli.js exist
 */
export function ensureDist(): void {
  if (missing().length === 0) return;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`dist/ is incomplete (${missing().join(', ')}): CI must run "npm run build" before "npm test".`);
  }
  const lock = join(REPO_ROOT, 'node_modules', '.cache', 'stance-shift-build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch {
    // Another test file is building: wait for it below.
  }
  if (owner) {
    try {
      const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    } finally {
      rmdirSync(lock);
    }
  } else {
    const until = Date.now() + BUILD_WAIT_MS;
    while (existsSync(lock) && Date.now() < until) sleep(500);
  }
  const still = missing();
  if (still.length > 0) throw new Error(`dist/ is still incomplete after building: ${still.join(', ')}`);
}
