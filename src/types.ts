/**
 * Public types shared by every layer of stance-shift.
 *
 * Data flows one way: {@link Document} -> {@link Statement} -> scored statement -> timeline -> shifts -> report.
 * These types carry no behaviour; every module that produces or consumes them documents its own rules.
 */

/** The three scored dimensions of the codebook. `threat` is auxiliary. */
export type Dimension = 'engagement' | 'recognition' | 'threat';

/** All dimensions, in the order they are reported. */
export const DIMENSIONS: readonly Dimension[] = ['engagement', 'recognition', 'threat'];

/** A dimension's label: the sign of the stance, or 0 when the statement says nothing on it. */
export type Label = -1 | 0 | 1;

/** A score on one dimension: `score` in [-1, 1] (strength and sign) and its `label`. */
export interface DimensionScore {
  readonly score: number;
  readonly label: Label;
}

/** A half-open character range `[start, end)` into the text that was scored or analysed. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * One rule's effect on a cue: negation flips it, a hedge lowers it, the target check zeroes it...
 * `factor` multiplies the cue's weight (−1 flips, 0.5 halves, 0 removes).
 */
export interface RuleApplication {
  /** The rule that fired (`negation`, `contrast`, `hedge`, `conditional`, `intensifier`, `reported-speech`, `target`, `trap`...). */
  readonly ruleId: string;
  /** Multiplier applied to the cue's weight. */
  readonly factor: number;
  /** The words that triggered the rule, when there are any. */
  readonly cue?: string;
  /** Where those words are. */
  readonly span?: Span;
  /** One sentence saying why the rule fired. */
  readonly reason: string;
}

/**
 * Why a dimension scored what it did: one lexicon cue matched in the text and every rule that changed it.
 * `weight` is the cue's final signed contribution (`base` times every factor in `applied`).
 */
export interface Evidence {
  /** Identifier of the lexicon entry that matched. */
  readonly entryId: string;
  readonly dimension: Dimension;
  /** The matched words, as they are in the text. */
  readonly cue: string;
  readonly span: Span;
  /** The entry's signed weight before any rule. */
  readonly base: number;
  /** Rules that changed the weight, in the order they ran. */
  readonly applied: readonly RuleApplication[];
  /** Final signed contribution to the dimension. */
  readonly weight: number;
}

/** A period's or statement's place on the engagement-versus-recognition plane (codebook "Dimensions"). */
export type Phase = 'isolation' | 'engagement without recognition' | 'toward recognition' | 'no signal';

/** The scorer's output for one statement. */
export interface StatementScore {
  readonly engagement: DimensionScore;
  readonly recognition: DimensionScore;
  readonly threat: DimensionScore;
  readonly phase: Phase;
  /** Every cue that matched, with the rules applied to it (including cues zeroed by a rule). */
  readonly evidence: readonly Evidence[];
}

/** One dated text: article, transcript or press release. */
export interface Document {
  readonly id: string;
  readonly text: string;
  /** ISO date (`YYYY-MM-DD`) from metadata, when known. */
  readonly published?: string | null;
  readonly source?: string;
  readonly url?: string;
  /** Default actor for statements that name no one. */
  readonly actor?: string;
  /** Default target. */
  readonly target?: string;
}

/** Where a date came from (codebook "Time"). */
export type DateSource = 'published' | 'explicit' | 'relative' | 'background';

/** Where a publication date came from. */
export type PublishedSource = 'metadata' | 'header' | 'dateline' | 'inferred';

/** How the statement reports its speaker's words. */
export type QuoteKind = 'direct' | 'reported' | 'none';

/** An inclusive range of ISO dates, for dates the text gives only loosely ("last week", "in March"). */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/** A statement of the codebook: one sentence or headline, attributed, dated and scored. */
export interface Statement extends StatementScore {
  /** The document's id. */
  readonly doc: string;
  /** Character offsets into the document's original text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker: string | null;
  /** Stance holder. */
  readonly actor: string | null;
  readonly target: string | null;
  /** ISO date (`YYYY-MM-DD`) of the stance, or null when the document is undatable. */
  readonly date: string | null;
  /** The range the date stands for when the text is loose about it. */
  readonly dateRange?: DateRange;
  readonly dateSource: DateSource | null;
  /** The words that gave the date (null when it is the publication date or unknown). */
  readonly dateEvidence?: { readonly text: string; readonly span: Span } | null;
  readonly quote: QuoteKind;
  /** Why the speaker and actor were attributed, in one sentence. */
  readonly attribution?: string;
  /** What part of the document the statement is. */
  readonly kind?: UnitKind;
}

/**
 * The minimal shape the time side needs: anything with a date, an actor, a target and dimension scores.
 * {@link Statement} satisfies it; so does a row of a CSV produced elsewhere.
 */
export interface DatedScore {
  readonly date: string;
  readonly actor: string | null;
  readonly target: string | null;
  readonly engagement: DimensionScore;
  readonly recognition: DimensionScore;
  readonly threat: DimensionScore;
  readonly text?: string;
  readonly doc?: string;
  readonly quote?: QuoteKind;
  readonly start?: number;
}

/** A problem with one input item, reported instead of crashing or dropping it silently. */
export interface InputProblem {
  /** File, document id or `<stdin>`. */
  readonly source: string;
  /** 1-based line number, when the input is line oriented. */
  readonly line?: number;
  /** Machine-readable kind, e.g. `malformed-json`, `missing-text`, `undatable`, `unreadable`. */
  readonly kind: string;
  readonly message: string;
}

/** What to do with a bad input item: skip it (and report it) or fail at once. */
export type OnProblem = 'skip' | 'fail';

/** Calendar bucket for a timeline. */
export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/**
 * A period's estimate on one dimension. `mean`, `lo` and `hi` are null when the period has no statement
 * (empty periods are explicit, never dropped).
 */
export interface Estimate {
  readonly mean: number | null;
  readonly lo: number | null;
  readonly hi: number | null;
  /** Statements that count towards the estimate. */
  readonly n: number;
  /** Sum of their weights. */
  readonly weight: number;
}

/** One period of a timeline. `start` and `end` are inclusive ISO dates. */
export interface TimelinePoint {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly n: number;
  readonly engagement: Estimate;
  readonly recognition: Estimate;
  readonly threat: Estimate;
  readonly phase: Phase;
}

/** The smoothed series: defined in every period, gaps included, with its own uncertainty. */
export interface SmoothedPoint {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  readonly engagement: Estimate;
  readonly recognition: Estimate;
  readonly threat: Estimate;
  readonly phase: Phase;
}

/** A change point found by one method on one dimension. */
export interface ChangePoint {
  readonly dimension: Dimension;
  readonly method: 'pelt' | 'bocpd';
  /** First date after the change. */
  readonly date: string;
  /** The dates between which the change happened (last before, first after). */
  readonly dateRange: DateRange;
  /** Index into the timeline's points of the first period after the change, when bucketed. */
  readonly index?: number;
  /** Method-specific confidence in [0, 1] (posterior probability for BOCPD, bootstrap/penalty stability for PELT). */
  readonly confidence: number;
}

/** A statement that drives a shift, with its contribution to the change in level. */
export interface ShiftDriver {
  readonly text: string;
  readonly date: string;
  readonly doc?: string;
  readonly score: number;
  /** Share of the shift this statement accounts for (signed). */
  readonly contribution: number;
}

/** A change of stance on one dimension, explained. */
export interface Shift {
  readonly dimension: Dimension;
  readonly date: string;
  readonly dateRange: DateRange;
  readonly before: number;
  readonly after: number;
  /** `after - before`. */
  readonly size: number;
  readonly confidence: number;
  readonly method: 'pelt' | 'bocpd';
  readonly drivers: readonly ShiftDriver[];
  /** One plain-language sentence. */
  readonly summary: string;
}

/** A whole timeline for one actor-target pair. */
export interface Timeline {
  readonly actor: string;
  readonly target: string;
  readonly interval: Interval;
  readonly points: readonly TimelinePoint[];
  readonly smoothed: readonly SmoothedPoint[];
  readonly changePoints: readonly ChangePoint[];
  readonly shifts: readonly Shift[];
}

/** What part of a document a text unit is. Headlines, subheads and captions are the narrator's statements. */
export type UnitKind = 'headline' | 'subhead' | 'caption' | 'body';

/** A candidate statement cut from a document: one sentence, headline or caption line, boilerplate excluded. */
export interface TextUnit {
  /** Character offsets into the document's original text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: UnitKind;
  /** 0-based paragraph (block of lines) index. */
  readonly paragraph: number;
}
