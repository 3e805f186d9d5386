import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** Young-generation size of the main thread at which `analyze` stops V8 growing it: two semi-spaces of 4 MB. */
export const HOLD_YOUNG_BYTES = 8 * 1024 * 1024;

/** Calls of the hold between two looks at the heap: a look builds V8's statistics of every space. */
const CALLS_PER_LOOK = 64;

/**
 * Milliseconds after which the next call looks whatever the count: calls that come seldom (one per batch of
 * documents), or the first after a pause (a worker starting up), look at once rather than 64 calls later.
 */
const LOOK_AFTER_MS = 20;

/**
 * A check, to call as work goes by, that keeps this process's young generation at about `limit` bytes once it has
 * grown that far. For a command that owns its process and hands the analysis to worker threads: the main thread
 * only reads and writes, yet over a long run V8 doubles its young generation up to 32 MB, about 26 MB more resident
 * memory than `limit` for no gain (measured in docs/scale.md). A process started by
 * `node --max-semi-space-size=N` can be capped from the start; one already running cannot (V8 reads that flag
 * once, when a heap is set up), but V8 reads `--semi-space-growth-factor` each time it would grow a young
 * generation, so a factor of 1 holds every young generation of the process at its size of the moment.
 *
 * The flag is process-wide, hence these rules: the hold waits until the main thread's young generation reaches
 * `limit` (smaller, its objects would be promoted early and the buffers of the file reader would pile up outside
 * the heap until a full collection); a worker thread with a capped young generation is at its cap by then; and the
 * check is made again and again (every 64 calls, and at the first call 20 ms or more after the last look, as after
 * a worker's start-up), because V8 sets the factor back to 2 whenever a new thread's heap is set up; a thread
 * started while the hold is on (the pool's uncapped worker for long documents) starts with a young generation of
 * `limit` (`--min-semi-space-size`), not the 2 MB it would keep for good; and if V8 shrinks the young generation
 * below `limit` (it may, when little is allocated), the hold lets go until it is back.
 * Results never depend on it: only when the garbage collector runs.
 *
 * @returns the check; it answers whether the hold is on (after the last look at the heap).
 * @example
 * const hold = youngGenerationHold();
 * for await (const chunk of analyzeFilesParallelJsonl(files, options)) {
 *   hold();
 *   process.stdout.write(chunk.text);
 * }
 */
export function youngGenerationHold(limit: number = HOLD_YOUNG_BYTES): () => boolean {
  // Each of the two semi-spaces of a young generation of `limit` bytes, in whole MB (what the flag takes).
  const semiSpaceMB = Math.max(1, Math.floor(limit / 2 / (1024 * 1024)));
  let calls = 0;
  let lastLook = -Infinity;
  let holding = false;
  return () => {
    const now = performance.now();
    if (calls % CALLS_PER_LOOK === 0 || now - lastLook >= LOOK_AFTER_MS) {
      lastLook = now;
      const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
      const held = holding;
      holding = young !== undefined && young.space_size >= limit;
      // Again at every look while holding (a new thread undoes it); let go if V8 has shrunk the space since.
      if (holding) {
        setFlagsFromString('--semi-space-growth-factor=1');
        setFlagsFromString(`--min-semi-space-size=${semiSpaceMB}`);
      } else if (held) {
        setFlagsFromString('--semi-space-growth-factor=2');
        setFlagsFromString('--min-semi-space-size=0');
      }
    }
    calls += 1;
    return holding;
  };
}
