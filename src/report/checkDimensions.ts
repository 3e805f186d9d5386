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
