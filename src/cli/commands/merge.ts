import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StanceShiftError } from '../../errors';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { timelineParsePartial } from '../../stance/timelineParsePartial';
import { timelineMergePartials } from '../../stance/timelineMergePartials';
import { timelineFromPartial } from '../../stance/timelineFromPartial';
import { timelineChangeProbability } from '../../stance/timelineChangeProbability';
import { parseArgs } from '../parseArgs';
import { outputOptions, writeTimeline } from './timeline';

const USAGE = `Usage: stance-shift merge <partial.json...> [options]

Adds up partial timelines (written by "stance-shift timeline --partial") of disjoint inputs and prints
the timeline of all of them: the same output as one "stance-shift timeline" run over every input.

Options:
  --format FORMAT       table (default) | json | csv
  --from DATE, --to DATE, --penalty RULE, --level P   as for "stance-shift timeline"
  --partial             write the merged partial instead (to merge again later)`;

/**
 * `stance-shift merge`: partial timelines in, one timeline out.
 *
 * @example
 * // stance-shift merge 2021.json 2022.json --format json   (same output as one timeline run over both years)
 */
export const command: CliCommand = {
  name: 'merge',
  summary: 'Merge partial timeline files into one timeline',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, ['format', 'from', 'to', 'penalty', 'level'], ['partial']);
    if (typeof parsed === 'string') {
      io.stderr.write(`stance-shift merge: ${parsed}\n`);
      return EXIT.usage;
    }
    if (parsed.positional.length === 0) {
      io.stderr.write('stance-shift merge: give at least one partial timeline file (see --help)\n');
      return EXIT.usage;
    }
    const out = outputOptions(parsed.values);
    if (typeof out === 'string') {
      io.stderr.write(`stance-shift merge: ${out}\n`);
      return EXIT.usage;
    }
    try {
      const partials = [];
      for (const file of parsed.positional) {
        let value: unknown;
        try {
          value = JSON.parse(await readFile(resolve(io.cwd, file), 'utf8'));
        } catch (error) {
          io.stderr.write(`stance-shift merge: ${file}: ${(error as Error).message}\n`);
          return EXIT.error;
        }
        partials.push(timelineParsePartial(value, file));
      }
      const merged = timelineMergePartials(partials);
      if (parsed.flags.has('partial')) io.stdout.write(`${JSON.stringify(merged)}\n`);
      else writeTimeline(timelineFromPartial(merged, out.options), out.format, io, timelineChangeProbability(merged, out.options));
      return EXIT.ok;
    } catch (error) {
      if (error instanceof StanceShiftError) {
        io.stderr.write(`stance-shift merge: ${error.message}\n`);
        return EXIT.error;
      }
      throw error;
    }
  },
};
