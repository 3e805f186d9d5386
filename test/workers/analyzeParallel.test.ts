import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, InvalidOptionError } from '../../src/errors';
import { analyzeStream } from '../../src/stance/analyzeStream';
import type { Document, InputProblem, Statement } from '../../src/types';
import { analyzeFilesParallel } from '../../src/workers/analyzeFilesParallel';
import { analyzeParallel, analyzeParallelJsonl } from '../../src/workers/analyzeParallel';
import { statementJsonLine } from '../../src/stance/statementJsonLine';
import { workerEntry } from '../../src/workers/workerEntry';
import { generateCorpus } from '../../bench/corpus';

jest.setTimeout(240_000);

const docs: Document[] = [...generateCorpus({ seed: 21, bytes: 30_000 })];

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('analyzeParallel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stance-parallel-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let single: Statement[] = [];
  beforeAll(async () => {
    single = await all(analyzeStream(docs, { target: 'Taliban' }));
  });

  // Small batches so that three workers really interleave and answers arrive out of order.
  it.each([1, 2, 3])('gives the in-process statements in input order with %i worker(s)', async (workers) => {
    const out = await all(analyzeParallel(docs, { target: 'Taliban', workers, batchDocuments: 2, workerHeapMB: 128 }));
    expect(out.length).toBe(single.length);
    expect(out).toEqual(single);
  });

  it.each([1, 2])('gives, as JSONL chunks with %i worker(s), the bytes of the in-process statements', async (workers) => {
    const chunks = await all(analyzeParallelJsonl(docs, { target: 'Taliban', workers, batchDocuments: 3, workerHeapMB: 128 }));
    expect(chunks.map((c) => c.text).join('')).toBe(single.map(statementJsonLine).join(''));
    expect(chunks.reduce((n, c) => n + c.documents, 0)).toBe(docs.length);
    expect(chunks.reduce((n, c) => n + c.statements, 0)).toBe(single.length);
    // Each chunk holds whole lines of whole documents: the statements of its own batch of three documents.
    const batchIds = chunks.map((c) => new Set(c.text.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as Statement).doc)));
    batchIds.forEach((ids, i) => expect([...ids]).toEqual(docs.slice(i * 3, i * 3 + 3).map((d) => d.id).filter((id) => ids.has(id))));
  });

  it('analyses large documents on a worker of their own and keeps input order', async () => {
    // Documents of 2,000 characters or more count as large here: about half of this corpus.
    const sizes = docs.map((d) => d.text.length);
    expect(sizes.some((n) => n >= 2000) && sizes.some((n) => n < 2000)).toBe(true);
    const out = await all(analyzeParallel(docs, { target: 'Taliban', workers: 2, batchDocuments: 1, largeDocumentChars: 2000 }));
    expect(out).toEqual(single);
  });

  it('reads files and reports analysis problems in input order', async () => {
    const file = join(dir, 'news.jsonl');
    const lines = [
      JSON.stringify({ id: 'undated', text: 'Russia held talks with the Taliban.' }),
      'not json',
      ...docs.slice(0, 4).map((d) => JSON.stringify(d)),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const problems: InputProblem[] = [];
    const out = await all(analyzeFilesParallel([file], { target: 'Taliban', workers: 2, onReport: (p) => problems.push(p) }));
    const expected = await all(analyzeStream([{ id: 'undated', text: 'Russia held talks with the Taliban.' }, ...docs.slice(0, 4)], { target: 'Taliban' }));
    expect(out).toEqual(expected);
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['undatable']));
    expect(problems.some((p) => p.line === 2)).toBe(true);
  });

  it('runs without a heap cap when workerHeapMB is 0', async () => {
    const out = await all(analyzeParallel(docs.slice(0, 4), { target: 'Taliban', workers: 1, workerHeapMB: 0 }));
    expect(out).toEqual(single.filter((s) => docs.slice(0, 4).some((d) => d.id === s.doc)));
  });

  it("stops with the worker's InputError under onProblem 'fail'", async () => {
    const failing = [...docs.slice(0, 2), { id: 'undated', text: 'Russia held talks with the Taliban.' }];
    await expect(all(analyzeParallel(failing, { target: 'Taliban', workers: 2, onProblem: 'fail' }))).rejects.toBeInstanceOf(InputError);
  });

  const bad: readonly { options: object; name: string }[] = [
    { options: { workers: 0 }, name: 'workers' },
    { options: { workers: 1.5 }, name: 'workers' },
    { options: { batchDocuments: -1 }, name: 'batchDocuments' },
    { options: { onProblem: 'ignore' }, name: 'onProblem' },
    { options: { workerHeapMB: 8 }, name: 'workerHeapMB' },
    { options: { workerHeapMB: -1 }, name: 'workerHeapMB' },
    { options: { largeDocumentChars: 0 }, name: 'largeDocumentChars' },
    { options: { registryFile: '' }, name: 'registryFile' },
  ];
  it.each(bad)('rejects a bad $name option before starting any thread', async ({ options, name }) => {
    await expect(all(analyzeParallel(docs, options as never))).rejects.toThrow(new RegExp(name));
    await expect(all(analyzeParallel(docs, options as never))).rejects.toBeInstanceOf(InvalidOptionError);
  });
});

describe('workerEntry', () => {
  const cases: readonly { from: string; expected: string; why: string }[] = [
    { from: 'file:///pkg/dist/chunk-X.js', expected: 'file:///pkg/dist/worker.js', why: 'ESM build: the worker entry beside the chunk' },
    { from: 'file:///pkg/dist/index.cjs', expected: 'file:///pkg/dist/worker.cjs', why: 'CommonJS build' },
  ];
  it.each(cases)('$why', ({ from, expected }) => expect(String(workerEntry(from).url)).toBe(expected));
  it('bootstraps the TypeScript source with tsx when running from source', () => {
    const entry = workerEntry('file:///repo/src/workers/workerEntry.ts');
    expect(entry.eval).toBe(true);
    expect(entry.url).toContain('file:///repo/src/workers/analyzeWorker.ts');
  });
});

describe('analyzeParallel with a custom lexicon', () => {
  it('uses the lexicon data it is given in every worker', async () => {
    const { createLexicon } = await import('../../src/lexicon/createLexicon');
    const { createStanceScorer } = await import('../../src/stance/createStanceScorer');
    const data = { name: 'summits-only', cues: [{ id: 'x.talk', pattern: 'talk|talks', dimension: 'engagement' as const, sign: 1 as const, weight: 0.9, note: 'test cue' }] };
    const some = docs.slice(0, 6);
    const expected = await all(analyzeStream(some, { target: 'Taliban', scorer: createStanceScorer({ lexicon: createLexicon(data) }) }));
    const out = await all(analyzeParallel(some, { target: 'Taliban', workers: 2, lexicon: data }));
    expect(out).toEqual(expected);
    expect(out.flatMap((s) => s.evidence.map((e) => e.entryId)).every((id) => id === 'x.talk')).toBe(true);
  });
});
