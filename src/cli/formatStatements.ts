import type { Writable } from 'node:stream';
import { STATEMENT_COLUMNS, statementRow } from '../stance/statementRow';
import type { Statement } from '../types';

/** Output formats of statement lists. */
export type StatementFormat = 'jsonl' | 'json' | 'csv' | 'table';
export const STATEMENT_FORMATS: readonly StatementFormat[] = ['jsonl', 'json', 'csv', 'table'];

const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const signed = (x: number): string => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? x.toFixed(2) : ' 0.00');
const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * Writes statements as they come, in one of the CLI formats. `json` is one array written incrementally; `table`
 * is for people (date, speaker, actor, the three scores, the text); `jsonl` and `csv` are for programs.
 *
 * @example
 * const out = createStatementWriter(process.stdout, 'table');
 * out.write(statement); out.end();
 */
export function createStatementWriter(stream: Writable, format: StatementFormat): { write(s: Statement): void; end(): void } {
  let count = 0;
  return {
    write(s) {
      if (format === 'jsonl') stream.write(`${JSON.stringify(s)}\n`);
      else if (format === 'json') stream.write(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(s)}`);
      else if (format === 'csv') {
        if (count === 0) stream.write(`${STATEMENT_COLUMNS.join(',')}\n`);
        const row = statementRow(s);
        stream.write(`${STATEMENT_COLUMNS.map((c) => csvCell(row[c])).join(',')}\n`);
      } else {
        if (count === 0) stream.write(`${'date'.padEnd(10)}  ${'speaker'.padEnd(20)}  ${'actor'.padEnd(12)}  engage  recogn  threat  text\n`);
        const who = s.speaker ?? '(narrator)';
        stream.write(
          `${(s.date ?? '?').padEnd(10)}  ${clip(who, 20).padEnd(20)}  ${clip(s.actor ?? '-', 12).padEnd(12)}  ${signed(s.engagement.score)}   ${signed(s.recognition.score)}   ${signed(s.threat.score)}   ${clip(s.text.replace(/\s+/g, ' '), 90)}\n`,
        );
      }
      count += 1;
    },
    end() {
      if (format === 'json') stream.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
