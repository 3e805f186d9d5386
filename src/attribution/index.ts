/**
 * Attribution: who says a statement, on whose behalf, about whom. Actor registry, quotes, mentions, speech frames,
 * targets and coreference. Re-exports only; `loadActorRegistry` (Node `fs`) is exported from the `io` subpath.
 */
export { ACTOR_KINDS } from './ActorEntry';
export type { ActorEntry, ActorKind, ActorRegistryInput, OfficialEntry } from './ActorEntry';
export type { ActorRegistry, ExtendOptions, NameKind, RegistryMatch, ResolvedActor } from './ActorRegistry';
export { createActorRegistry } from './createActorRegistry';
export type { CreateActorRegistryOptions } from './createActorRegistry';
export { defaultActorRegistry } from './defaultActorRegistry';
export { findQuotes } from './findQuotes';
export type { FindQuotesOptions, FoundQuotes, QuoteMark, QuoteProblem, QuoteSpan } from './findQuotes';
export { markQuotedUnits } from './markQuotedUnits';
export type { MarkQuotedUnitsOptions, QuoteStatus, UnitQuoteStatus } from './markQuotedUnits';
export { findMentions } from './findMentions';
export type { FindMentionsOptions } from './findMentions';
export type { Mention, MentionKind } from './Mention';
export { findPersonAsides, resolveMentions } from './resolveMentions';
export type { ResolveMentionsOptions } from './resolveMentions';
export { findSpeechFrames } from './findSpeechFrames';
export type { FindSpeechFramesOptions } from './findSpeechFrames';
export type { FrameRule, SpeechFrame } from './SpeechFrame';
export { createTargetMatcher, DEFAULT_TARGET_DESCRIPTIONS } from './createTargetMatcher';
export type { CreateTargetMatcherOptions, TargetMatcher, TargetMention, TargetResolution } from './createTargetMatcher';
export { attributeUnits } from './attributeUnits';
export type { AttributeUnitsOptions, AttributedUnits } from './attributeUnits';
export type { NestedStance, PartyMention, UnitAttribution } from './UnitAttribution';
export {
  APPOSITIVE_MAX_CHARS,
  COREFERENCE_UNITS_BACK,
  QUOTE_DIRECT_SHARE,
  QUOTE_INSIDE_SHARE,
  QUOTE_MAX_CHARS,
  QUOTE_MIN_WORDS,
} from './constants';
