import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError, InvalidOptionError, StanceShiftError } from '../errors';
import type { AnalyzeStreamSummary } from '../stance/analyzeStream';
import type { Document, InputProblem, Statement } from '../types';
import type { BatchRequest, BatchResult, WorkerAnalyzeOptions } from './messages';
import { workerEntry, type WorkerEntry } from './workerEntry';

/** Options of {@link analyzeParallel}. */
export interface AnalyzeParallelOptions extends WorkerAnalyzeOptions {
  /** Worker threads (default: the number of cores). */
  readonly workers?: number;
  /** Documents per batch sent to a worker (default {@link DEFAULT_BATCH_DOCUMENTS}). */
  readonly batchDocuments?: number;
  /** A batch is sent once its texts reach this many characters (default {@link DEFAULT_BATCH_CHARS}). */
  readonly batchChars?: number;
  /** Called with each analysis problem, in input order. */
  readonly onReport?: (problem: InputProblem) => void;
  /**
   * Cap on each worker's V8 old space, in MB (default {@link DEFAULT_WORKER_HEAP_MB}; 0 for Node's own limit). V8
   * grows its heap lazily, far beyond what the analysis keeps: the cap holds memory flat. A capped worker's young
   * generation is capped at 8 MB. A smaller cap saves a little resident memory (64 MB: about 5 MB less per worker on
   * the benchmark corpus) and leaves less headroom for long documents.
   * Batches with a document of `largeDocumentChars` or more go to a worker without the cap.
   */
  readonly workerHeapMB?: number;
  /**
   * Documents of at least this many characters (default {@link DEFAULT_LARGE_DOCUMENT_CHARS}) are analysed, in
   * order, on a worker of their own without the heap cap: their memory grows with their length.
   */
  readonly largeDocumentChars?: number;
  /** Where the worker code is; by default found by {@link workerEntry}. */
  readonly entry?: WorkerEntry;
}

/**
 * Documents per batch. Small enough that workers stay busy at the end of a stream and memory stays low, large
 * enough that message passing (structured clone of documents and statements) is a small share of the work.
 */
export const DEFAULT_BATCH_DOCUMENTS = 8;
/** Characters per batch: about 64 news articles of 4 KB, so very long documents are not batched together. */
export const DEFAULT_BATCH_CHARS = 256 * 1024;
/**
 * Old-space cap of a worker, in MB. A worker keeps about 40 MB alive (the NLP model's data and its two readers,
 * lexicon, actor registry, date parser); with much less headroom than this V8 collects the old space over and over.
 * 72 rather than 96: over 210 MB of the benchmark corpus with two workers, 19 MB less at the peak and no slower.
 */
export const DEFAULT_WORKER_HEAP_MB = 72;
/**
 * Young-generation cap of a capped worker, in MB. A smaller young generation means more scavenges and more objects
 * promoted early (4 MB doubled the time spent collecting); 16 MB halves the scavenges of 8 MB but keeps about 9 MB
 * more resident per worker, which two workers on a 1 GB input cannot afford (see docs/scale.md).
 */
const WORKER_YOUNG_MB = 8;
/** From this many characters a document is analysed on the uncapped worker (about 50 long news articles in one). */
export const DEFAULT_LARGE_DOCUMENT_CHARS = 256 * 1024;
/** Batches in flight per worker: one being analysed, one waiting, so a worker never idles between batches. */
const IN_FLIGHT_PER_WORKER = 2;
const MAX_WORKERS = 256;
/** Smallest heap cap a worker can run with: the model and lexicon need about this much old space. */
export const MIN_WORKER_HEAP_MB = 64;
const MAX_WORKER_HEAP_MB = 1_000_000;

/** Whether `mb` can be a worker's old-space cap: 0 (no cap) or a whole number of MB from {@link MIN_WORKER_HEAP_MB}. */
export function isWorkerHeapMB(mb: number): boolean {
  return mb === 0 || (Number.isInteger(mb) && mb >= MIN_WORKER_HEAP_MB && mb <= MAX_WORKER_HEAP_MB);
}

function checkCount(name: string, value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidOptionError(name, `must be an integer from 1 to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function workerOptions(options: AnalyzeParallelOptions): WorkerAnalyzeOptions {
  const out: Record<string, unknown> = {};
  for (const key of ['target', 'targetAliases', 'actor', 'signalOnly', 'onProblem', 'cascade', 'lexicon', 'registryFile'] as const) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  if (out.onProblem !== undefined && out.onProblem !== 'skip' && out.onProblem !== 'fail') {
    throw new InvalidOptionError('onProblem', `expected 'skip' or 'fail', got ${JSON.stringify(out.onProblem)}`);
  }
  if (out.registryFile !== undefined && (typeof out.registryFile !== 'string' || out.registryFile === '')) {
    throw new InvalidOptionError('registryFile', 'must be the path of an actor registry file');
  }
  if (out.lexicon !== undefined && (typeof out.lexicon !== 'object' || out.lexicon === null)) {
    throw new InvalidOptionError('lexicon', 'must be lexicon data, e.g. lexicon.toData()');
  }
  return out as WorkerAnalyzeOptions;
}

function rebuildError(seq: number, error: NonNullable<BatchResult['error']>): Error {
  if (error.name === 'InputError') return new InputError(error.source ?? `<batch ${seq}>`, undefined, error.message);
  return new StanceShiftError('worker-failed', `${error.name}: ${error.message}`);
}

/**
 * Analyses documents on a pool of worker threads and yields their statements in input order, whatever the number
 * of workers: documents go out in numbered batches, answers are put back in order before they are yielded. At most
 * two batches per worker are in flight, so memory stays bounded on endless streams. Options are plain data (they
 * are copied to each thread): each worker builds its registry (`registryFile` or the default), lexicon (`lexicon`
 * data or the default) and scorer, behind the cascade prefilter unless `cascade: false`. The workers are stopped when the iteration ends or is abandoned.
 *
 * @example
 * for await (const s of analyzeParallel(readDocuments(['news.jsonl']), { target: 'Taliban', workers: 2 })) {
 *   process.stdout.write(`${JSON.stringify(s)}\n`);
 * }
 */
export async function* analyzeParallel(
  source: AsyncIterable<Document> | Iterable<Document>,
  options: AnalyzeParallelOptions = {},
): AsyncGenerator<Statement, AnalyzeStreamSummary, undefined> {
  return yield* eachBatch(runPool(source, options, false), (batch) => batch.statements);
}

/** A batch's statements as JSON lines, with the number of documents and statements they cover. */
export interface JsonlChunk {
  /** JSON lines, each ended by a newline (empty when the batch gave no statement). */
  readonly text: string;
  readonly documents: number;
  readonly statements: number;
}

/**
 * {@link analyzeParallel} for JSONL output: the workers serialise their statements themselves and pass back one
 * string per batch, so the main thread only reads documents and writes text. Far less work on the main thread than
 * rebuilding statement objects, which is what lets a pool of N workers use N cores. The chunks come in input order;
 * their concatenation is byte for byte the JSONL of {@link analyzeParallel}'s statements.
 *
 * @example
 * for await (const chunk of analyzeParallelJsonl(readDocuments(['news.jsonl']), { target: 'Taliban' })) {
 *   process.stdout.write(chunk.text);
 * }
 */
export async function* analyzeParallelJsonl(
  source: AsyncIterable<Document> | Iterable<Document>,
  options: AnalyzeParallelOptions = {},
): AsyncGenerator<JsonlChunk, AnalyzeStreamSummary, undefined> {
  return yield* eachBatch(runPool(source, options, true), (batch) => [{ text: batch.jsonl ?? '', documents: batch.documents, statements: batch.count }]);
}

/** Yields what `items` makes of each batch of the pool, and stops the pool when the caller stops early. */
async function* eachBatch<T>(
  pool: AsyncGenerator<OrderedBatch, AnalyzeStreamSummary, undefined>,
  items: (batch: OrderedBatch) => Iterable<T>,
): AsyncGenerator<T, AnalyzeStreamSummary, undefined> {
  try {
    for (;;) {
      const step = await pool.next();
      if (step.done === true) return step.value;
      yield* items(step.value);
    }
  } finally {
    await pool.return(undefined as never);
  }
}

/** A worker's answer with the number of documents of its batch. */
type OrderedBatch = BatchResult & { readonly documents: number };

/** The pool behind {@link analyzeParallel} and {@link analyzeParallelJsonl}: batches' answers in input order. */
async function* runPool(
  source: AsyncIterable<Document> | Iterable<Document>,
  options: AnalyzeParallelOptions,
  jsonl: boolean,
): AsyncGenerator<OrderedBatch, AnalyzeStreamSummary, undefined> {
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new InvalidOptionError('source', 'must be an iterable or async iterable of documents');
  }
  const count = checkCount('workers', options.workers, Math.max(1, availableParallelism()), MAX_WORKERS);
  const batchDocuments = checkCount('batchDocuments', options.batchDocuments, DEFAULT_BATCH_DOCUMENTS, 1_000_000);
  const batchChars = checkCount('batchChars', options.batchChars, DEFAULT_BATCH_CHARS, 2 ** 30);
  if (options.onReport !== undefined && typeof options.onReport !== 'function') throw new InvalidOptionError('onReport', 'must be a function');
  const heapMB = options.workerHeapMB === 0 ? 0 : checkCount('workerHeapMB', options.workerHeapMB, DEFAULT_WORKER_HEAP_MB, MAX_WORKER_HEAP_MB);
  if (!isWorkerHeapMB(heapMB)) throw new InvalidOptionError('workerHeapMB', `must be 0 (no cap) or at least ${MIN_WORKER_HEAP_MB} (the NLP model alone needs that much)`);
  const largeChars = checkCount('largeDocumentChars', options.largeDocumentChars, DEFAULT_LARGE_DOCUMENT_CHARS, 2 ** 30);
  const data = workerOptions(options);
  const entry = options.entry ?? workerEntry();

  const results = new Map<number, BatchResult>();
  const batchSizes = new Map<number, number>();
  const queue: BatchRequest[] = [];
  // One entry per batch a worker can take now: each holds up to IN_FLIGHT_PER_WORKER batches, so that the next one is
  // already there when it finishes one, instead of a round trip through this thread away.
  const slots: Worker[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const dispatch = (): void => {
    while (slots.length > 0 && queue.length > 0) slots.shift()!.postMessage(queue.shift()!);
    while (largeIdle && largeQueue.length > 0) {
      largeIdle = false;
      (large ??= start(0, () => (largeIdle = true))).postMessage(largeQueue.shift()!);
    }
  };
  const workers: Worker[] = [];
  const start = (heap: number, onIdle: () => void): Worker => {
    const worker = new Worker(entry.url, {
      workerData: data,
      eval: entry.eval === true,
      ...(heap > 0 ? { resourceLimits: { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } } : {}),
    });
    worker.on('message', (result: BatchResult) => {
      results.set(result.seq, result);
      onIdle();
      dispatch();
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0) failure ??= new StanceShiftError('worker-failed', `a worker thread stopped with exit code ${code}`);
      notify();
    });
    workers.push(worker);
    return worker;
  };
  for (let i = 0; i < count; i += 1) {
    const worker: Worker = start(heapMB, () => slots.push(worker));
  }
  // Worker by worker, one slot each, then the second: the first batches go to different workers.
  for (let k = 0; k < IN_FLIGHT_PER_WORKER; k += 1) slots.push(...workers);
  // Batches with a large document, and the uncapped worker started for the first of them.
  const largeQueue: BatchRequest[] = [];
  let large: Worker | undefined;
  let largeIdle = true;

  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<Document>)[Symbol.iterator]();
  let sent = 0;
  let next = 0;
  let documents = 0;
  let statements = 0;
  let problems = 0;
  let exhausted = false;
  let batch: Document[] = [];
  let chars = 0;
  let hasLarge = false;
  const send = (): void => {
    (hasLarge && heapMB !== 0 ? largeQueue : queue).push(jsonl ? { seq: sent, docs: batch, jsonl } : { seq: sent, docs: batch });
    hasLarge = false;
    batchSizes.set(sent, batch.length);
    sent += 1;
    batch = [];
    chars = 0;
    dispatch();
  };
  try {
    for (;;) {
      while (!exhausted && sent - next < count * IN_FLIGHT_PER_WORKER) {
        const step = await iterator.next();
        if (step.done === true) {
          exhausted = true;
          if (batch.length > 0) send();
          break;
        }
        const doc = step.value;
        documents += 1;
        batch.push(doc);
        const length = typeof doc?.text === 'string' ? doc.text.length : 0;
        chars += length;
        if (length >= largeChars) hasLarge = true;
        if (batch.length >= batchDocuments || chars >= batchChars) send();
      }
      if (failure !== null) throw failure;
      for (let ready = results.get(next); ready !== undefined; ready = results.get(next)) {
        results.delete(next);
        next += 1;
        if (ready.error !== undefined) throw rebuildError(ready.seq, ready.error);
        for (const problem of ready.problems) {
          problems += 1;
          options.onReport?.(problem);
        }
        const size = batchSizes.get(ready.seq) ?? 0;
        batchSizes.delete(ready.seq);
        statements += ready.count;
        yield { ...ready, documents: size };
      }
      if (exhausted && next === sent) break;
      if (!exhausted && sent - next < count * IN_FLIGHT_PER_WORKER) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (results.has(next) || failure !== null) notify();
      });
    }
  } finally {
    for (const worker of workers) {
      worker.removeAllListeners();
      // A worker that fails while stopping must not take the process with it.
      worker.on('error', () => undefined);
    }
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { documents, statements, problems };
}
