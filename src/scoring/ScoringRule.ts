import type { CompiledCue, CompiledModifier } from '../lexicon/createLexicon';
import type { Dimension, RuleApplication, Span } from '../types';
import type { ScoringConstants } from './constants';
import type { TokenMatch } from './findMatches';
import type { Mention } from './findMentions';
import type { PreparedText, ScoringToken } from './prepareText';

/** One matched cue and what the rules have done to it so far. */
export interface CueState {
  readonly cue: CompiledCue;
  /** Token range `[first, last)`. */
  readonly first: number;
  readonly last: number;
  readonly span: Span;
  readonly text: string;
  /** Signed lexicon weight. */
  readonly base: number;
  /** Current signed weight. */
  readonly weight: number;
  readonly applied: readonly RuleApplication[];
}

/** Everything a rule may look at. Rules never see the NLP library, only prepared tokens. */
export interface RuleContext {
  readonly prepared: PreparedText;
  readonly modifiers: readonly TokenMatch<CompiledModifier>[];
  readonly targetMentions: readonly Mention[];
  readonly otherParties: readonly Mention[];
  /** Mentions of the parties that claim the target's territory (see `ScorerConfig.claimants`). */
  readonly claimantMentions?: readonly Mention[];
  readonly constants: ScoringConstants;
  /** The actor the caller named for the statement, if any (its own mentions are never among `otherParties`). */
  readonly actor?: string | null;
  /** False when the text around the statement does not refer to the target (see `ScoreOptions.targetInContext`). */
  readonly targetInContext?: boolean;
  /** Dimensions whose cues score only where the statement refers to the target (see `ScoreOptions.outOfContext`). */
  readonly outOfContext?: readonly Dimension[];
}

/** A scoring rule: one job, an id that appears in evidence, and a pure function over cue states. */
export interface ScoringRule {
  readonly id: string;
  /** One sentence for docs and `explain` output. */
  readonly description: string;
  apply(cues: readonly CueState[], context: RuleContext): CueState[];
}

/**
 * Returns the cue with one more rule application: its weight multiplied by `factor` and the reason recorded.
 *
 * @example
 * applyFactor(state, { ruleId: 'negation', factor: -1, cue: 'not', reason: 'negated' }).weight; // -state.weight
 */
export function applyFactor(state: CueState, application: RuleApplication): CueState {
  return { ...state, weight: state.weight * application.factor, applied: [...state.applied, application] };
}

/** The text and character span of a modifier match, for evidence. */
export function modifierSpan(match: TokenMatch<CompiledModifier>, context: RuleContext): { cue: string; span: Span } {
  const tokens = context.prepared.tokens;
  const start = tokens[match.first]!.start;
  const end = tokens[match.last - 1]!.end;
  return { cue: context.prepared.text.slice(start, end), span: { start, end } };
}

/** Whether a modifier applies to a cue's dimension. */
export function reachesDimension(match: TokenMatch<CompiledModifier>, cue: CueState): boolean {
  const dims = match.item.entry.dimensions;
  return dims === undefined || dims.includes(cue.cue.entry.dimension);
}

/**
 * Whether a token range (a modifier, a mention) overlaps the cue's own tokens: a modifier there is part of the cue,
 * not a modifier of it; a mention there is named by the cue itself.
 */
export function insideCue(range: { readonly first: number; readonly last: number }, cue: CueState): boolean {
  return range.first < cue.last && range.last > cue.first;
}

/** Tokens after a verb cue within which its object must name the target (`targetObject` entries). */
export const OBJECT_WINDOW = 3;

/** Nouns of taking part that stand for their "of" phrase as a cue's object: "without the participation of the Taliban". */
const PART_TAKEN = new Set(['participation', 'presence', 'involvement', 'consent', 'representatives', 'representative', 'representation', 'delegation', 'delegations', 'envoys', 'envoy']);

/**
 * Whether the target is named right after the cue, within {@link OBJECT_WINDOW} tokens: the cue's object, or the
 * "of" phrase of an object that stands for its part ("without the participation of the Taliban").
 */
export function targetIsObject(cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  let from = cue.last;
  if (tokens[from]?.lower === 'the' || tokens[from]?.lower === 'any') from += 1;
  if (PART_TAKEN.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === 'of') from += 2;
  return context.targetMentions.some((m) => m.first >= cue.last && m.first - from <= OBJECT_WINDOW);
}

/**
 * Whether a cue whose object must be the target (`targetObject`) has a verb for its object instead: "without engaging
 * with them" leaves out an act, not the target, so it is no cue of its own.
 */
export function objectIsAct(cue: CueState, tokens: readonly ScoringToken[]): boolean {
  const next = tokens[cue.last];
  // The tagger reads some gerunds as adjectives ("without engaging with").
  return cue.cue.entry.targetObject === true && next !== undefined && (next.pos === 'VERB' || (next.pos === 'ADJ' && next.lower.endsWith('ing')));
}

/**
 * The cue times `factor` by `ruleId`, with the tokens `[first, last)` that show why (another party, an aside, a label)
 * as its evidence.
 */
export function scaleBy(
  cue: CueState,
  context: RuleContext,
  range: { readonly first: number; readonly last: number },
  ruleId: string,
  factor: number,
  reason: string,
): CueState {
  const tokens = context.prepared.tokens;
  const span = { start: tokens[range.first]!.start, end: tokens[range.last - 1]!.end };
  return applyFactor(cue, { ruleId, factor, cue: context.prepared.text.slice(span.start, span.end), span, reason });
}

/** The cue zeroed by `ruleId`, with the tokens `[first, last)` that show why as its evidence (see {@link scaleBy}). */
export function zeroBy(
  cue: CueState,
  context: RuleContext,
  range: { readonly first: number; readonly last: number },
  ruleId: string,
  reason: string,
): CueState {
  return scaleBy(cue, context, range, ruleId, 0, reason);
}

/** Whether the modifier reaches the cue within the clause, in its direction. */
export function inClauseScope(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  const direction = match.item.entry.direction;
  const before = match.last <= cue.first;
  const after = match.first >= cue.last;
  if (!before && !after) return false;
  if (before && direction === 'backward') return false;
  if (after && direction === 'forward') return false;
  const a = before ? match.last - 1 : cue.last - 1;
  const b = before ? cue.first : match.first;
  if (tokens[a]!.clause !== tokens[b]!.clause) return false;
  // An aside in brackets between them does not end the clause.
  const depth = Math.min(tokens[a]!.depth, tokens[b]!.depth);
  for (let i = a + 1; i < b; i += 1) if (tokens[i]!.boundary && tokens[i]!.depth <= depth) return false;
  // "measures on individuals responsible for undermining democracy": what they are blamed for is their act, out of
  // reach of the cue before it.
  if (after) for (let i = cue.last; i < match.first - 1; i += 1) if (BLAMED.has(tokens[i]!.lower) && BLAMED_FOR.has(tokens[i + 1]!.lower)) return false;
  return true;
}

/** Words that name what someone is blamed for ("responsible for", "accused of"), before the "for" or "of". */
const BLAMED = new Set(['responsible', 'accused', 'blamed', 'guilty', 'charged', 'suspected', 'convicted', 'indicted', 'sanctioned', 'punished']);
const BLAMED_FOR = new Set(['for', 'of']);
