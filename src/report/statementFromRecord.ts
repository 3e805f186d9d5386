import type { DimensionScore, Evidence, Phase, QuoteKind, DateSource, Statement } from '../types';

/** What {@link statementFromRecord} made of one record. */
export interface StatementRecordResult {
  /** The statement, or null when the record cannot be one (see `problems`). */
  readonly statement: Statement | null;
  /** What was wrong: why the record was rejected, or what was dropped from a kept statement (bad evidence items). */
  readonly problems: readonly string[];
}

const PHASES: readonly Phase[] = ['isolation', 'engagement without recognition', 'toward recognition', 'no signal'];
const QUOTES: readonly QuoteKind[] = ['direct', 'reported', 'none'];
const DATE_SOURCES: readonly DateSource[] = ['published', 'explicit', 'relative', 'background'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function dimensionScore(v: unknown): DimensionScore | null {
  if (!isObject(v)) return null;
  const { score, label } = v;
  if (typeof score !== 'number' || !Number.isFinite(score) || score < -1 || score > 1) return null;
  if (label !== -1 && label !== 0 && label !== 1) return null;
  return { score, label };
}

function isSpan(v: unknown): v is { start: number; end: number } {
  return isObject(v) && typeof v.start === 'number' && typeof v.end === 'number';
}

function evidenceItem(v: unknown): Evidence | null {
  if (!isObject(v) || !isSpan(v.span) || typeof v.dimension !== 'string' || !['engagement', 'recognition', 'threat'].includes(v.dimension)) return null;
  if (typeof v.weight !== 'number' || !Number.isFinite(v.weight)) return null;
  const applied = Array.isArray(v.applied) ? v.applied.filter((a): a is Json => isObject(a) && typeof a.ruleId === 'string') : [];
  return {
    entryId: typeof v.entryId === 'string' ? v.entryId : '',
    dimension: v.dimension as Evidence['dimension'],
    cue: typeof v.cue === 'string' ? v.cue : '',
    span: { start: v.span.start, end: v.span.end },
    base: typeof v.base === 'number' && Number.isFinite(v.base) ? v.base : v.weight,
    weight: v.weight,
    applied: applied.map((a) => ({
      ruleId: a.ruleId as string,
      factor: typeof a.factor === 'number' ? a.factor : 1,
      reason: typeof a.reason === 'string' ? a.reason : '',
      ...(typeof a.cue === 'string' ? { cue: a.cue } : {}),
      ...(isSpan(a.span) ? { span: { start: a.span.start, end: a.span.end } } : {}),
    })),
  };
}

/**
 * Reads one analysed statement from parsed JSON (a line of `stance-shift analyze --format jsonl` output, or any
 * record with the {@link Statement} fields). Required: `text`, `doc`, and `engagement`, `recognition`, `threat` as
 * `{ score in [-1, 1], label -1 | 0 | 1 }`; a `date` that is present must be an ISO date or null. Optional fields
 * get neutral defaults (no speaker, `quote: 'none'`, `phase: 'no signal'`, no evidence); evidence items that are
 * malformed are dropped and named in `problems`. Never throws: a record that cannot be a statement comes back as
 * `statement: null` with the reason.
 *
 * @example
 * statementFromRecord({ doc: 'a', text: 'Talks began.', date: '2021-10-20', engagement: { score: 0.6, label: 1 },
 *   recognition: { score: 0, label: 0 }, threat: { score: 0, label: 0 } }).statement?.quote; // 'none'
 * statementFromRecord({ text: 'x' }).problems; // ['"doc" must be a string', ...]
 */
export function statementFromRecord(value: unknown): StatementRecordResult {
  if (!isObject(value)) return { statement: null, problems: ['expected a JSON object with the fields of a statement'] };
  const problems: string[] = [];
  if (typeof value.text !== 'string') problems.push('"text" must be a string');
  if (typeof value.doc !== 'string') problems.push('"doc" must be a string');
  const scores = {
    engagement: dimensionScore(value.engagement),
    recognition: dimensionScore(value.recognition),
    threat: dimensionScore(value.threat),
  };
  for (const [d, s] of Object.entries(scores)) if (s === null) problems.push(`"${d}" must be { score in [-1, 1], label -1, 0 or 1 }`);
  const date = value.date ?? null;
  if (date !== null && (typeof date !== 'string' || !ISO_DATE.test(date))) problems.push(`"date" must be an ISO date (YYYY-MM-DD) or null, got ${JSON.stringify(date)}`);
  if (problems.length > 0 || scores.engagement === null || scores.recognition === null || scores.threat === null) return { statement: null, problems };

  const text = value.text as string;
  const rawEvidence = Array.isArray(value.evidence) ? value.evidence : [];
  const evidence = rawEvidence.map(evidenceItem).filter((e): e is Evidence => e !== null);
  if (evidence.length < rawEvidence.length) problems.push(`${rawEvidence.length - evidence.length} malformed evidence item(s) dropped`);
  const start = typeof value.start === 'number' && Number.isFinite(value.start) ? value.start : 0;
  const end = typeof value.end === 'number' && Number.isFinite(value.end) ? value.end : start + text.length;
  const statement: Statement = {
    doc: value.doc as string,
    start,
    end,
    text,
    speaker: stringOrNull(value.speaker),
    actor: stringOrNull(value.actor),
    target: stringOrNull(value.target),
    date: date as string | null,
    dateSource: DATE_SOURCES.includes(value.dateSource as DateSource) ? (value.dateSource as DateSource) : null,
    quote: QUOTES.includes(value.quote as QuoteKind) ? (value.quote as QuoteKind) : 'none',
    engagement: scores.engagement,
    recognition: scores.recognition,
    threat: scores.threat,
    phase: PHASES.includes(value.phase as Phase) ? (value.phase as Phase) : 'no signal',
    evidence,
    ...(isObject(value.dateRange) && typeof value.dateRange.start === 'string' && typeof value.dateRange.end === 'string'
      ? { dateRange: { start: value.dateRange.start, end: value.dateRange.end } }
      : {}),
  };
  return { statement, problems };
}
