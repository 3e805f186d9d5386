import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { StanceShiftError } from '../../errors';
import { readJsonl } from '../../io/readJsonl';
import { createStanceScorer } from '../../stance/createStanceScorer';
import type { Scorer } from '../../scoring/createScorer';
import type { ActorRegistry } from '../../attribution/ActorRegistry';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { parseArgs } from '../parseArgs';
import { checkLexiconMode } from '../lexiconMode';
import { dataFromOptions } from '../dataOptions';

const USAGE = `Usage: stance-shift score [--input FILE] [options]

Scores statements read as JSONL (standard input when no --input): each line an object
{ "id"?, "text", "actor"?, "target"?, "targetAliases"? }. Writes one JSONL line per statement with the
input fields plus engagement, recognition and threat ({ score, label }), phase and evidence.

Options:
  --input FILE           JSONL file to read (default: standard input)
  --target NAME          target for records that give none
  --target-alias A       alias of that target (repeatable)
  --actor NAME           actor for records that give none
  --lexicon FILE         lexicon JSON whose entries extend (or replace, see --lexicon-mode) the default
  --lexicon-mode MODE    extend (default) | replace
  --registry FILE        actor registry JSON that extends the default one
  --strict               stop at the first malformed line (exit 1) instead of skipping it

Exit codes: 0 all scored, 3 some lines skipped (reported on stderr), 1 error, 2 usage.`;

/** The scorer and the actor registry the `score`, `eval` and `analyze` commands build from their options. */
export function stanceFromOptions(values: ReadonlyMap<string, string>): { scorer: Scorer; registry?: ActorRegistry } {
  const { lexicon, registry } = dataFromOptions(values);
  return registry === undefined ? { scorer: createStanceScorer({ lexicon }) } : { scorer: createStanceScorer({ lexicon, registry }), registry };
}

/** The scorer the commands build from their options (see {@link stanceFromOptions}). */
export function scorerFromOptions(values: ReadonlyMap<string, string>): Scorer {
  return stanceFromOptions(values).scorer;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const command: CliCommand = {
  name: 'score',
  summary: 'score statements (JSONL in, JSONL out) on engagement, recognition and threat',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseArgs(argv, ['input', 'target', 'target-alias', 'actor', 'lexicon', 'lexicon-mode', 'registry'], ['strict']);
    if (typeof args === 'string') {
      io.stderr.write(`stance-shift score: ${args}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const badMode = checkLexiconMode(args.values);
    if (badMode !== null) {
      io.stderr.write(`stance-shift score: ${badMode}\n`);
      return EXIT.usage;
    }
    let scorer: Scorer;
    try {
      scorer = scorerFromOptions(args.values);
    } catch (error) {
      io.stderr.write(`stance-shift score: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    const strict = args.flags.has('strict');
    const input = args.values.get('input');
    const name = input ?? '<stdin>';
    const reader = readJsonl(input === undefined ? (io.stdin as Readable & AsyncIterable<Uint8Array>) : resolve(io.cwd, input), {
      name,
      onProblem: strict ? 'fail' : 'skip',
      onReport: (p) => io.stderr.write(`stance-shift score: ${p.source}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}\n`),
    });
    const defaults = {
      target: args.values.get('target'),
      actor: args.values.get('actor'),
      aliases: args.repeated.get('target-alias') ?? [],
    };
    let skipped = 0;
    try {
      for await (const { line, value } of reader) {
        if (!isRecord(value) || typeof value.text !== 'string') {
          skipped += 1;
          const message = `${name}:${line}: each record needs a "text" string`;
          if (strict) throw new StanceShiftError('bad-input', message);
          io.stderr.write(`stance-shift score: ${message}\n`);
          continue;
        }
        const target = typeof value.target === 'string' ? value.target : defaults.target;
        const actor = typeof value.actor === 'string' ? value.actor : defaults.actor;
        // The default aliases belong to the default target: a record about another target does not inherit them.
        const aliases = Array.isArray(value.targetAliases)
          ? value.targetAliases.filter((a): a is string => typeof a === 'string')
          : target === defaults.target
            ? defaults.aliases
            : [];
        const s = scorer.score(value.text, { actor: actor ?? null, target: target ?? null, targetAliases: aliases });
        io.stdout.write(`${JSON.stringify({ ...value, engagement: s.engagement, recognition: s.recognition, threat: s.threat, phase: s.phase, evidence: s.evidence })}\n`);
      }
    } catch (error) {
      io.stderr.write(`stance-shift score: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT.error;
    }
    skipped += reader.stats().skipped;
    if (skipped > 0) io.stderr.write(`stance-shift score: ${skipped} line(s) skipped\n`);
    return skipped > 0 ? EXIT.skipped : EXIT.ok;
  },
};
