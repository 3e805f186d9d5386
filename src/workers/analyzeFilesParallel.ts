import { readDocuments, type DocumentReader, type ReadDocumentsOptions } from '../io/readDocuments';
import type { AnalyzeStreamSummary } from '../stance/analyzeStream';
import type { Statement } from '../types';
import { analyzeParallel, analyzeParallelJsonl, type AnalyzeParallelOptions, type JsonlChunk } from './analyzeParallel';

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
  return analyzeParallel(reader(inputs, options), options);
}

/**
 * {@link analyzeFilesParallel} for JSONL output (see `analyzeParallelJsonl`): chunks of JSON lines in input order,
 * serialised on the workers. For the CLI's `analyze --format jsonl --workers N`.
 *
 * @example
 * for await (const chunk of analyzeFilesParallelJsonl(['news/'], { target: 'Taliban', workers: 2 })) process.stdout.write(chunk.text);
 */
export function analyzeFilesParallelJsonl(
  inputs: readonly string[] | '-',
  options: AnalyzeFilesParallelOptions = {},
): AsyncGenerator<JsonlChunk, AnalyzeStreamSummary, undefined> {
  return analyzeParallelJsonl(reader(inputs, options), options);
}

/** The lazy reader of the inputs; the pool ignores `read`, which is for it alone. */
function reader(inputs: readonly string[] | '-', options: AnalyzeFilesParallelOptions): DocumentReader {
  return readDocuments(inputs === '-' ? '-' : [...inputs], {
    ...(options.onProblem !== undefined ? { onProblem: options.onProblem } : {}),
    ...(options.read ?? {}),
    ...(options.onReport !== undefined ? { onReport: options.onReport } : {}),
  });
}
