import type { Dimension } from '../types';

/** Sign of a cue: +1 toward the dimension's positive pole, -1 toward its negative pole. */
export type CueSign = 1 | -1;

/**
 * One stance cue, as written in a lexicon file. `pattern` uses the token pattern syntax of {@link compilePattern}
 * (`host|hosted talks`, `recogni*`, `remove|removal _{0,3} terror* list`).
 */
export interface CueEntry {
  readonly id: string;
  readonly pattern: string;
  readonly dimension: Dimension;
  readonly sign: CueSign;
  /** Strength in (0, 1]. */
  readonly weight: number;
  /** Where the entry comes from and why it has this weight. */
  readonly note: string;
  /**
   * The cue names its own object, so it needs no mention of the target in the text: an embassy kept open or
   * evacuated is contact with whoever governs the host country. Defaults to false.
   */
  readonly implicitTarget?: boolean;
  /**
   * The cue is a verb whose object must be the target, named within three words after it ("banned the Taliban",
   * not "banned poppy cultivation"). Defaults to false.
   */
  readonly targetObject?: boolean;
  /**
   * The cue is something the target does: it counts only when the target is named before it in its clause, as its
   * subject or owner ("the Taliban have been fighting Islamic State", "the group's fight against drugs"), with no
   * other party named between them. Defaults to false.
   */
  readonly targetSubject?: boolean;
  /**
   * The cue counts only when the statement mentions the target (by name, alias or pronoun): a bare "threats" or
   * "enemies" is too common a word to take the target as its implicit topic. Defaults to false.
   */
  readonly mentionRequired?: boolean;
  /**
   * Negating the cue gives no stance on its dimension rather than the opposite one: an envoy's credentials "yet to be
   * accepted" is no cut in contact, so the negated cue scores 0 instead of flipping. Defaults to false.
   */
  readonly noOpposite?: boolean;
  /**
   * The cue is about a state's own territory ("territorial integrity", "sovereignty") and counts only with its
   * owner named next to it ("Somalia's territorial integrity", "the sovereignty of Serbia"): the state that claims
   * the target's territory (the target catalogue's `claimant`) keeps the cue's sign, the target itself takes the
   * opposite sign, and any other owner scores 0. Defaults to false.
   */
  readonly claimantOwner?: boolean;
}

/** How a negator combines with others (see {@link ModifierEntry.negation}). */
export type NegationClass = 'grammatical' | 'denial' | 'reversal' | 'condemnation';

/** What a modifier does to the cues in its scope. */
export type ModifierKind =
  | 'negator'
  | 'hedge'
  | 'condition'
  | 'intensifier'
  | 'contrast'
  | 'concession'
  | 'trap'
  | 'reporting'
  | 'other-party';

/** Which cues a modifier reaches: those after it in the clause, before it, or both. */
export type ModifierDirection = 'forward' | 'backward' | 'both';

/** A word or phrase that changes the cues around it (negation, hedges, conditions...), as written in a lexicon file. */
export interface ModifierEntry {
  readonly id: string;
  readonly pattern: string;
  readonly kind: ModifierKind;
  readonly direction: ModifierDirection;
  /** Multiplier for `hedge`, `intensifier`; ignored by kinds whose effect is fixed (negators flip, traps zero). */
  readonly factor?: number;
  /** Dimensions the modifier applies to; all when absent. */
  readonly dimensions?: readonly Dimension[];
  /** `condition` only: applies only when the sentence has a modal or future verb (`when`, `once`, `as`). */
  readonly requiresModal?: boolean;
  /**
   * `negator` only. `grammatical` negators (not, no, without) each flip; `denial` words (premature, speculative,
   * dismissed) flip once however many there are ("dismissed reports as speculative" is one denial); `reversal` verbs
   * (halt, cut, prevent) each flip, so "not prevented from maintaining ties" stays positive; `condemnation` words
   * (condemned, denounced, null and void) turn a positive cue negative and leave a negative one as it is ("denounced
   * the self-proclaimed republic"). Default: grammatical.
   */
  readonly negation?: NegationClass;
  readonly note: string;
}

/** A lexicon file: cues and modifiers, with provenance. */
export interface LexiconData {
  /** Name shown in errors and evidence (a file path or a label). */
  readonly name?: string;
  readonly cues?: readonly CueEntry[];
  readonly modifiers?: readonly ModifierEntry[];
}
