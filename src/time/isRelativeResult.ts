import type { ParsedResult } from 'chrono-node';

/**
 * `true` when chrono-node computed the result from the reference day ("today", "yesterday", "last week",
 * "three days ago"): its values, though marked certain, are not stated by the text.
 *
 * @example
 * isRelativeResult(createDateParser().parse('yesterday', chronoReference('2021-10-25'))[0]!); // true
 * isRelativeResult(createDateParser().parse('October 7, 2021', chronoReference('2021-10-25'))[0]!); // false
 */
export function isRelativeResult(result: ParsedResult): boolean {
  for (const tag of result.tags()) {
    if (tag.startsWith('casualReference') || tag.startsWith('result/relativeDate')) return true;
  }
  return false;
}
