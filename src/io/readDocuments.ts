import { readFile, stat } from 'node:fs/promises';
import { basename, extname, relative, sep } from 'node:path';
import { InvalidOptionError } from '../errors';
import { normalizeIsoDate } from '../time/calendar';
import type { Document, InputProblem, OnProblem } from '../types';
import { checkInvalidUtf8, checkOnProblem, ProblemLog, type OnInvalidUtf8, type ReadStats } from './problems';
import { collectBytes } from './collectBytes';
import { listTextFiles } from './listTextFiles';
import { readJsonl } from './readJsonl';
import { createSeenIds } from './seenIds';
import { sniffStream } from './sniffStream';

/** Options of {@link readDocuments}. */
export interface ReadDocumentsOptions {
  /** Walk sub-directories of a directory input too (default false). */
  readonly recursive?: boolean;
  /** `skip` (default) reports a bad item and goes on; `fail` throws `InputError` at the first problem. */
  readonly onProblem?: OnProblem;
  /** Invalid UTF-8: `replace` (default) keeps the item with U+FFFD and reports a repair; `skip` drops it. */
  readonly invalidUtf8?: OnInvalidUtf8;
  /** Called with each problem as it happens. */
  readonly onReport?: (problem: InputProblem) => void;
  /** The stream read for `-` (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Text files larger than this many bytes are reported and skipped (default 50 MiB; JSONL is streamed, not capped). */
  readonly maxFileBytes?: number;
}

/** A lazy document reader: iterate it once; `problems` and `stats()` are complete when the iteration ends. */
export interface DocumentReader extends AsyncIterable<Document> {
  readonly problems: readonly InputProblem[];
  /** `items === emitted + skipped`; every skipped or repaired item has a problem. */
  stats(): ReadStats;
}

/** Default cap on a plain-text article (50 MiB): larger files are not articles. */
export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const OPTIONAL_STRING_FIELDS = ['source', 'url', 'actor', 'target'] as const;
const STDIN = '<stdin>';

function checkOptions(inputs: unknown, options: ReadDocumentsOptions): string[] {
  const list = inputs === '-' ? ['-'] : inputs;
  if (!Array.isArray(list) || list.length === 0 || !list.every((x) => typeof x === 'string' && x.length > 0)) {
    throw new InvalidOptionError('inputs', 'expected a non-empty list of file or directory paths, or "-" for standard input');
  }
  if (options.recursive !== undefined && typeof options.recursive !== 'boolean') {
    throw new InvalidOptionError('recursive', `expected a boolean, got ${JSON.stringify(options.recursive)}`);
  }
  const max = options.maxFileBytes;
  if (max !== undefined && (!Number.isInteger(max) || max <= 0)) {
    throw new InvalidOptionError('maxFileBytes', `expected a positive integer, got ${String(max)}`);
  }
  return list as string[];
}

class DocumentReading {
  // Hashes, not the strings: a reader over millions of documents must not keep every id in its heap.
  private readonly ids = createSeenIds();
  private stdinUsed = false;

  constructor(
    private readonly log: ProblemLog,
    private readonly invalidUtf8: OnInvalidUtf8,
    private readonly options: ReadDocumentsOptions,
  ) {}

  /** Decodes a whole text item; null when it must be skipped (the problem is reported). */
  decodeText(bytes: Uint8Array, source: string): { text: string; repaired: boolean } | null {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), repaired: false };
    } catch {
      const problem = { source, kind: 'invalid-utf8', message: 'file is not valid UTF-8' };
      if (this.invalidUtf8 === 'skip') {
        this.log.skip({ ...problem, message: `${problem.message}; skipped` });
        return null;
      }
      this.log.note({ ...problem, message: `${problem.message}; invalid bytes replaced by U+FFFD` });
      return { text: new TextDecoder('utf-8').decode(bytes), repaired: true };
    }
  }

  textDocument(id: string, source: string, bytes: Uint8Array): Document | null {
    this.log.items += 1;
    const decoded = this.decodeText(bytes, source);
    if (decoded === null) return null;
    if (decoded.text.trim().length === 0) {
      this.log.skip({ source, kind: 'missing-text', message: 'the file has no text' });
      return null;
    }
    return this.emit({ id, text: decoded.text }, source, undefined, decoded.repaired);
  }

  emit(doc: Document, source: string, line: number | undefined, repaired: boolean): Document {
    if (this.ids.add(doc.id)) {
      this.log.note({ source, ...(line !== undefined ? { line } : {}), kind: 'duplicate-id', message: `document id ${JSON.stringify(doc.id)} was seen before` });
      repaired = true;
    }
    this.log.emit(repaired);
    return doc;
  }

  /** Turns one JSONL value into a document, or null (reported) when it has no usable text. */
  record(value: unknown, source: string, line: number, repairedBefore: boolean): Document | null {
    const at = { source, line };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.log.skip({ ...at, kind: 'invalid-record', message: 'expected a JSON object with a "text" field' });
      return null;
    }
    const r = value as Record<string, unknown>;
    if (typeof r.text !== 'string' || r.text.trim().length === 0) {
      this.log.skip({ ...at, kind: 'missing-text', message: 'the record has no "text" string' });
      return null;
    }
    let repaired = repairedBefore;
    const fix = (kind: string, message: string): void => {
      this.log.note({ ...at, kind, message });
      repaired = true;
    };
    let id = `${basename(source)}:${line}`;
    if (typeof r.id === 'string' && r.id.length > 0) id = r.id;
    else if (typeof r.id === 'number' && Number.isFinite(r.id)) id = String(r.id);
    else if (r.id !== undefined && r.id !== null) fix('invalid-field', `"id" must be a string or a number; using ${JSON.stringify(id)}`);
    const doc: { -readonly [K in keyof Document]: Document[K] } = { id, text: r.text };
    if (typeof r.published === 'string') {
      const day = normalizeIsoDate(r.published);
      if (day !== null) doc.published = day;
      else fix('invalid-published', `"published" ${JSON.stringify(r.published)} is not an ISO date; the date will be read from the text`);
    } else if (r.published !== undefined && r.published !== null) {
      fix('invalid-published', '"published" must be an ISO date string; the date will be read from the text');
    }
    for (const field of OPTIONAL_STRING_FIELDS) {
      const v = r[field];
      if (typeof v === 'string') doc[field] = v;
      else if (v !== undefined && v !== null) fix('invalid-field', `"${field}" must be a string; dropped`);
    }
    return this.emit(doc, source, line, repaired);
  }

  async *jsonl(source: string | AsyncIterable<Uint8Array | string>, name: string): AsyncGenerator<Document> {
    const reader = readJsonl(source, {
      name,
      invalidUtf8: this.invalidUtf8,
      // Problems of the line reader go through this reader's log, so fail/skip and counts stay in one place.
      onProblem: 'skip',
    });
    let seen = 0;
    for await (const rec of reader) {
      for (; seen < reader.problems.length; seen += 1) this.forward(reader.problems[seen]!);
      this.log.items += 1;
      const doc = this.record(rec.value, name, rec.line, rec.repaired);
      if (doc !== null) yield doc;
    }
    for (; seen < reader.problems.length; seen += 1) this.forward(reader.problems[seen]!);
  }

  /** Re-files a problem of the line reader: skips count as skipped items, repairs as repairs. */
  private forward(problem: InputProblem): void {
    if (problem.kind === 'invalid-utf8' && this.invalidUtf8 === 'replace') {
      this.log.note(problem);
      return;
    }
    this.log.items += 1;
    this.log.skip(problem);
  }

  async *path(input: string): AsyncGenerator<Document> {
    if (input === '-') {
      yield* this.stdin();
      return;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      this.log.items += 1;
      this.log.skip({ source: input, kind: 'unreadable', message: (e as Error).message });
      return;
    }
    if (info.isDirectory()) {
      let files: string[];
      try {
        files = await listTextFiles(input, this.options.recursive ?? false);
      } catch (e) {
        this.log.items += 1;
        this.log.skip({ source: input, kind: 'unreadable', message: (e as Error).message });
        return;
      }
      if (files.length === 0) {
        this.log.items += 1;
        this.log.skip({ source: input, kind: 'no-text-files', message: 'the directory has no .txt or .jsonl files' });
        return;
      }
      for (const file of files) yield* this.file(file, relative(input, file).split(sep).join('/'));
      return;
    }
    yield* this.file(input, basename(input));
  }

  async *file(path: string, id: string): AsyncGenerator<Document> {
    if (JSONL_EXTENSIONS.has(extname(path).toLowerCase())) {
      yield* this.jsonl(path, path);
      return;
    }
    let bytes: Uint8Array;
    try {
      const info = await stat(path);
      const max = this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      if (info.size > max) {
        this.log.items += 1;
        this.log.skip({ source: path, kind: 'too-large', message: `${info.size} bytes is more than the ${max}-byte limit for a text file` });
        return;
      }
      bytes = await readFile(path);
    } catch (e) {
      this.log.items += 1;
      this.log.skip({ source: path, kind: 'unreadable', message: (e as Error).message });
      return;
    }
    const doc = this.textDocument(id, path, bytes);
    if (doc !== null) yield doc;
  }

  async *stdin(): AsyncGenerator<Document> {
    if (this.stdinUsed) {
      this.log.items += 1;
      this.log.skip({ source: STDIN, kind: 'duplicate-input', message: 'standard input can be read only once' });
      return;
    }
    this.stdinUsed = true;
    const stream = this.options.stdin ?? (process.stdin as AsyncIterable<Uint8Array | string>);
    let sniffed;
    try {
      sniffed = await sniffStream(stream);
    } catch (e) {
      this.log.items += 1;
      this.log.skip({ source: STDIN, kind: 'unreadable', message: (e as Error).message });
      return;
    }
    if (sniffed.jsonl) {
      yield* this.jsonl(sniffed.chunks, STDIN);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await collectBytes(sniffed.chunks);
    } catch (e) {
      this.log.items += 1;
      this.log.skip({ source: STDIN, kind: 'unreadable', message: (e as Error).message });
      return;
    }
    const doc = this.textDocument(STDIN, STDIN, bytes);
    if (doc !== null) yield doc;
  }
}

/**
 * Reads documents from plain-text files (one article each; `id` is the file name), directories of them
 * (`.txt`, `.jsonl` and `.ndjson` files in code-point order; sub-directories with `recursive`, ids then being
 * paths relative to the directory), JSONL files of records `{ id, text, published?, source?, url?, actor?,
 * target? }` (streamed line by line; a record without `id` gets `<file>:<line>`), and `-` for standard input
 * (JSONL when it starts with `{`, else one text document with id `<stdin>`).
 *
 * Lazy: documents are produced as they are read, JSONL is never loaded whole. Bad input is never lost: each
 * problem (`unreadable`, `no-text-files`, `too-large`, `malformed-json`, `invalid-record`, `missing-text`,
 * `invalid-utf8`, `invalid-published`, `invalid-field`, `duplicate-id`, `line-too-long`) is reported with its
 * file and line, and `stats()` satisfies `items === emitted + skipped`.
 *
 * @throws {InvalidOptionError} for bad inputs or options (at the call); {@link InputError} during iteration at
 *   the first problem when `onProblem` is `fail`.
 * @example
 * const reader = readDocuments(['examples/data'], { onProblem: 'skip' });
 * for await (const doc of reader) console.log(doc.id, doc.text.length);
 * reader.stats(); // { items: 5, emitted: 5, skipped: 0, repaired: 0 }
 */
export function readDocuments(inputs: readonly string[] | '-', options: ReadDocumentsOptions = {}): DocumentReader {
  const list = checkOptions(inputs, options);
  const log = new ProblemLog(checkOnProblem(options.onProblem), options.onReport);
  const reading = new DocumentReading(log, checkInvalidUtf8(options.invalidUtf8), options);
  let started = false;
  async function* iterate(): AsyncGenerator<Document> {
    if (started) throw new Error('readDocuments: a reader can be iterated only once');
    started = true;
    for (const input of list) yield* reading.path(input);
  }
  return { problems: log.problems, stats: () => log.stats(), [Symbol.asyncIterator]: iterate };
}
