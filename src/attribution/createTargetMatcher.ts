import { InvalidOptionError } from '../errors';
import type { Span } from '../types';
import type { ActorRegistry } from './ActorRegistry';
import { COREFERENCE_UNITS_BACK } from './constants';
import { GENERIC_PARTIES } from './attributionLexicon';
import { WORD_END, WORD_START, apostropheVariants, eitherCase, escapeRegExp, joinedToLowerWord } from './unicodeText';

/** How a target mention was recognised. */
export type TargetResolution = 'name' | 'alias' | 'description' | 'pronoun' | 'person';

/** A mention of the target in a text. */
export interface TargetMention extends Span {
  readonly text: string;
  readonly resolution: TargetResolution;
  /** For descriptions and pronouns: the target mention they refer back to. */
  readonly antecedent: Span | null;
  readonly reason: string;
}

/** Options of {@link createTargetMatcher}. */
export interface CreateTargetMatcherOptions {
  /** The target's name (`Taliban`). */
  readonly target: string;
  /** Other names (`Islamic Emirate`, `IEA`, `interim government`). Lower-case aliases also match capitalised. */
  readonly aliases?: readonly string[];
  /** Registry whose entry for the target adds its names and institutions, and whose names are rival antecedents. */
  readonly registry?: ActorRegistry;
  /** Descriptions that refer back to the target when it is the last fitting antecedent (default {@link DEFAULT_TARGET_DESCRIPTIONS}). */
  readonly descriptions?: readonly string[];
  /** Resolve "they", "them", "their" to the target when it is the last fitting antecedent (default true). */
  readonly pronouns?: boolean;
  /** How many units back an antecedent may be (default {@link COREFERENCE_UNITS_BACK}). */
  readonly unitsBack?: number;
}

/** Finds a target's mentions in documents. Immutable. */
export interface TargetMatcher {
  readonly target: string;
  /** The registry actor the target is, when the registry knows it. */
  readonly actor: string | null;
  /** Every name matched directly (target, aliases, registry names), longest first. */
  readonly names: readonly string[];
  /**
   * Mentions of the target in `text`, in order. `units` (sentences, as offsets into `text`) bound how far back a
   * description or a pronoun may look for its antecedent; without them the text is split at sentence ends.
   */
  find(text: string, units?: readonly Span[]): TargetMention[];
}

/** A copula between a name and a noun of its predicate, within one clause: "were, in the eyes of Moscow, a". */
const COPULA_BETWEEN = /^[^.;:!?]*\b(?:is|are|was|were|remains?|remained|be|been)\b[^.;:!?]*$/u;

/**
 * Descriptions that refer back to a movement or a de facto government.
 *
 * @example
 * createTargetMatcher({ target: 'HTS', descriptions: [...DEFAULT_TARGET_DESCRIPTIONS, 'the rebels'] });
 */
export const DEFAULT_TARGET_DESCRIPTIONS: readonly string[] = [
  'the group', 'the movement', 'the insurgents', 'the militants', 'the interim government', 'the caretaker government',
  'the regime', 'the new rulers', 'the de facto authorities', 'the new authorities', 'the Islamist group',
  'the Islamist movement',
];

const PLURAL_PRONOUN = new RegExp(`${WORD_START}(?:[Tt]hey|[Tt]hem|[Tt]heir|[Tt]heirs)${WORD_END}`, 'gu');
const GENERIC_PARTY = new RegExp(`${WORD_START}(?:${[...GENERIC_PARTIES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
/** Plural nouns of people or bodies that a sentence-opening "they" may take up instead of the target. */
const PLURAL_PEOPLE = /(?<![\p{L}])(?:activists|officials|diplomats|critics|analysts|experts|observers|lawmakers|legislators|politicians|residents|citizens|women|protesters|demonstrators|ministers|leaders|envoys|members|countries|states|governments|nations|organi[sz]ations|groups|donors|neighbou?rs|allies|partners)(?![\p{L}])/iu;
/** What may open a sentence before a subject pronoun ("However, they ..."). */
const SENTENCE_OPENING = /^[\s"“‘'(]*(?:[\p{L}]+,\s*)?(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Ss]oon|[Ll]ater|[Hh]owever|[Yy]et)\s*,?\s*)*$/u;
const GROUP_WORDS = /(?<![\p{L}])(?:group|movement|organi[sz]ation)(?![\p{L}])/gu;

function pattern(name: string): string {
  const escaped = apostropheVariants(name).map((v) =>
    /^\p{Ll}/u.test(v) ? v.split(/\s+/u).map(eitherCase).join('\\s+') : escapeRegExp(v),
  );
  return escaped.join('|');
}

function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][”"’']?(?=\s)|\n/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * Creates a matcher for one target: its name and aliases (plus the registry's names for it), descriptions such as
 * "the group" or "the interim government", and the plural pronouns "they", "them", "their". A description or a
 * pronoun is the target only when the target is its last fitting antecedent within the same or the previous
 * `unitsBack` units: a rival actor ("Pakistan", "all countries concerned") or another group ("the Islamic State
 * group") mentioned in between takes it. Each mention says how it was resolved, so that a scorer can check that a
 * cue's object is the target.
 *
 * @example
 * const m = createTargetMatcher({ target: 'Taliban', aliases: ['IEA'] });
 * m.find('Moscow hosted the Taliban. It praised them.').map((x) => [x.text, x.resolution]);
 * // [['Taliban', 'name'], ['them', 'pronoun']]
 * @throws InvalidOptionError for an empty target, a non-array `aliases` or a bad `unitsBack`.
 */
export function createTargetMatcher(options: CreateTargetMatcherOptions): TargetMatcher {
  const target = typeof options.target === 'string' ? options.target.trim() : '';
  if (target === '') throw new InvalidOptionError('target', 'must be a non-empty name, e.g. "Taliban"');
  if (options.aliases !== undefined && (!Array.isArray(options.aliases) || options.aliases.some((a) => typeof a !== 'string'))) {
    throw new InvalidOptionError('aliases', 'must be an array of strings');
  }
  const unitsBack = options.unitsBack ?? COREFERENCE_UNITS_BACK;
  if (!Number.isInteger(unitsBack) || unitsBack < 0) {
    throw new InvalidOptionError('unitsBack', `must be a non-negative integer, got ${String(unitsBack)}`);
  }
  const registry = options.registry;
  const resolved = registry?.resolveActor(target) ?? null;
  const actor = resolved !== null && resolved.via === 'name' ? resolved.actor : null;
  const entry = actor !== null ? registry?.actor(actor) : undefined;

  const descriptions = (options.descriptions ?? DEFAULT_TARGET_DESCRIPTIONS).map((d) => d.trim()).filter((d) => d !== '');
  const userAliases = (options.aliases ?? []).map((a) => a.trim()).filter((a) => a !== '');
  const described = new Set(descriptions.map((d) => d.toLowerCase()));
  const aliasDescriptions = userAliases.filter((a) => /^the\s/iu.test(a));
  for (const d of aliasDescriptions) described.add(d.toLowerCase());
  const direct = [...new Set([target, ...(entry?.names ?? []), ...(entry?.institutions ?? []), ...userAliases.filter((a) => !/^the\s/iu.test(a))])]
    .sort((a, b) => b.length - a.length);
  const officialNames = new Set([target.toLowerCase()]);
  const nameRe = new RegExp(`${WORD_START}(?:${direct.map(pattern).join('|')})${WORD_END}`, 'gu');
  const descriptionList = [...described].sort((a, b) => b.length - a.length);
  const descriptionRe = descriptionList.length === 0 ? null : new RegExp(`${WORD_START}(?:${descriptionList.map(pattern).join('|')})${WORD_END}`, 'gu');

  const find = (text: string, units?: readonly Span[]): TargetMention[] => {
    const spans = units !== undefined && units.length > 0 ? units : sentenceSpans(text);
    const unitIndex = (at: number): number => {
      const i = spans.findIndex((u) => u.start <= at && at < u.end);
      return i >= 0 ? i : spans.findIndex((u) => at < u.start);
    };
    const mentions: TargetMention[] = [];
    for (const m of text.matchAll(nameRe)) {
      const start = m.index ?? 0;
      // "anti-Taliban forces", "Tehreek-i-Taliban": another thing than the target.
      if (joinedToLowerWord(text, start)) continue;
      const isName = officialNames.has(m[0].toLowerCase()) || (entry?.names ?? []).includes(m[0]);
      mentions.push({
        start,
        end: start + m[0].length,
        text: m[0],
        resolution: isName ? 'name' : 'alias',
        antecedent: null,
        reason: isName ? `names the target ${target}` : `alias of the target ${target}`,
      });
    }
    // Rival antecedents: other actors (registry), generic parties, other "... group" names.
    // A description ("the group") can only refer to a group: states are rivals for pronouns only.
    const rivals: { span: Span; group: boolean }[] = [];
    for (const r of registry?.scan(text) ?? []) {
      if (r.actor !== actor && (r.kind === 'name' || r.kind === 'institution') && r.actorKind !== 'media') {
        rivals.push({ span: r, group: r.actorKind === 'movement' || r.actorKind === 'organisation' });
      }
    }
    for (const m of text.matchAll(GENERIC_PARTY)) rivals.push({ span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }, group: false });

    const extra: TargetMention[] = [];
    const lastAntecedent = (at: number, groupOnly: boolean): { span: Span; isTarget: boolean } | null => {
      const u = unitIndex(at);
      const floor = spans[Math.max(0, u - unitsBack)]?.start ?? 0;
      let best: { span: Span; isTarget: boolean } | null = null;
      const consider = (span: Span, isTarget: boolean): void => {
        if (span.end <= at && span.start >= floor && (best === null || span.start > best.span.start)) best = { span: { start: span.start, end: span.end }, isTarget };
      };
      for (const t of mentions) consider(t, true);
      for (const t of extra) consider(t, true);
      for (const r of rivals) if (!groupOnly || r.group) consider(r.span, false);
      if (groupOnly) {
        for (const g of text.slice(floor, at).matchAll(GROUP_WORDS)) {
          const start = floor + (g.index ?? 0);
          const inTarget = mentions.some((t) => t.start <= start && start < t.end);
          const isDescription = /(?:^|[^\p{L}])the\s+$/iu.test(text.slice(Math.max(0, start - 5), start));
          // "the Taliban were ... a terrorist organisation": the target's own predicate noun is no other group.
          const predicate = mentions.some((t) => t.end <= start && unitIndex(t.start) === unitIndex(start) && COPULA_BETWEEN.test(text.slice(t.end, start)));
          if (!inTarget && !isDescription && !predicate) consider({ start, end: start + g[0].length }, false);
        }
      }
      return best;
    };

    if (descriptionRe !== null) {
      for (const m of text.matchAll(descriptionRe)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (mentions.some((t) => t.start < end && start < t.end)) continue;
        const ante = lastAntecedent(start, true);
        if (ante === null || !ante.isTarget) continue;
        extra.push({ start, end, text: m[0], resolution: 'description', antecedent: ante.span, reason: `"${m[0]}" refers back to ${target}, the last group mentioned` });
      }
    }
    if (options.pronouns !== false) {
      const descriptions = [...extra];
      for (const m of text.matchAll(PLURAL_PRONOUN)) {
        const start = m.index ?? 0;
        // "They" opening a sentence continues the previous sentence's subject: its first candidate, not its last.
        const u = unitIndex(start);
        const unitStart = spans[u]?.start ?? 0;
        const previous = spans[u - 1];
        let ante = lastAntecedent(start, false);
        let why = 'the last fitting antecedent';
        if (/^[Tt]hey$/u.test(m[0]) && SENTENCE_OPENING.test(text.slice(unitStart, start)) && previous !== undefined) {
          const firstOf = (list: readonly Span[], isTarget: boolean) => {
            const hit = list.find((x) => x.start >= previous.start && x.end <= previous.end);
            return hit === undefined ? null : { span: { start: hit.start, end: hit.end }, isTarget };
          };
          const candidates = [firstOf(mentions, true), firstOf(descriptions, true), firstOf(rivals.map((r) => r.span), false)].filter(
            (c): c is { span: Span; isTarget: boolean } => c !== null,
          );
          const first = candidates.sort((a, b) => a.span.start - b.span.start)[0];
          if (first !== undefined) {
            ante = first;
            why = 'the subject of the previous sentence';
          } else if (PLURAL_PEOPLE.test(text.slice(previous.start, previous.end))) {
            // "The decision was criticised by rights activists. They said ...": the people of the previous sentence.
            continue;
          }
        }
        if (ante === null || !ante.isTarget) continue;
        extra.push({ start, end: start + m[0].length, text: m[0], resolution: 'pronoun', antecedent: ante.span, reason: `"${m[0]}" refers back to ${target}, ${why}` });
      }
    }
    return [...mentions, ...extra].sort((a, b) => a.start - b.start);
  };

  return Object.freeze({ target, actor, names: Object.freeze(direct), find });
}
