import type { Label } from '../types';

/** One labelled statement in the codebook's gold format. Fields may be null where unknown. */
export interface GoldRecord {
  readonly id?: string;
  readonly doc?: string | null;
  readonly text: string;
  readonly speaker?: string | null;
  readonly actor?: string | null;
  readonly target?: string | null;
  readonly targetAliases?: readonly string[] | null;
  readonly engagement?: Label | null;
  readonly recognition?: Label | null;
  readonly threat?: Label | null;
  readonly date?: string | null;
  readonly published?: string | null;
  readonly ambiguous?: boolean | null;
  readonly note?: string | null;
}
