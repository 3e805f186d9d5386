import type { Phase } from '../types';

/**
 * A period's phase from its engagement and recognition levels (codebook "Dimensions"), checked in the codebook's
 * order: isolation (engagement < 0), engagement without recognition (engagement > 0 and recognition ≤ 0), toward
 * recognition (recognition > 0), else no signal. A missing level (no statement on that dimension) counts as 0.
 *
 * @example
 * timelinePhase(0.6, -0.4); // 'engagement without recognition'
 * timelinePhase(null, null); // 'no signal'
 */
export function timelinePhase(engagement: number | null, recognition: number | null): Phase {
  const e = engagement ?? 0;
  const r = recognition ?? 0;
  if (e < 0) return 'isolation';
  if (e > 0 && r <= 0) return 'engagement without recognition';
  if (r > 0) return 'toward recognition';
  return 'no signal';
}
