import { DIMENSIONS, type Evidence, type Label, type Statement } from '../types';
import { escapeHtml } from './escapeHtml';
import { formatSigned } from './formatSigned';
import { highlightText } from './highlightText';

/** The statements table and what could not be shown in it. */
export interface StatementsTable {
  readonly html: string;
  /** Evidence spans that did not fit their statement's text (see {@link highlightText}). */
  readonly skippedSpans: number;
}

function scoreCell(score: number, label: Label): string {
  const cls = label > 0 ? 'pos' : label < 0 ? 'neg' : 'zero';
  return `<td class="score ${cls}">${formatSigned(score)}</td>`;
}

function compareStatements(a: Statement, b: Statement): number {
  const da = a.date ?? '9999-99-99';
  const db = b.date ?? '9999-99-99';
  if (da !== db) return da < db ? -1 : 1;
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.start - b.start;
}

function options(values: readonly string[], all: string): string {
  return [`<option value="">${escapeHtml(all)}</option>`, ...values.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)].join('');
}

/** Rule ids as one attribute token each (an id with spaces would split). */
const ruleToken = (id: string): string => id.replace(/\s+/g, '-');

/**
 * The report's searchable table of statements, sorted by date (undated last), document and position: each row shows
 * the date and its source, the text with its cue words and rule trigger words marked, who said it about whom, the
 * three scores and the rules that fired. Above it, a search box and filters by dimension, actor and rule (the page's
 * script reads the row's `data-*` attributes).
 *
 * @example
 * statementsHtml(statements).html; // '<div class="filters">...<table id="statements">...'
 */
export function statementsHtml(statements: readonly Statement[]): StatementsTable {
  const sorted = [...statements].sort(compareStatements);
  const actors = [...new Set(sorted.map((s) => s.actor).filter((a): a is string => typeof a === 'string'))].sort();
  const rules = new Set<string>();
  let skippedSpans = 0;
  const rows = sorted.map((s) => {
    const evidence: readonly Evidence[] = Array.isArray(s.evidence) ? s.evidence : [];
    const highlighted = highlightText(String(s.text ?? ''), evidence);
    skippedSpans += highlighted.skipped;
    const fired = [...new Set(evidence.flatMap((e) => e.applied.map((a) => ruleToken(a.ruleId))))];
    fired.forEach((r) => rules.add(r));
    const reasons = new Map<string, string>();
    for (const e of evidence) for (const a of e.applied) if (!reasons.has(ruleToken(a.ruleId))) reasons.set(ruleToken(a.ruleId), a.reason);
    const who = [s.speaker === null ? null : `said by ${s.speaker}`, s.actor === null ? null : `actor ${s.actor}`, s.target === null ? null : `about ${s.target}`, s.quote === 'none' ? null : `${s.quote} quote`]
      .filter((x): x is string => x !== null)
      .join(' · ');
    const labels = DIMENSIONS.map((d) => `data-${d}="${s[d].label}"`).join(' ');
    const date = s.date === null ? 'undated' : s.date;
    return (
      `<tr data-actor="${escapeHtml(s.actor ?? '')}" data-rules="${escapeHtml(fired.join(' '))}" ${labels}>` +
      `<td class="date">${escapeHtml(date)}<span class="who">${escapeHtml(s.dateSource ?? '')}</span></td>` +
      `<td class="text">${highlighted.html}<span class="who">${escapeHtml(who)}${who === '' ? '' : ' · '}${escapeHtml(s.doc)}</span></td>` +
      DIMENSIONS.map((d) => scoreCell(s[d].score, s[d].label)).join('') +
      `<td>${escapeHtml(s.phase)}</td>` +
      `<td>${fired.map((r) => `<span class="rule-id" title="${escapeHtml(reasons.get(r) ?? '')}">${escapeHtml(r)}</span>`).join(' ')}</td>` +
      '</tr>'
    );
  });
  const filters =
    '<div class="filters">' +
    '<input id="q" type="search" placeholder="Search statements, speakers, documents…" aria-label="Search statements">' +
    `<select id="dim" aria-label="Dimension">${options([...DIMENSIONS], 'any dimension')}</select>` +
    `<select id="actor" aria-label="Actor">${options(actors, 'any actor')}</select>` +
    `<select id="rule" aria-label="Rule">${options([...rules].sort(), 'any rule')}</select>` +
    `<span id="count">${sorted.length} statements</span></div>`;
  const legend =
    '<p class="legend">Marked words: <mark class="cue cue-engagement">engagement cue</mark> <mark class="cue cue-recognition">recognition cue</mark> ' +
    '<mark class="cue cue-threat">threat cue</mark> <mark class="rule">rule trigger</mark> (negation, hedge, ...); hover a mark for its weight and rules.</p>';
  const table =
    '<table id="statements"><thead><tr><th>date</th><th>statement</th><th>engagement</th><th>recognition</th><th>threat</th><th>phase</th><th>rules</th></tr></thead>' +
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return { html: `${legend}\n${filters}\n${table}`, skippedSpans };
}
