import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { readDocuments } from '../../io/readDocuments';
import { analyzeFilesParallel, analyzeFilesParallelJsonl } from '../../workers/analyzeFilesParallel';
import { isWorkerHeapMB, MIN_WORKER_HEAP_MB } from '../../workers/analyzeParallel';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { createStatementWriter, STATEMENT_FORMATS, type StatementFormat } from '../formatStatements';
import { parseArgs } from '../parseArgs';
import { ProgressBar } from '../progress';
import type { InputProblem } from '../../types';
import { checkLexiconMode } from '../lexiconMode';
import { tuneOwnProcess } from '../tuneOwnProcess';

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
  --workers N            worker threads; 0 analyses in this thread. Default: the number of cores for inputs of
                         4 MiB or more, else 0 (starting workers costs more than it saves on smaller inputs).
                         The output is the same, in the same order, whatever N
  --worker-heap MB       old-space cap of each worker (default 72; 0 = Node's own limit). For the least memory
                         on a large input: --workers 1 --worker-heap 64 (slower: one core)
  --lexicon FILE         lexicon JSON extending the default (--lexicon-mode replace to replace it)
  --lexicon-mode MODE    extend (default) | replace
  --registry FILE        actor registry JSON extending the default
  --strict               stop at the first problem (unreadable file, bad JSONL line, undatable document)
  --quiet                no progress bar (it is drawn on stderr only when stderr is a terminal)

Exit codes: 0 everything analysed, 3 some input reported on stderr, 1 error, 2 usage.`;

/**
 * Input size from which `analyze` uses every core by default: below it, starting workers (each loads its own model
 * and warms up its own compiled code) costs more than it saves. On two cores, 1 MB and 2.6 MB of news took 0.6-0.8 s
 * longer with two workers than in one thread, 5 MB about as long, 20 MB a quarter less.
 */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;

/**
 * The worker count `analyze` uses when none is given: every core for a large input, none for a small one.
 *
 * @example
 * [defaultWorkers(1_000_000, 8), defaultWorkers(PARALLEL_MIN_BYTES, 8)]; // [0, 8]
 */
export function defaultWorkers(inputBytes: number, cores: number): number {
  return inputBytes >= PARALLEL_MIN_BYTES ? cores : 0;
}

/**
 * Bytes of the input files (directories walked as `readDocuments` would), counted up to {@link PARALLEL_MIN_BYTES};
 * standard input counts as 0.
 *
 * @example
 * await inputBytes(['news.jsonl', '-'], false, process.cwd()); // the size of news.jsonl, at most PARALLEL_MIN_BYTES
 */
export async function inputBytes(inputs: readonly string[], recursive: boolean, cwd: string): Promise<number> {
  let total = 0;
  const visit = async (path: string, top: boolean): Promise<void> => {
    if (total >= PARALLEL_MIN_BYTES) return;
    try {
      const info = await stat(path);
      if (info.isFile()) total += info.size;
      else if (info.isDirectory() && (top || recursive)) for (const name of await readdir(path)) await visit(join(path, name), false);
    } catch {
      // unreadable inputs are reported by the reader
    }
  };
  for (const input of inputs) if (input !== '-') await visit(resolve(cwd, input), true);
  return total;
}

export const command: CliCommand = {
  name: 'analyze',
  summary: 'find, attribute, date and score the statements of articles',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(
      argv,
      ['target', 'target-alias', 'actor', 'format', 'lexicon', 'lexicon-mode', 'registry', 'workers', 'worker-heap'],
      ['signal-only', 'recursive', 'strict', 'quiet'],
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
    const workersValue = args.values.get('workers');
    const workers =
      workersValue !== undefined
        ? Number(workersValue)
        : defaultWorkers(await inputBytes(args.positional, args.flags.has('recursive'), io.cwd), availableParallelism());
    if (!Number.isInteger(workers) || workers < 0) {
      io.stderr.write(`stance-shift analyze: --workers must be a whole number (0 for this thread), got "${workersValue}"\n`);
      return EXIT.usage;
    }
    const heapValue = args.values.get('worker-heap');
    const workerHeapMB = heapValue === undefined ? undefined : Number(heapValue);
    if (workerHeapMB !== undefined && !isWorkerHeapMB(workerHeapMB)) {
      io.stderr.write(`stance-shift analyze: --worker-heap must be 0 (no cap) or a whole number of MB from ${MIN_WORKER_HEAP_MB}, got "${heapValue}"\n`);
      return EXIT.usage;
    }
    const strict = args.flags.has('strict');
    let reported = 0;
    const report = (where: string, message: string): void => {
      reported += 1;
      io.stderr.write(`stance-shift analyze: ${where}: ${message}\n`);
    };
    const writer = createStatementWriter(io.stdout, format);
    const progress = new ProgressBar({ stream: io.stderr, isTTY: io.isTTY, quiet: args.flags.has('quiet') });
    try {
      // The user's data files only, read and checked here (loaded on demand, like the analysis code below); the
      // default lexicon and the NLP model are loaded where the analysis runs: in the workers alone, with workers.
      const custom = args.values.has('lexicon') || args.values.has('registry') ? (await import('../dataOptions')).dataFromOptions(args.values) : null;
      const lexicon = args.values.has('lexicon') ? custom?.lexicon : undefined;
      const registry = custom?.registry;
      const common = {
        target: args.values.get('target') ?? null,
        targetAliases: args.repeated.get('target-alias') ?? [],
        actor: args.values.get('actor') ?? null,
        onProblem: strict ? ('fail' as const) : ('skip' as const),
        signalOnly: args.flags.has('signal-only'),
        onReport: (p: InputProblem) => report(p.line === undefined ? p.source : `${p.source}:${p.line}`, p.message),
      };
      const inputs = args.positional.length === 1 && args.positional[0] === '-' ? '-' : args.positional;
      const read = { recursive: args.flags.has('recursive'), onProblem: common.onProblem, stdin: io.stdin };
      const parallel = {
        ...common,
        workers,
        ...(workerHeapMB !== undefined ? { workerHeapMB } : {}),
        // Workers build the default lexicon themselves; only a user's lexicon is sent as data.
        ...(lexicon !== undefined ? { lexicon: lexicon.toData() } : {}),
        ...(args.values.has('registry') ? { registryFile: args.values.get('registry')! } : {}),
        read,
      };
      // With workers, when the process is the command's own, the process is tuned for them (see tuneOwnProcess).
      const hold = workers > 0 && io.ownsProcess === true ? tuneOwnProcess() : () => false;
      if (workers > 0 && format === 'jsonl') {
        // The workers write the JSON lines themselves: the main thread only reads and copies text.
        for await (const chunk of analyzeFilesParallelJsonl(inputs, parallel)) {
          hold();
          progress.tick(chunk.documents, chunk.statements);
          writer.writeText(chunk.text);
        }
      } else {
        const inThread = async () => {
          const [{ analyzeStream }, { createStanceScorer }] = await Promise.all([import('../../stance/analyzeStream'), import('../../stance/createStanceScorer')]);
          return analyzeStream(readDocuments(inputs, { ...read, onReport: common.onReport }), {
            ...common,
            scorer: createStanceScorer({ ...(lexicon !== undefined ? { lexicon } : {}), ...(registry !== undefined ? { registry } : {}) }),
            ...(registry === undefined ? {} : { registry }),
          });
        };
        const statements = workers > 0 ? analyzeFilesParallel(inputs, parallel) : await inThread();
        let doc: string | null = null;
        for await (const s of statements) {
          hold();
          progress.tick(s.doc === doc ? 0 : 1, 1);
          doc = s.doc;
          writer.write(s);
        }
      }
      progress.done();
    } catch (error) {
      progress.done();
      writer.end();
      io.stderr.write(`stance-shift analyze: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    writer.end();
    return reported > 0 ? EXIT.skipped : EXIT.ok;
  },
};
