import type { Statement } from '../types';

/** Column order of the CSV and table output of statements. */
export const STATEMENT_COLUMNS = [
  'doc',
  'start',
  'end',
  'date',
  'dateSource',
  'speaker',
  'actor',
  'target',
  'quote',
  'engagement',
  'recognition',
  'threat',
  'phase',
  'cues',
  'text',
] as const;

/**
 * A statement flattened to one row of strings: scores as numbers, cues as `cue(rule,rule)` joined by `; `.
 *
 * @example
 * statementRow(statement).engagement; // '-0.56'
 */
export function statementRow(s: Statement): Record<(typeof STATEMENT_COLUMNS)[number], string> {
  return {
    doc: s.doc,
    start: String(s.start),
    end: String(s.end),
    date: s.date ?? '',
    dateSource: s.dateSource ?? '',
    speaker: s.speaker ?? '',
    actor: s.actor ?? '',
    target: s.target ?? '',
    quote: s.quote,
    engagement: String(s.engagement.score),
    recognition: String(s.recognition.score),
    threat: String(s.threat.score),
    phase: s.phase,
    cues: s.evidence
      .filter((e) => e.weight !== 0)
      .map((e) => `${e.cue}${e.applied.length === 0 ? '' : `(${e.applied.map((a) => a.ruleId).join(',')})`}`)
      .join('; '),
    text: s.text,
  };
}
