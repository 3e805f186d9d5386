import { InvalidOptionError } from '../errors';

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
