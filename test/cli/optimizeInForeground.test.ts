/**
 * optimizeInForeground: a worker thread started after it optimises a function on its own thread, at once; one
 * started without it hands the work to V8's background threads. Each case runs in a process of its own (the flag
 * is process-wide), with V8's test functions (`--allow-natives-syntax`) to ask a function's optimisation state.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

jest.setTimeout(120_000);

const REPO_ROOT = resolve(__dirname, '..', '..');
const TSX = pathToFileURL(join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const MODULE = pathToFileURL(join(REPO_ROOT, 'src', 'cli', 'optimizeInForeground.ts')).href;

/** Bits of V8's `%GetOptimizationStatus` (src/runtime/runtime.h, OptimizationStatus). */
const TURBOFANNED = 1 << 6;
const OPTIMIZING_CONCURRENTLY = 1 << 10;

/** The optimisation state, in a worker thread, of a function just called after being marked for optimisation. */
function workerStatus(foreground: boolean): number {
  const script = `
    import { Worker } from 'node:worker_threads';
    import { optimizeInForeground } from ${JSON.stringify(MODULE)};
    if (${foreground}) optimizeInForeground();
    const code = [
      'function twice(a) { return a * 2 + 1; }',
      // Background results wait until asked for, so that what the call left behind is what is seen.
      '%DisableOptimizationFinalization();',
      '%PrepareFunctionForOptimization(twice); twice(1); twice(2);',
      "%OptimizeFunctionOnNextCall(twice, 'concurrent');",
      'const status = (twice(3), %GetOptimizationStatus(twice));',
      "require('node:worker_threads').parentPort.postMessage(status);",
    ].join('\\n');
    const worker = new Worker(code, { eval: true, execArgv: [] });
    worker.once('message', (status) => process.stdout.write(String(status)));
  `;
  const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', TSX, '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`child failed (${child.status}): ${child.stderr}`);
  return Number(child.stdout);
}

describe('optimizeInForeground', () => {
  it('makes a worker started afterwards optimise on its own thread, before the call returns', () => {
    const status = workerStatus(true);
    expect(status & TURBOFANNED).toBe(TURBOFANNED);
    expect(status & OPTIMIZING_CONCURRENTLY).toBe(0);
  });

  it('leaves the optimisation to background threads without it (the control)', () => {
    const status = workerStatus(false);
    expect(status & TURBOFANNED).toBe(0);
    expect(status & OPTIMIZING_CONCURRENTLY).toBe(OPTIMIZING_CONCURRENTLY);
  });
});
