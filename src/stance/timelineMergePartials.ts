import type { Dimension } from '../types';
import { DIMENSIONS } from '../types';
import { InvalidOptionError } from '../errors';
import { mergeMoments, removeMoment, type WeightedMoments } from '../series/WeightedMoments';
import { preferRemark, type TimelinePartial, type TimelinePartialPeriod, type TimelineRemark } from './timelinePartial';

function sameWeights(a: TimelinePartial['weights'], b: TimelinePartial['weights']): boolean {
  if (a === null || b === null) return a === b;
  return a.direct === b.direct && a.reported === b.reported && a.none === b.none && a.unknown === b.unknown;
}

function mergePeriod(a: TimelinePartialPeriod, b: TimelinePartialPeriod): TimelinePartialPeriod {
  const moments: Record<Dimension, WeightedMoments> = {
    engagement: mergeMoments(a.engagement, b.engagement),
    recognition: mergeMoments(a.recognition, b.recognition),
    threat: mergeMoments(a.threat, b.threat),
  };
  let n = a.n + b.n;
  const remarks = new Map<string, TimelineRemark>(a.remarks.map((r) => [r.key, r]));
  for (const r of b.remarks) {
    const seen = remarks.get(r.key);
    if (seen === undefined) {
      remarks.set(r.key, r);
      continue;
    }
    // Counted in both partitions: keep the preferred copy, take the other out of the sums.
    n -= 1;
    const keep = preferRemark(seen, r);
    const drop = keep === seen ? r : seen;
    for (const d of DIMENSIONS) {
      const x = drop[d];
      if (x !== null) moments[d] = removeMoment(moments[d], x, drop.weight);
    }
    remarks.set(r.key, keep);
  }
  return {
    period: a.period,
    start: a.start,
    end: a.end,
    n,
    ...moments,
    remarks: [...remarks.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)),
  };
}

/**
 * Adds up partial timelines of disjoint inputs (for example one per year of articles, or one per machine) into
 * the partial of the whole: sums are exact, and a remark present in several partials counts once. The result,
 * given to `timelineFromPartial`, is byte for byte the timeline of a single run over all the inputs.
 *
 * @throws InvalidOptionError when the partials are of different actors, targets, intervals or weights.
 * @example
 * timelineMergePartials([partialOf2021, partialOf2022]); // the partial of 2021-2022
 */
export function timelineMergePartials(partials: readonly TimelinePartial[]): TimelinePartial {
  const first = partials[0];
  if (first === undefined) throw new InvalidOptionError('partials', 'give at least one partial timeline');
  for (const [i, p] of partials.entries()) {
    if (p.actor.toLowerCase() !== first.actor.toLowerCase()) throw new InvalidOptionError('partials', `partial ${i} is for actor "${p.actor}", not "${first.actor}"`);
    if (p.target.toLowerCase() !== first.target.toLowerCase()) throw new InvalidOptionError('partials', `partial ${i} is for target "${p.target}", not "${first.target}"`);
    if (p.interval !== first.interval) throw new InvalidOptionError('partials', `partial ${i} is by ${p.interval}, not ${first.interval}`);
    if (!sameWeights(p.weights, first.weights)) throw new InvalidOptionError('partials', `partial ${i} was weighted differently; make all partials with the same weights`);
  }
  const byPeriod = new Map<string, TimelinePartialPeriod>();
  for (const p of partials) {
    for (const period of p.periods) {
      const seen = byPeriod.get(period.period);
      byPeriod.set(period.period, seen === undefined ? period : mergePeriod(seen, period));
    }
  }
  const smallest = (names: string[]): string => names.reduce((m, x) => (x < m ? x : m));
  return {
    ...first,
    actor: smallest(partials.map((p) => p.actor)),
    target: smallest(partials.map((p) => p.target)),
    periods: [...byPeriod.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
  };
}

