import { readDocuments } from '../../io/readDocuments';
import { analyzeDocument, type AnalyzeOptions } from '../../stance/analyzeDocument';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { createStatementWriter, STATEMENT_FORMATS, type StatementFormat } from '../formatStatements';
import { parseArgs } from '../parseArgs';
import { checkLexiconMode, scorerFromOptions } from './score';

const USAGE = `Usage: stance-shift analyze <files|dirs|-> --target NAME [options]

Reads articles (plain-text files, directories of them, JSONL records { id, text, published?, actor?, target? },
or - for standard input), finds their statements and writes each with its speaker, actor, target, date (and
where the date came from), quote kind, scores and evidence.

Options:
  --target NAME          target of the stance (aliases from data/targets.json are added)
  --target-alias A       another alias of the target (repeatable)
  --actor NAME           actor for narrator statements that name no one
  --format FORMAT        jsonl (default) | json | csv | table
  --signal-only          only statements with a non-zero label on some dimension
  --recursive            also read sub-directories
  --lexicon FILE         lexicon JSON extending the default (--lexicon-mode replace to replace it)
  --lexicon-mode MODE    extend (default) | replace
  --registry FILE        actor registry JSON extending the default
  --strict               stop at the first problem (unreadable file, bad JSONL line, undatable document)

Exit codes: 0 everything analysed, 3 some input reported on stderr, 1 error, 2 usage.`;

export const command: CliCommand = {
  name: 'analyze',
  summary: 'find, attribute, date and score the statements of articles',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(
      argv,
      ['target', 'target-alias', 'actor', 'format', 'lexicon', 'lexicon-mode', 'registry'],
      ['signal-only', 'recursive', 'strict'],
    );
    if (typeof args === 'string' || args.positional.length === 0) {
      io.stderr.write(`stance-shift analyze: ${typeof args === 'string' ? args : 'give at least one input (file, directory or -)'}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const badMode = checkLexiconMode(args.values);
    if (badMode !== null) {
      io.stderr.write(`stance-shift analyze: ${badMode}\n`);
      return EXIT.usage;
    }
    const format = (args.values.get('format') ?? 'jsonl') as StatementFormat;
    if (!STATEMENT_FORMATS.includes(format)) {
      io.stderr.write(`stance-shift analyze: --format must be one of ${STATEMENT_FORMATS.join(', ')}, got "${format}"\n`);
      return EXIT.usage;
    }
    if (!args.values.has('target')) {
      io.stderr.write('stance-shift analyze: no --target given: only documents that name their own "target" are scored toward one; cues about anyone the registry knows score 0 elsewhere\n');
    }
    const strict = args.flags.has('strict');
    let reported = 0;
    const report = (where: string, message: string): void => {
      reported += 1;
      io.stderr.write(`stance-shift analyze: ${where}: ${message}\n`);
    };
    const writer = createStatementWriter(io.stdout, format);
    try {
      const options: AnalyzeOptions = {
        target: args.values.get('target') ?? null,
        targetAliases: args.repeated.get('target-alias') ?? [],
        actor: args.values.get('actor') ?? null,
        scorer: scorerFromOptions(args.values),
        onProblem: strict ? 'fail' : 'skip',
        signalOnly: args.flags.has('signal-only'),
      };
      const inputs = args.positional.length === 1 && args.positional[0] === '-' ? '-' : args.positional;
      const reader = readDocuments(inputs, {
        recursive: args.flags.has('recursive'),
        onProblem: strict ? 'fail' : 'skip',
        stdin: io.stdin,
        onReport: (p) => report(p.line === undefined ? p.source : `${p.source}:${p.line}`, p.message),
      });
      for await (const doc of reader) {
        const result = analyzeDocument(doc, options);
        for (const p of result.problems) report(p.line === undefined ? p.source : `${p.source}:${p.line}`, p.message);
        for (const s of result.statements) writer.write(s);
      }
    } catch (error) {
      writer.end();
      io.stderr.write(`stance-shift analyze: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    writer.end();
    return reported > 0 ? EXIT.skipped : EXIT.ok;
  },
};
