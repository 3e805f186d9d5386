import type { QuoteKind, Span } from '../types';
import type { MentionKind } from './Mention';
import type { QuoteStatus } from './markQuotedUnits';
import type { TargetMention } from './createTargetMatcher';

/** A mention of a party other than the unit's actor and target (`Pakistan`, `all countries concerned`). */
export interface PartyMention extends Span {
  readonly text: string;
  /** Actor id, or null for a generic party. */
  readonly actor: string | null;
  readonly kind: MentionKind;
}

/** A stance nested in someone else's words (codebook rule 6). */
export interface NestedStance {
  /** The inner stance holder ("The Taliban representatives said ..." inside Zhirnov's words -> `Taliban`). */
  readonly actor: string;
  /** The inner speaker when it is a person or a body, else null. */
  readonly speaker: string | null;
  /** The inner frame's words. */
  readonly span: Span;
}

/**
 * Who says a unit, on whose behalf, about whom, and why the attribution was made.
 *
 * @example
 * // "Lavrov said the talks would go on."
 * // { speaker: 'Sergey Lavrov', actor: 'Russia', target: 'Taliban', quote: 'reported', quoted: 'none',
 * //   speakerSpan: { start: 0, end: 6 }, reason: 'reported speech: "Lavrov said" (adjacent)', ... }
 */
export interface UnitAttribution {
  /** The person or body speaking, or null for the narrator. */
  readonly speaker: string | null;
  /** The stance holder. */
  readonly actor: string | null;
  /**
   * Whom the stance is about: the analysis target; when the target itself holds the stance, the other party it
   * addresses (the Taliban welcoming Putin's remarks -> `Russia`), or null when it names none. Null without a target.
   */
  readonly target: string | null;
  readonly quote: QuoteKind;
  /** How much of the unit is direct speech. */
  readonly quoted: QuoteStatus;
  /** Where the speaker is named (with its title) in the document text. */
  readonly speakerSpan?: Span;
  /** Which pattern decided the attribution, in one sentence. */
  readonly reason: string;
  readonly nested: NestedStance | null;
  /** Mentions of the target in the unit, with how each was resolved. */
  readonly targetMentions: readonly TargetMention[];
  /** Mentions of other parties in the unit, for the scorer's other-party check. */
  readonly otherParties: readonly PartyMention[];
  /** True for a reporter's question in a transcript ("QUESTION:", "AFP:"): no one's stance, scored 0 by `analyzeDocument`. */
  readonly question?: boolean;
}
