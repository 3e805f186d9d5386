import { confusion } from '../../src/eval/confusion';
import type { DocumentEvaluation } from '../../src/eval/evaluateDocuments';
import type { EvaluationReport } from '../../src/eval/evaluateStatements';
import { formatDocumentEvaluation } from '../../src/eval/formatDocumentEvaluation';
import { formatReport } from '../../src/eval/formatReport';

describe('formatReport', () => {
  const system = confusion([1, 1, 0, -1], [1, 0, 0, -1]);
  const baseline = confusion([1, 1, 0, -1], [1, 1, 1, 1]);
  const report: EvaluationReport = {
    items: 4,
    ambiguous: 2,
    systems: [
      { id: 'stance-shift', description: 'rules', dimensions: { engagement: system, recognition: confusion([0], [0]) } },
      { id: 'majority', description: 'majority', dimensions: { engagement: baseline } },
    ],
    errors: [],
  };
  const text = formatReport(report, 'my-gold.jsonl');
  const lines = text.split('\n');

  it('starts with the title and the counts', () => {
    expect(lines[0]).toBe('my-gold.jsonl: 4 statements scored, 2 ambiguous skipped');
  });

  it('prints, per dimension, n and each system as macro-F1 (accuracy) side by side, with - where a system has no figure', () => {
    const header = lines.find((l) => l.includes('dimension'))!;
    expect(header.indexOf('stance-shift')).toBeLessThan(header.indexOf('majority'));
    const row = lines.find((l) => l.trimStart().startsWith('engagement') && l.includes('('))!;
    // system: F1 -1: 1, 0: 2/3, +1: 2/3 -> 0.778; accuracy 3/4. Baseline: +1 F1 = 2*2/(2+4) = 0.667, others 0 -> 0.222
    expect(row).toMatch(/engagement\s+4\s+0\.778 \(0\.75\)\s+0\.222 \(0\.50\)$/);
    const rec = lines.find((l) => l.trimStart().startsWith('recognition') && l.includes('('))!;
    expect(rec).toMatch(/recognition\s+1\s+1\.000 \(1\.00\)\s+-$/);
    expect(lines.some((l) => l.trimStart().startsWith('threat'))).toBe(false);
  });

  it("prints the first system's confusion matrices, rows gold -1, 0, +1", () => {
    const at = lines.findIndex((l) => l.includes('confusion matrices of stance-shift'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]?.trim()).toBe('engagement');
    expect(lines.slice(at + 2, at + 5).map((l) => l.trim().split(/\s+/))).toEqual([
      ['-1', '|', '1', '0', '0'],
      ['0', '|', '0', '1', '0'],
      ['+1', '|', '0', '1', '1'],
    ]);
  });

  it('prints only the heading lines for a report with no system', () => {
    const empty = formatReport({ items: 0, ambiguous: 0, systems: [], errors: [] }, 't');
    expect(empty).toContain('t: 0 statements scored, 0 ambiguous skipped');
    expect(empty).not.toContain('confusion matrices');
    expect(empty).not.toContain('NaN');
  });
});

describe('formatDocumentEvaluation', () => {
  const e: DocumentEvaluation = {
    items: 10,
    ambiguous: 1,
    unmatched: 2,
    actorAccuracy: 0.9,
    speakerAccuracy: 0.5,
    dateAccuracy: 0.875,
    dimensions: { recognition: confusion([1, -1], [1, 0]) },
    disagreements: [],
  };
  const text = formatDocumentEvaluation(e, 'seeds');

  it('prints the counts and the three accuracies with three decimals', () => {
    expect(text).toContain('seeds: 10 gold statements aligned with the analysed documents (1 ambiguous skipped, 2 unmatched)');
    expect(text).toMatch(/actor accuracy\s+0\.900/);
    expect(text).toMatch(/speaker accuracy\s+0\.500/);
    expect(text).toMatch(/date accuracy\s+0\.875/);
  });

  it('prints a row per dimension that has figures: n, macro-F1, accuracy', () => {
    // F1: -1 -> 0, 0 -> 0, +1 -> 1; macro 0.3333; accuracy 0.5
    expect(text).toMatch(/recognition\s+2\s+0\.333\s+0\.500/);
    expect(text).not.toMatch(/^\s+engagement\s+\d/m);
  });
});
