import type { InputProblem, Statement, Timeline } from '../types';
import { escapeHtml } from './escapeHtml';
import { REPORT_CSS } from './reportStyles';
import { REPORT_SCRIPT } from './reportScript';
import { shiftsHtml } from './shiftsHtml';
import { statementsHtml } from './statementsHtml';
import { summaryHtml } from './summaryHtml';

/** A chart already drawn, ready to be placed in the report. */
export interface ReportChart {
  readonly title: string;
  /** What the chart shows, in one or two sentences. */
  readonly caption: string;
  /** The SVG markup, inserted as it is: pass only SVG produced by {@link renderSvg} or another trusted renderer. */
  readonly svg: string;
}

/** Everything a report shows. */
export interface ReportContent {
  readonly title: string;
  readonly timelines: readonly Timeline[];
  readonly statements: readonly Statement[];
  readonly charts: readonly ReportChart[];
  /** Input items that were skipped while reading, listed at the end of the report. */
  readonly problems?: readonly InputProblem[];
}

/**
 * The Content-Security-Policy of the report: nothing may be loaded from anywhere, only the inline style and script
 * run. It makes the "no network requests" promise something the browser enforces, not only something we checked.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/**
 * Assembles the one-file HTML report from content whose charts are already drawn (see {@link renderReport}, which
 * draws them). Pure and synchronous: the same content gives the same page byte for byte (no clock, no random ids).
 * Every text from the input is escaped; the page requests nothing from the network.
 *
 * @example
 * const html = reportHtml({ title: 'Russia and the Taliban', timelines: [timeline], statements, charts: [] });
 * html.startsWith('<!doctype html>'); // true
 */
export function reportHtml(content: ReportContent): string {
  const { title, timelines, statements, charts } = content;
  const problems = content.problems ?? [];
  const table = statementsHtml(statements);
  const docs = new Set(statements.map((s) => s.doc)).size;
  const dates = statements.map((s) => s.date).filter((d): d is string => typeof d === 'string').sort();
  const range = dates.length === 0 ? '' : `, dated ${escapeHtml(dates[0] ?? '')} to ${escapeHtml(dates[dates.length - 1] ?? '')}`;
  const notes: string[] = problems.map((p) => `${p.source}${p.line === undefined ? '' : `:${p.line}`}: ${p.kind}: ${p.message}`);
  if (table.skippedSpans > 0) notes.push(`${table.skippedSpans} evidence span${table.skippedSpans === 1 ? '' : 's'} did not fit the statement text and could not be marked.`);

  const body: string[] = [
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="sub">${statements.length} statement${statements.length === 1 ? '' : 's'} from ${docs} document${docs === 1 ? '' : 's'}${range}.</p>`,
    '</header>',
    '<nav><a href="#summary">Summary</a><a href="#charts">Charts</a><a href="#shifts">Shifts</a><a href="#table">Statements</a>' +
      (notes.length > 0 ? '<a href="#problems">Input problems</a>' : '') +
      '</nav>',
    '<section id="summary"><h2>Summary</h2>',
    timelines.length === 0 ? '<p>No timeline was given.</p>' : `<div class="pairs">${timelines.map(summaryHtml).join('\n')}</div>`,
    '</section>',
    '<section id="charts"><h2>Charts</h2>',
    charts.length === 0 ? '<p>No chart.</p>' : '<div class="figures">',
    ...charts.map(
      (c, i) => `<figure id="chart-${i + 1}" class="chart"><div class="svg">${c.svg}</div><figcaption><strong>${escapeHtml(c.title)}.</strong> ${escapeHtml(c.caption)}</figcaption></figure>`,
    ),
    charts.length === 0 ? '' : '</div>',
    '</section>',
    '<section id="shifts"><h2>Shifts and the statements behind them</h2>',
    timelines.map(shiftsHtml).join('\n'),
    '</section>',
    '<section id="table"><h2>Statements</h2>',
    table.html,
    '</section>',
  ];
  if (notes.length > 0) {
    body.push('<section id="problems"><h2>Input problems</h2><ul class="problems">', ...notes.map((n) => `<li>${escapeHtml(n)}</li>`), '</ul></section>');
  }
  body.push('<footer>Made with stance-shift. Scores follow the engagement-versus-recognition codebook; hover a marked word to see why it counts.</footer>');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body><main>',
    ...body,
    '</main>',
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
