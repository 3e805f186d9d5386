import { DIMENSIONS, type Phase, type Timeline } from '../types';
import { escapeHtml } from './escapeHtml';
import { formatSigned } from './formatSigned';
import { phaseRuns } from './phaseRuns';
import { pairLabel } from './pairLabel';

/** The badge of a phase. */
function phaseBadge(phase: Phase): string {
  return `<span class="phase phase-${phase.replace(/ /g, '-')}">${escapeHtml(phase)}</span>`;
}

/**
 * The report's summary of one timeline: where the stance stands (the latest period with statements, and the
 * smoothed level of each dimension at the end), how much data there is, and the phases it went through.
 *
 * @example
 * summaryHtml(timeline); // '<div class="pair">...<h3>Russia → Taliban</h3>...'
 */
export function summaryHtml(timeline: Timeline): string {
  const withData = timeline.points.filter((p) => p.n > 0);
  const empty = timeline.points.length - withData.length;
  const statements = withData.reduce((sum, p) => sum + p.n, 0);
  const latest = [...withData].reverse().find((p) => p.phase !== 'no signal');
  const lastSmoothed = timeline.smoothed[timeline.smoothed.length - 1];
  const first = timeline.points[0];
  const last = timeline.points[timeline.points.length - 1];
  const runs = phaseRuns(timeline);
  const parts: string[] = [`<div class="pair"><h3>${escapeHtml(pairLabel(timeline))}</h3>`];
  parts.push(
    latest === undefined
      ? '<p>No period has a stance signal yet.</p>'
      : `<p>Latest phase: ${phaseBadge(latest.phase)} in ${escapeHtml(latest.period)}.</p>`,
  );
  if (lastSmoothed !== undefined) {
    const levels = DIMENSIONS.map((d) => `${d} ${formatSigned(lastSmoothed[d].mean)}`).join(', ');
    parts.push(`<p class="facts">Smoothed level at ${escapeHtml(lastSmoothed.period)}: ${escapeHtml(levels)}.</p>`);
  }
  parts.push(
    `<p class="facts">${statements} statement${statements === 1 ? '' : 's'} in ${withData.length} of ${timeline.points.length} ${escapeHtml(timeline.interval)} periods` +
      (first !== undefined && last !== undefined ? `, ${escapeHtml(first.start)} to ${escapeHtml(last.end)}` : '') +
      (empty > 0 ? `; ${empty} period${empty === 1 ? ' has' : 's have'} no statement.` : '.') +
      ` ${timeline.shifts.length} shift${timeline.shifts.length === 1 ? '' : 's'} found.</p>`,
  );
  if (runs.length > 0) {
    parts.push('<p>Phases:</p><ol class="runs">');
    for (const run of runs) {
      const span = run.from === run.to ? escapeHtml(run.from) : `${escapeHtml(run.from)} – ${escapeHtml(run.to)}`;
      parts.push(`<li>${span}: ${phaseBadge(run.phase)} <span class="facts">(${run.n} statement${run.n === 1 ? '' : 's'})</span></li>`);
    }
    parts.push('</ol>');
  }
  parts.push('</div>');
  return parts.join('\n');
}
