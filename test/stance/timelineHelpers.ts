import type { DatedScore, Label, QuoteKind } from '../../src/types';

const label = (x: number): Label => (x > 0 ? 1 : x < 0 ? -1 : 0);

/** A scored statement for tests: engagement e, recognition r (0 = says nothing), threat 0. */
export function said(date: string, e: number, r: number, extra: Partial<Omit<DatedScore, 'engagement' | 'recognition'>> & { quote?: QuoteKind } = {}): DatedScore {
  return {
    date,
    actor: 'Russia',
    target: 'Taliban',
    engagement: { score: e, label: label(e) },
    recognition: { score: r, label: label(r) },
    threat: { score: 0, label: 0 },
    quote: 'direct',
    ...extra,
  };
}
