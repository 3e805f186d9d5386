import { InvalidOptionError } from '../errors';

/** A seeded source of uniform numbers in [0, 1). */
export type RandomSource = () => number;

/**
 * A deterministic pseudo-random generator (mulberry32, 32-bit state): the same seed gives the same sequence on
 * every platform. For synthetic data and tests, not for anything secret.
 *
 * @example
 * const next = seededRandom(42);
 * next(); // 0.6011037519201636 (always, for seed 42)
 */
export function seededRandom(seed: number): RandomSource {
  if (!Number.isInteger(seed)) throw new InvalidOptionError('seed', `must be a whole number, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal draw from a uniform source (Box-Muller, one draw per two uniforms).
 *
 * @example
 * normalDraw(seededRandom(1)); // 1.4043387784152637 (always, for seed 1)
 */
export function normalDraw(random: RandomSource): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
