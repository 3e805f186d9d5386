/**
 * npm run bench [-- --sizes 0.1,1 --seed 1 --json figures.json --memory 1000 --memory-seconds 120]
 *
 * Generates a seeded news-like corpus per size (MB of text, as JSONL), then measures in separate processes, on the
 * same file: our pipeline in process (with and without the cascade), on 1 and 2 worker threads, wink-nlp's bare
 * readDoc and vader-sentiment per sentence. Prints documents/s, statements/s, MB/s and peak RSS, and the ratios of
 * issue 6: pipeline >= 2x readDoc MB/s, >= 3x vader sentences/s, 2 workers >= 1.8x 1 worker, and growth with size
 * (the time of the largest size over the time of the size ten times smaller, <= 10.5). `--memory N` also runs the
 * pipeline over an N MB file for `--memory-seconds` (with V8's old space capped at `--memory-heap` MB, default 96;
 * 0 for Node's default) and reports the resident memory over time.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const memoryMB = Number(option('memory', '0'));
const memorySeconds = Number(option('memory-seconds', '120'));
/** V8 old-space cap for the memory run, in MB (0: Node's default, which lets the heap grow lazily to ~300 MB). */
const memoryHeap = Number(option('memory-heap', '96'));
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

function measure(kind: string, file: string, workers = 1, seconds = 0, heapMB = 0): Measurement {
  const heap = heapMB > 0 ? [`--max-old-space-size=${heapMB}`] : [];
  const run = spawnSync(process.execPath, [...heap, '--import', 'tsx', join(here, 'measure.ts'), kind, file, String(workers), String(seconds)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${kind} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Measurement;
}

const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

async function main(): Promise<void> {
  const rows: (Measurement & { sizeMB: number })[] = [];
  process.stdout.write(`stance-shift benchmark: seed ${seed}, sizes ${sizes.join(', ')} MB, ${availableParallelism()} cores, Node ${process.version}\n`);
  process.stdout.write(`${'size MB'.padEnd(8)} ${'run'.padEnd(22)} ${'seconds'.padStart(8)} ${'startup'.padStart(8)} ${'docs/s'.padStart(8)} ${'units/s'.padStart(9)} ${'MB/s'.padStart(7)} ${'peak RSS MB'.padStart(12)} ${'cores'.padStart(6)}\n`);
  for (const size of sizes) {
    const file = await writeCorpus(size);
    const runs: [string, string, number][] = [
      ['pipeline, in process', 'stream', 1],
      ['pipeline, no cascade', 'stream-full', 1],
      ['pipeline, 1 worker', 'workers', 1],
      ['pipeline, 2 workers', 'workers', 2],
      ['wink-nlp readDoc', 'readdoc', 1],
      ['vader (sentences)', 'vader', 1],
    ];
    for (const [label, kind, workers] of runs) {
      const m = measure(kind, file, workers);
      rows.push({ ...m, sizeMB: size });
      const mbps = m.bytes / 1e6 / m.seconds;
      process.stdout.write(
        `${String(size).padEnd(8)} ${label.padEnd(22)} ${fmt(m.seconds).padStart(8)} ${fmt(m.startup).padStart(8)} ${fmt(m.documents / m.seconds, 1).padStart(8)} ${fmt(m.units / m.seconds, 1).padStart(9)} ${fmt(mbps, 3).padStart(7)} ${fmt(m.peakRssMB, 0).padStart(12)} ${fmt(m.cpuSeconds / m.seconds, 2).padStart(6)}\n`,
      );
    }
    rmSync(file);
  }

  const at = (size: number, kind: string, workers = 1) => rows.find((r) => r.sizeMB === size && r.kind === kind && r.workers === workers)!;
  const ratios: Record<string, number | null> = {};
  process.stdout.write('\nratios (targets of issue 6)\n');
  for (const size of sizes) {
    const best = [at(size, 'stream'), at(size, 'workers', 2)].sort((a, b) => a.seconds - b.seconds)[0]!;
    const readDoc = at(size, 'readdoc');
    const vader = at(size, 'vader');
    const one = at(size, 'workers', 1);
    const two = at(size, 'workers', 2);
    const full = at(size, 'stream-full');
    const stream = at(size, 'stream');
    const r = {
      [`${size}MB pipeline MB/s / readDoc MB/s (>= 2)`]: best.bytes / best.seconds / (readDoc.bytes / readDoc.seconds),
      [`${size}MB pipeline statements/s / vader sentences/s (>= 3)`]: best.units / best.seconds / (vader.units / vader.seconds),
      [`${size}MB 2 workers / 1 worker throughput (>= 1.8)`]: one.seconds / two.seconds,
      [`${size}MB 2 workers / 1 worker, startup excluded (>= 1.8)`]: (one.seconds - one.startup) / Math.max(1e-9, two.seconds - two.startup),
      [`${size}MB cascade speed-up over no cascade`]: full.seconds / stream.seconds,
    };
    Object.assign(ratios, r);
  }
  for (let i = 0; i < sizes.length; i += 1) {
    for (let j = 0; j < sizes.length; j += 1) {
      if (Math.abs(sizes[j]! / sizes[i]! - 10) < 1e-9) {
        ratios[`time ${sizes[j]}MB / time ${sizes[i]}MB, in process (<= 10.5)`] = at(sizes[j]!, 'stream').seconds / at(sizes[i]!, 'stream').seconds;
      }
    }
  }
  for (const [name, value] of Object.entries(ratios)) process.stdout.write(`  ${name.padEnd(64)} ${fmt(value ?? NaN)}\n`);

  let memory: Measurement | null = null;
  if (memoryMB > 0) {
    const file = await writeCorpus(memoryMB);
    memory = measure('stream', file, 1, memorySeconds, memoryHeap);
    rmSync(file);
    const s = memory.rssSamplesMB;
    process.stdout.write(
      `\nmemory (--max-old-space-size=${memoryHeap || 'default'}): ${memoryMB} MB JSONL, first ${fmt(memory.seconds, 0)} s (${fmt(memory.bytes / 1e6)} MB analysed): peak RSS ${fmt(memory.peakRssMB, 0)} MB; ` +
        `RSS at 25/50/75/100% of the run ${[0.25, 0.5, 0.75, 1].map((q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]).join(' / ')} MB\n`,
    );
  }
  if (jsonFile !== '') {
    writeFileSync(jsonFile, `${JSON.stringify({ seed, sizes, node: process.version, cores: availableParallelism(), runs: rows.map(({ rssSamplesMB, ...r }) => r), ratios, memory }, null, 2)}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
