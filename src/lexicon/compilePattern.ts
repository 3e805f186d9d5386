import { DataValidationError } from '../errors';

/** A token as the pattern matcher sees it: lower-cased surface form and lemma. */
export interface PatternToken {
  readonly lower: string;
  readonly lemma: string;
  /** True for punctuation other than hyphens and apostrophes; gaps do not cross it. */
  readonly hard: boolean;
}

/** One compiled pattern step. */
type Step =
  | { readonly kind: 'word'; readonly words: readonly string[]; readonly prefixes: readonly string[]; readonly optional: boolean }
  | { readonly kind: 'gap'; readonly min: number; readonly max: number };

/** A compiled token pattern. */
export interface CompiledPattern {
  readonly source: string;
  /**
   * Literal words or prefixes that can start a match: those of the first required step and of the optional steps
   * before it (empty when a gap comes first, or when some phrase of several has no such words).
   */
  readonly anchors: { readonly words: readonly string[]; readonly prefixes: readonly string[] };
  /** The phrases separated by ` | `, each compiled on its own (the pattern itself when there is one). */
  readonly phrases: readonly CompiledPattern[];
  /** Every literal word and prefix in the pattern, for prefiltering text. */
  readonly vocabulary: readonly string[];
  /** Matches at token `at`; returns the index one past the last matched token, or -1. */
  matchAt(tokens: readonly PatternToken[], at: number): number;
}

const GAP = /^_(?:\{(\d+),(\d+)\})?$/;
const MAX_GAP = 8;
const WORD = /^[\p{L}\p{M}\p{N}'.\-&]+\*?$/u;

/** Where a pattern comes from, for error messages. */
export interface PatternLocation {
  readonly file: string;
  readonly entry: string;
}

/**
 * Compiles a token pattern. Syntax, one token per space-separated item:
 * - `talks` matches a token whose lower-cased text or lemma is `talks` (so `talk` also matches "talks", "talked");
 * - `recogni*` matches any token starting with `recogni`;
 * - `host|hosted|hosting` alternatives; a trailing `?` makes the item optional (`the?`);
 * - `_` any one token, `_{0,3}` from 0 to 3 tokens (at most 8; gaps never cross punctuation);
 * - ` | ` with spaces around it separates whole phrases: `no longer | no more`. The longest matching phrase wins.
 *
 * @example
 * compilePattern('no rush|hurry _{0,3} recogni*').source; // 'no rush|hurry _{0,3} recogni*'
 */
export function compilePattern(pattern: string, where: PatternLocation = { file: '<pattern>', entry: '(inline)' }): CompiledPattern {
  const phrases = pattern.split(/\s+\|\s+/);
  if (phrases.length > 1) return combine(pattern, phrases.map((p) => compilePhrase(p, pattern, where)));
  return compilePhrase(pattern, pattern, where);
}

function combine(source: string, parts: readonly CompiledPattern[]): CompiledPattern {
  const anchored = parts.every((p) => p.anchors.words.length + p.anchors.prefixes.length > 0);
  return {
    source,
    phrases: parts,
    anchors: anchored
      ? { words: [...new Set(parts.flatMap((p) => p.anchors.words))], prefixes: [...new Set(parts.flatMap((p) => p.anchors.prefixes))] }
      : { words: [], prefixes: [] },
    vocabulary: [...new Set(parts.flatMap((p) => p.vocabulary))],
    matchAt: (tokens, at) => parts.reduce((best, p) => Math.max(best, p.matchAt(tokens, at)), -1),
  };
}

function compilePhrase(pattern: string, whole: string, where: PatternLocation): CompiledPattern {
  const fail = (problem: string): never => {
    throw new DataValidationError(where.file, where.entry, `pattern ${JSON.stringify(whole)}: ${problem}`);
  };
  const items = pattern.trim().toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).filter((s) => s.length > 0);
  if (items.length === 0) fail('the pattern is empty; write at least one word');
  const steps: Step[] = items.map((item): Step => {
    const gap = GAP.exec(item);
    if (gap !== null) {
      const min = gap[1] === undefined ? 1 : Number(gap[1]);
      const max = gap[2] === undefined ? 1 : Number(gap[2]);
      if (min > max || max > MAX_GAP) fail(`gap "${item}" must have min <= max <= ${MAX_GAP}`);
      return { kind: 'gap', min, max };
    }
    const optional = item.endsWith('?') && item.length > 1;
    const body = optional ? item.slice(0, -1) : item;
    const alternatives = body.split('|');
    const words: string[] = [];
    const prefixes: string[] = [];
    for (const alt of alternatives) {
      if (!WORD.test(alt) || alt === '*') fail(`"${alt}" is not a word, a prefix ending in *, or a gap like _{0,3}`);
      if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
      else words.push(alt);
    }
    return { kind: 'word', words, prefixes, optional };
  });
  if (steps.every((s) => s.kind === 'gap' || s.optional)) fail('the pattern needs at least one required word');
  const anchors = anchorsOf(steps);
  const vocabulary = steps.flatMap((s) => (s.kind === 'word' ? [...s.words, ...s.prefixes] : []));

  const wordMatches = (step: Extract<Step, { kind: 'word' }>, token: PatternToken): boolean =>
    step.words.includes(token.lower) ||
    step.words.includes(token.lemma) ||
    step.prefixes.some((p) => token.lower.startsWith(p) || token.lemma.startsWith(p));

  // Whether an optional step follows step i: then a gap before it tries every skip and keeps the furthest match.
  const optionalAfter = steps.map((_, i) => steps.slice(i + 1).some((s) => s.kind === 'word' && s.optional));

  // Depth-first with lazy gaps (the shortest skip that matches), except that an optional step after a gap is taken
  // when some skip allows it: "list of banned terrorist organisations", not "list of banned" with the optional last
  // step left out. The pattern is short and gaps are bounded, so the work per start is bounded.
  const from = (tokens: readonly PatternToken[], si: number, ti: number): number => {
    if (si === steps.length) return ti;
    const step = steps[si]!;
    if (step.kind === 'gap') {
      let best = -1;
      for (let skip = 0; skip <= step.max; skip += 1) {
        if (skip > 0) {
          const skipped = tokens[ti + skip - 1];
          if (skipped === undefined || skipped.hard) break;
        }
        if (skip < step.min) continue;
        const end = from(tokens, si + 1, ti + skip);
        if (end >= 0 && !optionalAfter[si]) return end;
        if (end > best) best = end;
      }
      return best;
    }
    const token = tokens[ti];
    if (token !== undefined && wordMatches(step, token)) {
      const end = from(tokens, si + 1, ti + 1);
      if (end >= 0) return end;
    }
    return step.optional ? from(tokens, si + 1, ti) : -1;
  };

  const phrases: CompiledPattern[] = [];
  const compiled: CompiledPattern = {
    source: pattern,
    anchors,
    phrases,
    vocabulary,
    matchAt: (tokens, at) => {
      const end = from(tokens, 0, at);
      return end > at ? end : -1;
    },
  };
  phrases.push(compiled);
  return compiled;
}

/**
 * The words and prefixes one of which the first token of a match must be: a match takes at least one token, and its
 * first is taken by the first step that is not skipped, so by an optional step or by the first required one
 * ("the? worst option" starts at "the" or "worst"). None when a gap comes first, since a gap takes any token.
 */
function anchorsOf(steps: readonly Step[]): CompiledPattern['anchors'] {
  const words: string[] = [];
  const prefixes: string[] = [];
  for (const step of steps) {
    if (step.kind === 'gap') return { words: [], prefixes: [] };
    words.push(...step.words);
    prefixes.push(...step.prefixes);
    if (!step.optional) break;
  }
  return { words: [...new Set(words)], prefixes: [...new Set(prefixes)] };
}
