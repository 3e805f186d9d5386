import { InvalidOptionError } from '../errors';
import type { Dimension, InputProblem, Statement, Timeline } from '../types';
import { compareSpec } from './compareSpec';
import { planeSpec } from './planeSpec';
import { reportHtml, type ReportChart } from './reportHtml';
import { renderSvg } from './renderSvg';
import { pairLabel } from './pairLabel';
import { timelineSpec } from './timelineSpec';
import { checkDimensions } from './checkDimensions';

/**
 * Width of a timeline panel in the report: with the plane beside it ({@link REPORT_PLANE_SIZE}), both fit the
 * page's 1200-pixel column side by side.
 */
export const REPORT_TIMELINE_WIDTH = 540;

/** Side of the engagement-recognition plane in the report. */
export const REPORT_PLANE_SIZE = 300;

/** What {@link renderReport} reports on. Give `timeline` or `timelines` (several actor-target pairs), not both. */
export interface ReportInput {
  readonly timeline?: Timeline;
  readonly timelines?: readonly Timeline[];
  /** The statements behind the timelines (or any analysed statements to list). */
  readonly statements: readonly Statement[];
  /** Page title. Default: the pairs, e.g. `Russia → Taliban`. */
  readonly title?: string;
  /** Input items skipped while reading, listed at the end of the report. */
  readonly problems?: readonly InputProblem[];
}

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** Dimensions of the timeline charts. Default: engagement, recognition, threat. */
  readonly dimensions?: readonly Dimension[];
  /** Series placed on the engagement-recognition plane. Default `raw`. */
  readonly planeSeries?: 'raw' | 'smoothed';
}

/**
 * Writes the one-file HTML report: a summary of each stance and its phases, the charts (timeline per dimension and
 * the engagement-recognition plane for each pair, plus a comparison when there are several pairs) drawn to inline
 * SVG, each shift with its driving statements, and a searchable table of the statements with their cue words
 * marked and the rules that fired. The page is self-contained (inline SVG, CSS and script) and requests nothing.
 * Deterministic: the same input gives the same page byte for byte.
 *
 * @example
 * const html = await renderReport({ timeline, statements, title: 'Russia and the Taliban' });
 * await writeFile('report.html', html);
 */
export async function renderReport(input: ReportInput, options: RenderReportOptions = {}): Promise<string> {
  if (input === null || typeof input !== 'object') throw new InvalidOptionError('input', 'expected { timeline or timelines, statements }.');
  if (input.timeline !== undefined && input.timelines !== undefined) throw new InvalidOptionError('timelines', 'give either "timeline" or "timelines", not both.');
  const timelines = input.timelines ?? (input.timeline === undefined ? [] : [input.timeline]);
  if (!Array.isArray(timelines)) throw new InvalidOptionError('timelines', 'expected an array of timelines.');
  if (!Array.isArray(input.statements)) throw new InvalidOptionError('statements', 'expected an array of statements (give [] for none).');
  if (input.title !== undefined && typeof input.title !== 'string') throw new InvalidOptionError('title', 'expected a string.');
  const dimensions = checkDimensions(options.dimensions ?? ['engagement', 'recognition', 'threat']);
  const planeSeries = options.planeSeries ?? 'raw';
  if (planeSeries !== 'raw' && planeSeries !== 'smoothed') throw new InvalidOptionError('planeSeries', `expected "raw" or "smoothed", got ${JSON.stringify(planeSeries)}.`);

  const charts: ReportChart[] = [];
  for (const timeline of timelines) {
    const pair = pairLabel(timeline);
    charts.push({
      title: `${pair} over time`,
      caption:
        'One panel per dimension. Points are period estimates (larger for more statements) with their intervals; the line and band are the smoothed series; dashed rules mark change points, labelled with the size of the shift.',
      svg: await renderSvg(timelineSpec(timeline, { dimensions, title: '', width: REPORT_TIMELINE_WIDTH })),
    });
    charts.push({
      title: `${pair} on the engagement-recognition plane`,
      caption: `Each ${timeline.interval} is a point (the diamond is the latest); the line joins them in time order, so a shift of stance shows as a move from one shaded phase to another.`,
      svg: await renderSvg(planeSpec(timeline, { series: planeSeries, title: '', size: REPORT_PLANE_SIZE })),
    });
  }
  if (timelines.length > 1) {
    charts.push({
      title: 'Actors compared',
      caption: 'The smoothed series of every pair on the same time axis, one colour per pair.',
      svg: await renderSvg(compareSpec(timelines, { dimensions, width: REPORT_TIMELINE_WIDTH })),
    });
  }
  const title = input.title ?? (timelines.length === 0 ? 'Stance report' : timelines.map(pairLabel).join(', '));
  return reportHtml({ title, timelines, statements: input.statements, charts, problems: input.problems ?? [] });
}
