import type { Statement } from '../types';

/**
 * One statement as a line of JSONL (ended by a newline): the form `analyze --format jsonl` writes and workers pass
 * back, so that both give the same bytes.
 *
 * @example
 * statementJsonLine(statement).endsWith('}\n'); // true
 */
export function statementJsonLine(statement: Statement): string {
  return `${JSON.stringify(statement)}\n`;
}
