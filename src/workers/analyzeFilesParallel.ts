import { readDocuments, type ReadDocumentsOptions } from '../io/readDocuments';
import type { AnalyzeStreamSummary } from '../stance/analyzeStream';
import type { Statement } from '../types';
import { analyzeParallel, type AnalyzeParallelOptions } from './analyzeParallel';

/** Options of {@link analyzeFilesParallel}: reading (files, directories, JSONL, `-`) and analysis on workers. */
export interface AnalyzeFilesParallelOptions extends AnalyzeParallelOptions {
  readonly read?: Omit<ReadDocumentsOptions, 'onReport'>;
}

/**
 * Reads files, directories, JSONL or standard input lazily (see `readDocuments`) and analyses them on a pool of
 * worker threads (see {@link analyzeParallel}), yielding statements in input order. Reading problems and analysis
 * problems both go to `onReport`. For the CLI's `--workers N`.
 *
 * @example
 * for await (const s of analyzeFilesParallel(['news/'], { target: 'Taliban', workers: 2, onReport: console.error })) {
 *   process.stdout.write(`${JSON.stringify(s)}\n`);
 * }
 */
export function analyzeFilesParallel(
  inputs: readonly string[] | '-',
  options: AnalyzeFilesParallelOptions = {},
): AsyncGenerator<Statement, AnalyzeStreamSummary, undefined> {
  const { read, ...analysis } = options;
  const reader = readDocuments(inputs === '-' ? '-' : [...inputs], {
    ...(options.onProblem !== undefined ? { onProblem: options.onProblem } : {}),
    ...(read ?? {}),
    ...(options.onReport !== undefined ? { onReport: options.onReport } : {}),
  });
  return analyzeParallel(reader, analysis);
}
