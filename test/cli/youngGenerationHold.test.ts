/**
 * The young-generation hold of `analyze`: once this thread's young generation has reached the limit, it stops
 * growing, also after a worker thread is started (which sets V8's growth factor back). Each case runs in a process
 * of its own, since the hold changes a process-wide V8 setting.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

jest.setTimeout(120_000);

const REPO_ROOT = resolve(__dirname, '..', '..');
const TSX = pathToFileURL(join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const MODULE = pathToFileURL(join(REPO_ROOT, 'src', 'cli', 'youngGenerationHold.ts')).href;
const MB = 1024 * 1024;

/** The young generation's size at the end, what the hold answered last, and the young generation a worker started with. */
interface Outcome {
  readonly young: number;
  readonly holding: boolean;
  readonly workerYoung: number;
}

/**
 * Runs a script that allocates objects of which some survive a while (what makes V8 grow a young generation),
 * calling the hold (unless `hold` is false) at every step, and starting a worker thread halfway when `worker` is
 * set (which reports the size of its young generation at its start). With `onceAfterWorker`, the hold is called
 * only once after the worker, as a command does when results come back seldom.
 */
function run(options: { hold: boolean; worker: boolean; limit: number; onceAfterWorker?: boolean }): Outcome {
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { Worker } from 'node:worker_threads';
    import { youngGenerationHold } from ${JSON.stringify(MODULE)};
    let hold = ${options.hold} ? youngGenerationHold(${options.limit}) : () => false;
    const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    let kept = [];
    let holding = false;
    const churn = (steps) => {
      for (let i = 0; i < steps; i += 1) {
        kept.push({ i, text: 'x'.repeat(i % 50) + i });
        if (kept.length > 100000) kept = [];
        if (i % 100 === 0) holding = hold();
      }
    };
    churn(3e5);
    let workerYoung = 0;
    if (${options.worker}) {
      const code = "const v8 = require('node:v8'); require('node:worker_threads').parentPort.postMessage(" +
        "v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size)";
      const worker = new Worker(code, { eval: true, execArgv: [] });
      workerYoung = await new Promise((done) => worker.once('message', done));
      await new Promise((done) => worker.once('exit', done));
      if (${options.onceAfterWorker === true}) {
        holding = hold();
        hold = () => holding;
      }
    }
    churn(1e6);
    process.stdout.write(JSON.stringify({ young: young(), holding, workerYoung }));
  `;
  const child = spawnSync(process.execPath, ['--import', TSX, '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`child failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as Outcome;
}

describe('youngGenerationHold', () => {
  it('lets a young generation grow without it (the control)', () => {
    const free = run({ hold: false, worker: false, limit: 4 * MB });
    expect(free.young).toBeGreaterThan(8 * MB);
  });

  it('holds the young generation at the size it had when it reached the limit', () => {
    const held = run({ hold: true, worker: false, limit: 4 * MB });
    expect(held.holding).toBe(true);
    expect(held.young).toBeGreaterThanOrEqual(4 * MB);
    expect(held.young).toBeLessThanOrEqual(8 * MB);
  });

  it('holds it again after a worker thread has started, and starts the worker at the limit', () => {
    const held = run({ hold: true, worker: true, limit: 4 * MB });
    expect(held.holding).toBe(true);
    expect(held.young).toBeLessThanOrEqual(8 * MB);
    expect(held.workerYoung).toBeGreaterThanOrEqual(4 * MB);
  });

  it('looks at once when called after a pause, so one call after a worker has started holds it again', () => {
    const held = run({ hold: true, worker: true, limit: 4 * MB, onceAfterWorker: true });
    expect(held.holding).toBe(true);
    expect(held.young).toBeLessThanOrEqual(8 * MB);
  });

  it('leaves a worker thread its own start without the hold (the control)', () => {
    const free = run({ hold: false, worker: true, limit: 4 * MB });
    expect(free.workerYoung).toBeLessThan(4 * MB);
  });

  it('does not hold a young generation below the limit', () => {
    const below = run({ hold: true, worker: false, limit: 1024 * MB });
    expect(below.holding).toBe(false);
    expect(below.young).toBeGreaterThan(8 * MB);
  });
});
