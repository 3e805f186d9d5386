import { readFileSync } from 'node:fs';
import { defaultNlp } from '../../nlp';
import { evaluateScorer } from '../../eval/evaluateScorer';
import { formatReport } from '../../eval/formatReport';
import { parseGold } from '../../eval/parseGold';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { parseArgs } from '../parseArgs';
import { scorerFromOptions } from './score';

const USAGE = `Usage: stance-shift eval --gold FILE [--json] [--errors]

Scores a gold file in the codebook's JSONL format (ambiguous items skipped) and prints, per dimension,
macro-F1, accuracy and the confusion matrix, side by side with three baselines computed in the same run:
majority class, keyword counts without rules, and vader-sentiment mapped to labels.

Options:
  --gold FILE            gold statements (JSONL)
  --json                 print the report as JSON
  --errors               also list the statements the scorer gets wrong
  --lexicon FILE         lexicon JSON extending the default (see "score --help")
  --lexicon-mode MODE    extend (default) | replace
  --registry FILE        actor registry JSON extending the default
  --strict               fail on a malformed gold line instead of skipping it`;

export const command: CliCommand = {
  name: 'eval',
  summary: 'evaluate the scorer on a gold file against three baselines',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['gold', 'lexicon', 'lexicon-mode', 'registry'], ['json', 'errors', 'strict']);
    if (typeof args === 'string' || !args.values.has('gold')) {
      io.stderr.write(`stance-shift eval: ${typeof args === 'string' ? args : '--gold FILE is required'}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const file = args.values.get('gold')!;
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      io.stderr.write(`stance-shift eval: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    const { records, problems } = parseGold(content, file);
    for (const p of problems) io.stderr.write(`stance-shift eval: ${p.source}:${p.line}: ${p.message}\n`);
    if (problems.length > 0 && args.flags.has('strict')) return EXIT.error;
    try {
      const scorer = scorerFromOptions(args.values);
      const report = evaluateScorer(records, scorer, { lexicon: scorer.config.lexicon, nlp: defaultNlp() });
      if (args.flags.has('json')) {
        io.stdout.write(`${JSON.stringify({ gold: file, skippedLines: problems.length, ...report, errors: args.flags.has('errors') ? report.errors : undefined }, null, 2)}\n`);
      } else {
        io.stdout.write(`${formatReport(report, file)}\n`);
        if (args.flags.has('errors')) {
          for (const e of report.errors) io.stdout.write(`\n  gold ${JSON.stringify(e.gold)} predicted ${JSON.stringify(e.predicted)}\n  ${e.text}\n`);
        }
      }
    } catch (error) {
      io.stderr.write(`stance-shift eval: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    return problems.length > 0 ? EXIT.skipped : EXIT.ok;
  },
};
