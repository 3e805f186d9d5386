/** A string to search for and where it may occur. */
export interface Needle {
  readonly text: string;
  /** Only at the start of a word: not right after an ASCII letter (default false: anywhere). */
  readonly wordStart?: boolean;
}

/** Finds whether a text contains any of a fixed set of strings, in one pass (Aho-Corasick). */
export interface SubstringMatcher {
  /** The strings searched for, sorted and without duplicates. */
  readonly needles: readonly string[];
  /** True when `text` contains at least one needle where it may occur. Linear in the length of `text`. */
  test(text: string): boolean;
}

const A = 97;
const Z = 122;

/**
 * Compiles needles into an Aho-Corasick automaton over UTF-16 code units. A needle that may occur anywhere wins
 * over the same text restricted to word starts. The empty needle matches every text.
 *
 * @example
 * const m = createSubstringMatcher([{ text: 'aid', wordStart: true }, { text: "n't" }]);
 * [m.test('he said so'), m.test('aid arrived'), m.test("don't")]; // [false, true, true]
 */
export function createSubstringMatcher(needles: readonly Needle[]): SubstringMatcher {
  const anywhere = new Map<string, boolean>();
  for (const n of needles) anywhere.set(n.text, (anywhere.get(n.text) ?? false) || n.wordStart !== true);
  const texts = [...anywhere.keys()].sort();
  const next: Map<number, number>[] = [new Map()];
  // Per state: lengths of the needles ending there, negative for word-start ones.
  const outputs: number[][] = [[]];
  for (const text of texts) {
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      let to = next[state]!.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        outputs.push([]);
        next[state]!.set(code, to);
      }
      state = to;
    }
    outputs[state]!.push(anywhere.get(text) === true ? text.length : -text.length);
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
      queue.push(to);
    }
  }
  const always = outputs[0]!.length > 0;
  return {
    needles: texts,
    test(text) {
      if (always) return true;
      let state = 0;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        for (;;) {
          const to = next[state]!.get(code);
          if (to !== undefined) {
            state = to;
            break;
          }
          if (state === 0) break;
          state = fail[state]!;
        }
        const out = outputs[state]!;
        for (let k = 0; k < out.length; k += 1) {
          const length = out[k]!;
          if (length > 0) return true;
          const before = i + length; // index of the character before the match
          const c = before >= 0 ? text.charCodeAt(before) : 0;
          if (c < A || c > Z) return true;
        }
      }
      return false;
    },
  };
}
