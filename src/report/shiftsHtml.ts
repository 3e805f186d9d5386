import type { Timeline } from '../types';
import { escapeHtml } from './escapeHtml';
import { formatSigned } from './formatSigned';
import { pairLabel } from './pairLabel';

/**
 * The report's list of shifts of one timeline, in date order: each with its plain-language summary, the facts
 * behind it (dimension, dates, before and after levels, size, method, confidence) and the statements that drive it,
 * ranked as the timeline ranked them, each with its date, document and share of the shift.
 *
 * @example
 * shiftsHtml(timeline); // '<h3>Russia → Taliban</h3>\n<div class="shift dim-recognition">...'
 */
export function shiftsHtml(timeline: Timeline): string {
  const parts = [`<h3>${escapeHtml(pairLabel(timeline))}</h3>`];
  if (timeline.shifts.length === 0) {
    parts.push('<p class="facts">No shift found.</p>');
    return parts.join('\n');
  }
  const shifts = [...timeline.shifts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const shift of shifts) {
    parts.push(`<div class="shift dim-${escapeHtml(shift.dimension)}">`);
    parts.push(`<p><strong>${escapeHtml(shift.summary)}</strong></p>`);
    parts.push(
      `<p class="facts">${escapeHtml(shift.dimension)} · between ${escapeHtml(shift.dateRange.start)} and ${escapeHtml(shift.dateRange.end)} · ` +
        `${formatSigned(shift.before)} → ${formatSigned(shift.after)} (${formatSigned(shift.size)}) · ${escapeHtml(shift.method)}, confidence ${Number.isFinite(shift.confidence) ? shift.confidence.toFixed(2) : '–'}</p>`,
    );
    if (shift.drivers.length > 0) {
      parts.push('<ol class="drivers">');
      for (const driver of shift.drivers) {
        const where = driver.doc === undefined ? escapeHtml(driver.date) : `${escapeHtml(driver.date)}, ${escapeHtml(driver.doc)}`;
        parts.push(`<li>“${escapeHtml(driver.text)}” <span class="facts">(${where}; score ${formatSigned(driver.score)}, share ${formatSigned(driver.contribution)})</span></li>`);
      }
      parts.push('</ol>');
    }
    parts.push('</div>');
  }
  return parts.join('\n');
}
