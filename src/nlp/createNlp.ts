import { createRequire } from 'node:module';
import { InvalidOptionError } from '../errors';
import abbreviations from './abbreviations.json';

/** One token with character offsets into the analysed text. */
export interface Token {
  readonly text: string;
  /** Lower-cased text. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink-nlp (`NOUN`, `VERB`, `PROPN`, `AUX`, `PART`...). */
  readonly pos: string;
  readonly lemma: string;
  /** wink-nlp's negation flag: the token is in the scope of a preceding negation word. */
  readonly negated: boolean;
  /** wink-nlp's token type (`word`, `punctuation`, `number`, `emoji`...). */
  readonly type: string;
}

/** A sentence as a token range and a character range. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the first token. */
  readonly first: number;
  /** Index one past the last token. */
  readonly last: number;
}

/** A named entity wink-nlp found (dates, times, numbers, ...). */
export interface EntitySpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

/** The result of reading one text. */
export interface NlpDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceSpan[];
  readonly entities: readonly EntitySpan[];
}

/** Options of {@link Nlp.read}. */
export interface ReadOptions {
  /**
   * Find named entities (default true). Without them (`entities` is then empty) reading is about 30% faster;
   * tokens, tags, lemmas, negation and sentences are the same.
   */
  readonly entities?: boolean;
}

/** The NLP adapter: the only part of stance-shift that talks to wink-nlp. */
export interface Nlp {
  /** Tokenises, tags and splits `text` into sentences. */
  read(text: string, options?: ReadOptions): NlpDoc;
  /** Splits `text` into sentence character ranges only. */
  sentences(text: string): readonly Span2[];
  /**
   * True only when {@link sentences} would return `text` as a single sentence, decided without reading it; callers
   * may then skip reading. Adapters that cannot tell leave it out.
   */
  oneSentence?(text: string): boolean;
  /**
   * Offsets into `text`, in increasing order, after which {@link sentences} certainly ends a sentence, and at which
   * the text can be cut and its pieces split one by one with the same result. Callers may then read each piece on
   * its own and skip the pieces that {@link oneSentence} recognises. Adapters that cannot tell leave it out.
   */
  sentenceCuts?(text: string): readonly number[];
}

type Span2 = { readonly start: number; readonly end: number };

/** Options of {@link createNlp}. */
export interface CreateNlpOptions {
  /**
   * A wink-nlp language model (`require('wink-eng-lite-web-model')` or another). Defaults to
   * wink-eng-lite-web-model, loaded on the first call of {@link createNlp}, never at import.
   */
  readonly model?: unknown;
  /**
   * New words a wink-nlp instance may keep before it is replaced by a fresh one (default
   * {@link DEFAULT_RENEW_WORDS}). wink-nlp adds every word its model does not know to the model data of the instance,
   * about 120 bytes a word, and never lets go: on news, with its endless names and numbers, memory would grow with
   * the input. A word is counted at each text it is new in: every text is read against the model's own word table
   * (see `renewing`). Results do not depend on these words (property-tested); a new instance costs about 20 ms (the
   * model data is read once and shared, see `sharedCore`). A model that does not keep its words where
   * wink-eng-lite-web-model does is never renewed.
   */
  readonly renewWords?: number;
}

/**
 * New words one wink-nlp instance keeps before it is renewed: 10,000, about 1.2 MB of heap. Each reading adds the new
 * words of its text again (see `renewing`), so an instance reaches it every few megabytes of news.
 */
export const DEFAULT_RENEW_WORDS = 10_000;

interface WinkIts {
  readonly [name: string]: unknown;
}

interface WinkCollection {
  out(f?: unknown): unknown[];
  each(cb: (item: WinkItem) => void): void;
  length(): number;
}

interface WinkItem {
  out(f?: unknown): unknown;
}

interface WinkDoc {
  tokens(): WinkCollection;
  sentences(): WinkCollection;
  entities(): WinkCollection;
}

interface WinkInstance {
  readDoc(text: string): WinkDoc;
  its: WinkIts;
}

type WinkFactory = (model: unknown, pipe?: readonly string[]) => WinkInstance;

const LETTER = /[\p{L}\p{M}\p{N}]$/u;
/**
 * Longest run of non-space characters handed to wink-nlp in one piece. Its stemmer and its punctuation splitter take
 * time quadratic in a token's length (a 40,000-character base64 blob took 28 s), so longer runs (blobs, URLs, binary
 * debris) are cut by a space every this many characters in the copy wink-nlp reads; offsets and token texts still
 * come from the original text.
 */
export const MAX_TOKEN_RUN = 48;

// Only from the start of a run: the same matches as without the look-behind, about twice as fast to search.
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${MAX_TOKEN_RUN + 1},}`, 'g');

/** A same-length copy of `text` whose runs of non-space characters are at most {@link MAX_TOKEN_RUN} long. */
function breakLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let out = '';
    let sinceBreak = 0;
    for (let i = 0; i < run.length; i += 1) {
      const code = run.charCodeAt(i);
      const lowSurrogate = code >= 0xdc00 && code <= 0xdfff;
      if (sinceBreak >= MAX_TOKEN_RUN && !lowSurrogate) {
        out += ' ';
        sinceBreak = 0;
      } else {
        out += run[i];
        sinceBreak += 1;
      }
    }
    return out;
  });
}

const WORD = /^[\p{L}\p{M}\p{N}]+$/u;
/** The wink-nlp pipes reading needs when no entities are wanted (those the model has). */
const TAGGER_PIPE = ['sbd', 'negation', 'pos'];
const NON_ASCII_LETTER = /(?![\x00-\x7F])[\p{L}\p{M}]/u;
/**
 * wink-eng-lite-web-model's splitter breaks only after ".", "!" and "?" and at blank lines (checked on every BMP
 * punctuation character), so text with none of them before its final punctuation and closing quotes is one sentence.
 */
const ONE_SENTENCE = /^[^.!?]*[.!?]*["'”’»)\]]*\s*$/u;
const BLANK_LINE = /\n\s*\n/u;
/**
 * A word of two or more letters, lower-case after its first, at a word start, ".", "!" or "?", spaces or tabs, and
 * a capital, maybe after an opening quotation mark: "talks. The", "on Monday. Shop", 'this year. "Moscow'.
 * wink-eng-lite-web-model's splitter ends a sentence there unless the word and its full stop are one of its
 * abbreviations ("approx. The", "Gen. Ivanov"), and its decisions elsewhere do not look across that break
 * (property-tested against reading the whole text).
 */
const CERTAIN_BREAK = /(?<![^\s(“"‘'])([A-Za-z][a-z]+)([.!?])[ \t]+(?=["“‘]?[A-Z])/g;
/** Lower-case words the model reads with their full stop (src/nlp/abbreviations.json, derived from the model). */
const ABBREVIATIONS = new Set(abbreviations.words);

/** Offsets just after each certain sentence end of `text` (see {@link CERTAIN_BREAK}). */
function certainBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(CERTAIN_BREAK)) {
    if (m[2] === '.' && ABBREVIATIONS.has(m[1]!.toLowerCase())) continue;
    out.push((m.index ?? 0) + m[1]!.length + 1);
  }
  return out;
}

/** A copy of a wink model (a plain object of loaders) with some loaders replaced. */
function modelWith(model: object, loaders: Readonly<Record<string, () => unknown>>): object {
  return Object.assign(Object.create(null) as object, model, loaders);
}

/** Models wrapped by {@link loadable}, by the model given. */
const loadableModels = new WeakMap<object, unknown>();

/** A feature of wink's model data that an instance adds values to: `hash` (value -> index) and `list` (index -> value). */
interface GrowingFeature {
  hash: Record<string, number>;
  list: unknown[];
}

function isGrowingFeature(value: unknown): value is GrowingFeature {
  const feature = value as Partial<GrowingFeature> | null;
  return typeof feature === 'object' && feature !== null && typeof feature.hash === 'object' && feature.hash !== null && Array.isArray(feature.list);
}

/**
 * A loader of the model data (`core()`) that reads the data once and gives each instance a copy-on-write view of
 * it. wink-nlp changes the data of an instance in one way only: a value the model does not know (a new word, a new
 * suffix) is added to its feature's `hash` and `list` and the feature's `index` moves on. A view shares everything
 * else, and has per feature its own `list` (a copy), its own `index` and its own `hash` whose prototype is the
 * shared one: the values the model knows are found through the prototype, the instance's new ones are its own. So
 * instances stay as independent as with a fresh read (property-tested), and the largest part of the data (the word
 * table and its index, about 12 MB) is held once, not by each instance. Data of another shape loads afresh each time.
 */
function sharedCore(core: () => unknown): () => unknown {
  let base: { features: Record<string, unknown> } | undefined;
  return () => {
    if (base === undefined) {
      const data = core() as { features?: Record<string, unknown> | null } | null;
      // Data of another shape cannot be shared this way: each instance gets a fresh read.
      if (typeof data !== 'object' || data === null || typeof data.features !== 'object' || data.features === null || !isGrowingFeature(data.features['lexeme'])) return data;
      base = { ...data, features: data.features };
    }
    const features: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [name, feature] of Object.entries(base.features)) {
      features[name] = isGrowingFeature(feature) ? { ...feature, hash: Object.create(feature.hash) as Record<string, number>, list: feature.list.slice() } : feature;
    }
    return { ...base, features };
  };
}

/**
 * The model, wrapped so that wink-nlp can make more than a few instances of it, cheaply. wink-eng-lite-web-model's
 * loader of its custom-entity machines encodes its own previous result again at every call (`machines =
 * JSON.stringify(machines)`), so every new instance made from one model doubles a string or more, and about the
 * seventh fails with "Invalid string length": the wrapper calls that loader once and gives its first result to every
 * instance. The model data is read once and shared ({@link sharedCore}); the other parts load afresh each time, as
 * wink-nlp expects.
 */
function loadable(model: unknown): unknown {
  if (model === null || typeof model !== 'object' || typeof (model as { metaCER?: unknown }).metaCER !== 'function') return model;
  let wrapped = loadableModels.get(model);
  if (wrapped === undefined) {
    const loadMetaCER = (model as { metaCER: () => unknown }).metaCER;
    let first: unknown;
    const core = (model as { core?: unknown }).core;
    wrapped = modelWith(model, {
      metaCER: () => (first ??= loadMetaCER()),
      ...(typeof core === 'function' ? { core: sharedCore(() => core.call(model)) } : {}),
    });
    loadableModels.set(model, wrapped);
  }
  return wrapped;
}

/** The word table of a wink-nlp instance, in the model data its `core()` loaded: word -> index, and index -> word. */
interface KeptWords {
  hash?: unknown;
  list?: unknown;
}

/**
 * A wink-nlp instance of `pipe` (all pipes when undefined) that is replaced by a fresh one once it keeps `limit` new
 * words. The instance is made from a view of `model` whose `core()` lets us see the word table it loaded.
 *
 * wink-nlp's tokenizer splits a piece of text differently once a word in it is in the table: "isn'tI..." read a
 * second time gave "isn'tI", "..." where the first reading gave "isn'tI", ".", "..", and the sentences changed with
 * it. A table that keeps the words of earlier texts would make a reading depend on everything read before. So before
 * each reading the words the last one added are taken out of the table again (they stay in the list, where the
 * tokens of that reading find their text): every text is read against the table the model came with.
 */
function renewing(winkNLP: WinkFactory, model: unknown, pipe: readonly string[] | undefined, limit: number): WinkInstance {
  const load = (): { instance: WinkInstance; kept: () => number; forget: () => void } => {
    let words: KeptWords | undefined;
    let known = 0;
    const core = (model as { core?: () => unknown }).core;
    const view =
      typeof core === 'function'
        ? modelWith(model as object, {
            core: () => {
              const data = core.call(model) as { features?: { lexeme?: KeptWords } } | undefined;
              words = data?.features?.lexeme;
              known = Array.isArray(words?.list) ? words.list.length : 0;
              return data;
            },
          })
        : model;
    const instance = pipe === undefined ? winkNLP(view) : winkNLP(view, pipe);
    const list = Array.isArray(words?.list) ? (words.list as unknown[]) : undefined;
    const hash = typeof words?.hash === 'object' && words.hash !== null ? (words.hash as Record<string, unknown>) : undefined;
    // Words wink-nlp added while the instance was made belong to the model as it uses it.
    let forgotten = list?.length ?? 0;
    const forget = (): void => {
      if (list === undefined || hash === undefined) return;
      for (let i = forgotten; i < list.length; i += 1) {
        const word = list[i];
        if (typeof word === 'string' && Object.hasOwn(hash, word) && hash[word] === i) delete hash[word];
      }
      forgotten = list.length;
    };
    return { instance, kept: () => (list === undefined ? 0 : list.length - known), forget };
  };
  let current = load();
  return {
    its: current.instance.its,
    readDoc(text: string): WinkDoc {
      if (current.kept() >= limit) current = load();
      else current.forget();
      return current.instance.readDoc(text);
    },
  };
}

/**
 * Creates the NLP adapter over wink-nlp.
 *
 * @example
 * const nlp = createNlp();
 * nlp.read('Russia hosted talks.').tokens.map((t) => t.text); // ['Russia', 'hosted', 'talks', '.']
 */
export function createNlp(options: CreateNlpOptions = {}): Nlp {
  const localRequire = createRequire(import.meta.url);
  const winkNLP = localRequire('wink-nlp') as WinkFactory;
  const defaultModel = options.model === undefined;
  const model = loadable(options.model ?? localRequire('wink-eng-lite-web-model'));
  const renewWords = options.renewWords ?? DEFAULT_RENEW_WORDS;
  if (typeof renewWords !== 'number' || !Number.isInteger(renewWords) || renewWords < 1) {
    throw new InvalidOptionError('renewWords', `must be a positive integer, got ${JSON.stringify(options.renewWords)}`);
  }
  // Tags without entities: the named-entity, sentiment and custom-entity pipes change no token, tag, lemma or
  // negation flag (checked on the seed articles and a generated corpus), so they run only when entities are wanted.
  const tagger = renewing(winkNLP, model, TAGGER_PIPE.filter((a) => typeof (model as Record<string, unknown>)[a] === 'function'), renewWords);
  // Token properties (`its`) are the same functions for every instance.
  const its = tagger.its;
  let full: WinkInstance | undefined;
  // Sentence boundaries alone need only the tokenizer and the sentence pipe: several times faster than a full read.
  let splitter: WinkInstance | undefined;

  /** Start and end offsets of wink's tokens in `text`, found from a moving cursor in the copy wink read. */
  const offsets = (winkText: string, values: readonly string[], spaces: readonly string[]): { starts: number[]; ends: number[] } => {
    const starts: number[] = [];
    const ends: number[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] ?? '';
      const found = value.length > 0 ? winkText.indexOf(value, cursor) : -1;
      const start = found >= 0 && found - cursor <= (spaces[i]?.length ?? 0) + 8 ? found : cursor + (spaces[i]?.length ?? 0);
      const end = Math.min(winkText.length, start + value.length);
      starts.push(start);
      ends.push(end);
      cursor = end;
    }
    return { starts, ends };
  };

  const read = (text: string, readOptions: ReadOptions = {}): NlpDoc => {
    const winkText = breakLongRuns(text);
    const withEntities = readOptions.entities !== false;
    const doc = withEntities ? (full ??= renewing(winkNLP, model, undefined, renewWords)).readDoc(winkText) : tagger.readDoc(winkText);
    const raw = doc.tokens();
    const values = raw.out() as string[];
    const pos = raw.out(its.pos) as string[];
    const lemma = raw.out(its.lemma) as string[];
    const negated = raw.out(its.negationFlag) as boolean[];
    const types = raw.out(its.type) as string[];
    const spaces = raw.out(its.precedingSpaces) as string[];

    // Character offsets: found from a moving cursor. wink-nlp splits words at some non-ASCII letters ("Erdoğan" ->
    // "Erdo", "ğ", "an"); adjacent letter tokens with no space between are merged back below.
    const { starts, ends } = offsets(winkText, values, spaces);

    const tokens: Token[] = [];
    const oldToNew: number[] = [];
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i] ?? '';
      const prev = tokens[tokens.length - 1];
      const glued =
        prev !== undefined &&
        starts[i] === prev.end &&
        WORD.test(value) &&
        LETTER.test(prev.text) &&
        NON_ASCII_LETTER.test(prev.text.slice(-1) + value.slice(0, 1));
      if (glued && prev !== undefined) {
        const merged = text.slice(prev.start, ends[i]);
        tokens[tokens.length - 1] = {
          ...prev,
          text: merged,
          lower: merged.toLowerCase(),
          end: ends[i] ?? prev.end,
          lemma: merged.toLowerCase(),
          pos: prev.pos === 'PROPN' || pos[i] === 'PROPN' ? 'PROPN' : prev.pos,
        };
      } else {
        const t = text.slice(starts[i], ends[i]);
        tokens.push({
          text: t,
          lower: t.toLowerCase(),
          start: starts[i] ?? 0,
          end: ends[i] ?? 0,
          pos: pos[i] ?? 'X',
          lemma: (lemma[i] ?? t).toLowerCase(),
          negated: negated[i] ?? false,
          type: types[i] ?? 'word',
        });
      }
      oldToNew.push(tokens.length - 1);
    }

    const sentences: SentenceSpan[] = [];
    doc.sentences().each((s) => {
      const [a, b] = s.out(its.span) as [number, number];
      const first = oldToNew[a] ?? 0;
      const lastTok = oldToNew[b] ?? first;
      const firstToken = tokens[first];
      const lastToken = tokens[lastTok];
      if (firstToken === undefined || lastToken === undefined) return;
      if (sentences.length > 0 && sentences[sentences.length - 1]!.last > first) return;
      sentences.push({ start: firstToken.start, end: lastToken.end, first, last: lastTok + 1 });
    });

    const entities: EntitySpan[] = [];
    if (withEntities) doc.entities().each((e) => {
      const [a, b] = e.out(its.span) as [number, number];
      const detail = e.out(its.detail) as { value: string; type: string };
      const s = tokens[oldToNew[a] ?? -1];
      const f = tokens[oldToNew[b] ?? -1];
      if (s === undefined || f === undefined) return;
      entities.push({ start: s.start, end: f.end, type: detail.type, value: detail.value });
    });

    return { text, tokens, sentences, entities };
  };

  return {
    read,
    // Known for the default model only: another model may split elsewhere.
    ...(defaultModel ? { oneSentence: (text: string) => ONE_SENTENCE.test(text) && !BLANK_LINE.test(text), sentenceCuts: certainBreaks } : {}),
    sentences: (text) => {
      splitter ??= renewing(winkNLP, model, ['sbd'], renewWords);
      const winkText = breakLongRuns(text);
      const doc = splitter.readDoc(winkText);
      const raw = doc.tokens();
      const { starts, ends } = offsets(winkText, raw.out() as string[], raw.out(its.precedingSpaces) as string[]);
      const out: { start: number; end: number }[] = [];
      doc.sentences().each((sentence) => {
        const [a, b] = sentence.out(its.span) as [number, number];
        const start = starts[a];
        const end = ends[b];
        if (start === undefined || end === undefined || end <= start) return;
        if (out.length > 0 && out[out.length - 1]!.end > start) return;
        out.push({ start, end });
      });
      return out;
    },
  };
}
