import type { Phase, Timeline } from '../types';

/** A run of consecutive periods in the same phase. */
export interface PhaseRun {
  readonly phase: Exclude<Phase, 'no signal'>;
  /** First and last period label of the run. */
  readonly from: string;
  readonly to: string;
  /** ISO dates: the first period's start and the last period's end. */
  readonly start: string;
  readonly end: string;
  /** Periods with statements in the run. */
  readonly periods: number;
  /** Statements in the run. */
  readonly n: number;
}

/**
 * The phases a timeline went through, in time order: consecutive periods with statements and the same phase form
 * one run. Periods without statements or with no signal neither start nor break a run (an empty quarter is not a
 * change of stance).
 *
 * @example
 * phaseRuns(timeline).map((r) => `${r.from}–${r.to}: ${r.phase}`);
 * // ['2021-Q3–2023-Q3: engagement without recognition', '2023-Q4–2024-Q2: toward recognition']
 */
export function phaseRuns(timeline: Pick<Timeline, 'points'>): PhaseRun[] {
  const runs: PhaseRun[] = [];
  for (const point of timeline.points) {
    if (point.n === 0 || point.phase === 'no signal') continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.phase === point.phase) {
      runs[runs.length - 1] = { ...last, to: point.period, end: point.end, periods: last.periods + 1, n: last.n + point.n };
    } else {
      runs.push({ phase: point.phase, from: point.period, to: point.period, start: point.start, end: point.end, periods: 1, n: point.n });
    }
  }
  return runs;
}
