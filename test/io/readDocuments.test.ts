import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError, InvalidOptionError } from '../../src/errors';
import { readDocuments, type DocumentReader } from '../../src/io/readDocuments';
import type { Document } from '../../src/types';

const root = mkdtempSync(join(tmpdir(), 'stance-docs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function tree(name: string, files: Record<string, string | Buffer>): string {
  const base = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    const full = join(base, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
  }
  mkdirSync(base, { recursive: true });
  return base;
}

async function read(reader: DocumentReader): Promise<Document[]> {
  const out: Document[] = [];
  for await (const d of reader) out.push(d);
  const s = reader.stats();
  // Nothing is lost: every item is either passed on or skipped with a problem.
  expect(s.items).toBe(s.emitted + s.skipped);
  expect(reader.problems.length).toBeGreaterThanOrEqual(s.skipped + s.repaired);
  return out;
}

describe('readDocuments', () => {
  test('a directory: .txt and .jsonl files in code-point order, other files ignored, ids from file names', async () => {
    const dir = tree('flat', {
      'b.txt': 'Second article.',
      'A.txt': 'First article.',
      'c.jsonl': '{"id":"r1","text":"Record one.","published":"2021-10-25","actor":"Russia"}\n',
      'notes.md': 'not read',
      'sub/d.txt': 'Only when recursive.',
    });
    const docs = await read(readDocuments([dir]));
    expect(docs.map((d) => d.id)).toEqual(['A.txt', 'b.txt', 'r1']);
    expect(docs[2]).toEqual({ id: 'r1', text: 'Record one.', published: '2021-10-25', actor: 'Russia' });
    const deep = await read(readDocuments([dir], { recursive: true }));
    expect(deep.map((d) => d.id)).toEqual(['A.txt', 'b.txt', 'r1', 'sub/d.txt']);
  });

  test('a recursive walk ends on a symbolic-link loop and reads each file once', async () => {
    const dir = tree('loop', { 'a/x.txt': 'One article.' });
    symlinkSync(dir, join(dir, 'a', 'back'), 'dir');
    const docs = await read(readDocuments([dir], { recursive: true }));
    expect(docs.map((d) => d.id)).toEqual(['a/x.txt']);
  });

  test('JSONL records: defaults for a missing id, normalised dates, problems for bad records', async () => {
    const dir = tree('records', {
      'r.jsonl': [
        '{"text":"No id."}',
        '{"id":7,"text":"Numeric id.","published":"2021-08-18T09:00:00+05:30"}',
        'not json',
        '{"id":"e","text":"   "}',
        '[1,2]',
        '{"id":"p","text":"Bad date.","published":"18/08/2021","url":42}',
        '{"id":"p","text":"Same id."}',
        '',
      ].join('\n'),
    });
    const reader = readDocuments([join(dir, 'r.jsonl')]);
    const docs = await read(reader);
    expect(docs.map((d) => [d.id, d.published ?? null])).toEqual([
      ['r.jsonl:1', null],
      ['7', '2021-08-18'],
      ['p', null],
      ['p', null],
    ]);
    expect(reader.problems.map((p) => [p.line, p.kind])).toEqual([
      [3, 'malformed-json'],
      [4, 'missing-text'],
      [5, 'invalid-record'],
      [6, 'invalid-published'],
      [6, 'invalid-field'],
      [7, 'duplicate-id'],
    ]);
    expect(reader.stats()).toEqual({ items: 7, emitted: 4, skipped: 3, repaired: 2 });
  });

  test('unreadable paths and directories without text files are reported, not fatal', async () => {
    const empty = tree('empty', { 'x.csv': 'a,b' });
    const reader = readDocuments([join(root, 'nope'), empty]);
    expect(await read(reader)).toEqual([]);
    expect(reader.problems.map((p) => p.kind)).toEqual(['unreadable', 'no-text-files']);
  });

  test('non-UTF-8 text files: replaced and reported, or skipped', async () => {
    const dir = tree('latin1', { 'l.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) });
    const replaced = readDocuments([dir]);
    expect((await read(replaced)).map((d) => d.text)).toEqual(['Caf\ufffd.']);
    expect(replaced.stats()).toEqual({ items: 1, emitted: 1, skipped: 0, repaired: 1 });
    const skipped = readDocuments([dir], { invalidUtf8: 'skip' });
    expect(await read(skipped)).toEqual([]);
    expect(skipped.problems.map((p) => p.kind)).toEqual(['invalid-utf8']);
  });

  test('empty text files and files over the size limit are skipped with a problem', async () => {
    const dir = tree('sizes', { 'empty.txt': ' \n', 'big.txt': 'x'.repeat(100) });
    const reader = readDocuments([dir], { maxFileBytes: 50 });
    expect(await read(reader)).toEqual([]);
    expect(reader.problems.map((p) => p.kind)).toEqual(['too-large', 'missing-text']);
  });

  test("onProblem 'fail' throws InputError at the first problem", async () => {
    const dir = tree('failing', { 'a.jsonl': '{"id":"a","text":"ok"}\n{broken\n' });
    const reader = readDocuments([dir], { onProblem: 'fail' });
    await expect(read(reader)).rejects.toThrow(InputError);
  });

  test('standard input: JSONL when it starts with "{", else one text document', async () => {
    const jsonl = readDocuments('-', { stdin: Readable.from(['\n{"id":"s1","text":"From stdin."}\n{"id":"s2","text":"Two."}\n']) });
    expect((await read(jsonl)).map((d) => d.id)).toEqual(['s1', 's2']);
    const text = readDocuments(['-'], { stdin: Readable.from([Buffer.from('Published 18:46 IST, October 7th 2021\nAn article.')]) });
    expect(await read(text)).toEqual([{ id: '<stdin>', text: 'Published 18:46 IST, October 7th 2021\nAn article.' }]);
  });

  test('the seed corpus reads as five documents', async () => {
    const reader = readDocuments([join(__dirname, '../../examples/data')]);
    const docs = await read(reader);
    expect(docs).toHaveLength(5);
    expect(reader.problems).toEqual([]);
  });

  test.each([
    [[], {}, 'inputs'],
    [[''], {}, 'inputs'],
    [['x'], { onProblem: 'warn' }, 'onProblem'],
    [['x'], { invalidUtf8: 'keep' }, 'invalidUtf8'],
    [['x'], { recursive: 'yes' }, 'recursive'],
    [['x'], { maxFileBytes: -1 }, 'maxFileBytes'],
  ])('bad inputs/options %p %p throw InvalidOptionError naming %s', (inputs, options, name) => {
    expect(() => readDocuments(inputs as string[], options as never)).toThrow(InvalidOptionError);
    expect(() => readDocuments(inputs as string[], options as never)).toThrow(`"${name}"`);
  });
});
