import { InvalidOptionError } from '../errors';
import type { Scorer } from '../scoring/createScorer';
import type { Document, InputProblem, Statement } from '../types';
import { analyzeDocument, type AnalyzeOptions } from './analyzeDocument';
import { analysisParts } from './analysisParts';
import { createCascadeScorer } from './prefilter/createCascadeScorer';
import { weakMemo } from './weakMemo';

/** Options of {@link analyzeStream}. */
export interface AnalyzeStreamOptions extends AnalyzeOptions {
  /**
   * Skip the tagger and the rules for statements the prefilter rules out (no possible cue word): same results,
   * less work. Default true.
   */
  readonly cascade?: boolean;
  /** Called with each analysis problem (an undatable document, an unresolved frame) as it is met. */
  readonly onReport?: (problem: InputProblem) => void;
}

/** What an {@link analyzeStream} run did, returned when the iteration ends. */
export interface AnalyzeStreamSummary {
  readonly documents: number;
  readonly statements: number;
  readonly problems: number;
}

/** Cascades built around a scorer, by scorer: each builds a prefilter from the lexicon (see {@link analysisParts}). */
const cascaded = weakMemo((scorer: Scorer): Scorer => createCascadeScorer(scorer));

/**
 * Builds the per-call options once: the scorer (wrapped in the cascade unless `cascade: false`), registry and NLP
 * adapter, so that every document of a stream shares them.
 */
export function streamAnalyzeOptions(options: AnalyzeStreamOptions): AnalyzeOptions {
  if (options === null || typeof options !== 'object') throw new InvalidOptionError('options', 'must be an object');
  if (options.cascade !== undefined && typeof options.cascade !== 'boolean') throw new InvalidOptionError('cascade', 'must be true or false');
  if (options.onReport !== undefined && typeof options.onReport !== 'function') throw new InvalidOptionError('onReport', 'must be a function');
  const { registry, nlp, scorer } = analysisParts(options);
  const { cascade, onReport, ...rest } = options;
  return { ...rest, registry, nlp, scorer: cascade === false ? scorer : cascaded(scorer) };
}

/**
 * Analyses documents as they arrive (see {@link analyzeDocument}) and yields their statements in input order as
 * soon as each document is done; nothing is kept from one document to the next, so memory stays flat whatever the
 * length of the stream. Problems go to `onReport`; the summary is the generator's return value. By default the
 * scorer runs behind the cascade prefilter ({@link createCascadeScorer}), which changes no result.
 *
 * @example
 * for await (const statement of analyzeStream(readDocuments(['news.jsonl']), { target: 'Taliban' })) {
 *   process.stdout.write(`${JSON.stringify(statement)}\n`);
 * }
 */
export async function* analyzeStream(
  source: AsyncIterable<Document> | Iterable<Document>,
  options: AnalyzeStreamOptions = {},
): AsyncGenerator<Statement, AnalyzeStreamSummary, undefined> {
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new InvalidOptionError('source', 'must be an iterable or async iterable of documents');
  }
  const prepared = streamAnalyzeOptions(options);
  let documents = 0;
  let statements = 0;
  let problems = 0;
  for await (const doc of source) {
    const result = analyzeDocument(doc, prepared);
    documents += 1;
    for (const problem of result.problems) {
      problems += 1;
      options.onReport?.(problem);
    }
    for (const statement of result.statements) {
      statements += 1;
      yield statement;
    }
  }
  return { documents, statements, problems };
}
