import type { Document, InputProblem, Statement } from '../types';
import { analyzeDocument, type AnalyzeOptions } from './analyzeDocument';

/** The statements of several documents and every problem met, in input order. */
export interface Analysis {
  readonly documents: number;
  readonly statements: readonly Statement[];
  readonly problems: readonly InputProblem[];
}

/**
 * Analyses documents one after another (see {@link analyzeDocument}); statements keep the documents' order. The
 * scorer, registry and NLP model are built once for the whole call.
 *
 * @example
 * const { statements, problems } = analyze(docs, { target: 'Taliban' });
 * problems.filter((p) => p.kind === 'undatable').length; // documents left undated
 */
export function analyze(docs: Iterable<Document>, options: AnalyzeOptions = {}): Analysis {
  const statements: Statement[] = [];
  const problems: InputProblem[] = [];
  let documents = 0;
  for (const doc of docs) {
    const result = analyzeDocument(doc, options);
    documents += 1;
    statements.push(...result.statements);
    problems.push(...result.problems);
  }
  return { documents, statements, problems };
}
