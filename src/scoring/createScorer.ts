import { InvalidOptionError } from '../errors';
import type { CompiledCue, CompiledModifier, Lexicon } from '../lexicon/createLexicon';
import { defaultNlp, type Nlp } from '../nlp';
import { DIMENSIONS, type Dimension, type DimensionScore, type Evidence, type Label, type Span, type StatementScore } from '../types';
import { findAnswer } from './answers';
import { DEFAULT_CONSTANTS, type ScoringConstants } from './constants';
import { createPatternIndex, dropContained, dropOverlapping, type PatternIndex, type TokenMatch } from './findMatches';
import { compileNames, findNameMentions, tokenRange, type Mention } from './findMentions';
import { phaseOf } from './phaseOf';
import { prepareText, type PreparedText } from './prepareText';
import type { CueState, RuleContext, ScoringRule } from './ScoringRule';

/** A known party (a state, an organisation) that the target check can recognise as "someone else". */
export interface Party {
  readonly id: string;
  readonly names: readonly string[];
  /** Ids of parties this one governs (the Taliban govern Afghanistan): never "another party" when it is the target. */
  readonly governs?: readonly string[];
}

/** Post-processing of a finished score, e.g. to clamp a dimension for a study design. Pure. */
export interface ScoreRefiner {
  readonly id: string;
  refine(score: StatementScore, text: string, options: ScoreOptions): StatementScore;
}

/** What a scorer is made of. */
export interface ScorerConfig {
  readonly lexicon: Lexicon;
  /** Rules in the order they run. */
  readonly rules: readonly ScoringRule[];
  readonly refiners?: readonly ScoreRefiner[];
  /** Known parties for the target check (from an actor registry). */
  readonly parties?: readonly Party[];
  /**
   * Aliases known for a target (from a target catalogue), added to those a call gives. What it answers is kept while
   * the calls name the same target and aliases, so it must give the same aliases for the same target.
   */
  readonly knownAliases?: (target: string) => readonly string[];
  /**
   * The parties (ids of `parties`) that claim a target's territory, as Somalia claims Somaliland (from a target
   * catalogue): their own "territorial integrity" withholds recognition of the target (`claimantOwner` cues).
   */
  readonly claimants?: (target: string) => readonly string[];
  /** The NLP adapter; the default one is created on first use. */
  readonly nlp?: Nlp;
  readonly constants?: Partial<ScoringConstants>;
}

/** Options of one `score` call. */
export interface ScoreOptions {
  /** The stance holder; its own names never count as "another party". */
  readonly actor?: string | null;
  /** The entity the stance is about. Without one, the statement's topic is whatever it talks about. */
  readonly target?: string | null;
  readonly targetAliases?: readonly string[];
  /** Mentions of the target found by coreference outside the scorer: character ranges into `text`. */
  readonly targetMentions?: readonly Span[];
  /**
   * Whether the text around the statement is about the target (default true: a lone statement is about the target it
   * is scored for). When false (document analysis: no mention of the target in the statement or the ones just before
   * it), a cue scores only where the statement itself refers to the target, and "they" is no reference to it.
   */
  readonly targetInContext?: boolean;
  /**
   * Dimensions on which the text around the statement is not about the target (document analysis: no reference to it
   * in the statement or the few before it): their cues score only where the statement names the target, as with
   * `targetInContext: false`, and a bare "they" is no reference to it. The other dimensions keep the target as topic.
   */
  readonly outOfContext?: readonly Dimension[];
}

/** The answer a statement gives to a reporter's question before it, and the words that give it. */
export interface ScoreAnswer {
  /** -1 for a denial or a bare "no", 1 for a bare "yes". */
  readonly factor: 1 | -1;
  readonly cue: string;
  readonly span: Span;
}

/** An immutable scorer. */
export interface Scorer {
  readonly config: Readonly<ScorerConfig>;
  score(text: string, options?: ScoreOptions): StatementScore;
  /**
   * The answer a statement gives on its own, with no cue of its own, to a reporter's question before it: a bare
   * "yes" or "no", or a denial whose subject is "this", "it" or "that" ("This is not on the agenda now"). Null when
   * it gives none. Used by document analysis (a question in one sentence, its answer in the next). With `denialOnly`,
   * only a denial word counts ("no rush", "premature", "not on the agenda"), not a bare "no" or "not".
   */
  answer?(text: string, options?: { readonly denialOnly?: boolean }): ScoreAnswer | null;
  /** A new scorer with some of the configuration replaced. */
  with(changes: Partial<ScorerConfig>): Scorer;
}

/** Words that refer back to the target in lone-statement mode (codebook "Scoring a lone statement"). */
const TARGET_REFERENCES = ['them', 'they', 'their', 'theirs'];
/** A bare answer, which `denialOnly` leaves out. */
const YES_NO_WORDS: ReadonlySet<string> = new Set(['yes', 'no', 'no.']);
/** Most words between other parties and a pronoun that is theirs ("Russia and China for their support"). */
const REFERENCE_GAP = 2;
/** ... and what those words may be. */
const REFERENCE_GAP_POS = new Set(['ADP', 'CCONJ', 'DET', 'PART']);
const ZERO: DimensionScore = Object.freeze({ score: 0, label: 0 as Label });

function checkConstants(constants: Partial<ScoringConstants>): ScoringConstants {
  const merged = { ...DEFAULT_CONSTANTS, ...constants };
  const bad = Object.entries(merged).find(([, v]) => typeof v !== 'number' || !Number.isFinite(v));
  if (bad !== undefined) throw new InvalidOptionError(`constants.${bad[0]}`, 'must be a finite number');
  if (merged.labelThreshold <= 0 || merged.labelThreshold > 1) throw new InvalidOptionError('constants.labelThreshold', 'must be in (0, 1]');
  if (merged.precision < 0 || merged.precision > 10 || !Number.isInteger(merged.precision)) {
    throw new InvalidOptionError('constants.precision', 'must be an integer from 0 to 10');
  }
  return merged;
}

function sameDimensions(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.length === b.length && a.every((d) => b.includes(d));
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** What a target (with its aliases) and an actor give the scorer: the target's name pattern and the parties that are not "other parties". */
interface TopicEntry {
  readonly pattern: RegExp | null;
  readonly excluded: ReadonlySet<string>;
  readonly claimants: ReadonlySet<string>;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Creates a statement scorer from a lexicon and an ordered list of rules (see `defaultRules`). The scorer is
 * immutable: customise it with `scorer.with({ ... })`.
 *
 * @example
 * const scorer = createScorer({ lexicon: defaultLexicon(), rules: defaultRules });
 * scorer.score('Russia is not planning to negotiate with the Taliban.', { target: 'Taliban' }).engagement;
 * // { score: -0.8, label: -1 }
 */
export function createScorer(config: ScorerConfig): Scorer {
  if (config.lexicon === undefined || !Array.isArray(config.lexicon.cues)) throw new InvalidOptionError('lexicon', 'must be a Lexicon from createLexicon()');
  if (!Array.isArray(config.rules) || config.rules.some((r) => typeof r?.apply !== 'function' || typeof r.id !== 'string')) {
    throw new InvalidOptionError('rules', 'must be an array of { id, apply } rules');
  }
  const constants = checkConstants(config.constants ?? {});
  const cueIndex: PatternIndex<CompiledCue> = createPatternIndex(config.lexicon.cues, (c) => c.pattern);
  const modifierIndex: PatternIndex<CompiledModifier> = createPatternIndex(config.lexicon.modifiers, (m) => m.pattern);
  const parties = config.parties ?? [];
  const partyNames = new Map<string, string>();
  for (const p of parties) for (const n of p.names) partyNames.set(n.replace(/[\u2019\u2018]/g, "'"), p.id);
  const partyPattern = compileNames([...parties.flatMap((p) => p.names)], true);
  const aliasCache = new Map<string, TopicEntry>();
  // One word-bounded pattern per party, compiled once: does a target alias contain one of the party's names?
  const partyInAlias = parties.map((p) => ({
    party: p,
    own: new Set([p.id, ...p.names].map((n) => n.toLowerCase())),
    pattern: new RegExp(`(?<![\\p{L}])(?:${[p.id, ...p.names].map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u'),
  }));

  // The last call's target and aliases, with what each actor gave for them: a stream of statements about one target
  // asks for the same few again and again, and building the cache key costs more than comparing a few strings.
  let last: { target: ScoreOptions['target']; aliases: readonly string[]; byActor: Map<ScoreOptions['actor'], TopicEntry> } | undefined;
  const topic = (options: ScoreOptions): TopicEntry => {
    const aliases = options.targetAliases ?? [];
    if (last === undefined || last.target !== options.target || !sameStrings(last.aliases, aliases)) {
      last = { target: options.target, aliases: [...aliases], byActor: new Map() };
    }
    let entry = last.byActor.get(options.actor);
    if (entry === undefined) {
      entry = topicOf(options);
      if (last.byActor.size > 256) last.byActor.clear();
      last.byActor.set(options.actor, entry);
    }
    return entry;
  };
  const topicOf = (options: ScoreOptions): TopicEntry => {
    const known = options.target ? (config.knownAliases?.(options.target) ?? []) : [];
    const names = [options.target ?? '', ...known, ...(options.targetAliases ?? [])].filter((n) => n.trim() !== '');
    const key = JSON.stringify([options.actor ?? '', names]);
    let entry = aliasCache.get(key);
    if (entry === undefined) {
      // Parties that are the actor or belong to the target (the target's country, capital or demonym inside one of
      // its aliases) are never "another party".
      const excluded = new Set<string>();
      const lowered = names.map((n) => n.toLowerCase());
      const actor = options.actor?.toLowerCase();
      for (const { party: p, own, pattern } of partyInAlias) {
        if (actor !== undefined && own.has(actor)) excluded.add(p.id);
        if (lowered.some((n) => own.has(n))) {
          excluded.add(p.id);
          for (const governed of p.governs ?? []) excluded.add(governed);
        }
        if (lowered.some((a) => pattern.test(a))) excluded.add(p.id);
      }
      const claimants = new Set(options.target ? (config.claimants?.(options.target) ?? []) : []);
      entry = { pattern: compileNames(names), excluded, claimants };
      if (aliasCache.size > 256) aliasCache.clear();
      aliasCache.set(key, entry);
    }
    return entry;
  };

  // A longer modifier hides a shorter one of the same kind and reach ("not on the table" hides "not"); one that
  // reaches fewer dimensions leaves the shorter one in place for the others (the negation rule sorts that out).
  const findModifiers = (prepared: PreparedText): TokenMatch<CompiledModifier>[] =>
    dropContained(modifierIndex.find(prepared.tokens), (a, b) => a.entry.kind === b.entry.kind && sameDimensions(a.entry.dimensions, b.entry.dimensions));

  const answer = (text: string, answerOptions: { readonly denialOnly?: boolean } = {}): ScoreAnswer | null => {
    if (typeof text !== 'string') throw new InvalidOptionError('text', 'must be a string');
    const prepared = prepareText(text, config.nlp ?? defaultNlp());
    const context: RuleContext = { prepared, modifiers: findModifiers(prepared), targetMentions: [], otherParties: [], constants };
    const denialOnly = answerOptions.denialOnly === true;
    const found = findAnswer(context, [], (first) => !denialOnly || !YES_NO_WORDS.has(prepared.tokens[first]!.lower), (m) => !denialOnly || m.item.entry.negation === 'denial');
    if (found === null) return null;
    const span = { start: prepared.tokens[found.first]!.start, end: prepared.tokens[found.last - 1]!.end };
    return { factor: found.factor, cue: text.slice(span.start, span.end), span };
  };

  const score = (text: string, options: ScoreOptions = {}): StatementScore => {
    if (typeof text !== 'string') throw new InvalidOptionError('text', 'must be a string');
    const nlp = config.nlp ?? defaultNlp();
    const prepared = prepareText(text, nlp);
    const normalizedText = prepared.tokens.length === 0 ? text : text.replace(/[\u2019\u2018]/g, "'");
    const { pattern, excluded, claimants } = topic(options);

    const partyId = (m: Mention): string | undefined => partyNames.get(m.text.replace(/\s+/g, ' '));
    const partyMentions = findNameMentions(normalizedText, prepared.tokens, partyPattern, 'party').filter((m) => {
      const id = partyId(m);
      return id !== undefined && !excluded.has(id);
    });
    let targetMentions: Mention[] = findNameMentions(normalizedText, prepared.tokens, pattern, 'alias');
    // With the document's coreference given, a description ("the group") is the target only where it resolved it:
    // "HTS, the group that led the offensive" is not the Taliban.
    const given = options.targetMentions;
    if (given !== undefined) {
      targetMentions = targetMentions.filter((m) => {
        if (!/^the\s/iu.test(m.text)) return true;
        const start = prepared.tokens[m.first]!.start;
        const end = prepared.tokens[m.last - 1]!.end;
        return given.some((g) => g.start < end && start < g.end);
      });
    }
    if ((options.target ?? '') !== '' && options.targetInContext !== false) {
      const aliases = targetMentions.slice();
      prepared.tokens.forEach((t, i) => {
        if (!TARGET_REFERENCES.includes(t.lower)) return;
        // "thanked Russia and China for their support": a pronoun just after other parties, with no mention of the
        // target nearer, is theirs.
        const party = partyMentions.find((p) => p.last <= i && i - p.last <= REFERENCE_GAP && prepared.tokens.slice(p.last, i).every((b) => !b.boundary && REFERENCE_GAP_POS.has(b.pos)));
        if (party !== undefined && !aliases.some((a) => a.last <= i && a.first >= party.last)) return;
        targetMentions.push({ first: i, last: i + 1, text: t.lower, how: 'reference' });
      });
    }
    for (const span of options.targetMentions ?? []) {
      const range = tokenRange(prepared.tokens, span.start, span.end);
      if (range !== null) targetMentions.push({ ...range, text: text.slice(span.start, span.end), how: 'given' });
    }
    // A description of the target (words in lower case) placed in another party is that party's: "the interim
    // government in Syria" is not the Taliban's.
    const ofAnotherParty = (t: Mention): boolean => {
      if ((t.how !== 'alias' && t.how !== 'given') || !/^\p{Ll}/u.test(t.text) || !/\s/u.test(t.text)) return false;
      const after = prepared.tokens[t.last]?.lower;
      if (after !== 'in' && after !== 'of') return false;
      const at = prepared.tokens[t.last + 1]?.lower === 'the' ? t.last + 2 : t.last + 1;
      // By its name, not a capital or a city: "the movement in Moscow" is where talks were held.
      return partyMentions.some((p) => p.first === at && partyId(p) === p.text.replace(/\s+/g, ' '));
    };
    // A name of the target inside a longer name of another party is that party's ("Pakistani Taliban",
    // "Tehreek-i-Taliban Pakistan" are not the Taliban).
    const insideParty = (t: Mention): boolean => partyMentions.some((p) => p.first <= t.first && p.last >= t.last && p.last - p.first > t.last - t.first);
    if (partyMentions.length > 0) targetMentions = targetMentions.filter((t) => !insideParty(t) && !ofAnotherParty(t));

    const modifiers = findModifiers(prepared);
    const otherParties: Mention[] = [
      ...modifiers.filter((m) => m.item.entry.kind === 'other-party').map((m) => ({ first: m.first, last: m.last, text: m.item.entry.id, how: 'generic' as const })),
      ...partyMentions,
    ].filter((p) => !targetMentions.some((t) => t.first < p.last && t.last > p.first));

    const matches: TokenMatch<CompiledCue>[] = dropOverlapping(cueIndex.find(prepared.tokens), (a, b) => a.entry.dimension === b.entry.dimension);
    let cues: CueState[] = matches.map((m) => {
      const start = prepared.tokens[m.first]!.start;
      const end = prepared.tokens[m.last - 1]!.end;
      const base = m.item.entry.sign * m.item.entry.weight;
      return { cue: m.item, first: m.first, last: m.last, span: { start, end }, text: text.slice(start, end), base, weight: base, applied: [] };
    });
    const claimantMentions = claimants.size === 0 ? [] : partyMentions.filter((m) => claimants.has(partyId(m) ?? ''));
    const context: RuleContext = { prepared, modifiers, targetMentions, otherParties, claimantMentions, constants, actor: options.actor ?? null, targetInContext: options.targetInContext !== false, ...(options.outOfContext !== undefined && options.outOfContext.length > 0 ? { outOfContext: options.outOfContext } : {}) };
    for (const rule of config.rules) cues = rule.apply(cues, context);

    const evidence: Evidence[] = cues.map((c) => ({
      entryId: c.cue.entry.id,
      dimension: c.cue.entry.dimension,
      cue: c.text,
      span: c.span,
      base: round(c.base, constants.precision),
      applied: c.applied.map((a) => ({ ...a, factor: round(a.factor, constants.precision) })),
      weight: round(c.weight, constants.precision),
    }));
    const dims = {} as Record<Dimension, DimensionScore>;
    for (const d of DIMENSIONS) {
      const sum = cues.filter((c) => c.cue.entry.dimension === d).reduce((s, c) => s + c.weight, 0);
      const value = round(Math.max(-1, Math.min(1, sum)), constants.precision);
      dims[d] = value === 0 ? ZERO : { score: value, label: (Math.abs(value) >= constants.labelThreshold ? Math.sign(value) : 0) as Label };
    }
    let result: StatementScore = {
      engagement: dims.engagement,
      recognition: dims.recognition,
      threat: dims.threat,
      phase: phaseOf(dims.engagement.label, dims.recognition.label),
      evidence,
    };
    for (const refiner of config.refiners ?? []) result = refiner.refine(result, text, options);
    return result;
  };

  const frozen: Readonly<ScorerConfig> = Object.freeze({ ...config });
  return Object.freeze({
    config: frozen,
    score,
    answer,
    with: (changes: Partial<ScorerConfig>) => createScorer({ ...frozen, ...changes }),
  });
}
