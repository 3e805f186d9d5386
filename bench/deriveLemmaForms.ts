import { createRequire } from 'node:module';
import { regularStems } from '../src/stance/prefilter/regularStem';

/** The irregular forms of a wink model, as stored in src/stance/prefilter/lemmaForms.json. */
export interface LemmaForms {
  readonly note: string;
  /** lemma -> surface forms (lower case) that do not contain the lemma's regular stem. */
  readonly forms: Readonly<Record<string, readonly string[]>>;
  /** [surface, mapped spelling] pairs: the lemmatiser works on the mapped spelling (favour -> favor). */
  readonly spellings: readonly (readonly [string, string])[];
  /** Forms and lemmas of tokens that contractions start inside a word ("not" in "cannot", "na" in "gonna"). */
  readonly inner: readonly string[];
  /** What may follow a stem or form inside the same word (-s, -ed, -ing, and the remainders irregular forms leave: "banned" = ban + ned). */
  readonly suffixes: readonly string[];
}

const MODEL_DIR = 'wink-eng-lite-web-model/dist';
/** The installed English model's core data (lexicon, packing, word list), as a module path. */
export const CORE_MODEL = `${MODEL_DIR}/languages/cur/models/eng-core-web-model.json`;
/** Endings kept as shared suffixes (a doubled consonant before -ed, -ing, -er, -est, -en); other pairs are kept whole. */
const INFLECTION = /^(?:s|es|d|r|st|n|[bcdfgklmnprstvz]?(?:ed|ing|er|est|en))?$/;

/**
 * Reads the model's lexicon (single lemmas, spelling maps, contractions) and its WordNet exception tables and
 * keeps the pairs a substring test on the lemma's regular stem would miss. Deterministic: sorted output.
 */
export function deriveLemmaForms(): LemmaForms {
  const require = createRequire(import.meta.url);
  const model = require(CORE_MODEL) as {
    lexicon: string;
    packing: { size: number; layout: Record<string, [number, number, number]> };
    features: { lexeme: { list: string[] } };
  };
  const bytes = Buffer.from(model.lexicon, 'base64');
  const lexicon = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const { size, layout } = model.packing;
  const words = model.features.lexeme.list;
  const field = (i: number, name: string): number => {
    const [word, mask, shift] = layout[name]!;
    return ((lexicon[word + i * size]! & mask) >>> shift) >>> 0;
  };
  const forms = new Map<string, Set<string>>();
  const suffixes = new Map<string, number>();
  for (const regular of ['', 's', 'es', 'ed', 'ing', 'er', 'est']) suffixes.set(regular, 1);
  const add = (surface: string, lemma: string): void => {
    const s = surface.toLowerCase();
    const l = lemma.toLowerCase();
    if (s === l || l === '') return;
    const stem = regularStems(l).filter((st) => s.startsWith(st)).sort((a, b) => b.length - a.length)[0];
    if (stem !== undefined && INFLECTION.test(s.slice(stem.length))) {
      const rest = s.slice(stem.length);
      suffixes.set(rest, (suffixes.get(rest) ?? 0) + 1);
      return;
    }
    let set = forms.get(l);
    if (set === undefined) forms.set(l, (set = new Set()));
    set.add(s);
  };
  const spellings = new Map<string, string>();
  const count = lexicon.length / size;
  for (let i = 1; i < count; i += 1) {
    const surface = words[i];
    if (typeof surface !== 'string') continue;
    const target = words[field(i, 'lemma')];
    if (target === undefined) continue;
    if (field(i, 'isSpellingMapped') === 1) {
      if (surface.toLowerCase() !== target.toLowerCase()) spellings.set(surface.toLowerCase(), target.toLowerCase());
    } else if (field(i, 'isSLemma') === 1) add(surface, target);
  }
  for (const table of ['wn-verb-exceptions', 'wn-noun-exceptions', 'wn-adjective-exceptions']) {
    const entries = require(`${MODEL_DIR}/${table}.js`) as Record<string, string>;
    for (const [surface, lemma] of Object.entries(entries)) add(surface, lemma);
  }
  // Contractions carry their lemma in the token itself ("wo" in "won't" -> "will", "gon" in "gonna" -> "go").
  const winkNLP = require('wink-nlp') as (m: unknown) => { readDoc(t: string): { tokens(): { out(f?: unknown): unknown[] } }; its: Record<string, unknown> };
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const inner = new Set<string>();
  for (let i = 1; i < count; i += 1) {
    const surface = words[i];
    if (typeof surface !== 'string' || field(i, 'isContraction') !== 1) continue;
    for (const text of [surface, `they ${surface} go`, `I ${surface}`]) {
      const tokens = nlp.readDoc(text).tokens();
      const values = tokens.out() as string[];
      const lemmas = tokens.out(nlp.its.lemma) as string[];
      const spaces = tokens.out(nlp.its.precedingSpaces) as string[];
      values.forEach((v, k) => {
        const lemma = lemmas[k] ?? v;
        add(v, lemma);
        if (k > 0 && spaces[k] === '' && /^[\p{L}\p{N}']/u.test(v)) {
          inner.add(v.toLowerCase());
          inner.add(lemma.toLowerCase());
        }
      });
    }
  }
  const sorted: Record<string, string[]> = {};
  for (const lemma of [...forms.keys()].sort()) sorted[lemma] = [...forms.get(lemma)!].sort();
  return {
    note: 'Generated by bench/generateLemmaForms.ts from wink-eng-lite-web-model: irregular surface forms by lemma, and spelling maps.',
    forms: sorted,
    spellings: [...spellings.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    inner: [...inner].sort(),
    suffixes: [...suffixes.keys()].sort(),
  };
}
