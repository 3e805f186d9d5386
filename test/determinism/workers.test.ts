/**
 * Determinism across worker counts: analysing the example corpus on one worker thread, on two, and in the main
 * thread gives the same statements in the same order, byte for byte once serialised, even when every document is
 * its own batch (so that batches finish out of order).
 */
import { join, resolve } from 'node:path';
import { analyzeDocument, type Document } from '../../src';
import { readDocuments } from '../../src/io';
import { analyzeParallel } from '../../src/workers/analyzeParallel';

jest.setTimeout(300_000);

const EXAMPLES = join(resolve(__dirname, '..', '..'), 'examples', 'data');
const OPTIONS = { target: 'Taliban', actor: 'Russia' } as const;

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let documents: Document[];

beforeAll(async () => {
  documents = await collect(readDocuments([EXAMPLES]));
});

describe('analysis across worker counts', () => {
  it('reads the five example documents (so that the comparison compares something)', () => {
    expect(documents).toHaveLength(5);
  });

  it('gives byte-identical statements in the main thread, on one worker and on two', async () => {
    const sequential = documents.flatMap((doc) => analyzeDocument(doc, OPTIONS).statements);
    // Rationale: two workers with one-document batches finish batches out of order; the output must not show it.
    const [one, two] = await Promise.all([
      collect(analyzeParallel(documents, { ...OPTIONS, workers: 1 })),
      collect(analyzeParallel(documents, { ...OPTIONS, workers: 2, batchDocuments: 1 })),
    ]);
    expect(sequential.length).toBeGreaterThan(10);
    const lines = (statements: readonly unknown[]): string[] => statements.map((s) => JSON.stringify(s));
    expect(lines(one)).toEqual(lines(sequential));
    expect(lines(two)).toEqual(lines(sequential));
  });
});
