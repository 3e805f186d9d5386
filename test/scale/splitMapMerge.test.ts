import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocuments } from '../../src/io/readDocuments';
import { analyzeStream } from '../../src/stance/analyzeStream';
import { exactValue } from '../../src/series/ExactSum';
import { timelineFromPartial } from '../../src/stance/timelineFromPartial';
import { timelineMergePartials } from '../../src/stance/timelineMergePartials';
import { timelineParsePartial } from '../../src/stance/timelineParsePartial';
import { timelinePartial, type TimelinePartial } from '../../src/stance/timelinePartial';
import type { DatedScore, Document, Statement } from '../../src/types';
import { analyzeParallel } from '../../src/workers/analyzeParallel';
import { generateCorpus } from '../../bench/corpus';

jest.setTimeout(240_000);

const docs: Document[] = [...generateCorpus({ seed: 31, bytes: 60_000 })];
const TIMELINE = { actor: 'Russia', target: 'Taliban', interval: 'quarter' } as const;

/** The map step's output as a distributed engine would carry it: JSON lines, parsed back. */
function viaJsonl(statements: readonly Statement[]): DatedScore[] {
  return statements
    .map((s) => JSON.parse(JSON.stringify(s)) as Statement)
    .filter((s): s is Statement & { date: string } => typeof s.date === 'string');
}

/** A partial as `stance-shift timeline --partial` writes it and `stance-shift merge` reads it. */
function roundTrip(partial: TimelinePartial, name: string): TimelinePartial {
  return timelineParsePartial(JSON.parse(JSON.stringify(partial)), name);
}

/**
 * A partial with each exact sum replaced by its value: exact sums are floating-point expansions whose terms depend
 * on the order of the additions, while the value they stand for does not.
 */
function canonical(partial: TimelinePartial): unknown {
  return JSON.parse(JSON.stringify(partial), (key, value: unknown) =>
    ['w', 'wx', 'wxx', 'ww'].includes(key) && Array.isArray(value) ? exactValue(value as number[]) : value,
  );
}

/** What the merge must reproduce: the same sufficient statistics and the same timeline. */
function expectSameRun(merged: TimelinePartial, whole: TimelinePartial): void {
  expect(canonical(merged)).toEqual(canonical(whole));
  expect(timelineFromPartial(merged)).toEqual(timelineFromPartial(whole));
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('split -> map -> merge', () => {
  const work = mkdtempSync(join(tmpdir(), 'stance-scale-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let whole: TimelinePartial;
  let perDocument: Statement[][];
  beforeAll(async () => {
    const dir = work;
    writeFileSync(join(dir, 'all.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n'));
    const statements = await all(analyzeStream(readDocuments([join(dir, 'all.jsonl')]), { target: 'Taliban' }));
    whole = timelinePartial(viaJsonl(statements), TIMELINE);
    perDocument = docs.map(() => []);
    const index = new Map(docs.map((d, i) => [d.id, i]));
    for (const s of statements) perDocument[index.get(s.doc)!]!.push(s);
  });

  it('has something to merge: several periods with statements on the target', () => {
    expect(whole.periods.length).toBeGreaterThan(3);
    expect(whole.periods.reduce((n, p) => n + p.n, 0)).toBeGreaterThan(20);
  });

  it('merges three JSONL partitions, each analysed on its own (one on worker threads), into the single run', async () => {
    const dir = join(work, 'parts');
    mkdirSync(dir);
    const cut = [0, 7, 19, docs.length];
    const partials: TimelinePartial[] = [];
    for (let p = 0; p < 3; p += 1) {
      const file = join(dir, `part-${p}.jsonl`);
      writeFileSync(file, docs.slice(cut[p], cut[p + 1]).map((d) => JSON.stringify(d)).join('\n'));
      const source = readDocuments([file]);
      const statements = await all(p === 1 ? analyzeParallel(source, { target: 'Taliban', workers: 2 }) : analyzeStream(source, { target: 'Taliban' }));
      partials.push(roundTrip(timelinePartial(viaJsonl(statements), TIMELINE), `part-${p}.json`));
    }
    expectSameRun(timelineMergePartials(partials), whole);
    expectSameRun(timelineMergePartials([partials[2]!, partials[0]!, partials[1]!]), whole);
  });

  // The map step is per document, so any split of the input into contiguous or scattered partitions, merged in
  // any order and grouping, gives the single run's partial.
  it('gives the single run for any partition of the documents, merged in any order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: docs.length, maxLength: docs.length }), fc.boolean(), (owner, nested) => {
        const parts = [0, 1, 2, 3]
          .map((k) => perDocument.filter((_, i) => owner[i] === k).flat())
          .filter((s) => s.length > 0)
          .map((s, k) => roundTrip(timelinePartial(viaJsonl(s), TIMELINE), `p${k}.json`));
        const merged = nested && parts.length > 2 ? timelineMergePartials([timelineMergePartials(parts.slice(0, 2)), ...parts.slice(2)]) : timelineMergePartials(parts.reverse());
        expectSameRun(merged, whole);
      }),
      { numRuns: 25 },
    );
  });
});
