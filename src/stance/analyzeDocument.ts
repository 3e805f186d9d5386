import type { ActorRegistry } from '../attribution/ActorRegistry';
import { attributeUnits } from '../attribution/attributeUnits';
import type { QuoteSpan } from '../attribution/findQuotes';
import { createRegistryCache } from '../attribution/registryCache';
import { InputError, InvalidOptionError } from '../errors';
import type { Nlp } from '../nlp';
import { DEFAULT_CONSTANTS } from '../scoring/constants';
import type { Scorer } from '../scoring/createScorer';
import { extractPublished, type PublishedDate } from '../text/extractPublished';
import { segmentDocument } from '../text/segmentDocument';
import { daysBetween } from '../time/calendar';
import { dateUnits } from '../time/dateUnits';
import type { Dimension, Document, InputProblem, OnProblem, Span, Statement, TextUnit } from '../types';
import type { UnitAttribution } from '../attribution/UnitAttribution';
import { escapeRegExp } from '../attribution/unicodeText';
import { analysisParts, type AnalysisParts } from './analysisParts';
import { answerQuestion, continueRecognition, unasked, zeroed } from './answeredQuestion';
import { isEvent, judgeEvent } from './eventReaction';
import { followLead } from './followedLead';
import { followSuit, hasLabel, type PreviousStatement } from './followedSuit';
import { targetAliases } from './targetCatalog';
import { weakMemo } from './weakMemo';

/** Options of {@link analyzeDocument} and {@link analyze}. */
export interface AnalyzeOptions {
  /** The target of the stance (`Taliban`). A document's own `target` overrides it. */
  readonly target?: string | null;
  /** Aliases added to those the target catalogue (data/targets.json) knows for the target. */
  readonly targetAliases?: readonly string[];
  /** Actor for narrator statements that name no one. A document's own `actor` overrides it. */
  readonly actor?: string | null;
  readonly registry?: ActorRegistry;
  /** The scorer; by default one built from the default lexicon and `registry`. */
  readonly scorer?: Scorer;
  readonly nlp?: Nlp;
  /** An undatable document: `skip` reports it and still returns its statements undated; `fail` throws. */
  readonly onProblem?: OnProblem;
  /** Keep only statements with a non-zero label on some dimension (default false: every statement). */
  readonly signalOnly?: boolean;
}

/** The statements of one document, its publication date and the problems met. */
export interface DocumentAnalysis {
  readonly doc: string;
  readonly published: PublishedDate;
  readonly statements: readonly Statement[];
  readonly problems: readonly InputProblem[];
}

/**
 * Days before publication beyond which an act told of is no longer the news a reaction ("welcomed the step") judges:
 * wires report reactions within days of the act.
 */
const CURRENT_EVENT_DAYS = 14;

/** Most words of a section heading that only names a topic ("Recognition", "Trade first"). */
const TOPIC_HEADING_WORDS = 2;
/** A subject that names the two sides of the meeting told just before: "The two ministers", "Both sides", "The leaders". */
const PAIR_SUBJECT = /^\W*(?:the|both)\s+(?:two\s+)?(?:leaders|ministers|sides|presidents|delegations|foreign\s+ministers|prime\s+ministers|counterparts|officials)\b/iu;
/** An opening that turns to other news: "Separately, ...", "In other news, ...", "Elsewhere, ...". */
const OTHER_NEWS = /^\W*(?:separately|in\s+other\s+news|elsewhere|in\s+an\s+unrelated\s+\p{L}+|on\s+another\s+(?:subject|topic|note|matter))\b/iu;

/**
 * Whether each unit is about the target. A unit that turns to other news ("Separately, Xi held talks with Sri Lankan
 * officials ...") is not, nor are the units after it in its paragraph, until one refers to the target again (by name,
 * alias, one of its people or a pronoun resolved to it, or the target is its actor). Every other unit is: in a
 * document about the target, a cue with no object of its own is about it. A cue in a unit that is not about the
 * target scores only where the unit refers to it (codebook "Target").
 */
/**
 * Whether a unit refers to the target: a mention attribution found in it (name, alias, one of its people, a pronoun
 * resolved to it), the target as its actor, or a name `names` gives (looked up only when the rest says no).
 */
function refersTo(unit: TextUnit, a: UnitAttribution, target: string | null, names: () => RegExp | null): boolean {
  return a.targetMentions.length > 0 || (target !== null && a.actor === target) || (names()?.test(unit.text) ?? false);
}

function targetInContext(units: readonly TextUnit[], attributed: readonly UnitAttribution[], target: string | null, names: () => RegExp | null): boolean[] {
  let away: number | null = null;
  return units.map((unit, i) => {
    // Most units neither turn to other news nor follow one that did: they need no look for the target.
    const turns = OTHER_NEWS.test(unit.text);
    if (away === null && !turns) return true;
    if (refersTo(unit, attributed[i]!, target, names)) {
      away = null;
      return true;
    }
    if (turns) away = unit.paragraph;
    else if (away !== null && unit.paragraph !== away) away = null;
    return away === null;
  });
}

/** Statements before one, besides itself, any of which may refer to the target for its engagement and threat to be about it. */
const CONTEXT_WINDOW = 2;
/** The dimensions whose cues need the target in the statement or near it; recognition in a story of the target is its. */
const NEAR_DIMENSIONS: readonly Dimension[] = Object.freeze(['engagement', 'threat']);

/**
 * Whether each unit, its paragraph, or one of the {@link CONTEXT_WINDOW} units before it (or after it, for a headline
 * or a caption) refers to the target: by a mention attribution found (name, alias, its people, a pronoun resolved to
 * it), as the actor, or by a name of the target or of the country it governs, its capital or people ("Kabul",
 * "Afghan"), which `near` matches. "The two sides signed a trade deal" right after a meeting with the target is about
 * the target; a paragraph on Ethiopia's trade with Djibouti three statements on is not.
 */
function nearTarget(units: readonly TextUnit[], attributed: readonly UnitAttribution[], target: string, near: RegExp | null): boolean[] {
  const refers = units.map((unit, i) => refersTo(unit, attributed[i]!, target, () => near));
  const paragraphs = new Set(units.flatMap((unit, i) => (refers[i] ? [unit.paragraph] : [])));
  const anyRefers = (from: number, to: number): boolean => refers.slice(Math.max(0, from), to + 1).includes(true);
  return units.map((unit, i) =>
    paragraphs.has(unit.paragraph) ||
    anyRefers(i - CONTEXT_WINDOW, i) ||
    // A headline or a caption tells of what the text after it names: "Envoy meets delegation" over "... the Taliban".
    ((unit.kind === 'headline' || unit.kind === 'caption') && anyRefers(i + 1, i + CONTEXT_WINDOW)),
  );
}

/** {@link contextPattern} and {@link targetNames} by registry, target and aliases. */
const targetPatterns = createRegistryCache<RegExp | null>(256);

/** The names of the target and its people in a document ({@link namesPattern}), built once per target and aliases. */
function targetNames(registry: ActorRegistry, target: string, aliases: readonly string[]): RegExp | null {
  return targetPatterns(registry, `names\u0000${target}\u0000${aliases.join('\u0001')}`, () => namesPattern(aliases, actorNames(registry, target)));
}

/**
 * The names that refer to the target in a document: its own and its descriptions ("the movement"), its people's, and
 * those of the country it governs.
 */
function contextPattern(registry: ActorRegistry, target: string, aliases: readonly string[]): RegExp | null {
  return targetPatterns(registry, `context\u0000${target}\u0000${aliases.join('\u0001')}`, () => {
    const governed = (registry.actor(target)?.governs ?? []).flatMap((g) => actorNames(registry, g));
    return namesPattern(aliases, [...actorNames(registry, target), ...governed], true);
  });
}

/** The costly parts, looked up once per options object (one `analyze` call, one stream). */
const prepare = weakMemo((options: AnalyzeOptions): AnalysisParts => analysisParts(options));

/** {@link actorNames} by registry and actor id; ids come from the registry and the documents' targets. */
const namesByRegistry = createRegistryCache<readonly string[]>(4096);

/** Names by which the scorer should recognise an actor used as a target (nested stance: the Taliban about Russia). */
function actorNames(registry: ActorRegistry, id: string): readonly string[] {
  return namesByRegistry(registry, id, () => Object.freeze(namesOf(registry, id)));
}

function namesOf(registry: ActorRegistry, id: string): string[] {
  const actor = registry.actor(id);
  const officials = registry.officials.filter((o) => o.actor === id).flatMap((o) => [o.id, ...o.aliases]);
  return actor === undefined ? officials : [...actor.names, ...(actor.metonyms ?? []), ...(actor.demonyms ?? []), ...(actor.institutions ?? []), ...officials];
}

/**
 * Names of the target and its people, as words ("Taliban", "Muttaqi"); descriptions ("the group") are left out unless
 * `descriptions` (a sign of context: in a story of the target, "the movement" is mostly the target).
 */
function namesPattern(aliases: readonly string[], people: readonly string[], descriptions = false): RegExp | null {
  const names = [...aliases, ...people].filter((n) => (descriptions || !/^the\s/iu.test(n)) && n.trim().length > 2);
  if (names.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${[...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
}

/** The words of the first direct quote that runs over a boundary of the unit, for the quote's dating (rule 5). */
function quoteAcross(quotes: readonly QuoteSpan[], unit: Span): Span | undefined {
  const q = quotes.find((x) => x.contentStart < unit.end && x.contentEnd > unit.start && (x.contentStart < unit.start || x.contentEnd > unit.end));
  return q === undefined ? undefined : { start: q.contentStart, end: q.contentEnd };
}

function relative(spans: readonly Span[], start: number, end: number): Span[] {
  return spans.filter((s) => s.end > start && s.start < end).map((s) => ({ start: Math.max(0, s.start - start), end: Math.min(end, s.end) - start }));
}

/**
 * Turns one dated text into the codebook's statements: publication date (metadata, header, dateline or
 * inference), statement units (sentences, headlines, captions; boilerplate excluded), speaker, actor and target of
 * each (quotes, reported speech, coreference, nested stance), the date of each (explicit, relative, background or
 * published) and its scores with evidence. An undatable document is reported as a problem, never given today's date.
 *
 * @example
 * const { statements } = analyzeDocument(
 *   { id: 'a1', text: 'date 2021-09-10 Russia is not planning to negotiate with the Taliban, Peskov said.' },
 *   { target: 'Taliban' },
 * );
 * [statements[0]?.speaker, statements[0]?.actor, statements[0]?.engagement.label, statements[0]?.date];
 * // ['Dmitry Peskov', 'Russia', -1, '2021-09-10']
 */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  if (typeof doc !== 'object' || doc === null || typeof doc.text !== 'string') throw new InvalidOptionError('doc', 'must be a Document with a "text" string');
  const { registry, scorer, nlp } = prepare(options);
  const labelThreshold = scorer.config.constants?.labelThreshold ?? DEFAULT_CONSTANTS.labelThreshold;
  const id = typeof doc.id === 'string' && doc.id !== '' ? doc.id : '<document>';
  const target = doc.target ?? options.target ?? null;
  const aliases = target === null ? [...(options.targetAliases ?? [])] : targetAliases(target, options.targetAliases ?? []);
  const problems: InputProblem[] = [];

  const published = extractPublished(doc.text, { published: doc.published ?? null });
  if (published.date === null) {
    const problem: InputProblem = { source: id, kind: 'undatable', message: 'no publication date in metadata, header, dateline or text; statements are left undated' };
    if (options.onProblem === 'fail') throw new InputError(id, undefined, problem.message);
    problems.push(problem);
  }
  const units = segmentDocument(doc.text, { nlp, exclude: published.spans });
  const attributed = attributeUnits(doc.text, units, {
    registry,
    target,
    targetAliases: aliases,
    defaultActor: doc.actor ?? options.actor ?? null,
    date: published.date,
    source: id,
  });
  problems.push(...attributed.problems);
  const dates = dateUnits(
    units.map((u, i) => {
      const quote = quoteAcross(attributed.quotes, u);
      return { text: u.text, start: u.start, paragraph: u.paragraph, kind: u.kind, speaker: attributed.units[i]?.speaker ?? null, ...(quote ? { quote } : {}) };
    }),
    { published: published.date },
  );

  const statements: Statement[] = [];
  let previous: PreviousStatement | null = null;
  // The last statement with labels of its own that is no reaction, told by the narrator if any is (news narrates acts
  // and quotes reactions): the event that "the move" or "the decision" after it names.
  let event: PreviousStatement | null = null;
  let narratedEvent: PreviousStatement | null = null;
  // ... and the same among statements that are not background facts: "the decision" a reaction names is the news
  // ("the court suspended the ban on Thursday"), not history told after it ("it had banned them in 2003").
  let currentEvent: PreviousStatement | null = null;
  let narratedCurrent: PreviousStatement | null = null;
  // The first of those the narrator told: the news a story leads with, which "the step" others judge names.
  let leadEvent: PreviousStatement | null = null;
  // Each actor's first statement with labels of its own: the act that "follow Israel's lead" names.
  const firstByActor = new Map<string, PreviousStatement>();
  let othersBefore = false;
  // The names' pattern is looked up only for a document that turns to other news.
  const namesOf = (): RegExp | null => (target === null ? null : targetNames(registry, target, aliases));
  const aboutTarget = targetInContext(units, attributed.units, target, namesOf);
  const near = target === null ? [] : nearTarget(units, attributed.units, target, contextPattern(registry, target, aliases));
  units.forEach((unit, i) => {
    const who = attributed.units[i]!;
    const when = dates[i]!;
    // Attribution says whom the stance is about: the target, the party a nested stance addresses, or no one.
    const unitTarget = who.target;
    const unitAliases = unitTarget === target ? aliases : actorNames(registry, unitTarget ?? '');
    const own = scorer.score(unit.text, {
      actor: who.actor,
      target: unitTarget,
      targetAliases: unitAliases,
      targetMentions: unitTarget === target ? relative(who.targetMentions, unit.start, unit.end) : [],
      ...(unitTarget === target && (!aboutTarget[i]! || (othersBefore && who.targetMentions.length === 0 && PAIR_SUBJECT.test(unit.text))) ? { targetInContext: false } : {}),
      ...(unitTarget === target && target !== null && near[i] === false ? { outOfContext: NEAR_DIMENSIONS } : {}),
    });
    // "Kyrgyzstan followed suit": the last act told of, done by this one's actor.
    let score = followSuit(unit.text, unitTarget, own, narratedEvent ?? event, who.actor);
    // '"This is not on the agenda," he said' after a reporter's question: the answer to what the statement before asked.
    score = answerQuestion(unit.text, unitTarget, score, previous, scorer, labelThreshold);
    // '"We are not in a hurry," he said.' after a statement that weighs recognition: the hurry is to recognise.
    score = continueRecognition(unit.text, unitTarget, score, previous, scorer, labelThreshold);
    // "Israel condemned the move": a judgement of the event the last statement with labels of its own told of.
    score = judgeEvent(unit.text, unitTarget, score, leadEvent ?? narratedCurrent ?? currentEvent ?? narratedEvent ?? event);
    // "no plans to follow Israel's lead": what that actor did first in the document.
    score = followLead(unit.text, unitTarget, score, firstByActor, registry);
    // A reporter's question in a transcript is no one's stance; the answer after it takes what it asked.
    if (who.question === true) score = unasked(score);
    // A section heading of a word or two ("Recognition", "Trade first") names a topic, not a stance.
    if (unit.kind === 'subhead' && unit.text.trim().split(/\s+/u).length <= TOPIC_HEADING_WORDS) score = zeroed(score, 'heading', 'a section heading of a word or two names a topic: no stance');
    previous = { text: unit.text, target: unitTarget, score };
    // "Jaishankar spoke with the Saudi foreign minister. The two ministers agreed to remain in touch.": a statement
    // whose cues the target check gave to another party, with no mention of the target, names the pair the next one
    // goes on about.
    othersBefore = who.targetMentions.length === 0 && !hasLabel(own) && own.evidence.some((e) => e.applied.some((a) => a.ruleId === 'target' && a.factor === 0));
    if (hasLabel(own)) {
      const stated = { text: unit.text, target: unitTarget, score: own };
      if (isEvent(unit.text)) {
        event = stated;
        if (who.speaker === null) narratedEvent = stated;
        // Nor an earlier act told in passing ("inviting him in April had handed him legitimacy").
        const last = when.dateRange?.end ?? when.date;
        const earlier = last !== null && published.date !== null && daysBetween(last, published.date) > CURRENT_EVENT_DAYS;
        if (when.dateSource !== 'background' && !earlier) {
          currentEvent = stated;
          if (who.speaker === null) {
            narratedCurrent = stated;
            leadEvent ??= stated;
          }
        }
      }
      // A background fact ("Moscow had listed them in 2003") is history, not the lead others are asked to follow.
      if (who.actor !== null && !firstByActor.has(who.actor) && when.dateSource !== 'background') firstByActor.set(who.actor, stated);
    }
    if (options.signalOnly === true && !hasLabel(score)) return;
    statements.push({
      doc: id,
      start: unit.start,
      end: unit.end,
      text: unit.text,
      kind: unit.kind,
      speaker: who.speaker,
      actor: who.actor,
      target: unitTarget,
      date: when.date,
      ...(when.dateRange !== undefined ? { dateRange: when.dateRange } : {}),
      dateSource: when.dateSource,
      dateEvidence: when.evidence,
      quote: who.quote,
      attribution: who.reason,
      engagement: score.engagement,
      recognition: score.recognition,
      threat: score.threat,
      phase: score.phase,
      evidence: score.evidence,
    });
  });
  return { doc: id, published, statements, problems };
}
