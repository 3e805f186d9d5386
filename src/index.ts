/**
 * stance-shift: measure how a government's stance toward a contested regime shifts over time.
 * This barrel only re-exports; nothing runs at import. Node-only readers are in `stance-shift/io`, charts and the
 * HTML report in `stance-shift/report`, gold-set evaluation in `stance-shift/eval`.
 */
export * from './types';
export * from './errors';
export { createNlp, defaultNlp, DEFAULT_RENEW_WORDS } from './nlp';
export type { CreateNlpOptions, Nlp, NlpDoc, Token, SentenceSpan, EntitySpan } from './nlp';

// Lexicons and scoring
export { compilePattern, createLexicon, defaultLexicon, extendLexicon } from './lexicon';
export type {
  CompiledCue,
  CompiledModifier,
  CompiledPattern,
  CueEntry,
  CueSign,
  ExtendLexiconOptions,
  Lexicon,
  LexiconData,
  ModifierDirection,
  ModifierEntry,
  ModifierKind,
  NegationClass,
} from './lexicon';
export {
  applyFactor,
  backgroundRule,
  commentRule,
  conditionRule,
  contrastRule,
  createScorer,
  DEFAULT_CONSTANTS,
  defaultRules,
  hedgeRule,
  intensifierRule,
  labelRule,
  nameRule,
  negationRule,
  normalizeForScoring,
  phaseOf,
  reportedSpeechRule,
  targetRule,
  trapRule,
} from './scoring';
export type { CueState, Party, RuleContext, ScoreAnswer, ScoreOptions, Scorer, ScorerConfig, ScoreRefiner, ScoringConstants, ScoringRule } from './scoring';

// Documents in: text, dates, attribution
export { extractPublished } from './text/extractPublished';
export type { ExtractPublishedOptions, PublishedDate } from './text/extractPublished';
export { segmentDocument } from './text/segmentDocument';
export type { SegmentDocumentOptions } from './text/segmentDocument';
export { createDateParser } from './time/createDateParser';
export { findDateMentions } from './time/findDateMentions';
export type { DateMention, DateMentionKind, DateGranularity, FindDateMentionsOptions } from './time/findDateMentions';
export { findDateAnchor } from './time/findDateAnchor';
export type { DateAnchor, DateAnchorResult, FindDateAnchorOptions } from './time/findDateAnchor';
export { dateStatement } from './time/dateStatement';
export type { StatementDate, DatableUnit, DateRule, DateStatementContext } from './time/dateStatement';
export { dateUnits } from './time/dateUnits';
export type { DateUnitsOptions } from './time/dateUnits';

// Attribution: actors, quotes, speakers, targets
export * from './attribution';

// Stance: composition
export { analyze } from './stance/analyze';
export type { Analysis } from './stance/analyze';
export { analyzeDocument } from './stance/analyzeDocument';
export { analyzeStream, streamAnalyzeOptions } from './stance/analyzeStream';
export type { AnalyzeStreamOptions, AnalyzeStreamSummary } from './stance/analyzeStream';
export { createPrefilter } from './stance/prefilter/createPrefilter';
export type { Prefilter, CreatePrefilterOptions, LemmaForms } from './stance/prefilter/createPrefilter';
export { createCascadeScorer } from './stance/prefilter/createCascadeScorer';
export type { CascadeScorer, CreateCascadeScorerOptions } from './stance/prefilter/createCascadeScorer';
export type { AnalyzeOptions, DocumentAnalysis } from './stance/analyzeDocument';
export { createStanceScorer } from './stance/createStanceScorer';
export { defaultScorer, scoreStatement } from './stance/scoreStatement';
export type { CreateStanceScorerOptions } from './stance/createStanceScorer';
export { registryParties } from './stance/registryParties';
export { defaultTargets, targetAliases } from './stance/targetCatalog';
export type { TargetCatalog, TargetEntry } from './stance/targetCatalog';
export { STATEMENT_COLUMNS, statementRow } from './stance/statementRow';
export { timeline, type TimelineOptions } from './stance/timeline';
export {
  timelinePartial,
  TIMELINE_PARTIAL_FORMAT,
  type TimelinePartial,
  type TimelinePartialPeriod,
  type TimelineRemark,
  type TimelinePartialOptions,
} from './stance/timelinePartial';
export { timelineMergePartials } from './stance/timelineMergePartials';
export { timelineParsePartial } from './stance/timelineParsePartial';
export { timelineFromPartial, type TimelineFromPartialOptions } from './stance/timelineFromPartial';
export { timelineChangeProbability, type TimelineChangeProbabilityOptions } from './stance/timelineChangeProbability';
export { DEFAULT_QUOTE_WEIGHTS, type QuoteWeights, type TimelineWeights } from './stance/timelineWeights';
export { timelineRemarkKey } from './stance/timelineRemarkKey';
export { shifts, type ShiftsInput, type ShiftsOptions } from './stance/shifts';
export { compareTimelines, type CompareTimelinesOptions, type TimelinePair } from './stance/compareTimelines';

// Numeric layers: periods, intervals, smoothing, change points (pure functions)
export * from './series';
export * from './changepoint';
