import { InvalidOptionError } from '../errors';
import { isIsoDate } from './calendar';

/**
 * Validates a publication date option: an ISO day or null.
 *
 * @throws {InvalidOptionError} naming `published` otherwise.
 * @example
 * checkPublished('2021-10-25'); // '2021-10-25'
 * checkPublished('25/10/2021'); // throws InvalidOptionError
 */
export function checkPublished(published: unknown): string | null {
  if (published === null) return null;
  if (typeof published !== 'string' || !isIsoDate(published)) {
    throw new InvalidOptionError('published', `expected an ISO date (YYYY-MM-DD) or null, got ${JSON.stringify(published)}`);
  }
  return published;
}
