import { InvalidOptionError } from '../../errors';
import type { Lexicon } from '../../lexicon/createLexicon';
import { normalizeForScoring } from '../../scoring/prepareText';
import defaultForms from './lemmaForms.json';
import { createSubstringMatcher, type Needle } from './createSubstringMatcher';
import { regularStems } from './regularStem';

/** Irregular lemma forms of the NLP model (see src/stance/prefilter/lemmaForms.json and bench/generateLemmaForms.ts). */
export interface LemmaForms {
  /** lemma -> lower-case surface forms that do not contain the lemma's {@link regularStem} (met -> meet). */
  readonly forms: Readonly<Record<string, readonly string[]>>;
  /** [surface, mapped spelling] pairs: the model lemmatises the mapped spelling (favour -> favor). */
  readonly spellings: readonly (readonly [string, string])[];
  /** Forms and lemmas of tokens that start inside a word ("not" in "cannot"): searched for anywhere, not at word starts. */
  readonly inner: readonly string[];
  /** What may follow a stem or form in the same word: -s, -ed, -ing, doubled consonants ("banned" = ban + ned). */
  readonly suffixes: readonly string[];
}

/** Options of {@link createPrefilter}. */
export interface CreatePrefilterOptions {
  /** Irregular forms of the NLP model; by default those of wink-eng-lite-web-model. */
  readonly lemmaForms?: LemmaForms;
}

/** A cheap test that says which statements could carry a cue and so need the full scoring path. */
export interface Prefilter {
  /** The strings searched for (stems, prefixes and irregular forms of one required word of each cue). */
  readonly triggers: readonly string[];
  /** False only when no cue of the lexicon can match `text`: its score is then zero on every dimension. */
  mayScore(text: string): boolean;
}

/** One word step of a pattern: its alternatives (`host|hosted`) and prefixes (`recogni*`). */
interface WordStep {
  readonly words: readonly string[];
  readonly prefixes: readonly string[];
}

const GAP = /^_(?:\{\d+,\d+\})?$/;
/**
 * Words so common in news that a step made of them filters nothing: the prefilter picks another required step of
 * the same pattern when there is one (a cost, not a correctness matter).
 */
const COMMON = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'and', 'or', 'as', 'is', 'be', "'s", 'out', 'off', 'over', 'down', 'up', 'it', 'its', 'not', 'no', 'new', 'de']);

/** The required word steps of each phrase of a pattern, parsed like `compilePattern` does. */
function requiredSteps(source: string): WordStep[][] {
  return source.split(/\s+\|\s+/).map((phrase) =>
    phrase
      .trim()
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .split(/\s+/)
      .filter((item) => item.length > 0 && !GAP.test(item) && !(item.endsWith('?') && item.length > 1))
      .map((item) => {
        const alternatives = item.split('|');
        return {
          words: alternatives.filter((a) => !a.endsWith('*')),
          prefixes: alternatives.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1)),
        };
      }),
  );
}

/** The cost of one common or very short string: a step with one is found in almost every sentence. */
const COMMON_COST = 1000;

/** What it costs to search for a step: the number of strings, weighted by how common they are. */
function cost(sources: readonly Needle[]): number {
  return sources.reduce((sum, { text }) => sum + (COMMON.has(text) || text.length <= 2 ? COMMON_COST : text.length <= 3 ? 20 : 1), 0);
}

/**
 * Builds the cascade's first stage from a lexicon: a statement can score non-zero only if some cue pattern matches,
 * and a pattern matches only if each of its required words does, by lower-cased form, lemma or prefix. For one
 * required word of each cue (the rarest), every string whose presence in the text is necessary for a match goes
 * into one Aho-Corasick automaton: the word's regular stem (`receiv` for receive, received, receiving), its prefix,
 * its irregular forms from the NLP model (`met` for meet, `wo` for will in "won't") and the spellings the model maps
 * to it. The text is normalised as the scorer normalises it (curly quotes, British "-ise") and lower-cased. A
 * statement with none of these strings has no cue; anything else goes to the full path. Modifiers, target aliases
 * and actor names cannot make a statement without cues score, so they are not needed to decide.
 *
 * @example
 * const prefilter = createPrefilter(defaultLexicon());
 * [prefilter.mayScore('Lavrov met the delegation.'), prefilter.mayScore('It rained in Kabul.')]; // [true, false]
 */
export function createPrefilter(lexicon: Lexicon, options: CreatePrefilterOptions = {}): Prefilter {
  if (lexicon === null || typeof lexicon !== 'object' || !Array.isArray(lexicon.cues)) {
    throw new InvalidOptionError('lexicon', 'must be a Lexicon from createLexicon()');
  }
  if (options.lemmaForms !== undefined) return buildPrefilter(lexicon, options.lemmaForms);
  // Lexicons are immutable: with the model's own forms, one prefilter per lexicon serves every scorer and stream.
  let prefilter = defaultFormPrefilters.get(lexicon);
  if (prefilter === undefined) defaultFormPrefilters.set(lexicon, (prefilter = buildPrefilter(lexicon, defaultForms as unknown as LemmaForms)));
  return prefilter;
}

const defaultFormPrefilters = new WeakMap<Lexicon, Prefilter>();

function buildPrefilter(lexicon: Lexicon, lemmaForms: LemmaForms): Prefilter {
  if (lemmaForms === null || typeof lemmaForms !== 'object' || typeof lemmaForms.forms !== 'object' || !Array.isArray(lemmaForms.spellings) || !Array.isArray(lemmaForms.inner) || !Array.isArray(lemmaForms.suffixes)) {
    throw new InvalidOptionError('lemmaForms', 'must be { forms: { lemma: [surface...] }, spellings: [[surface, mapped]...], inner: [...], suffixes: [...] }');
  }
  const inner = new Set(lemmaForms.inner);
  // Surfaces by every substring of their mapped spelling, so that finding the spellings that contain a stem is one lookup.
  const bySubstring = new Map<string, string[]>();
  for (const [surface, mapped] of lemmaForms.spellings) {
    const seen = new Set<string>();
    for (let a = 0; a < mapped.length; a += 1) {
      for (let b = a + 1; b <= mapped.length; b += 1) {
        const part = mapped.slice(a, b);
        if (seen.has(part)) continue;
        seen.add(part);
        const list = bySubstring.get(part);
        if (list === undefined) bySubstring.set(part, [surface]);
        else list.push(surface);
      }
    }
  }
  const memo = new Map<string, Needle[]>();
  const sourcesOfWord = (word: string): Needle[] => {
    let out = memo.get(word);
    if (out === undefined) {
      const stems = regularStems(word);
      const irregular = lemmaForms.forms[word] ?? [];
      const set = new Set<string>([...stems, ...irregular]);
      // A mapped spelling is lemmatised in its mapped form: "favour" is read as "favor", whose lemma may be ours.
      // (Looking up the irregular forms too keeps every spelling whose mapped form contains one: a superset.)
      for (const part of [...stems, ...irregular]) for (const surface of bySubstring.get(part) ?? []) set.add(surface);
      // Tokens start at word starts, except those a contraction splits off inside a word ("not" in "cannot") and
      // those that begin with a character that is no letter ("'s" in "Russia's").
      const anywhere = inner.has(word) || irregular.some((f) => inner.has(f));
      out = [...set].map((text): Needle => ({ text, at: anywhere || !/^[a-z]/.test(text) ? 'anywhere' : 'word' }));
      memo.set(word, out);
    }
    return out;
  };
  const sourcesOfStep = (step: WordStep): Needle[] => [
    ...step.words.flatMap(sourcesOfWord),
    ...step.prefixes.map((p): Needle => ({ text: p, at: inner.has(p) || !/^[a-z]/.test(p) ? 'anywhere' : 'wordStart' })),
  ];

  // Each phrase of each cue needs every one of its required words. The first stage looks for the rarest word of
  // each phrase in one pass; a text that has one goes to the second, which checks that some phrase has all of its
  // uncommon words (common ones such as "the" are taken as present: a weaker test, never a wrong one).
  const triggers: Needle[] = [];
  const phrases: (readonly (readonly string[])[])[] = [];
  const everyStep: Needle[] = [];
  for (const cue of lexicon.cues) {
    for (const phrase of requiredSteps(cue.pattern.source)) {
      const options = phrase.map(sourcesOfStep);
      // A phrase without a required word cannot be compiled; keep the filter honest anyway: it matches everything.
      if (options.length === 0) {
        triggers.push({ text: '' });
        phrases.push([]);
        continue;
      }
      let best = options[0]!;
      for (const o of options) if (cost(o) < cost(best)) best = o;
      triggers.push(...best);
      const steps = options.filter((o) => o === best || cost(o) < COMMON_COST);
      phrases.push(steps.map((o) => o.map((n) => n.text)));
      for (const o of steps) everyStep.push(...o);
    }
  }
  const first = createSubstringMatcher(triggers, { suffixes: lemmaForms.suffixes });
  const second = createSubstringMatcher(everyStep, { suffixes: lemmaForms.suffixes });
  // Each phrase as, per step, the indexes of its strings among the second stage's needles.
  const index = new Map(second.needles.map((n, i) => [n, i]));
  const phraseIds = phrases.map((steps) => steps.map((strings) => [...new Set(strings.map((s) => index.get(s)!))]));
  const flags = new Uint8Array(second.needles.length);
  return {
    triggers: first.needles,
    mayScore: (text) => {
      if (typeof text !== 'string') return true;
      const lower = normalizeForScoring(text).toLowerCase();
      if (!first.test(lower)) return false;
      second.foundFlags(lower, flags);
      return phraseIds.some((steps) => steps.every((ids) => ids.some((i) => flags[i] === 1)));
    },
  };
}
