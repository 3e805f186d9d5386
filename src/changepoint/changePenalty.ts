import { InvalidOptionError } from '../errors';

/** How the per-change penalty of PELT is chosen: a rule or a number. */
export type PenaltyRule = 'bic' | 'mbic' | number;

/**
 * The penalty per change point, in units of the cost (twice a negative log-likelihood), for `observations` data.
 *
 * - `'bic'`: 2·ln N — Schwarz's criterion with two parameters per change (the new level and the location), the
 *   R changepoint package's "BIC" for a change in mean.
 * - `'mbic'`: 3·ln N — the leading term of Zhang and Siegmund's (2007) modified BIC, stricter than BIC (the
 *   location of a change costs more than an ordinary parameter); the default.
 * - a number ≥ 0: used as is.
 *
 * @example
 * changePenalty('bic', 100); // 9.210340371976184
 * changePenalty('mbic', 100); // 13.815510557964274
 */
export function changePenalty(rule: PenaltyRule, observations: number): number {
  if (typeof rule === 'number') {
    if (!(rule >= 0 && Number.isFinite(rule))) throw new InvalidOptionError('penalty', `a numeric penalty must be finite and >= 0, got ${rule}`);
    return rule;
  }
  const n = Math.max(2, observations);
  if (rule === 'bic') return 2 * Math.log(n);
  if (rule === 'mbic') return 3 * Math.log(n);
  throw new InvalidOptionError('penalty', `expected 'bic', 'mbic' or a number, got ${JSON.stringify(rule)}`);
}
