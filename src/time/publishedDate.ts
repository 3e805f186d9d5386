import type { StatementDate } from './dateStatement';

/**
 * The publication date as a statement date: rule `published`, or `undated` with a null date when the document
 * has no publication date (never today's date).
 *
 * @example
 * publishedDate('2021-10-25'); // { date: '2021-10-25', dateSource: 'published', rule: 'published', evidence: null }
 * publishedDate(null); // { date: null, dateSource: null, rule: 'undated', evidence: null }
 */
export function publishedDate(published: string | null): StatementDate {
  return published === null
    ? { date: null, dateSource: null, rule: 'undated', evidence: null }
    : { date: published, dateSource: 'published', rule: 'published', evidence: null };
}
