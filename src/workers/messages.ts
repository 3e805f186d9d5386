import type { LexiconData } from '../lexicon/types';
import type { Document, InputProblem, Statement } from '../types';

/** The options a worker thread can receive: plain data only (no functions, no scorer or registry objects). */
export interface WorkerAnalyzeOptions {
  readonly target?: string | null;
  readonly targetAliases?: readonly string[];
  readonly actor?: string | null;
  readonly signalOnly?: boolean;
  readonly onProblem?: 'skip' | 'fail';
  readonly cascade?: boolean;
  /** The lexicon as data (`lexicon.toData()`); the default lexicon when absent. */
  readonly lexicon?: LexiconData;
  /** An actor registry file (`loadActorRegistry`), for attribution and for the scorer's parties. */
  readonly registryFile?: string;
}

/** A batch of documents sent to a worker; `seq` orders the answers. */
export interface BatchRequest {
  readonly seq: number;
  readonly docs: readonly Document[];
  /** Answer with the statements as JSON lines (one string) instead of objects: far cheaper to pass back. */
  readonly jsonl?: boolean;
}

/** A worker's answer to one batch: statements and problems in document order, or the error that stopped it. */
export interface BatchResult {
  readonly seq: number;
  /** The statements, unless the request asked for `jsonl`. */
  readonly statements: readonly Statement[];
  /** With a `jsonl` request: the statements as JSON lines, each ended by a newline. */
  readonly jsonl?: string;
  /** How many statements the batch gave. */
  readonly count: number;
  readonly problems: readonly InputProblem[];
  readonly error?: { readonly name: string; readonly message: string; readonly source?: string };
}
