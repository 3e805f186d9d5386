import type { Span } from '../types';
import { SUBJECT_PREFIX } from './attributionLexicon';
import type { DocumentContext } from './DocumentContext';
import type { Mention } from './Mention';
import { PASSIVE_AFTER } from './narratorActor';

const PERSONAL = new Set(['official', 'person', 'role', 'pronoun']);
/**
 * Passives that still leave their subject the one who speaks ("Peskov was quoted as saying", "Lavrov was asked whether")
 * or acts ("is expected to visit", "was set to meet").
 */
const SPEAKING_PASSIVE =
  /^(?:\s*\([^()]{1,40}\))?(?:,[^,.;:!?]{1,60},)?\s+(?:was|were|is|are|has been|have been|had been|being|been)\s+(?:\p{L}+ly\s+)?(?:quoted|asked|cited|questioned|interviewed|pressed|reported|expected|said|set|scheduled|supposed|understood|believed|thought|known|seen|heard|determined|committed|prepared|engaged|involved|interested|concerned|convinced|based|united|pleased|satisfied|disappointed|surprised|worried|alarmed)(?![\p{L}])/u;

/**
 * The person who is the subject of a unit with no speech frame ("Lavrov opened the talks", "Then in March, senior
 * Indian diplomat JP Singh held a meeting"): the first resolved person, not an object, possessive or modifier, with
 * only introductions, connectives, an article or first names before them, followed by a lower-case word or a comma,
 * and not the subject of a passive other than one of speaking ("was quoted as saying", "was asked").
 *
 * @example
 * subjectSpeaker(ctx, unitSpan)?.who; // 'Sergey Lavrov' for "However, Lavrov opened the conference."
 */
export function subjectSpeaker(ctx: DocumentContext, span: Span): Mention | undefined {
  const first = ctx.mentions.within(span).find((m) => PERSONAL.has(m.kind) && m.who !== null && !m.oblique && !m.possessive && !m.modifier);
  if (first === undefined) return undefined;
  if (!SUBJECT_PREFIX.test(ctx.text.slice(span.start, first.title?.start ?? first.start))) return undefined;
  const after = ctx.text.slice(first.end, span.end);
  if (!/^(?:\s+\p{Ll}|,)/u.test(after)) return undefined;
  // "Muttaqi was welcomed at the airport by Russian officials": the subject of a passive is done to, not acting.
  if (PASSIVE_AFTER.test(after) && !SPEAKING_PASSIVE.test(after)) return undefined;
  return first;
}
