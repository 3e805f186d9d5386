import { setFlagsFromString } from 'node:v8';

/** The V8 flag that {@link optimizeInForeground} sets. */
const FOREGROUND_OPTIMIZATION_FLAG = '--no-concurrent-recompilation';

/**
 * Makes V8 optimise hot functions on the thread that runs them, not on its background threads, in every thread
 * started from now on (V8 reads the flag when it sets up a thread's engine; threads already running keep their
 * way). For a command that owns its process, before it starts its worker threads.
 *
 * Why: the optimising compiler works in memory it takes from `malloc` in blocks of up to a few hundred KB. On V8's
 * background threads these blocks come from glibc arenas of their own, which keep the memory once it is freed, so
 * the process stays larger than its heaps by that much. Compiled in the worker, the blocks come from the worker's
 * own arena and are used again by its next compilation. With one worker per core there is no idle core for
 * background compilation anyway: a second worker needs the core it would take. Measured in docs/scale.md: about
 * 10-15 MB less resident memory with one or two workers, and two workers closer to twice one worker's speed.
 * Results never depend on it: only where and when code is compiled.
 *
 * @example
 * optimizeInForeground();
 * const pool = new Worker(file); // compiles its hot functions itself
 */
export function optimizeInForeground(): void {
  setFlagsFromString(FOREGROUND_OPTIMIZATION_FLAG);
}
