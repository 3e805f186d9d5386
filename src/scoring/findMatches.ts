import type { CompiledPattern } from '../lexicon/compilePattern';
import type { ScoringToken } from './prepareText';

/** A pattern match over tokens: `[first, last)`. */
export interface TokenMatch<T> {
  readonly item: T;
  readonly first: number;
  readonly last: number;
}

/** An index of compiled patterns by the words that can start them, built once per lexicon. */
export interface PatternIndex<T> {
  find(tokens: readonly ScoringToken[]): TokenMatch<T>[];
}

/**
 * Indexes items by the words that can start their pattern, phrase by phrase, so that matching a sentence tries at
 * each token only the phrases that can start there ("only after | when conditions allow" tries "only after" at
 * "only" and nowhere else). Quotation marks are skipped, so a phrase matches across them. Matches come out in token
 * order, then in the items' order; an item matches where its longest phrase does, as its whole pattern would.
 *
 * @example
 * createPatternIndex(lexicon.cues, (c) => c.pattern).find(prepared.tokens);
 */
export function createPatternIndex<T>(items: readonly T[], patternOf: (item: T) => CompiledPattern): PatternIndex<T> {
  // One entry per phrase, numbered in the items' order and, within an item, in its phrases' order.
  const entries: { readonly item: number; readonly phrase: CompiledPattern }[] = [];
  const byWord = new Map<string, number[]>();
  // Prefixes by their first PREFIX_KEY characters, so that a token looks up the few that can fit it; shorter ones
  // are tried on every token.
  const byPrefixKey = new Map<string, { prefix: string; entry: number }[]>();
  const shortPrefixes: { prefix: string; entry: number }[] = [];
  const unanchored: number[] = [];
  items.forEach((item, index) => {
    for (const phrase of patternOf(item).phrases) {
      const entry = entries.length;
      entries.push({ item: index, phrase });
      const { words, prefixes } = phrase.anchors;
      if (words.length === 0 && prefixes.length === 0) unanchored.push(entry);
      for (const w of words) {
        const list = byWord.get(w);
        if (list === undefined) byWord.set(w, [entry]);
        else if (!list.includes(entry)) list.push(entry);
      }
      for (const prefix of prefixes) {
        if (prefix.length < PREFIX_KEY) {
          shortPrefixes.push({ prefix, entry });
          continue;
        }
        const key = prefix.slice(0, PREFIX_KEY);
        const list = byPrefixKey.get(key);
        if (list === undefined) byPrefixKey.set(key, [{ prefix, entry }]);
        else list.push({ prefix, entry });
      }
    }
  });

  // The phrases that can start at a token depend only on its word and lemma: worked out once per word form, kept in
  // a table that is emptied when it grows too large (news never runs out of names and numbers).
  const memo = new Map<string, { readonly lemma: string; readonly candidates: readonly number[] }>();
  const candidatesOf = (token: ScoringToken): readonly number[] => {
    const known = memo.get(token.lower);
    if (known !== undefined && known.lemma === token.lemma) return known.candidates;
    const found: number[] = [...unanchored];
    append(found, byWord.get(token.lower));
    if (token.lemma !== token.lower) append(found, byWord.get(token.lemma));
    // A prefix matches the word or its lemma ("withdraw*" matches "withdrew", "seek*" matches "sought").
    for (const form of token.lemma !== token.lower ? [token.lower, token.lemma] : [token.lower]) {
      const keyed = byPrefixKey.get(form.slice(0, PREFIX_KEY));
      if (keyed !== undefined) for (const { prefix, entry } of keyed) if (form.startsWith(prefix)) found.push(entry);
      for (const { prefix, entry } of shortPrefixes) if (form.startsWith(prefix)) found.push(entry);
    }
    // Each phrase once, in the entries' order, so that an item's phrases come together.
    const candidates = found.length === 0 ? NO_CANDIDATES : [...new Set(found)].sort((a, b) => a - b);
    if (memo.size >= CANDIDATE_MEMO_SIZE) memo.clear();
    memo.set(token.lower, { lemma: token.lemma, candidates });
    return candidates;
  };

  return {
    find(all) {
      // Quotation marks are transparent: 'not "on the table"' is "not on the table"; so is a short name in brackets
      // ("Hayat Tahrir al-Sham (HTS) as a ..."). Matching runs over the tokens without them and maps each match back to
      // the full token range.
      const kept = matchView(all);
      const tokens = kept === null ? all : kept.tokens;
      const out: TokenMatch<T>[] = [];
      for (let at = 0; at < tokens.length; at += 1) {
        const candidates = candidatesOf(tokens[at]!);
        for (let c = 0; c < candidates.length; ) {
          // The longest match of the item's phrases that can start here.
          const index = entries[candidates[c]!]!.item;
          let last = -1;
          for (; c < candidates.length && entries[candidates[c]!]!.item === index; c += 1) {
            last = Math.max(last, entries[candidates[c]!]!.phrase.matchAt(tokens, at));
          }
          if (last <= at) continue;
          const item = items[index]!;
          if (kept === null) out.push({ item, first: at, last });
          else out.push({ item, first: kept.index[at]!, last: kept.index[last - 1]! + 1 });
        }
      }
      return out;
    },
  };
}

/** Word forms whose candidate patterns an index keeps (about 1 MB at most). */
const CANDIDATE_MEMO_SIZE = 10_000;
/** The candidates of the many word forms that start no pattern: one shared empty list. */
const NO_CANDIDATES: readonly number[] = Object.freeze([]);

/** Quotation marks, which patterns match across (and rules may look past). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb']);

/** Views already made, by token array: a sentence's cues and modifiers are matched on the same tokens. */
const views = new WeakMap<readonly ScoringToken[], MatchView | null>();

/** The tokens patterns see: without quotation marks and short names in brackets, and where each was in the sentence. */
interface MatchView {
  readonly tokens: ScoringToken[];
  readonly index: number[];
}

/** The tokens without quotation marks and short names in brackets, and the index of each in `tokens`; null when there are none to drop. */
function matchView(tokens: readonly ScoringToken[]): MatchView | null {
  let view = views.get(tokens);
  if (view === undefined) {
    view = makeMatchView(tokens);
    views.set(tokens, view);
  }
  return view;
}

/** Most words of a name in brackets that patterns read over ("Hayat Tahrir al-Sham (HTS) as a ..."). */
const BRACKETED_NAME_MAX = 3;

/** The end (exclusive) of a short name in brackets opening at `at` ("(HTS)", "(Tehrik-e-Taliban Pakistan)"), or -1. */
function bracketedNameEnd(tokens: readonly ScoringToken[], at: number): number {
  if (tokens[at]!.lower !== '(') return -1;
  for (let k = at + 1; k < tokens.length && k <= at + 1 + BRACKETED_NAME_MAX; k += 1) {
    const t = tokens[k]!;
    if (t.lower === ')') return k > at + 1 ? k + 1 : -1;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'X') return -1;
  }
  return -1;
}

function makeMatchView(tokens: readonly ScoringToken[]): MatchView | null {
  // Made on the first token dropped: most sentences have none, and need no copy.
  let kept: ScoringToken[] | null = null;
  let index: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const name = bracketedNameEnd(tokens, i);
    const dropped = name > 0 || QUOTE_MARKS.has(tokens[i]!.lower);
    if (dropped && kept === null) {
      kept = tokens.slice(0, i);
      index = kept.map((_, k) => k);
    }
    if (name > 0) i = name - 1;
    else if (!dropped && kept !== null) {
      kept.push(tokens[i]!);
      index.push(i);
    }
  }
  return kept === null ? null : { tokens: kept, index };
}

/** Characters of a prefix by which {@link createPatternIndex} files it. */
const PREFIX_KEY = 3;

/** `to.push(...from)` without the spread, which costs more than the few numbers it copies. */
function append(to: number[], from: readonly number[] | undefined): void {
  if (from !== undefined) for (let i = 0; i < from.length; i += 1) to.push(from[i]!);
}

/**
 * Keeps, within each group, the longest matches that do not overlap: "struck the Taliban off its list of banned
 * organisations" is one delisting, not also "banned organisations in". Ties go to the earlier match, then to the
 * item listed first, so the choice never depends on anything but the text and the lexicon.
 *
 * @example
 * dropOverlapping([{ item: 'a', first: 0, last: 3 }, { item: 'b', first: 2, last: 5 }, { item: 'c', first: 5, last: 6 }]);
 * // a and c
 */
export function dropOverlapping<T>(matches: readonly TokenMatch<T>[], sameGroup: (a: T, b: T) => boolean = () => true): TokenMatch<T>[] {
  const order = matches.map((m, i) => ({ m, i })).sort((a, b) => b.m.last - b.m.first - (a.m.last - a.m.first) || a.m.first - b.m.first || a.i - b.i);
  const kept: { m: TokenMatch<T>; i: number }[] = [];
  for (const candidate of order) {
    const clash = kept.some(({ m }) => sameGroup(m.item, candidate.m.item) && m.first < candidate.m.last && candidate.m.first < m.last);
    if (!clash) kept.push(candidate);
  }
  return kept.sort((a, b) => a.i - b.i).map(({ m }) => m);
}

/**
 * Drops matches strictly inside a longer match, so that "removal from the terrorist list" does not also count
 * "terrorist" on its own. `sameGroup` limits which matches compete (all by default).
 *
 * @example
 * dropContained([{ item: 'a', first: 0, last: 3 }, { item: 'b', first: 1, last: 2 }]); // only 'a'
 */
export function dropContained<T>(matches: readonly TokenMatch<T>[], sameGroup: (a: T, b: T) => boolean = () => true): TokenMatch<T>[] {
  return matches.filter(
    (m) =>
      !matches.some(
        (o) => o !== m && sameGroup(m.item, o.item) && o.first <= m.first && o.last >= m.last && o.last - o.first > m.last - m.first,
      ),
  );
}
