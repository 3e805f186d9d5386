import type { ActorRegistry } from '../attribution/ActorRegistry';
import type { StatementScore } from '../types';
import { ASKED_BEFORE, DENIED_BEFORE, excerpt, hasLabel, withLabelsOf, type PreviousStatement } from './followedSuit';

/** "follow Israel's lead", "followed in Moscow's footsteps", "follow the US example": the name is group 1. */
const FOLLOWED_LEAD =
  /(?<![\p{L}])follow(?:s|ed|ing)?\s+(?:in\s+)?(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}?)(?:['’]s?)?\s+(?:lead|example|footsteps)(?![\p{L}])/u;

/**
 * "The United States said it had no immediate plans to follow Israel's lead.": a statement with no cue of its own
 * that says its actor follows (or does not follow) a named actor's lead takes the labels of the first statement with
 * labels of its own by that actor in the document (the act the story leads with), and their opposite when it denies
 * it. Only for the same target; the evidence names the words and quotes the statement followed.
 *
 * @example
 * followLead('Washington will not follow Israel's lead.', 'Somaliland', own, firstByActor, registry).recognition.label;
 * // -1, when Israel's first statement with labels had recognition +1
 */
export function followLead(
  text: string,
  target: string | null,
  own: StatementScore,
  firstByActor: ReadonlyMap<string, PreviousStatement>,
  registry: ActorRegistry,
): StatementScore {
  if (firstByActor.size === 0 || own.evidence.some((e) => e.weight !== 0)) return own;
  const match = FOLLOWED_LEAD.exec(text);
  if (match === null || ASKED_BEFORE.test(text.slice(0, match.index))) return own;
  const actor = registry.resolveActor(match[1]!)?.actor;
  const led = actor === undefined ? undefined : firstByActor.get(actor);
  if (led === undefined || led.target !== target || !hasLabel(led.score)) return own;
  const sign = DENIED_BEFORE.test(text.slice(0, match.index)) ? -1 : 1;
  const reason = `${sign > 0 ? 'follows' : 'does not follow'} ${actor}'s lead: "${excerpt(led)}"`;
  return withLabelsOf(own, led, sign, match, 'followed-lead', reason);
}
