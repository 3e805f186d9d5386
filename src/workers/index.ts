/**
 * Worker-thread analysis (Node only): a pool that analyses documents on several cores and yields statements in
 * input order. Nothing runs at import.
 */
export { analyzeParallel, analyzeParallelJsonl, DEFAULT_BATCH_CHARS, DEFAULT_BATCH_DOCUMENTS } from './analyzeParallel';
export type { AnalyzeParallelOptions, JsonlChunk } from './analyzeParallel';
export { analyzeFilesParallel, analyzeFilesParallelJsonl } from './analyzeFilesParallel';
export type { AnalyzeFilesParallelOptions } from './analyzeFilesParallel';
export { workerEntry } from './workerEntry';
export type { WorkerEntry } from './workerEntry';
export type { WorkerAnalyzeOptions } from './messages';
