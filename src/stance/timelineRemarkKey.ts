import type { DatedScore } from '../types';

/**
 * The identity of a remark for de-duplication: the same words on the same date (the actor and target are already
 * fixed by the timeline). Wire copy repeated by several outlets is one remark, not several. Words are compared
 * after Unicode normalisation (NFKC), lower-casing, and dropping punctuation, quotation marks and extra spaces,
 * so that "Talks are possible," and “talks are possible” match. Statements without text cannot be matched and
 * are all counted.
 *
 * @example
 * timelineRemarkKey({ date: '2021-10-20', text: '“Talks are possible,” he said.' } as DatedScore); // '2021-10-20|talks are possible he said'
 */
export function timelineRemarkKey(statement: DatedScore): string | null {
  if (typeof statement.text !== 'string') return null;
  const words = statement.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (words === '') return null;
  return `${statement.date.slice(0, 10)}|${words}`;
}
