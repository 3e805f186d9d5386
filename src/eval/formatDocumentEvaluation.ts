import { DIMENSIONS } from '../types';
import type { DocumentEvaluation } from './evaluateDocuments';

/**
 * Renders a document-level evaluation as plain text: alignment, actor, speaker and date accuracy, and per-dimension
 * macro-F1 and accuracy.
 *
 * @example
 * console.log(formatDocumentEvaluation(evaluation, 'seeds-gold.jsonl'));
 */
export function formatDocumentEvaluation(e: DocumentEvaluation, title: string): string {
  const lines = [
    `${title}: ${e.items} gold statements aligned with the analysed documents (${e.ambiguous} ambiguous skipped, ${e.unmatched} unmatched)`,
    '',
    `  actor accuracy    ${e.actorAccuracy.toFixed(3)}`,
    `  speaker accuracy  ${e.speakerAccuracy.toFixed(3)}`,
    `  date accuracy     ${e.dateAccuracy.toFixed(3)}`,
    '',
    '  dimension       n  macro-F1  accuracy',
  ];
  for (const d of DIMENSIONS) {
    const m = e.dimensions[d];
    if (m !== undefined) lines.push(`  ${d.padEnd(12)}${String(m.n).padStart(5)}  ${m.macroF1.toFixed(3).padStart(8)}  ${m.accuracy.toFixed(3).padStart(8)}`);
  }
  return lines.join('\n');
}
