import type { Span } from '../types';
import { SUBJECT_PREFIX } from './attributionLexicon';
import type { DocumentContext } from './DocumentContext';
import type { Mention } from './Mention';

const PERSONAL = new Set(['official', 'person', 'role', 'pronoun']);

/**
 * The person who is the subject of a unit with no speech frame ("Lavrov opened the talks", "Then in March, senior
 * Indian diplomat JP Singh held a meeting"): the first resolved person, not an object, possessive or modifier, with
 * only introductions, connectives, an article or first names before them, followed by a lower-case word or a comma.
 *
 * @example
 * subjectSpeaker(ctx, unitSpan)?.who; // 'Sergey Lavrov' for "However, Lavrov opened the conference."
 */
export function subjectSpeaker(ctx: DocumentContext, span: Span): Mention | undefined {
  const first = ctx.mentions.within(span).find((m) => PERSONAL.has(m.kind) && m.who !== null && !m.oblique && !m.possessive && !m.modifier);
  if (first === undefined) return undefined;
  if (!SUBJECT_PREFIX.test(ctx.text.slice(span.start, first.title?.start ?? first.start))) return undefined;
  if (!/^(?:\s+\p{Ll}|,)/u.test(ctx.text.slice(first.end, first.end + 3))) return undefined;
  return first;
}
