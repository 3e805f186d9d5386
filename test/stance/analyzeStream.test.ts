import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidOptionError } from '../../src/errors';
import { analyzeDocument } from '../../src/stance/analyzeDocument';
import { analyzeStream, type AnalyzeStreamSummary } from '../../src/stance/analyzeStream';
import type { Document, InputProblem, Statement } from '../../src/types';
import { generateCorpus } from '../../bench/corpus';

const seedDir = join(__dirname, '../../examples/data');
const seeds: Document[] = readdirSync(seedDir)
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(seedDir, f), 'utf8') }));
const generated = [...generateCorpus({ seed: 11, bytes: 40_000 })];

async function collect(it: AsyncGenerator<Statement, AnalyzeStreamSummary>): Promise<{ statements: Statement[]; summary: AnalyzeStreamSummary }> {
  const statements: Statement[] = [];
  for (;;) {
    const step = await it.next();
    if (step.done === true) return { statements, summary: step.value };
    statements.push(step.value);
  }
}

async function* slowly(docs: readonly Document[]): AsyncGenerator<Document> {
  for (const doc of docs) {
    await new Promise((resolve) => setImmediate(resolve));
    yield doc;
  }
}

describe('analyzeStream', () => {
  const corpora: readonly { name: string; docs: readonly Document[] }[] = [
    { name: 'the seed articles (dense in cues)', docs: seeds },
    { name: 'a generated news corpus (a minority of target sentences)', docs: generated },
  ];

  it.each(corpora)('gives the same statements with and without the cascade: $name', async ({ docs }) => {
    const plain = await collect(analyzeStream(docs, { target: 'Taliban', cascade: false }));
    const cascaded = await collect(analyzeStream(docs, { target: 'Taliban' }));
    expect(cascaded.statements.length).toBeGreaterThan(0);
    expect(cascaded.statements).toEqual(plain.statements);
  });

  it.each(corpora)('yields exactly what analyzeDocument gives document by document: $name', async ({ docs }) => {
    const options = { target: 'Taliban' };
    const analyses = docs.map((d) => analyzeDocument(d, options));
    const expected = analyses.flatMap((a) => a.statements);
    const problems = analyses.flatMap((a) => a.problems);
    const reported: InputProblem[] = [];
    const { statements, summary } = await collect(analyzeStream(slowly(docs), { ...options, onReport: (p) => reported.push(p) }));
    expect(statements).toEqual(expected);
    expect(reported).toEqual(problems);
    expect(summary).toEqual({ documents: docs.length, statements: expected.length, problems: problems.length });
  });

  it('reports problems as they are met and counts them', async () => {
    const problems: InputProblem[] = [];
    const docs = [{ id: 'undated', text: 'Russia held talks with the Taliban.' }, ...seeds.slice(0, 1)];
    const { summary } = await collect(analyzeStream(docs, { target: 'Taliban', onReport: (p) => problems.push(p) }));
    expect(problems.map((p) => [p.source, p.kind])).toContainEqual(['undated', 'undatable']);
    expect(summary.problems).toBe(problems.length);
  });

  it('yields a statement before reading the rest of the stream', async () => {
    let pulled = 0;
    async function* counting(): AsyncGenerator<Document> {
      for (const doc of seeds) {
        pulled += 1;
        yield doc;
      }
    }
    const it = analyzeStream(counting(), { target: 'Taliban' });
    await it.next();
    expect(pulled).toBe(1);
    await it.return({ documents: 0, statements: 0, problems: 0 });
  });

  const bad: readonly { options: object; name: string }[] = [
    { options: { cascade: 'yes' }, name: 'cascade' },
    { options: { onReport: 42 }, name: 'onReport' },
  ];
  it.each(bad)('rejects a bad $name option, naming it', async ({ options, name }) => {
    await expect(collect(analyzeStream(seeds, options as never))).rejects.toThrow(new RegExp(name));
    await expect(collect(analyzeStream(seeds, options as never))).rejects.toBeInstanceOf(InvalidOptionError);
  });

  it('rejects a source that is not iterable', async () => {
    await expect(collect(analyzeStream(42 as never))).rejects.toBeInstanceOf(InvalidOptionError);
  });
});
