/**
 * npm run bench [-- --sizes 0.1,1 --seed 1 --repeat 1 --runs all --json figures.json --memory 1000 --memory-workers 1 --memory-heap 64]
 *
 * Generates a seeded news-like corpus per size (MB of text, as JSONL), then measures in separate processes, on the
 * same file: our pipeline in process (with and without the cascade), on 1 and 2 worker threads, wink-nlp's bare
 * readDoc and vader-sentiment per sentence. Prints documents/s, statements/s, MB/s and peak RSS, and the ratios the
 * project aims for (docs/scale.md): pipeline >= 2x readDoc MB/s, >= 3x vader sentences/s, 2 workers >= 1.8x 1 worker, and growth with size
 * (the time of the largest size over the time of the size ten times smaller, <= 10.5). `--memory N` also runs the
 * built CLI, `stance-shift analyze FILE --target Taliban --workers W` (`--memory-workers`, default the number of
 * cores; `--memory-heap MB` passes `--worker-heap MB`), over a whole N MB file and reports its resident memory over time (read from /proc: Linux only). `--repeat N` measures each run N times, interleaved,
 * and keeps the median time (this machine's speed varies from minute to minute). `--runs` picks runs by name
 * (stream, stream-full, workers1, workers2, readdoc, vader, stream-pair, readdoc-pair; default all), e.g. `--sizes
 * 10,100 --runs stream,readdoc` for the growth ratio alone. The pair runs start two copies of the in-process pipeline
 * or of the bare readDoc at once, each over the whole file: their combined throughput over one copy's is the speed-up
 * this machine gives the same work on two cores, the ceiling against which to read the 2-worker ratio.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus';

interface Measurement {
  readonly kind: string;
  readonly workers: number;
  readonly seconds: number;
  /** CPU time of the process, all threads: over `seconds`, the number of cores it kept busy. */
  readonly cpuSeconds: number;
  readonly startup: number;
  /** Work per second over the second half of the run (statements, or bytes for readDoc). */
  readonly lateRate: number;
  readonly documents: number;
  readonly units: number;
  readonly bytes: number;
  readonly peakRssMB: number;
  readonly rssSamplesMB: readonly number[];
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

const sizes = option('sizes', '0.1,1').split(',').map(Number);
if (sizes.some((s) => !(s > 0))) throw new Error('--sizes must be positive numbers of MB, e.g. 1,10,100');
const seed = Number(option('seed', '1'));
const jsonFile = option('json', '');
const repeat = Number(option('repeat', '1'));
if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a whole number of at least 1');
const RUNS: readonly (readonly [name: string, label: string, kind: string, workers: number])[] = [
  ['stream', 'pipeline, in process', 'stream', 1],
  ['stream-full', 'pipeline, no cascade', 'stream-full', 1],
  ['workers1', 'pipeline, 1 worker', 'workers', 1],
  ['workers2', 'pipeline, 2 workers', 'workers', 2],
  ['readdoc', 'wink-nlp readDoc', 'readdoc', 1],
  ['vader', 'vader (sentences)', 'vader', 1],
  // Two copies of one run at once, in two processes: how far this machine lets two cores speed up the same work.
  ['stream-pair', 'pipeline, 2 processes', 'stream', 2],
  ['readdoc-pair', 'readDoc, 2 processes', 'readdoc', 2],
];
/** Runs made of two processes at once; every other run is one process, `workers` being its worker threads. */
const PAIRS = new Set(['stream-pair', 'readdoc-pair']);
const runsOption = option('runs', 'all');
const selected = runsOption === 'all' ? RUNS : RUNS.filter(([name]) => runsOption.split(',').includes(name));
if (selected.length === 0) throw new Error(`--runs must name some of ${RUNS.map(([n]) => n).join(', ')}`);
const memoryMB = Number(option('memory', '0'));
const memoryWorkers = Number(option('memory-workers', String(availableParallelism())));
/** `--memory-heap MB`: the CLI's `--worker-heap` for the memory run (default: the CLI's own default). */
const memoryHeap = option('memory-heap', '');
const here = fileURLToPath(new URL('.', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'stance-bench-'));

async function writeCorpus(mb: number): Promise<string> {
  const file = join(dir, `corpus-${mb}MB.jsonl`);
  const out = createWriteStream(file);
  for (const doc of generateCorpus({ seed, bytes: mb * 1e6 })) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return file;
}

/** One measurement in its own process (bench/measure.ts). */
async function measureOne(kind: string, file: string, workers: number): Promise<Measurement> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'measure.ts'), kind, file, String(workers)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`${kind} failed: ${stderr}`);
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measurement;
}

/**
 * A run: one process, or for a pair run two processes started together over the same file. A pair counts the work
 * of both (documents, statements, bytes, CPU time, the sum of the two peaks) over the time of the slower one.
 */
async function measure(name: string, kind: string, file: string, workers: number): Promise<Measurement> {
  if (!PAIRS.has(name)) return measureOne(kind, file, workers);
  const [a, b] = await Promise.all([measureOne(kind, file, 1), measureOne(kind, file, 1)]);
  return {
    kind,
    workers: 2,
    seconds: Math.max(a.seconds, b.seconds),
    cpuSeconds: a.cpuSeconds + b.cpuSeconds,
    startup: Math.max(a.startup, b.startup),
    lateRate: a.lateRate + b.lateRate,
    documents: a.documents + b.documents,
    units: a.units + b.units,
    bytes: a.bytes + b.bytes,
    peakRssMB: a.peakRssMB + b.peakRssMB,
    rssSamplesMB: [],
  };
}

/** What the memory run measured: the CLI over a whole file. */
interface MemoryRun {
  readonly workers: number;
  /** The CLI's `--worker-heap`, when one was given. */
  readonly workerHeapMB: number | null;
  readonly seconds: number;
  readonly bytes: number;
  readonly statements: number;
  readonly exitCode: number | null;
  /** Peak resident memory of the process (VmHWM), MB. */
  readonly peakRssMB: number;
  readonly rssSamplesMB: readonly number[];
}

/** Runs the built CLI over `file`, counting its output lines and sampling its resident memory every 250 ms. */
async function measureCli(file: string, workers: number): Promise<MemoryRun> {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'analyze', file, '--target', 'Taliban', '--quiet', '--workers', String(workers), ...(memoryHeap === '' ? [] : ['--worker-heap', memoryHeap])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let statements = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) statements += 1;
  });
  const samples: number[] = [];
  let peak = 0;
  const status = (): void => {
    try {
      const text = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(text);
      const hwm = /VmHWM:\s+(\d+) kB/.exec(text);
      if (rss !== null) samples.push(Math.round(Number(rss[1]) / 1024));
      if (hwm !== null) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // the process has ended
    }
  };
  const sampler = setInterval(status, 250);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(sampler);
  return { workers, workerHeapMB: memoryHeap === '' ? null : Number(memoryHeap), seconds: (performance.now() - started) / 1000, bytes: statSync(file).size, statements, exitCode, peakRssMB: peak, rssSamplesMB: samples };
}

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

async function main(): Promise<void> {
  const rows: (Measurement & { run: string; sizeMB: number })[] = [];
  process.stdout.write(`stance-shift benchmark: seed ${seed}, sizes ${sizes.join(', ')} MB, ${availableParallelism()} cores, Node ${process.version}\n`);
  process.stdout.write(`${'size MB'.padEnd(8)} ${'run'.padEnd(22)} ${'seconds'.padStart(8)} ${'startup'.padStart(8)} ${'docs/s'.padStart(8)} ${'units/s'.padStart(9)} ${'MB/s'.padStart(7)} ${'peak RSS MB'.padStart(12)} ${'cores'.padStart(6)}\n`);
  for (const size of sizes) {
    const file = await writeCorpus(size);
    const times: Measurement[][] = selected.map(() => []);
    // Interleaved, so that a slow minute of the machine does not fall on one run only.
    for (let r = 0; r < repeat; r += 1) {
      for (const [i, [name, , kind, workers]] of selected.entries()) times[i]!.push(await measure(name, kind, file, workers));
    }
    selected.forEach(([run, label], i) => {
      const m = [...times[i]!].sort((a, b) => a.seconds - b.seconds)[Math.floor((repeat - 1) / 2)]!;
      rows.push({ ...m, run, sizeMB: size });
      const mbps = m.bytes / 1e6 / m.seconds;
      process.stdout.write(
        `${String(size).padEnd(8)} ${label.padEnd(22)} ${fmt(m.seconds).padStart(8)} ${fmt(m.startup).padStart(8)} ${fmt(m.documents / m.seconds, 1).padStart(8)} ${fmt(m.units / m.seconds, 1).padStart(9)} ${fmt(mbps, 3).padStart(7)} ${fmt(m.peakRssMB, 0).padStart(12)} ${fmt(m.cpuSeconds / m.seconds, 2).padStart(6)}\n`,
      );
    });
    rmSync(file);
  }

  const at = (size: number, run: string) => rows.find((r) => r.sizeMB === size && r.run === run);
  const ratios: Record<string, number | null> = {};
  const ratio = (name: string, value: () => number, ...needed: (Measurement | undefined)[]): void => {
    if (needed.every((m) => m !== undefined)) ratios[name] = value();
  };
  process.stdout.write(`\nratios (against the speed targets in docs/scale.md; median of ${repeat} run${repeat === 1 ? '' : 's'} each)\n`);
  for (const size of sizes) {
    const stream = at(size, 'stream');
    const streamPair = at(size, 'stream-pair');
    const readDocPair = at(size, 'readdoc-pair');
    const two = at(size, 'workers2');
    const one = at(size, 'workers1');
    const best = [stream, two].filter((m) => m !== undefined).sort((a, b) => a.seconds - b.seconds)[0];
    const readDoc = at(size, 'readdoc');
    const vader = at(size, 'vader');
    const full = at(size, 'stream-full');
    ratio(`${size}MB pipeline MB/s / readDoc MB/s (>= 2)`, () => best!.bytes / best!.seconds / (readDoc!.bytes / readDoc!.seconds), best, readDoc);
    ratio(`${size}MB pipeline statements/s / vader sentences/s (>= 3)`, () => best!.units / best!.seconds / (vader!.units / vader!.seconds), best, vader);
    ratio(`${size}MB 2 workers / 1 worker throughput (>= 1.8)`, () => one!.seconds / two!.seconds, one, two);
    ratio(`${size}MB 2 workers / 1 worker, startup excluded (>= 1.8)`, () => (one!.seconds - one!.startup) / Math.max(1e-9, two!.seconds - two!.startup), one, two);
    ratio(`${size}MB 2 workers / 1 worker, second half of the run`, () => two!.lateRate / one!.lateRate, one, two);
    ratio(`${size}MB cascade speed-up over no cascade`, () => full!.seconds / stream!.seconds, full, stream);
    // The machine's own ceiling: the same work twice at once, in two processes that share nothing.
    const speedUp = (both: Measurement, alone: Measurement): number => both.bytes / both.seconds / (alone.bytes / alone.seconds);
    ratio(`${size}MB pipeline, 2 processes / 1 process (machine)`, () => speedUp(streamPair!, stream!), streamPair, stream);
    ratio(`${size}MB pipeline, 2 processes / 1, second half of the run`, () => streamPair!.lateRate / stream!.lateRate, streamPair, stream);
    ratio(`${size}MB readDoc, 2 processes / 1 process (machine)`, () => speedUp(readDocPair!, readDoc!), readDocPair, readDoc);
  }
  for (let i = 0; i < sizes.length; i += 1) {
    for (let j = 0; j < sizes.length; j += 1) {
      if (Math.abs(sizes[j]! / sizes[i]! - 10) < 1e-9) {
        const small = at(sizes[i]!, 'stream');
        const large = at(sizes[j]!, 'stream');
        ratio(`time ${sizes[j]}MB / time ${sizes[i]}MB, in process (<= 10.5)`, () => large!.seconds / small!.seconds, small, large);
        ratio(`CPU time ${sizes[j]}MB / ${sizes[i]}MB, in process`, () => large!.cpuSeconds / small!.cpuSeconds, small, large);
        // The bare tagger on the same files: how much of the growth is the machine's or wink-nlp's own.
        const smallDoc = at(sizes[i]!, 'readdoc');
        const largeDoc = at(sizes[j]!, 'readdoc');
        ratio(`time ${sizes[j]}MB / time ${sizes[i]}MB, wink-nlp readDoc`, () => largeDoc!.seconds / smallDoc!.seconds, smallDoc, largeDoc);
      }
    }
  }
  for (const [name, value] of Object.entries(ratios)) process.stdout.write(`  ${name.padEnd(64)} ${fmt(value ?? NaN)}\n`);

  let memory: MemoryRun | null = null;
  if (memoryMB > 0) {
    const file = await writeCorpus(memoryMB);
    memory = await measureCli(file, memoryWorkers);
    rmSync(file);
    const s = memory.rssSamplesMB;
    process.stdout.write(
      `\nmemory (stance-shift analyze, ${memory.workers} workers${memory.workerHeapMB === null ? '' : `, --worker-heap ${memory.workerHeapMB}`}, exit code ${memory.exitCode}): ${fmt(memory.bytes / 1e6, 0)} MB JSONL in ${fmt(memory.seconds, 0)} s, ${memory.statements} statements: peak RSS ${fmt(memory.peakRssMB, 0)} MB; ` +
        `RSS at 25/50/75/100% of the run ${[0.25, 0.5, 0.75, 1].map((q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]).join(' / ')} MB\n`,
    );
  }
  if (jsonFile !== '') {
    writeFileSync(jsonFile, `${JSON.stringify({ seed, sizes, repeat, node: process.version, cores: availableParallelism(), runs: rows.map(({ rssSamplesMB, ...r }) => r), ratios, memory: memory === null ? null : { ...memory, rssSamplesMB: undefined } }, null, 2)}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
