import type { Writable } from 'node:stream';
import { statementJsonLine } from '../stance/statementJsonLine';
import { STATEMENT_COLUMNS, statementRow } from '../stance/statementRow';
import type { Statement } from '../types';

/** Output formats of statement lists. */
export type StatementFormat = 'jsonl' | 'json' | 'csv' | 'table';
export const STATEMENT_FORMATS: readonly StatementFormat[] = ['jsonl', 'json', 'csv', 'table'];

const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? x.toFixed(2) : ' 0.00');
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** Output is gathered into pieces of about this many characters before it is written: fewer, larger writes. */
export const WRITE_CHUNK_CHARS = 64 * 1024;

/** A statement writer of {@link createStatementWriter}. */
export interface StatementWriter {
  write(statement: Statement): void;
  /** Text already in the writer's format (JSON lines serialised elsewhere), written as it is. */
  writeText(text: string): void;
  /** Writes what is buffered and closes the format (`]` of `json`). */
  end(): void;
}

/**
 * Writes statements as they come, in one of the CLI formats. `json` is one array written incrementally; `table`
 * is for people (date, speaker, actor, the three scores, the text); `jsonl` and `csv` are for programs. Output is
 * buffered in pieces of {@link WRITE_CHUNK_CHARS}: call `end()` to write the rest.
 *
 * @example
 * const out = createStatementWriter(process.stdout, 'table');
 * out.write(statement); out.end();
 */
export function createStatementWriter(stream: Writable, format: StatementFormat): StatementWriter {
  let count = 0;
  let buffer = '';
  const put = (text: string): void => {
    buffer += text;
    if (buffer.length >= WRITE_CHUNK_CHARS) flush();
  };
  const flush = (): void => {
    if (buffer.length > 0) stream.write(buffer);
    buffer = '';
  };
  return {
    write(s) {
      if (format === 'jsonl') put(statementJsonLine(s));
      else if (format === 'json') put(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(s)}`);
      else if (format === 'csv') {
        if (count === 0) put(`${STATEMENT_COLUMNS.join(',')}\n`);
        const row = statementRow(s);
        put(`${STATEMENT_COLUMNS.map((c) => csvCell(row[c])).join(',')}\n`);
      } else {
        if (count === 0) put(`${'date'.padEnd(10)}  ${'speaker'.padEnd(20)}  ${'actor'.padEnd(12)}  engage  recogn  threat  text\n`);
        const who = s.speaker ?? '(narrator)';
        put(
          `${(s.date ?? '?').padEnd(10)}  ${clip(who, 20).padEnd(20)}  ${clip(s.actor ?? '-', 12).padEnd(12)}  ${signed(s.engagement.score)}   ${signed(s.recognition.score)}   ${signed(s.threat.score)}   ${clip(s.text.replace(/\s+/g, ' '), 90)}\n`,
        );
      }
      count += 1;
    },
    writeText(text) {
      if (format !== 'jsonl') throw new Error(`writeText needs the jsonl format, not ${format}`);
      flush();
      if (text.length > 0) stream.write(text);
      count += 1;
    },
    end() {
      if (format === 'json') put(count === 0 ? '[]\n' : '\n]\n');
      flush();
    },
  };
}
