import type { SeriesAtom } from './SeriesAtom';
import { InvalidOptionError } from '../errors';

/** Accessors of {@link groupAtoms}. */
export interface GroupAtomsOptions<T> {
  /** The time of an item, any number (a day number, a period index). Items with equal time share an atom. */
  readonly time: (item: T) => number;
  /** The value on the dimension being analysed, or null to leave the item out. */
  readonly value: (item: T) => number | null;
  /** The item's weight, > 0. Default 1. */
  readonly weight?: (item: T) => number;
}

/** Atoms in time order, with the time of each. */
export interface GroupedAtoms {
  readonly times: readonly number[];
  readonly atoms: readonly SeriesAtom[];
}

/**
 * Groups irregular, statement-level data into {@link SeriesAtom}s, one per distinct time, in time order. Within an
 * atom, values are summed in sorted order so the result does not depend on the input order.
 *
 * @example
 * groupAtoms([{ t: 2, x: 1 }, { t: 1, x: 0.5 }, { t: 2, x: 0 }], { time: (d) => d.t, value: (d) => d.x });
 * // { times: [1, 2], atoms: [{ n: 1, w: 1, wx: 0.5, wxx: 0.25 }, { n: 2, w: 2, wx: 1, wxx: 1 }] }
 */
export function groupAtoms<T>(items: readonly T[], options: GroupAtomsOptions<T>): GroupedAtoms {
  const byTime = new Map<number, [number, number][]>();
  items.forEach((item, i) => {
    const x = options.value(item);
    if (x === null) return;
    const t = options.time(item);
    const w = options.weight === undefined ? 1 : options.weight(item);
    if (!Number.isFinite(t)) throw new InvalidOptionError('time', `item ${i} has a non-finite time`);
    if (!Number.isFinite(x)) throw new InvalidOptionError('value', `item ${i} has a non-finite value`);
    if (!(w > 0 && Number.isFinite(w))) throw new InvalidOptionError('weight', `item ${i} needs a positive finite weight, got ${w}`);
    const list = byTime.get(t);
    if (list === undefined) byTime.set(t, [[x, w]]);
    else list.push([x, w]);
  });
  const times = [...byTime.keys()].sort((a, b) => a - b);
  const atoms = times.map((t): SeriesAtom => {
    const list = (byTime.get(t) as [number, number][]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let w = 0;
    let wx = 0;
    let wxx = 0;
    for (const [x, weight] of list) {
      w += weight;
      wx += weight * x;
      wxx += weight * x * x;
    }
    return { n: list.length, w, wx, wxx };
  });
  return { times, atoms };
}
