/**
 * Fuzzing the readers: JSONL and document files with a bad line in the middle, invalid UTF-8, blank lines, CRLF,
 * records without text, unreadable paths and empty directories, read through chunks cut anywhere (even inside a
 * multi-byte character). Nothing is lost: every item is either passed on or reported with its file and line, and
 * the counts satisfy `items === emitted + skipped`.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors';
import { readDocuments, readJsonl } from '../../src/io';
import type { Document, InputProblem } from '../../src/types';

/** One generated JSONL line and what the reader must do with it. */
interface LineCase {
  readonly bytes: Buffer;
  /** emit: a record; skip: a problem of `kind`; blank: ignored, not counted. */
  readonly outcome: 'emit' | 'skip' | 'blank';
  readonly kind?: string;
  /** For emitted lines: the parsed value, and whether invalid UTF-8 was repaired. */
  readonly value?: unknown;
  readonly repaired?: boolean;
}

const jsonValue = fc.oneof(
  fc.record({ id: fc.string({ maxLength: 8 }), text: fc.string({ unit: 'binary', maxLength: 40 }) }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.integer(),
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const lineCase: fc.Arbitrary<LineCase> = fc.oneof(
  // Rationale per kind: well-formed records; blank lines (ignored, not items); truncated or broken JSON; binary
  // garbage; a valid record whose string holds a byte that is not UTF-8 (kept, repaired with U+FFFD).
  { arbitrary: jsonValue.map((v) => ({ bytes: Buffer.from(JSON.stringify(v)), outcome: 'emit' as const, value: v, repaired: false })), weight: 4 },
  { arbitrary: fc.constantFrom('', ' ', '\t', '  \t ').map((s) => ({ bytes: Buffer.from(s), outcome: 'blank' as const })), weight: 1 },
  {
    arbitrary: fc.constantFrom('{"id": "a", "text": ', '{oops}', '[1, 2', '"unterminated', 'undefined', '{"a":1}}', 'NaN').map((s) => ({
      bytes: Buffer.from(s),
      outcome: 'skip' as const,
      kind: 'malformed-json',
    })),
    weight: 2,
  },
  {
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 12 })
      .map((b) => Buffer.from(b.filter((x) => x !== 0x0a && x !== 0x0d && x !== 0x20 && x !== 0x09)))
      // A byte-order mark is dropped at the start of a file, so it would change the first line: leave it out.
      .filter((b) => b.length > 0 && !(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf))
      .map((b): LineCase => {
        const text = b.toString('utf8');
        const repaired = !Buffer.from(text, 'utf8').equals(b);
        // Blank by the reader's rule (String.prototype.trim: also vertical tab, form feed, no-break space...).
        if (text.trim() === '') return { bytes: b, outcome: 'blank' };
        try {
          return { bytes: b, outcome: 'emit', value: JSON.parse(text), repaired };
        } catch {
          return { bytes: b, outcome: 'skip', kind: 'malformed-json' };
        }
      }),
    weight: 1,
  },
  {
    arbitrary: fc.string({ maxLength: 6 }).map((s) => ({
      bytes: Buffer.concat([Buffer.from(`{"text":"${s.replace(/["\\]/g, '')}`), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
      outcome: 'emit' as const,
      value: { text: `${s.replace(/["\\]/g, '')}\ufffd\ufffd` },
      repaired: true,
    })),
    weight: 1,
  },
);

/** Splits bytes into chunks at the given cut points (which may fall inside a multi-byte character). */
async function* chunked(bytes: Buffer, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(bytes.length, Math.max(from, cut));
    yield bytes.subarray(from, at);
    from = at;
  }
  yield bytes.subarray(from);
}

describe('readJsonl on generated files', () => {
  it('passes on every good line, reports every bad one with its line number, and loses none, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineCase, { maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.nat({ max: 400 }), { maxLength: 6 }),
        async (lines, eol, finalEol, cuts) => {
          const bytes = Buffer.concat(lines.flatMap((l, i) => (i < lines.length - 1 || finalEol ? [l.bytes, Buffer.from(eol)] : [l.bytes])));
          const reader = readJsonl(chunked(bytes, cuts), { name: 'generated.jsonl' });
          const records: { line: number; value: unknown; repaired: boolean }[] = [];
          for await (const record of reader) records.push(record);

          const expectEmitted = lines.flatMap((l, i) => (l.outcome === 'emit' ? [{ line: i + 1, value: l.value, repaired: l.repaired }] : []));
          const expectSkipped = lines.flatMap((l, i) => (l.outcome === 'skip' ? [{ line: i + 1, kind: l.kind }] : []));
          expect(records).toEqual(expectEmitted);
          const skipped = reader.problems.filter((p) => p.kind !== 'invalid-utf8').map((p) => ({ line: p.line, kind: p.kind }));
          expect(skipped).toEqual(expectSkipped);
          expect(reader.problems.every((p) => p.source === 'generated.jsonl')).toBe(true);
          const stats = reader.stats();
          expect(stats.items).toBe(lines.filter((l) => l.outcome !== 'blank').length);
          expect(stats.items).toBe(stats.emitted + stats.skipped);
          expect(stats.emitted).toBe(records.length);
          expect(stats.repaired).toBe(records.filter((r) => r.repaired).length);
        },
      ),
      { numRuns: 150, seed: 3110 },
    );
  });
});

describe('readJsonl with onProblem: fail', () => {
  it('throws InputError naming the source and the line of the first bad line, after passing on the lines before it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(lineCase, { maxLength: 15 }), async (lines) => {
        const bytes = Buffer.concat(lines.flatMap((l) => [l.bytes, Buffer.from('\n')]));
        const firstBad = lines.findIndex((l) => l.outcome === 'skip' || (l.outcome === 'emit' && l.repaired === true));
        const seen: number[] = [];
        let thrown: unknown;
        try {
          for await (const record of readJsonl(chunked(bytes, []), { name: 'strict.jsonl', onProblem: 'fail' })) seen.push(record.line);
        } catch (error) {
          thrown = error;
        }
        const emittedBefore = lines.flatMap((l, i) => (l.outcome === 'emit' && (firstBad < 0 || i < firstBad) ? [i + 1] : []));
        expect(seen).toEqual(emittedBefore);
        if (firstBad < 0) {
          expect(thrown).toBeUndefined();
        } else {
          expect(thrown).toBeInstanceOf(InputError);
          expect(thrown).toMatchObject({ source: 'strict.jsonl', line: firstBad + 1 });
        }
      }),
      { numRuns: 100, seed: 77 },
    );
  });
});

/** A generated JSONL record for readDocuments and what must become of it. */
type RecordCase =
  | { readonly kind: 'document'; readonly text: string }
  | { readonly kind: 'missing-text' }
  | { readonly kind: 'malformed-json' }
  | { readonly kind: 'invalid-record' };

const recordCase: fc.Arbitrary<RecordCase> = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== '').map((text) => ({ kind: 'document' as const, text })), weight: 4 },
  { arbitrary: fc.constant({ kind: 'missing-text' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'malformed-json' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'invalid-record' as const }), weight: 1 },
);

function recordLine(record: RecordCase, id: string): string {
  switch (record.kind) {
    case 'document':
      return JSON.stringify({ id, text: record.text, published: '2021-08-18' });
    case 'missing-text':
      return JSON.stringify({ id, published: '2021-08-18' });
    case 'malformed-json':
      return `{"id": "${id}", "text": "cut off`;
    case 'invalid-record':
      return JSON.stringify([id, 'not an object']);
  }
}

describe('readDocuments on generated directories', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'stance-shift-readers-'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('emits every good record and reports every bad one, an unreadable path and an empty directory, losing none', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(recordCase, { maxLength: 15 }), fc.boolean(), async (records, withText) => {
        run += 1;
        const dir = join(root, `run-${run}`);
        mkdirSync(join(dir, 'empty'), { recursive: true });
        writeFileSync(join(dir, 'records.jsonl'), records.map((r, i) => recordLine(r, `r${i}`)).join('\n'));
        if (withText) writeFileSync(join(dir, 'article.txt'), 'Moscow, 18 August 2021. Russia will keep its embassy in Kabul open.');
        const inputs = [join(dir, 'records.jsonl'), ...(withText ? [join(dir, 'article.txt')] : []), join(dir, 'missing.txt'), join(dir, 'empty')];

        const reader = readDocuments(inputs, { onProblem: 'skip' });
        const docs: Document[] = [];
        for await (const doc of reader) docs.push(doc);

        const expectedIds = records.flatMap((r, i) => (r.kind === 'document' ? [`r${i}`] : []));
        expect(docs.map((d) => d.id).filter((id) => id !== 'article.txt')).toEqual(expectedIds);
        expect(docs.some((d) => d.id === 'article.txt')).toBe(withText);
        const jsonlProblems = reader.problems
          .filter((p: InputProblem) => p.source.endsWith('records.jsonl') && p.kind !== 'invalid-utf8')
          .map((p) => ({ line: p.line, kind: p.kind }));
        expect(jsonlProblems).toEqual(records.flatMap((r, i) => (r.kind === 'document' ? [] : [{ line: i + 1, kind: r.kind }])));
        expect(reader.problems.filter((p) => p.source.endsWith('missing.txt')).map((p) => p.kind)).toEqual(['unreadable']);
        expect(reader.problems.filter((p) => p.source.endsWith('empty')).map((p) => p.kind)).toEqual(['no-text-files']);
        const stats = reader.stats();
        expect(stats.items).toBe(stats.emitted + stats.skipped);
        expect(stats.emitted).toBe(docs.length);
        expect(stats.skipped).toBe(records.length - expectedIds.length + 2);
      }),
      { numRuns: 25, seed: 1812 },
    );
  });
});
