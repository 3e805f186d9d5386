import { InvalidOptionError } from '../errors';
import { DIMENSIONS, type Dimension } from '../types';

/**
 * Checks a `dimensions` option: a non-empty list of known dimensions without repeats.
 *
 * @example
 * checkDimensions(['engagement', 'recognition']); // returns them
 * checkDimensions(['trust']); // throws InvalidOptionError naming "dimensions"
 */
export function checkDimensions(dimensions: readonly Dimension[]): readonly Dimension[] {
  if (!Array.isArray(dimensions) || dimensions.length === 0) {
    throw new InvalidOptionError('dimensions', 'give at least one of engagement, recognition, threat.');
  }
  const seen = new Set<string>();
  for (const d of dimensions) {
    if (!DIMENSIONS.includes(d)) throw new InvalidOptionError('dimensions', `unknown dimension "${String(d)}"; use engagement, recognition or threat.`);
    if (seen.has(d)) throw new InvalidOptionError('dimensions', `"${d}" is listed twice.`);
    seen.add(d);
  }
  return dimensions;
}

/**
 * Checks a size option in pixels: a finite number between 10 and 10000.
 *
 * @example
 * checkSize('width', 640); // 640
 * checkSize('width', -1); // throws InvalidOptionError naming "width"
 */
export function checkSize(option: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 10 || value > 10000) {
    throw new InvalidOptionError(option, `expected a number of pixels between 10 and 10000, got ${String(value)}.`);
  }
  return value;
}
