/**
 * Worker-thread analysis (Node only): a pool that analyses documents on several cores and yields statements in
 * input order. Nothing runs at import.
 */
export { analyzeParallel, DEFAULT_BATCH_CHARS, DEFAULT_BATCH_DOCUMENTS } from './analyzeParallel';
export type { AnalyzeParallelOptions } from './analyzeParallel';
export { analyzeFilesParallel } from './analyzeFilesParallel';
export type { AnalyzeFilesParallelOptions } from './analyzeFilesParallel';
export { workerEntry } from './workerEntry';
export type { WorkerEntry } from './workerEntry';
export type { WorkerAnalyzeOptions } from './messages';
