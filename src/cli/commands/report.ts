import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, StanceShiftError } from '../../errors';
import { stat } from 'node:fs/promises';
import { readDocuments, readJsonl } from '../../io';
import { analyzeDocument } from '../../stance/analyzeDocument';
import { renderReport, statementFromRecord } from '../../report';
import { compareTimelines } from '../../stance/compareTimelines';
import { timeline } from '../../stance/timeline';
import type { DatedScore, Document, InputProblem, Interval, Statement, Timeline } from '../../types';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { parseArgs } from '../parseArgs';
import { ProgressBar } from '../progress';

const USAGE = `Usage: stance-shift report <inputs ...> --actor NAME --target NAME --out report.html [options]

Writes one self-contained HTML file: the stance's summary and phases, the charts, each shift with its driving
statements, and a searchable table of the statements with their cue words marked.

Inputs are the same as analyze's: articles (.txt files, directories of them, JSONL records { id, text, published? })
are analysed on the way; JSON Lines of analysed statements (as "stance-shift analyze --format jsonl" writes them)
are used as they are; "-" reads standard input.

Options:
  --actor NAME      stance holder (repeat to compare several actors toward the same target)
  --target NAME     target of the stance
  --target-alias A  another alias of the target, for articles (repeatable)
  --out FILE        where to write the HTML ("-" for standard output)
  --interval UNIT   day, week, month (default), quarter or year
  --from DATE       first day of the timeline (YYYY-MM-DD); earlier statements stay in the table
  --to DATE         last day of the timeline
  --title TEXT      page title (default: the actor-target pairs)
  --strict          stop at the first bad input line instead of skipping and reporting it
  --quiet           no progress bar
  -h, --help        this text

Exit codes: 0 done; 1 error; 2 bad usage; 3 done, but some input lines were skipped (listed on stderr and in the report).`;

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`stance-shift report: ${message}\nRun "stance-shift report --help" for the options.\n`);
  return EXIT.usage;
}

const sameName = (a: string | null, b: string): boolean => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/** `stance-shift report`: analysed statements in, one HTML report out. */
/** A `.txt` article or a directory of articles, analysed on the way. */
async function isArticleInput(path: string): Promise<boolean> {
  if (path.endsWith('.txt')) return true;
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A JSONL record that is an article (a text and no scores), not an analysed statement. */
function isArticleRecord(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  return typeof r.text === 'string' && r.engagement === undefined && r.recognition === undefined && r.start === undefined;
}

export const command: CliCommand = {
  name: 'report',
  summary: 'write a one-file HTML report (charts, shifts, searchable statements)',
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseArgs(argv, ['actor', 'target', 'target-alias', 'out', 'interval', 'title', 'from', 'to'], ['strict', 'quiet']);
    if (typeof parsed === 'string') return usageError(io, parsed);
    const positionals = parsed.positional;
    const actors = parsed.repeated.get('actor') ?? [];
    const values = {
      target: parsed.values.get('target'),
      out: parsed.values.get('out'),
      interval: parsed.values.get('interval'),
      title: parsed.values.get('title'),
      from: parsed.values.get('from'),
      to: parsed.values.get('to'),
      strict: parsed.flags.has('strict'),
      quiet: parsed.flags.has('quiet'),
      'target-alias': parsed.repeated.get('target-alias'),
    };
    if (positionals.length === 0) return usageError(io, 'give at least one input: articles, a directory, JSONL of analysed statements, or "-" for standard input.');
    if (actors.length === 0) return usageError(io, 'give --actor NAME.');
    if (values.target === undefined) return usageError(io, 'give --target NAME.');
    if (values.out === undefined) return usageError(io, 'give --out FILE (or "-" for standard output).');
    const target = values.target;
    const interval = (values.interval ?? 'month') as Interval;
    const range = { ...(values.from === undefined ? {} : { from: values.from }), ...(values.to === undefined ? {} : { to: values.to }) };

    const problems: InputProblem[] = [];
    let printed = 0;
    const printProblems = (): void => {
      for (const p of problems.slice(printed)) io.stderr.write(`${p.source}${p.line === undefined ? '' : `:${p.line}`}: ${p.kind}: ${p.message}\n`);
      printed = problems.length;
    };
    const progress = new ProgressBar({ stream: io.stderr, isTTY: io.isTTY, quiet: values.quiet === true });
    const statements: Statement[] = [];
    const docs = new Set<string>();
    const seenPairs = new Set<string>();
    const analyzeOptions = { target, targetAliases: values['target-alias'] ?? [], onProblem: values.strict === true ? ('fail' as const) : ('skip' as const) };
    const accept = (statement: Statement, name: string, line?: number): void => {
      const newDoc = !docs.has(statement.doc);
      docs.add(statement.doc);
      progress.tick(newDoc ? 1 : 0, 1);
      seenPairs.add(`${statement.actor ?? '(no actor)'} → ${statement.target ?? '(no target)'}`);
      if (!actors.some((a) => sameName(statement.actor, a)) || !sameName(statement.target, target)) return;
      if (statement.date === null) problems.push({ source: name, ...(line === undefined ? {} : { line }), kind: 'undatable', message: 'the statement has no date: listed in the report, left out of the timeline' });
      statements.push(statement);
    };
    const analyseInto = (doc: Document, name: string): void => {
      const result = analyzeDocument(doc, analyzeOptions);
      problems.push(...result.problems);
      for (const statement of result.statements) accept(statement, name);
    };
    try {
      for (const input of positionals) {
        const name = input === '-' ? '<stdin>' : input;
        if (input !== '-' && (await isArticleInput(resolve(io.cwd, input)))) {
          const documents = readDocuments([resolve(io.cwd, input)], { onProblem: values.strict === true ? 'fail' : 'skip', onReport: (problem) => problems.push(problem) });
          for await (const doc of documents) analyseInto(doc, name);
          continue;
        }
        const reader = readJsonl(input === '-' ? io.stdin : resolve(io.cwd, input), {
          name,
          onProblem: values.strict === true ? 'fail' : 'skip',
          onReport: (problem) => problems.push(problem),
        });
        for await (const record of reader) {
          if (isArticleRecord(record.value)) {
            const r = record.value as Document;
            analyseInto({ ...r, id: typeof r.id === 'string' ? r.id : `${name}:${record.line}` }, name);
            continue;
          }
          const { statement, problems: found } = statementFromRecord(record.value);
          if (found.length > 0) {
            const problem = { source: name, line: record.line, kind: statement === null ? 'invalid-statement' : 'invalid-evidence', message: found.join('; ') };
            if (values.strict === true) throw new InputError(name, record.line, `${problem.kind}: ${problem.message}`);
            problems.push(problem);
          }
          if (statement !== null) accept(statement, name, record.line);
        }
      }
      progress.done();
      for (const actor of actors) {
        if (!statements.some((s) => sameName(s.actor, actor))) {
          const seen = [...seenPairs].sort().slice(0, 10).join(', ');
          throw new StanceShiftError('no-statements', `no statement has actor "${actor}" and target "${target}"${seen === '' ? '' : ` (pairs in the input: ${seen})`}.`);
        }
      }
      const dated = statements.filter((s): s is Statement & DatedScore => s.date !== null);
      const timelines: Timeline[] =
        actors.length === 1
          ? [timeline(dated, { actor: actors[0] as string, target, interval, ...range })]
          : compareTimelines(dated, { pairs: actors.map((actor) => ({ actor, target })), interval, ...range });
      const html = await renderReport({ timelines, statements, problems, ...(values.title === undefined ? {} : { title: values.title }) });
      if (values.out === '-') io.stdout.write(html);
      else await writeFile(resolve(io.cwd, values.out), html, 'utf8');
    } catch (error) {
      progress.done();
      printProblems();
      if (error instanceof StanceShiftError) {
        io.stderr.write(`stance-shift report: ${error.message}\n`);
        return EXIT.error;
      }
      throw error;
    }
    printProblems();
    if (values.out !== '-') io.stderr.write(`Wrote ${values.out}: ${statements.length} statements, ${actors.length} pair${actors.length === 1 ? '' : 's'}.\n`);
    return problems.length > 0 ? EXIT.skipped : EXIT.ok;
  },
};
