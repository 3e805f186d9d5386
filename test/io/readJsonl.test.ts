import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { InputError, InvalidOptionError } from '../../src/errors';
import { readJsonl, type JsonlRecord } from '../../src/io/readJsonl';

const dir = mkdtempSync(join(tmpdir(), 'stance-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('readJsonl', () => {
  test('reads any JSON value per line with its line number; blank lines are ignored', async () => {
    const r = readJsonl(file('ok.jsonl', '{"a":1}\n\n[2]\n"three"\n'));
    const recs = await drain(r);
    expect(recs.map((x: JsonlRecord) => [x.line, x.value])).toEqual([[1, { a: 1 }], [3, [2]], [4, 'three']]);
    expect(r.stats()).toEqual({ items: 3, emitted: 3, skipped: 0, repaired: 0 });
  });
  test('malformed lines are reported with their line and skipped; items = emitted + skipped', async () => {
    const r = readJsonl(file('bad.jsonl', '{"a":1}\n{"a":\nnot json\n{"b":2}\n'));
    const recs = await drain(r);
    expect(recs.map((x) => x.line)).toEqual([1, 4]);
    expect(r.problems.map((p) => [p.line, p.kind])).toEqual([[2, 'malformed-json'], [3, 'malformed-json']]);
    const s = r.stats();
    expect(s.items).toBe(s.emitted + s.skipped);
  });
  test('invalid UTF-8: replaced and reported by default, skipped on request', async () => {
    const bytes = Buffer.concat([Buffer.from('{"t":"a'), Buffer.from([0xff]), Buffer.from('"}\n{"t":"b"}\n')]);
    const path = file('utf8.jsonl', bytes);
    const replaced = readJsonl(path);
    expect((await drain(replaced)).map((x) => x.value)).toEqual([{ t: 'a\ufffd' }, { t: 'b' }]);
    expect(replaced.problems.map((p) => [p.line, p.kind])).toEqual([[1, 'invalid-utf8']]);
    expect(replaced.stats()).toEqual({ items: 2, emitted: 2, skipped: 0, repaired: 1 });
    const skipped = readJsonl(path, { invalidUtf8: 'skip' });
    expect((await drain(skipped)).map((x) => x.value)).toEqual([{ t: 'b' }]);
    expect(skipped.stats()).toEqual({ items: 2, emitted: 1, skipped: 1, repaired: 0 });
  });
  test("onProblem 'fail' throws InputError with file and line", async () => {
    const path = file('fail.jsonl', '{"a":1}\n{oops\n');
    await expect(drain(readJsonl(path, { onProblem: 'fail' }))).rejects.toThrow(InputError);
    await expect(drain(readJsonl(path, { onProblem: 'fail' }))).rejects.toThrow(`${path}:2`);
  });
  test('an unreadable source is one skipped item, reported', async () => {
    const r = readJsonl(join(dir, 'missing.jsonl'));
    expect(await drain(r)).toEqual([]);
    expect(r.problems.map((p) => p.kind)).toEqual(['unreadable']);
    expect(r.stats()).toEqual({ items: 1, emitted: 0, skipped: 1, repaired: 0 });
  });
  test('reads streams, named <stdin> by default, and reports problems as they happen', async () => {
    const seen: string[] = [];
    const r = readJsonl(Readable.from(['{"a":1}\nx\n']), { onReport: (p) => seen.push(`${p.source}:${p.line}`) });
    expect((await drain(r)).length).toBe(1);
    expect(seen).toEqual(['<stdin>:2']);
  });
  test('is lazy: a large file is consumed record by record', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ i })).join('\n');
    const r = readJsonl(file('big.jsonl', lines));
    let n = 0;
    for await (const rec of r) {
      n += 1;
      if (n === 3) {
        expect(rec.value).toEqual({ i: 2 });
        break;
      }
    }
    expect(r.stats().emitted).toBe(3);
  });
  test.each([
    [{ onProblem: 'ignore' }, 'onProblem'],
    [{ invalidUtf8: 'drop' }, 'invalidUtf8'],
  ])('bad option %p throws InvalidOptionError naming %s', (options, name) => {
    expect(() => readJsonl('x.jsonl', options as never)).toThrow(InvalidOptionError);
    expect(() => readJsonl('x.jsonl', options as never)).toThrow(name);
  });
});
