/**
 * One benchmark measurement in its own process, so that its peak resident memory is its own. In-process runs are
 * warmed up first (model, lexicon, scorer); worker runs include starting the pool, reported as `startup` (time to
 * the first statement). `lateRate` is the speed over the second half of the work (statements/s, or bytes/s for
 * readdoc): what a long run settles at once the workers have started and warmed up.
 *
 *   tsx bench/measure.ts <kind> <file.jsonl> [workers] [seconds]
 * kinds: stream (analyzeStream with the cascade), stream-full (without), workers (analyzeParallelJsonl: the
 * statements as JSON lines, as `analyze --workers N` writes them, in a process tuned as `analyze` tunes its own
 * (tuneOwnProcess); the workers run dist/worker.js), readdoc (wink-nlp's bare readDoc per document), vader
 * (vader-sentiment per sentence). Prints one JSON line.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tuneOwnProcess } from '../src/cli/tuneOwnProcess';
import { generateCorpus } from './corpus';

/**
 * The library under measurement is the built package (dist/, as `npm run bench` builds it and as users install it),
 * not the TypeScript source run through tsx: tsx keeps function names by wrapping closures, which makes the source
 * measurably slower than what ships.
 */
type Library = typeof import('../src/index');
type Io = typeof import('../src/io/index');
type Workers = typeof import('../src/workers/index');
async function loadBuilt<T>(name: string): Promise<T> {
  const url = new URL(`../dist/${name}.js`, import.meta.url);
  if (!existsSync(url)) throw new Error(`${url.pathname} is missing: build the package first (npm run build)`);
  return (await import(url.href)) as T;
}

const [kind = 'stream', file = '', workersArg = '1', secondsArg = '0'] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const limit = Number(secondsArg) > 0 ? Number(secondsArg) * 1000 : Infinity;

/** Sentences for the sentence-level baseline: the body split at final punctuation and line ends. */
const SENTENCE_END = /(?<=[.!?]["\u201d]?)\s+|\n+/u;

let peakRss = process.memoryUsage().rss;
const samples: number[] = [];
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  samples.push(Math.round(rss / 1e6));
}, 250);

/** A few documents of another seed, analysed before the clock starts: model loading and set-up are not throughput. */
const WARM_UP = [...generateCorpus({ seed: 987_654, bytes: 20_000 })];

async function main(): Promise<void> {
  // Each kind loads only what it runs, so that its peak memory is its own (the worker runs load no model here).
  const inProcess = kind === 'stream' || kind === 'stream-full';
  const library = inProcess ? await loadBuilt<Library>('index') : null;
  const pool = kind === 'workers' ? await loadBuilt<Workers>('workers') : null;
  const { readDocuments } = await loadBuilt<Io>('io');
  type Reader = { readDoc(t: string): unknown };
  type Vader = { SentimentIntensityAnalyzer: { polarity_scores(s: string): unknown } };
  const nlp = (kind === 'readdoc' ? (require('wink-nlp') as (m: unknown) => Reader)(require('wink-eng-lite-web-model')) : null) as Reader;
  const vader = (kind === 'vader' ? require('vader-sentiment') : null) as Vader;
  const plain = library?.createStanceScorer() ?? null;
  const options = { target: 'Taliban', ...(plain === null ? {} : { scorer: kind === 'stream-full' ? plain : library!.createCascadeScorer(plain) }), cascade: false };
  if (kind === 'readdoc') for (const doc of WARM_UP) nlp.readDoc(doc.text);
  if (kind === 'vader') for (const doc of WARM_UP) for (const s of doc.text.split(SENTENCE_END)) vader.SentimentIntensityAnalyzer.polarity_scores(s);
  if (library !== null) for await (const _ of library.analyzeStream(WARM_UP, options)) void _;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let first = 0;
  let documents = 0;
  let units = 0;
  let bytes = 0;
  // Progress marks, [seconds, work done] at most every 50 ms, to time the second half of the run on its own.
  const marks: number[] = [];
  const mark = (done: number): void => {
    const now = (performance.now() - started) / 1000;
    if (marks.length === 0 || now - marks[marks.length - 2]! >= 0.05) marks.push(now, done);
  };
  const docs = readDocuments([file]);
  const counted = (async function* () {
    for await (const doc of docs) {
      documents += 1;
      bytes += Buffer.byteLength(doc.text);
      yield doc;
      if (performance.now() - started > limit) return;
    }
  })();
  if (kind === 'readdoc') {
    for await (const doc of counted) {
      nlp.readDoc(doc.text);
      if (first === 0) first = performance.now();
      mark(bytes);
    }
  } else if (kind === 'vader') {
    for await (const doc of counted) {
      for (const sentence of doc.text.split(SENTENCE_END)) {
        if (sentence.trim() === '') continue;
        vader.SentimentIntensityAnalyzer.polarity_scores(sentence);
        units += 1;
      }
      if (first === 0) first = performance.now();
      mark(units);
    }
  } else if (pool !== null) {
    // The built pool finds its own worker entry (dist/worker.js) next to it.
    const hold = tuneOwnProcess();
    for await (const chunk of pool.analyzeParallelJsonl(counted, { target: 'Taliban', workers: Number(workersArg) })) {
      hold();
      if (first === 0 && chunk.statements > 0) first = performance.now();
      units += chunk.statements;
      mark(units);
    }
  } else {
    for await (const _ of library!.analyzeStream(counted, options)) {
      if (first === 0) first = performance.now();
      units += 1;
      mark(units);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const startup = first === 0 ? seconds : (first - started) / 1000;
  // The second half of the work (statements, or bytes for readDoc) over the time it took: the speed once every
  // thread has started and warmed up, as on a long input.
  const total = kind === 'readdoc' ? bytes : units;
  let half = 0;
  while (half < marks.length && marks[half + 1]! < total / 2) half += 2;
  const lateRate = half < marks.length && seconds > marks[half]! ? (total - marks[half + 1]!) / (seconds - marks[half]!) : NaN;
  process.stdout.write(
    `${JSON.stringify({ kind, workers: Number(workersArg), seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, startup, lateRate, documents, units, bytes, peakRssMB: peakRss / 1e6, rssSamplesMB: samples })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
