import type { InputProblem, Label } from '../types';
import type { GoldRecord } from './GoldRecord';

const LABEL_VALUES = new Set([-1, 0, 1]);

/** Gold records read from JSONL text, and the lines that could not be used. */
export interface ParsedGold {
  readonly records: readonly GoldRecord[];
  readonly problems: readonly InputProblem[];
}

/**
 * Parses gold statements in the codebook's JSONL format. Blank lines are skipped; malformed JSON, records without
 * `text` and labels outside {-1, 0, 1, null} are reported with their line number, never dropped silently.
 *
 * @example
 * parseGold('{"text":"Talks began.","engagement":1}\nnot json', 'gold.jsonl').problems[0]?.line; // 2
 */
export function parseGold(content: string, source: string): ParsedGold {
  const records: GoldRecord[] = [];
  const problems: InputProblem[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ source, line: lineNo, kind: 'malformed-json', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ source, line: lineNo, kind: 'not-an-object', message: 'each line must be a JSON object' });
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      problems.push({ source, line: lineNo, kind: 'missing-text', message: 'the record has no "text" string' });
      return;
    }
    for (const d of ['engagement', 'recognition', 'threat']) {
      const v = record[d];
      if (v !== undefined && v !== null && !LABEL_VALUES.has(v as number)) {
        problems.push({ source, line: lineNo, kind: 'bad-label', message: `"${d}" must be -1, 0, 1 or null, not ${JSON.stringify(v)}` });
        return;
      }
    }
    records.push({
      ...(typeof record.id === 'string' ? { id: record.id } : { id: `${source}:${lineNo}` }),
      doc: typeof record.doc === 'string' ? record.doc : null,
      text: record.text,
      speaker: typeof record.speaker === 'string' ? record.speaker : null,
      actor: typeof record.actor === 'string' ? record.actor : null,
      target: typeof record.target === 'string' ? record.target : null,
      targetAliases: Array.isArray(record.targetAliases) ? record.targetAliases.filter((a): a is string => typeof a === 'string') : null,
      engagement: (record.engagement ?? null) as Label | null,
      recognition: (record.recognition ?? null) as Label | null,
      threat: (record.threat ?? null) as Label | null,
      date: typeof record.date === 'string' ? record.date : null,
      published: typeof record.published === 'string' ? record.published : null,
      ambiguous: record.ambiguous === true,
      note: typeof record.note === 'string' ? record.note : null,
    });
  });
  return { records, problems };
}
