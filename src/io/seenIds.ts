/**
 * The ids a reader has seen, kept as 64-bit hashes in a typed-array hash table: 8 to 16 bytes an id, outside the
 * JavaScript heap, where a `Set` of the id strings takes 60 bytes or more an id (44 MB for the 718,242 documents of
 * 1 GB of the benchmark corpus). Two ids that differ are taken for the same only if both halves of their hashes
 * collide: for ten million distinct ids, the chance that any pair does is about 3 in a million.
 */
export interface SeenIds {
  /** Records `id`; true when it was seen before. */
  add(id: string): boolean;
  /** How many distinct ids were recorded. */
  readonly size: number;
}

/** Slots of a new table (pairs of 32-bit words); it doubles when three quarters are taken. */
const INITIAL_SLOTS = 1024;

/**
 * Two 32-bit hashes of `s` in one pass over its UTF-16 code units (cyrb53's two lanes, without folding them into
 * 53 bits): [h1, h2], never both 0, since 0/0 marks an empty slot.
 */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h1 >>>= 0;
  h2 >>>= 0;
  return h1 === 0 && h2 === 0 ? [0, 1] : [h1, h2];
}

/**
 * A new, empty {@link SeenIds}.
 *
 * @example
 * const seen = createSeenIds();
 * [seen.add('a'), seen.add('b'), seen.add('a')]; // [false, false, true]
 */
export function createSeenIds(): SeenIds {
  let slots = INITIAL_SLOTS;
  let table = new Uint32Array(slots * 2);
  let size = 0;

  // Linear probing from h1: the slot holding [h1, h2], or the empty slot where it belongs.
  const find = (h1: number, h2: number): number => {
    for (let slot = h1 & (slots - 1); ; slot = (slot + 1) & (slots - 1)) {
      const a = table[slot * 2]!;
      const b = table[slot * 2 + 1]!;
      if ((a === h1 && b === h2) || (a === 0 && b === 0)) return slot;
    }
  };
  const put = (slot: number, h1: number, h2: number): void => {
    table[slot * 2] = h1;
    table[slot * 2 + 1] = h2;
  };

  const grow = (): void => {
    const old = table;
    slots *= 2;
    table = new Uint32Array(slots * 2);
    for (let i = 0; i < old.length; i += 2) {
      const h1 = old[i]!;
      const h2 = old[i + 1]!;
      if (h1 !== 0 || h2 !== 0) put(find(h1, h2), h1, h2);
    }
  };

  return {
    add(id) {
      const [h1, h2] = hash64(id);
      const slot = find(h1, h2);
      if (table[slot * 2] !== 0 || table[slot * 2 + 1] !== 0) return true;
      put(slot, h1, h2);
      size += 1;
      if (size * 4 >= slots * 3) grow();
      return false;
    },
    get size() {
      return size;
    },
  };
}
