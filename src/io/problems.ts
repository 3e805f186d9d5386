import { InputError, InvalidOptionError } from '../errors';
import type { InputProblem, OnProblem } from '../types';

/** What to do with bytes that are not valid UTF-8: keep the item with U+FFFD in their place, or skip it. */
export type OnInvalidUtf8 = 'replace' | 'skip';

/** Counts that let a caller check that nothing was lost: `items === emitted + skipped`. */
export interface ReadStats {
  /** Input items seen: files, non-blank JSONL lines, and paths that gave nothing (unreadable, empty directory). */
  readonly items: number;
  /** Items passed on. */
  readonly emitted: number;
  /** Items dropped, each with a problem. */
  readonly skipped: number;
  /** Items passed on after a repair (invalid UTF-8 replaced, a bad optional field dropped), each with a problem; included in `emitted`. */
  readonly repaired: number;
}

/** Collects problems, counts items, and throws {@link InputError} at the first problem when asked to fail. */
export class ProblemLog {
  readonly problems: InputProblem[] = [];
  items = 0;
  emitted = 0;
  skipped = 0;
  repaired = 0;

  constructor(
    private readonly onProblem: OnProblem,
    private readonly listener?: (problem: InputProblem) => void,
  ) {}

  private add(problem: InputProblem): void {
    this.problems.push(problem);
    this.listener?.(problem);
    if (this.onProblem === 'fail') throw new InputError(problem.source, problem.line, `${problem.kind}: ${problem.message}`);
  }

  /** An item that is dropped. */
  skip(problem: InputProblem): void {
    this.skipped += 1;
    this.add(problem);
  }

  /** A repair of an item that is kept (or that a later problem skips): recorded, not counted. */
  note(problem: InputProblem): void {
    this.add(problem);
  }

  /** An item passed on; `repaired` when a problem was noted for it. */
  emit(repaired: boolean): void {
    this.emitted += 1;
    if (repaired) this.repaired += 1;
  }

  stats(): ReadStats {
    return { items: this.items, emitted: this.emitted, skipped: this.skipped, repaired: this.repaired };
  }
}

/** Validates the `onProblem` option. */
export function checkOnProblem(value: unknown): OnProblem {
  if (value === undefined) return 'skip';
  if (value !== 'skip' && value !== 'fail') throw new InvalidOptionError('onProblem', `expected 'skip' or 'fail', got ${JSON.stringify(value)}`);
  return value;
}

/** Validates the `invalidUtf8` option. */
export function checkInvalidUtf8(value: unknown): OnInvalidUtf8 {
  if (value === undefined) return 'replace';
  if (value !== 'replace' && value !== 'skip') throw new InvalidOptionError('invalidUtf8', `expected 'replace' or 'skip', got ${JSON.stringify(value)}`);
  return value;
}
