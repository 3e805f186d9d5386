import { DIMENSIONS } from '../types';
import { LABELS } from './confusion';
import type { EvaluationReport } from './evaluateStatements';

const pad = (s: string | number, n: number): string => String(s).padStart(n);

/**
 * Renders an evaluation as a plain-text table: per dimension, macro-F1 and accuracy of the system and each
 * baseline side by side, then the system's confusion matrices.
 *
 * @example
 * console.log(formatReport(report, 'dev-statements.jsonl'));
 */
export function formatReport(report: EvaluationReport, title: string): string {
  const lines: string[] = [];
  lines.push(`${title}: ${report.items} statements scored, ${report.ambiguous} ambiguous skipped`);
  const header = `  ${'dimension'.padEnd(12)}${'n'.padStart(5)}  ${report.systems.map((s) => s.id.padStart(14)).join('')}`;
  lines.push('', '  macro-F1 (accuracy)', header);
  for (const d of DIMENSIONS) {
    const first = report.systems[0]?.dimensions[d];
    if (first === undefined) continue;
    const cells = report.systems.map((s) => {
      const m = s.dimensions[d];
      return m === undefined ? pad('-', 14) : pad(`${m.macroF1.toFixed(3)} (${m.accuracy.toFixed(2)})`, 14);
    });
    lines.push(`  ${d.padEnd(12)}${pad(first.n, 5)}  ${cells.join('')}`);
  }
  const system = report.systems[0];
  if (system !== undefined) {
    lines.push('', `  confusion matrices of ${system.id} (rows gold, columns predicted: -1 0 +1)`);
    for (const d of DIMENSIONS) {
      const m = system.dimensions[d];
      if (m === undefined) continue;
      lines.push(`  ${d}`);
      m.matrix.forEach((row, i) => lines.push(`    ${pad(LABELS[i]! > 0 ? '+1' : String(LABELS[i]), 3)} | ${row.map((v) => pad(v, 4)).join('')}`));
    }
  }
  return lines.join('\n');
}
