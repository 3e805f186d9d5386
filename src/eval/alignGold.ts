import type { Statement } from '../types';
import type { GoldRecord } from './GoldRecord';

/** A gold statement and the produced statement it matches (codebook "Gold files"), or null when none does. */
export interface Alignment {
  readonly gold: GoldRecord;
  readonly statement: Statement | null;
}

/**
 * Matches each gold statement with the produced statement whose span contains the first occurrence of the gold
 * text in the document. Gold records of documents that were not analysed, or whose text is not in the document,
 * get `statement: null` (counted as misses, never dropped).
 *
 * @example
 * alignGold(gold, statementsByDoc, textsByDoc)[0]?.statement?.speaker; // 'Roman Babushkin'
 */
export function alignGold(
  gold: readonly GoldRecord[],
  statements: ReadonlyMap<string, readonly Statement[]>,
  texts: ReadonlyMap<string, string>,
): Alignment[] {
  return gold.map((g) => {
    const doc = g.doc ?? '';
    const text = texts.get(doc);
    const produced = statements.get(doc);
    if (text === undefined || produced === undefined) return { gold: g, statement: null };
    const at = text.indexOf(g.text);
    if (at < 0) return { gold: g, statement: null };
    const end = at + g.text.length;
    // The statement containing the gold text; when the gold text crosses a sentence boundary, the one holding its start.
    const statement = produced.find((s) => s.start <= at && s.end >= end) ?? produced.find((s) => s.start <= at && s.end > at) ?? null;
    return { gold: g, statement };
  });
}
