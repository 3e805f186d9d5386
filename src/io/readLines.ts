import { createReadStream } from 'node:fs';
import { InvalidOptionError } from '../errors';

/** One line of a line-oriented input. */
export interface Line {
  /** 1-based line number. */
  readonly line: number;
  /** The line without its line end (`\n` or `\r\n`); invalid UTF-8 bytes become U+FFFD. */
  readonly text: string;
  /** The line's bytes were not valid UTF-8 (`text` holds replacement characters). */
  readonly invalidUtf8: boolean;
  /** The line was longer than `maxLineBytes`: `text` is empty and the bytes were discarded. */
  readonly tooLong: boolean;
}

/** Where lines come from: a file path, or a stream / async iterable of bytes or strings (e.g. `process.stdin`). */
export type LineSource = string | AsyncIterable<Uint8Array | string>;

/** Options of {@link readLines}. */
export interface ReadLinesOptions {
  /** Lines longer than this many bytes are reported as too long instead of being held in memory. Default 64 MiB. */
  readonly maxLineBytes?: number;
}

/** Default cap on one line's size (64 MiB): a JSONL record larger than this is almost surely a broken file. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * Reads a file or stream line by line, lazily (one chunk in memory at a time), with 1-based line numbers.
 * Each line is decoded as UTF-8 on its own with a fatal decoder, so an invalid byte is pinned to its line
 * (`invalidUtf8`) and decoded with replacement characters. A UTF-8 byte-order mark at the start is dropped.
 * Errors opening or reading the source are thrown from the iteration.
 *
 * @throws {InvalidOptionError} when `maxLineBytes` is not a positive integer.
 * @example
 * for await (const { line, text } of readLines('records.jsonl')) console.log(line, text);
 */
export async function* readLines(source: LineSource, options: ReadLinesOptions = {}): AsyncGenerator<Line> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  if (!Number.isInteger(max) || max <= 0) throw new InvalidOptionError('maxLineBytes', `expected a positive integer, got ${String(max)}`);
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
  const encoder = new TextEncoder();

  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  let first = true;

  const finish = (): Line => {
    lineNo += 1;
    const isFirst = first;
    first = false;
    if (tooLong) {
      parts = [];
      size = 0;
      tooLong = false;
      return { line: lineNo, text: '', invalidUtf8: false, tooLong: true };
    }
    let bytes: Uint8Array;
    if (parts.length === 1) bytes = parts[0]!;
    else {
      bytes = new Uint8Array(size);
      let o = 0;
      for (const p of parts) {
        bytes.set(p, o);
        o += p.length;
      }
    }
    parts = [];
    size = 0;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CR) end -= 1;
    let start = 0;
    if (isFirst && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    const view = bytes.subarray(start, end);
    try {
      return { line: lineNo, text: fatal.decode(view), invalidUtf8: false, tooLong: false };
    } catch {
      return { line: lineNo, text: lenient.decode(view), invalidUtf8: true, tooLong: false };
    }
  };

  const take = (chunk: Uint8Array): void => {
    if (tooLong) return;
    if (size + chunk.length > max) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(chunk);
    size += chunk.length;
  };

  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? encoder.encode(raw) : raw;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, from);
      if (nl < 0) break;
      take(chunk.slice(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < chunk.length) take(chunk.slice(from));
  }
  if (size > 0 || tooLong) yield finish();
}
