import type { Phase } from '../types';

/**
 * The phase on the engagement-versus-recognition plane, in the codebook's order: `isolation` when engagement < 0;
 * `engagement without recognition` when engagement > 0 and recognition <= 0; `toward recognition` when
 * recognition > 0; otherwise `no signal`. Null inputs (an empty period) count as no evidence.
 *
 * @example
 * phaseOf(0.7, -0.5); // 'engagement without recognition'
 * phaseOf(0, -1); // 'no signal': withholding recognition without any interaction
 */
export function phaseOf(engagement: number | null, recognition: number | null): Phase {
  const e = engagement ?? 0;
  const r = recognition ?? 0;
  if (e < 0) return 'isolation';
  if (e > 0 && r <= 0) return 'engagement without recognition';
  if (r > 0) return 'toward recognition';
  return 'no signal';
}
