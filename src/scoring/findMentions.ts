import { joinedToLowerWord, literalAlternation } from '../attribution/unicodeText';
import type { ScoringToken } from './prepareText';

/** A mention of the target or of another party, as a token range. */
export interface Mention {
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** How it was found: `alias`, `reference` (a pronoun or generic noun taken as the target), `given` (by the caller). */
  readonly how: 'alias' | 'reference' | 'given' | 'generic' | 'party';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a pattern: both apostrophes for one, any white space for a space. */
const namePattern = (n: string): string => escape(n).replace(/'/g, "['\u2019]").replace(/\s+/g, '\\s+');

/**
 * Compiles names into one Unicode-aware, word-bounded regular expression. Acronyms (IEA, HTS) always match in
 * capitals; other names match in any case unless `caseSensitive` (registry names such as "Turkey" or "Jordan").
 */
export function compileNames(names: readonly string[], caseSensitive = false): RegExp | null {
  const cleaned = [...new Set(names.map((n) => n.trim().replace(/[\u2019\u2018]/g, "'")).filter((n) => n.length > 0))];
  if (cleaned.length === 0) return null;
  // Longest first so that "Islamic Emirate of Afghanistan" wins over "Islamic Emirate".
  cleaned.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const parts = cleaned.map((n) => {
    const body = namePattern(n);
    // Acronyms (IEA, HTS) must match in capitals; other names match in any case.
    return n.length <= 5 && n === n.toUpperCase() && /\p{Lu}/u.test(n) ? `(?-i:${body})` : body;
  });
  // Matched as written: the names are grouped by first character (the same matches, fewer tries).
  if (caseSensitive) return new RegExp(`(?<![\\p{L}\\p{N}])(?:${literalAlternation(cleaned, namePattern)})(?![\\p{L}\\p{N}])`, 'gu');
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  } catch {
    // Older engines without inline modifiers: fall back to case-insensitive matching of everything.
    const plain = cleaned.map(namePattern);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${plain.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }
}

/** Converts a character range into the token range that covers it, or null if no token overlaps. */
export function tokenRange(tokens: readonly ScoringToken[], start: number, end: number): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.end > start && t.start < end) {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  return first < 0 ? null : { first, last };
}

/**
 * Finds the mentions of a name pattern in a text and maps them to token ranges, except a name joined to a lower-case
 * word by a hyphen (see {@link joinedToLowerWord}: "anti-Taliban", "Tehreek-i-Taliban").
 *
 * @example
 * findNameMentions('Talks with the Taliban.', tokens, compileNames(['Taliban']), 'alias'); // [{ first: 3, last: 4, ... }]
 */
export function findNameMentions(text: string, tokens: readonly ScoringToken[], pattern: RegExp | null, how: Mention['how']): Mention[] {
  if (pattern === null) return [];
  const out: Mention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    if (joinedToLowerWord(text, m.index)) continue;
    const range = tokenRange(tokens, m.index, m.index + m[0].length);
    if (range !== null) out.push({ first: range.first, last: range.last, text: m[0], how });
  }
  return out;
}
