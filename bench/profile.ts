/**
 * Where the analysis spends its time: runs `analyzeDocument`, as `analyzeStream` does, over the benchmark corpus under V8's sampling profiler
 * and prints the share of time in each stage of the pipeline and the functions that take the most time themselves.
 *
 *   npx tsx bench/profile.ts [--mb 2] [--top 25] [--per-stage 0] [--no-cascade] [--out profile.cpuprofile]
 *
 * `--per-stage N` lists under each stage the N functions that take the most time themselves within it.
 * Shares are of the samples taken while the corpus was analysed (after a warm-up on other documents). Garbage
 * collection is listed apart: V8 charges it to no function. `--out` keeps the profile for Chrome's DevTools.
 * It profiles the TypeScript source through tsx, which wraps closures to keep their names: a little slower than the
 * built package the benchmark (bench/measure.ts) runs, so take speeds from the benchmark and shares from here.
 */
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { analyzeDocument } from '../src/stance/analyzeDocument';
import { streamAnalyzeOptions } from '../src/stance/analyzeStream';
import { generateCorpus } from './corpus';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const mb = Number(option('mb', '2'));
const top = Number(option('top', '25'));
const out = option('out', '');
const perStage = Number(option('per-stage', '0'));

/**
 * Stages of `analyzeDocument`, by the function that runs each, or by its file where the function is an arrow (whose
 * name the TypeScript loader does not keep). The innermost one on a sample's stack names the stage.
 */
const STAGES: readonly (readonly [stage: string, fn: string | null, file: string])[] = [
  ['publication date', 'extractPublished', 'extractPublished.ts'],
  ['sentences (segmentDocument)', 'segmentDocument', 'segmentDocument.ts'],
  ['attribution (attributeUnits)', 'attributeUnits', 'attributeUnits.ts'],
  ['dates (dateUnits)', 'dateUnits', 'dateUnits.ts'],
  ['scoring: prefilter', null, 'createCascadeScorer.ts'],
  ['scoring: full path (tagging, rules)', null, 'createScorer.ts'],
];

const post = <T>(session: Session, method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params, (error, result) => (error === null ? resolve(result as T) : reject(error))));

// As analyzeStream and the CLI run it: behind the cascade (`--no-cascade` for the full path on every statement).
const options = streamAnalyzeOptions({ target: 'Taliban', cascade: !process.argv.includes('--no-cascade') });
for (const doc of generateCorpus({ seed: 987_654, bytes: 100_000 })) analyzeDocument(doc, options);
const docs = [...generateCorpus({ seed: 1, bytes: mb * 1e6 })];

const session = new Session();
session.connect();
await post(session, 'Profiler.enable');
await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
await post(session, 'Profiler.start');
const started = performance.now();
let statements = 0;
for (const doc of docs) statements += analyzeDocument(doc, options).statements.length;
const seconds = (performance.now() - started) / 1000;
const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
session.disconnect();
if (out !== '') writeFileSync(out, JSON.stringify(profile));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const fileOf = (n: Profiler.ProfileNode): string => {
  const url = n.callFrame.url;
  return url.includes('node_modules/') ? (url.split('node_modules/')[1]?.split('/')[0] ?? url) : (url.split('/').pop() ?? '');
};
const nameOf = (n: Profiler.ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}`;
const stageOf = (id: number): string => {
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = nodes.get(at)!;
    const found = STAGES.find(([, fn, file]) => (fn === null || n.callFrame.functionName === fn) && n.callFrame.url.endsWith(`/${file}`));
    if (found !== undefined) return found[0];
  }
  return 'other (the loop, the statements)';
};

const byStage = new Map<string, number>();
const bySelf = new Map<string, number>();
const byStageSelf = new Map<string, Map<string, number>>();
const samples = profile.samples ?? [];
const tally = <K>(counts: Map<K, number>, key: K): void => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};
for (const id of samples) {
  const n = nodes.get(id)!;
  const name = nameOf(n);
  tally(bySelf, name);
  const stage = name.startsWith('(garbage collector)') ? 'garbage collection' : name.startsWith('(idle)') || name.startsWith('(program)') ? 'V8 and Node' : stageOf(id);
  tally(byStage, stage);
  if (!byStageSelf.has(stage)) byStageSelf.set(stage, new Map());
  tally(byStageSelf.get(stage)!, name);
}
const share = (count: number): string => `${((count / samples.length) * 100).toFixed(1).padStart(5)}%`;
const ranked = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const shortened = (name: string): string => (name.length > 110 ? `${name.slice(0, 107)}...` : name);

console.log(`${docs.length} documents, ${mb} MB, ${statements} statements in ${seconds.toFixed(2)} s (${(mb / seconds).toFixed(3)} MB/s, profiler on)\n`);
console.log('stage');
for (const [stage, count] of ranked(byStage)) {
  console.log(`  ${share(count)}  ${stage}`);
  if (perStage > 0) for (const [name, n] of ranked(byStageSelf.get(stage)!).slice(0, perStage)) console.log(`      ${share(n)}  ${shortened(name)}`);
}
console.log(`\nfunctions by time in their own code (top ${top})`);
for (const [name, count] of ranked(bySelf).slice(0, top)) console.log(`  ${share(count)}  ${shortened(name)}`);
