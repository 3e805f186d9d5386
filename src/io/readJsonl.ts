import type { InputProblem, OnProblem } from '../types';
import { checkInvalidUtf8, checkOnProblem, ProblemLog, type OnInvalidUtf8, type ReadStats } from './problems';
import { readLines, type LineSource } from './readLines';

/** One parsed JSONL line. */
export interface JsonlRecord {
  /** 1-based line number in the source. */
  readonly line: number;
  /** The parsed JSON value (any JSON: object, array, number...). */
  readonly value: unknown;
  /** The line's text had invalid UTF-8 replaced by U+FFFD before parsing. */
  readonly repaired: boolean;
}

/** Options of {@link readJsonl}. */
export interface ReadJsonlOptions {
  /** `skip` (default) reports a bad line and goes on; `fail` throws `InputError` at the first problem. */
  readonly onProblem?: OnProblem;
  /** Invalid UTF-8 in a line: `replace` (default) parses it with U+FFFD and reports a repair; `skip` drops the line. */
  readonly invalidUtf8?: OnInvalidUtf8;
  /** Called with each problem as it happens (problems are also collected on the reader). */
  readonly onReport?: (problem: InputProblem) => void;
  /** Name used in problems; the path, or `<stdin>` for a stream. */
  readonly name?: string;
  /** Lines longer than this many bytes are reported and skipped. */
  readonly maxLineBytes?: number;
}

/** A lazy JSONL reader: iterate it once; `problems` and `stats()` are complete when the iteration ends. */
export interface JsonlReader extends AsyncIterable<JsonlRecord> {
  readonly problems: readonly InputProblem[];
  /** `items` counts non-blank lines (and an unreadable source as one item); `items === emitted + skipped`. */
  stats(): ReadStats;
}

/**
 * Reads JSON Lines lazily, one record per non-blank line, with line numbers; usable for any JSONL input
 * (documents, scored statements, timelines). Blank lines are ignored. Malformed JSON, lines too long, invalid
 * UTF-8 and an unreadable source are reported as {@link InputProblem}s (`malformed-json`, `line-too-long`,
 * `invalid-utf8`, `unreadable`), never lost: the counts satisfy `items === emitted + skipped`.
 *
 * @throws {InvalidOptionError} for a bad option (at the call); {@link InputError} during iteration when
 *   `onProblem` is `fail`.
 * @example
 * const reader = readJsonl('statements.jsonl');
 * for await (const { line, value } of reader) console.log(line, value);
 * reader.problems; // e.g. [{ source: 'statements.jsonl', line: 7, kind: 'malformed-json', message: '...' }]
 */
export function readJsonl(source: LineSource, options: ReadJsonlOptions = {}): JsonlReader {
  const log = new ProblemLog(checkOnProblem(options.onProblem), options.onReport);
  const invalidUtf8 = checkInvalidUtf8(options.invalidUtf8);
  const name = options.name ?? (typeof source === 'string' ? source : '<stdin>');
  let started = false;

  async function* iterate(): AsyncGenerator<JsonlRecord> {
    if (started) throw new Error('readJsonl: a reader can be iterated only once');
    started = true;
    try {
      for await (const l of readLines(source, options.maxLineBytes !== undefined ? { maxLineBytes: options.maxLineBytes } : {})) {
        if (l.tooLong) {
          log.items += 1;
          log.skip({ source: name, line: l.line, kind: 'line-too-long', message: 'line longer than the byte limit; skipped' });
          continue;
        }
        if (l.text.trim().length === 0) continue;
        log.items += 1;
        if (l.invalidUtf8 && invalidUtf8 === 'skip') {
          log.skip({ source: name, line: l.line, kind: 'invalid-utf8', message: 'line is not valid UTF-8; skipped' });
          continue;
        }
        let value: unknown;
        try {
          value = JSON.parse(l.text);
        } catch (e) {
          log.skip({ source: name, line: l.line, kind: 'malformed-json', message: (e as Error).message });
          continue;
        }
        if (l.invalidUtf8) log.note({ source: name, line: l.line, kind: 'invalid-utf8', message: 'line is not valid UTF-8; invalid bytes replaced by U+FFFD' });
        log.emit(l.invalidUtf8);
        yield { line: l.line, value, repaired: l.invalidUtf8 };
      }
    } catch (e) {
      if ((e as { code?: string }).code === 'bad-input') throw e;
      log.items += 1;
      log.skip({ source: name, kind: 'unreadable', message: (e as Error).message });
    }
  }

  return {
    problems: log.problems,
    stats: () => log.stats(),
    [Symbol.asyncIterator]: iterate,
  };
}
