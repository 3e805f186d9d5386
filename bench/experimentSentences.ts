/**
 * Experiment for src/nlp (not part of the library): how much faster is the pipeline when `Nlp.sentences` runs
 * wink-nlp with the sentence-boundary step only (no POS, NER, negation, sentiment; no lemma or stem output), and
 * does it change any statement? Usage: tsx bench/experimentSentences.ts [MB]
 */
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { defaultNlp, type Nlp } from '../src/nlp';
import { analyzeStream } from '../src/stance/analyzeStream';
import type { Statement } from '../src/types';
import { generateCorpus } from './corpus';

const require = createRequire(import.meta.url);
type Wink = { readDoc(t: string): { tokens(): { out(f?: unknown): unknown[] }; sentences(): { out(f?: unknown): unknown[] } }; its: Record<string, unknown> };
const sbd = (require('wink-nlp') as (m: unknown, pipe: string[]) => Wink)(require('wink-eng-lite-web-model'), ['sbd']);

const LETTER = /[\p{L}\p{M}\p{N}]$/u;
const WORD = /^[\p{L}\p{M}\p{N}]+$/u;
const NON_ASCII_LETTER = /(?![\x00-\x7F])[\p{L}\p{M}]/u;

/** createNlp's sentence spans (same offset recovery and token gluing), from a sentence-boundary-only reading. */
function sentences(text: string): { start: number; end: number }[] {
  const doc = sbd.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(sbd.its.precedingSpaces) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const found = value.length > 0 ? text.indexOf(value, cursor) : -1;
    const start = found >= 0 && found - cursor <= (spaces[i]?.length ?? 0) + 8 ? found : cursor + (spaces[i]?.length ?? 0);
    const end = Math.min(text.length, start + value.length);
    starts.push(start);
    ends.push(end);
    cursor = end;
  }
  const tokens: { text: string; start: number; end: number }[] = [];
  const oldToNew: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const prev = tokens[tokens.length - 1];
    const glued = prev !== undefined && starts[i] === prev.end && WORD.test(value) && LETTER.test(prev.text) && NON_ASCII_LETTER.test(prev.text.slice(-1) + value.slice(0, 1));
    if (glued && prev !== undefined) tokens[tokens.length - 1] = { text: text.slice(prev.start, ends[i]), start: prev.start, end: ends[i] ?? prev.end };
    else tokens.push({ text: text.slice(starts[i], ends[i]), start: starts[i] ?? 0, end: ends[i] ?? 0 });
    oldToNew.push(tokens.length - 1);
  }
  const out: { start: number; end: number; first: number; last: number }[] = [];
  for (const [a, b] of doc.sentences().out(sbd.its.span) as [number, number][]) {
    const first = oldToNew[a] ?? 0;
    const lastTok = oldToNew[b] ?? first;
    const f = tokens[first];
    const l = tokens[lastTok];
    if (f === undefined || l === undefined) continue;
    if (out.length > 0 && out[out.length - 1]!.last > first) continue;
    out.push({ start: f.start, end: l.end, first, last: lastTok + 1 });
  }
  return out.map(({ start, end }) => ({ start, end }));
}

const mb = Number(process.argv[2] ?? '0.3');
const docs = [...generateCorpus({ seed: 5, bytes: mb * 1e6 })];
const full = defaultNlp();
const fast: Nlp = { read: full.read, sentences };

async function run(nlp: Nlp): Promise<{ seconds: number; statements: Statement[] }> {
  const warm: Statement[] = [];
  for await (const s of analyzeStream(docs.slice(0, 3), { target: 'Taliban', nlp })) warm.push(s);
  const t = performance.now();
  const statements: Statement[] = [];
  for await (const s of analyzeStream(docs, { target: 'Taliban', nlp })) statements.push(s);
  return { seconds: (performance.now() - t) / 1000, statements };
}

const a = await run(full);
const b = await run(fast);
process.stdout.write(`${mb} MB: adapter sentences ${a.seconds.toFixed(2)} s, sentence-boundary-only ${b.seconds.toFixed(2)} s, speed-up ${(a.seconds / b.seconds).toFixed(2)}x, identical statements: ${isDeepStrictEqual(a.statements, b.statements)}\n`);
