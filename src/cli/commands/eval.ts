import { readFileSync } from 'node:fs';
import { defaultNlp } from '../../nlp';
import { evaluateScorer } from '../../eval/evaluateScorer';
import { formatReport } from '../../eval/formatReport';
import { parseGold } from '../../eval/parseGold';
import { evaluateDocuments, type DocumentEvaluation } from '../../eval/evaluateDocuments';
import { formatDocumentEvaluation } from '../../eval/formatDocumentEvaluation';
import type { GoldRecord } from '../../eval/GoldRecord';
import { readDocuments } from '../../io/readDocuments';
import type { Scorer } from '../../scoring/createScorer';
import { analyzeDocument } from '../../stance/analyzeDocument';
import type { InputProblem, Statement } from '../../types';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { parseArgs } from '../parseArgs';
import { checkLexiconMode } from '../lexiconMode';
import { scorerFromOptions } from './score';

const USAGE = `Usage: stance-shift eval --gold FILE [--docs DIR --target NAME] [--json] [--errors]

Scores a gold file in the codebook's JSONL format (ambiguous items skipped) and prints, per dimension,
macro-F1, accuracy and the confusion matrix, side by side with three baselines computed in the same run:
majority class, keyword counts without rules, and vader-sentiment mapped to labels.

With --docs, gold statements that name a "doc" are also aligned with the statements of the analysed
documents (the produced statement whose span contains the gold text) and actor, speaker and date accuracy
and per-dimension macro-F1 are reported.

Options:
  --gold FILE            gold statements (JSONL)
  --docs DIR             directory (or file) of the gold's documents, analysed for the alignment
  --target NAME          target for the document analysis (default: the gold's most frequent target)
  --target-alias A       alias of the target (repeatable; added to data/targets.json's)
  --json                 print the report as JSON
  --errors               also list the statements the scorer gets wrong
  --lexicon FILE         lexicon JSON extending the default (see "score --help")
  --lexicon-mode MODE    extend (default) | replace
  --registry FILE        actor registry JSON extending the default
  --strict               fail on a malformed gold line instead of skipping it`;

function mostFrequentTarget(records: readonly GoldRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const r of records) if (r.doc && r.target) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Analyses the gold's documents and aligns the gold with their statements. */
async function evaluateOnDocuments(
  records: readonly GoldRecord[],
  docs: string,
  target: string | null,
  aliases: readonly string[],
  scorer: Scorer,
  io: CliIo,
  strict: boolean,
): Promise<{ evaluation: DocumentEvaluation; reported: number }> {
  let reported = 0;
  const report = (p: InputProblem): void => {
    reported += 1;
    io.stderr.write(`stance-shift eval: ${p.source}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}\n`);
  };
  const reader = readDocuments([docs], { onReport: report, onProblem: strict ? 'fail' : 'skip' });
  const statements = new Map<string, readonly Statement[]>();
  const texts = new Map<string, string>();
  const options = { target, targetAliases: aliases, scorer, onProblem: strict ? ('fail' as const) : ('skip' as const) };
  for await (const doc of reader) {
    texts.set(doc.id, doc.text);
    const result = analyzeDocument(doc, options);
    for (const p of result.problems) report(p);
    statements.set(doc.id, result.statements);
  }
  return { evaluation: evaluateDocuments(records.filter((r) => typeof r.doc === 'string'), statements, texts), reported };
}

export const command: CliCommand = {
  name: 'eval',
  summary: 'evaluate the scorer on a gold file against three baselines',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['gold', 'docs', 'target', 'target-alias', 'lexicon', 'lexicon-mode', 'registry'], ['json', 'errors', 'strict']);
    if (typeof args === 'string' || !args.values.has('gold')) {
      io.stderr.write(`stance-shift eval: ${typeof args === 'string' ? args : '--gold FILE is required'}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const badMode = checkLexiconMode(args.values);
    if (badMode !== null) {
      io.stderr.write(`stance-shift eval: ${badMode}\n`);
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
    let reportedDocs = 0;
    try {
      const scorer = scorerFromOptions(args.values);
      const report = evaluateScorer(records, scorer, { lexicon: scorer.config.lexicon, nlp: defaultNlp() });
      const docs = args.values.get('docs');
      const onDocs =
        docs === undefined
          ? null
          : await evaluateOnDocuments(records, docs, args.values.get('target') ?? mostFrequentTarget(records), args.repeated.get('target-alias') ?? [], scorer, io, args.flags.has('strict'));
      const documents = onDocs === null ? null : onDocs.evaluation;
      reportedDocs = onDocs === null ? 0 : onDocs.reported;
      const errors = args.flags.has('errors');
      if (args.flags.has('json')) {
        const { errors: wrong, ...rest } = report;
        io.stdout.write(`${JSON.stringify({ gold: file, skippedLines: problems.length, statements: { ...rest, ...(errors ? { errors: wrong } : {}) }, documents }, null, 2)}\n`);
      } else {
        io.stdout.write(`${formatReport(report, file)}\n`);
        if (errors) for (const e of report.errors) io.stdout.write(`\n  gold ${JSON.stringify(e.gold)} predicted ${JSON.stringify(e.predicted)}\n  ${e.text}\n`);
        if (documents !== null) {
          io.stdout.write(`\n${formatDocumentEvaluation(documents, `${file} on ${docs}`)}\n`);
          if (errors) for (const d of documents.disagreements) io.stdout.write(`  ${d.field}: gold ${JSON.stringify(d.gold)} produced ${JSON.stringify(d.produced)} | ${d.text}\n`);
        }
      }
    } catch (error) {
      io.stderr.write(`stance-shift eval: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    return problems.length + reportedDocs > 0 ? EXIT.skipped : EXIT.ok;
  },
};
