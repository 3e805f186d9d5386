/** A string to search for and where it may occur. */
export interface Needle {
  readonly text: string;
  /**
   * `anywhere` (the default); `wordStart`: not right after an ASCII letter; `word`: at a word start, and the ASCII
   * letters that follow it in the same word must form one of the matcher's `suffixes` ("" for none).
   */
  readonly at?: 'anywhere' | 'wordStart' | 'word';
}

/** Options of {@link createSubstringMatcher}. */
export interface CreateSubstringMatcherOptions {
  /** Endings allowed after a `word` needle (default: only the empty ending). */
  readonly suffixes?: readonly string[];
}

/** Finds whether a text contains any of a fixed set of strings, in one pass (Aho-Corasick). */
export interface SubstringMatcher {
  /** The strings searched for, sorted and without duplicates. */
  readonly needles: readonly string[];
  /** True when `text` contains at least one needle where it may occur. Linear in the length of `text`. */
  test(text: string): boolean;
  /** The needles `text` contains where they may occur. Linear in the length of `text` and the matches. */
  found(text: string): Set<string>;
  /**
   * Like {@link found}, as flags by index into {@link needles} (1: found), in an array the caller may reuse: no
   * strings built. Returns `into`, or a new array when it is absent.
   */
  foundFlags(text: string, into?: Uint8Array): Uint8Array;
}

const A = 97;
const Z = 122;
const MODES = { anywhere: 0, wordStart: 1, word: 2 } as const;
const isLetter = (c: number): boolean => c >= A && c <= Z;

/**
 * Compiles needles into an Aho-Corasick automaton over UTF-16 code units. When the same text is given with several
 * modes, the least restrictive wins. The empty needle matches every text. Words are runs of ASCII lower-case letters:
 * run the matcher on lower-cased text.
 *
 * @example
 * const m = createSubstringMatcher([{ text: 'ban', at: 'word' }, { text: "n't" }], { suffixes: ['', 's', 'ned'] });
 * [m.test('the bank'), m.test('they banned it'), m.test("don't")]; // [false, true, true]
 */
export function createSubstringMatcher(needles: readonly Needle[], options: CreateSubstringMatcherOptions = {}): SubstringMatcher {
  const suffixes = new Set(options.suffixes ?? ['']);
  const mode = new Map<string, number>();
  for (const n of needles) {
    const m = MODES[n.at ?? 'anywhere'];
    mode.set(n.text, Math.min(mode.get(n.text) ?? m, m));
  }
  const texts = [...mode.keys()].sort();
  const next: Map<number, number>[] = [new Map()];
  // Per state: the needles ending there, as [length, mode] pairs flattened.
  const outputs: number[][] = [[]];
  // Per state: the index (into `texts`) of each needle in `outputs`, in the same order.
  const outputIds: number[][] = [[]];
  for (const [id, text] of texts.entries()) {
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outputs.push([]);
        outputIds.push([]);
        next[state]!.set(code, to);
      }
      state = to;
    }
    outputs[state]!.push(text.length, mode.get(text)!);
    outputIds[state]!.push(id);
  }
  const fail: number[] = new Array<number>(next.length).fill(0);
  const queue: number[] = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q += 1) {
    const state = queue[q]!;
    for (const [code, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      outputs[to]!.push(...outputs[fail[to]!]!);
      outputIds[to]!.push(...outputIds[fail[to]!]!);
      queue.push(to);
    }
  }
  const always = outputs[0]!.length > 0;
  // The automaton as a table: one column per code unit that occurs in some needle (column 0 for all others, which
  // always lead back to the root), failure links followed in advance, so each character costs one lookup.
  const columnOf = new Map<number, number>();
  for (const text of texts) for (let i = 0; i < text.length; i += 1) if (!columnOf.has(text.charCodeAt(i))) columnOf.set(text.charCodeAt(i), columnOf.size + 1);
  const width = columnOf.size + 1;
  const ascii = new Uint16Array(128);
  for (const [code, column] of columnOf) if (code < 128) ascii[code] = column;
  const table = new Int32Array(next.length * width);
  for (const state of [0, ...queue]) {
    for (const [code, column] of columnOf) {
      const to = next[state]!.get(code);
      table[state * width + column] = to !== undefined ? to : state === 0 ? 0 : table[fail[state]! * width + column]!;
    }
  }
  const hasOutput = Uint8Array.from(outputs, (out) => (out.length > 0 ? 1 : 0));
  const accepts = (text: string, end: number, length: number, m: number): boolean => {
    if (m === MODES.anywhere) return true;
    const before = end - length;
    if (before >= 0 && isLetter(text.charCodeAt(before))) return false;
    if (m === MODES.wordStart) return true;
    let stop = end + 1;
    while (stop < text.length && isLetter(text.charCodeAt(stop))) stop += 1;
    return suffixes.has(text.slice(end + 1, stop));
  };
  /** Runs the automaton over `text`, calling `seen(end, length, mode, id)` for each needle ending at `end`; stops when it returns true. */
  const run = (text: string, seen: (end: number, length: number, m: number, id: number) => boolean): void => {
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      state = table[state * width + (code < 128 ? ascii[code]! : columnOf.get(code) ?? 0)]!;
      if (hasOutput[state] === 0) continue;
      const out = outputs[state]!;
      const ids = outputIds[state]!;
      for (let k = 0; k < out.length; k += 2) if (seen(i, out[k]!, out[k + 1]!, ids[k >> 1]!)) return;
    }
  };
  const foundFlags = (text: string, into?: Uint8Array): Uint8Array => {
    const flags = into ?? new Uint8Array(texts.length);
    flags.fill(0);
    run(text, (end, length, m, id) => {
      if (flags[id] === 0 && accepts(text, end, length, m)) flags[id] = 1;
      return false;
    });
    return flags;
  };
  return {
    needles: texts,
    test(text) {
      if (always) return true;
      let hit = false;
      run(text, (end, length, m) => (hit = accepts(text, end, length, m)));
      return hit;
    },
    found(text) {
      const flags = foundFlags(text);
      const out = new Set(texts.filter((_, i) => flags[i] === 1));
      if (always) out.add('');
      return out;
    },
    foundFlags,
  };
}
