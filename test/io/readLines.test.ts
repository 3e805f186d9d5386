import { Readable } from 'node:stream';
import { InvalidOptionError } from '../../src/errors';
import { readLines, type Line } from '../../src/io/readLines';

async function all(chunks: (string | Uint8Array)[], maxLineBytes?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines(Readable.from(chunks, { objectMode: true }), maxLineBytes !== undefined ? { maxLineBytes } : {})) out.push(l);
  return out;
}

describe('readLines', () => {
  test('numbers lines from 1, strips LF and CRLF, keeps a last line without a newline', async () => {
    const lines = await all(['a\r\nb\n', '\nc']);
    expect(lines.map((l) => [l.line, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, ''], [4, 'c']]);
  });
  test('a line split across chunks, even inside a multi-byte character, is joined before decoding', async () => {
    const bytes = Buffer.from('Erdoğan\nok\n', 'utf8');
    const lines = await all([bytes.subarray(0, 5), bytes.subarray(5)]);
    expect(lines.map((l) => [l.text, l.invalidUtf8])).toEqual([['Erdoğan', false], ['ok', false]]);
  });
  test('invalid UTF-8 is pinned to its line and replaced', async () => {
    const lines = await all([Buffer.from([0x6f, 0x6b, 0x0a, 0x61, 0xff, 0x62, 0x0a, 0x7a])]);
    expect(lines.map((l) => [l.line, l.text, l.invalidUtf8])).toEqual([[1, 'ok', false], [2, 'a\ufffdb', true], [3, 'z', false]]);
  });
  test('a byte-order mark at the start is dropped', async () => {
    const lines = await all([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a])]);
    expect(lines[0]!.text).toBe('a');
  });
  test('an over-long line is reported as too long, not held in memory; later lines are still read', async () => {
    const lines = await all(['x'.repeat(50), 'y'.repeat(50), '\nshort\n'], 64);
    expect(lines.map((l) => [l.line, l.tooLong, l.text])).toEqual([[1, true, ''], [2, false, 'short']]);
  });
  test('empty input gives no lines', async () => {
    expect(await all([])).toEqual([]);
  });
  test('a bad maxLineBytes throws InvalidOptionError', async () => {
    await expect(all(['a'], 0)).rejects.toThrow(InvalidOptionError);
  });
  test('a missing file rejects during iteration', async () => {
    const it = readLines('/nonexistent/file.jsonl');
    await expect(it.next()).rejects.toThrow(/ENOENT/);
  });
});
