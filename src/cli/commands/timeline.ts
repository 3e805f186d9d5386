import type { Dimension, Interval, Timeline } from '../../types';
import { StanceShiftError } from '../../errors';
import { EXIT, type CliCommand, type CliIo } from '../CliCommand';
import { parseArgs } from '../parseArgs';
import { readScoredJsonl } from '../readScoredJsonl';
import { timelinePartial } from '../../stance/timelinePartial';
import { timelineFromPartial, type TimelineFromPartialOptions } from '../../stance/timelineFromPartial';
import { timelineChangeProbability } from '../../stance/timelineChangeProbability';

const USAGE = `Usage: stance-shift timeline <inputs...> --actor NAME --target NAME [options]

Prints one actor's stance toward one target per period, with the shifts found.
Inputs are the same as analyze's: articles (.txt files, JSONL records { id, text, published? }), directories
of them, or - for stdin; and JSONL files of already scored statements (date, actor, target and
engagement/recognition/threat {score, label}), which are used as they are.

Options:
  --actor NAME          stance holder (required)
  --target NAME         target of the stance (required)
  --target-alias A      another alias of the target, for articles (repeatable)
  --interval UNIT       day | week | month (default) | quarter | year
  --format FORMAT       table (default) | json | csv
  --from DATE           first day to cover (YYYY-MM-DD)
  --to DATE             last day to cover (YYYY-MM-DD)
  --penalty RULE        PELT penalty: mbic (default) | bic | a number
  --level P             interval coverage (default 0.95)
  --partial             write the partial timeline (sufficient statistics) for "stance-shift merge"
  --strict              fail at the first malformed input line instead of skipping it`;

/**
 * Reads the output options shared by `timeline` and `merge`, or returns an error message.
 *
 * @example
 * outputOptions(new Map([['format', 'csv'], ['penalty', 'bic']])); // { format: 'csv', options: { changePoints: { penalty: 'bic' } } }
 */
export function outputOptions(values: ReadonlyMap<string, string>): { format: string; options: TimelineFromPartialOptions } | string {
  const format = values.get('format') ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) return `--format must be table, json or csv, got "${format}"`;
  const penalty = values.get('penalty');
  const level = values.get('level');
  const options: TimelineFromPartialOptions = {
    ...(values.has('from') ? { from: values.get('from') as string } : {}),
    ...(values.has('to') ? { to: values.get('to') as string } : {}),
    ...(level === undefined ? {} : { level: Number(level) }),
    ...(penalty === undefined ? {} : { changePoints: { penalty: penalty === 'bic' || penalty === 'mbic' ? penalty : Number(penalty) } }),
  };
  return { format, options };
}

function fixed(x: number | null, digits = 2): string {
  return x === null ? '' : x.toFixed(digits);
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes a timeline as a table, JSON (`{ actor, target, interval, points, smoothed, changePoints, shifts }`) or CSV
 * (one row per period: mean, interval, count and smoothed mean per dimension, and the phase).
 *
 * @example
 * writeTimeline(t, 'json', io); // prints the JSON object
 */
export function writeTimeline(t: Timeline, format: string, io: CliIo, changeProbability?: Record<Dimension, (number | null)[]>): void {
  if (format === 'json') {
    const body = { actor: t.actor, target: t.target, interval: t.interval, points: t.points, smoothed: t.smoothed, changePoints: t.changePoints, shifts: t.shifts };
    io.stdout.write(`${JSON.stringify(changeProbability === undefined ? body : { ...body, changeProbability }, null, 2)}\n`);
    return;
  }
  if (format === 'csv') {
    const dims = ['engagement', 'recognition', 'threat'] as const;
    const header = ['period', 'start', 'end', 'n', ...dims.flatMap((d) => [`${d}_mean`, `${d}_lo`, `${d}_hi`, `${d}_n`, `${d}_smoothed`]), 'phase'];
    const rows = t.points.map((p, i) => {
      const s = t.smoothed[i];
      return [p.period, p.start, p.end, String(p.n), ...dims.flatMap((d) => [p[d].mean, p[d].lo, p[d].hi, p[d].n, s?.[d].mean ?? null].map((v) => (v === null ? '' : String(v)))), p.phase];
    });
    io.stdout.write(`${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
    return;
  }
  const lines = [`${t.actor} -> ${t.target}, by ${t.interval}`, ''];
  lines.push(`${'period'.padEnd(10)} ${'n'.padStart(4)}  ${'engagement [95%]'.padEnd(22)} ${'recognition [95%]'.padEnd(22)} ${'threat'.padEnd(6)}  phase`);
  for (const p of t.points) {
    const cell = (d: 'engagement' | 'recognition') => (p[d].mean === null ? '-' : `${fixed(p[d].mean)} [${fixed(p[d].lo)}, ${fixed(p[d].hi)}]`);
    lines.push(`${p.period.padEnd(10)} ${String(p.n).padStart(4)}  ${cell('engagement').padEnd(22)} ${cell('recognition').padEnd(22)} ${(p.threat.mean === null ? '-' : fixed(p.threat.mean)).padEnd(6)}  ${p.phase}`);
  }
  lines.push('');
  if (t.shifts.length === 0) {
    lines.push('No shifts found.');
  } else {
    lines.push('Shifts:');
    for (const s of t.shifts) lines.push(`  ${s.summary} (confidence ${s.confidence.toFixed(2)})`);
  }
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `stance-shift timeline`: scored statements in, periods and shifts out.
 *
 * @example
 * // stance-shift timeline scored.jsonl --actor Russia --target Taliban --format json
 */
export const command: CliCommand = {
  name: 'timeline',
  summary: 'Timeline of one actor toward one target, with its shifts',
  usage: USAGE,
  async run(argv: readonly string[], io: CliIo): Promise<number> {
    const parsed = parseArgs(argv, ['actor', 'target', 'target-alias', 'interval', 'format', 'from', 'to', 'penalty', 'level'], ['partial', 'strict']);
    if (typeof parsed === 'string') {
      io.stderr.write(`stance-shift timeline: ${parsed}\n`);
      return EXIT.usage;
    }
    const actor = parsed.values.get('actor');
    const target = parsed.values.get('target');
    if (actor === undefined || target === undefined || parsed.positional.length === 0) {
      io.stderr.write('stance-shift timeline: give input files, --actor and --target (see --help)\n');
      return EXIT.usage;
    }
    const out = outputOptions(parsed.values);
    if (typeof out === 'string') {
      io.stderr.write(`stance-shift timeline: ${out}\n`);
      return EXIT.usage;
    }
    try {
      const { statements, problems } = await readScoredJsonl(parsed.positional, {
        cwd: io.cwd,
        stdin: io.stdin,
        strict: parsed.flags.has('strict'),
        onProblem: (p) => io.stderr.write(`${p.source}${p.line === undefined ? '' : `:${p.line}`}: ${p.kind}: ${p.message}\n`),
        documents: { target, targetAliases: parsed.repeated.get('target-alias') ?? [], onProblem: parsed.flags.has('strict') ? 'fail' : 'skip' },
      });
      if (problems.length > 0) io.stderr.write(`stance-shift timeline: skipped ${problems.length} bad input item(s)\n`);
      const partial = timelinePartial(statements, { actor, target, interval: (parsed.values.get('interval') ?? 'month') as Interval });
      if (partial.periods.length === 0) io.stderr.write(`stance-shift timeline: no statement of "${actor}" about "${target}" in the input\n`);
      if (parsed.flags.has('partial')) {
        io.stdout.write(`${JSON.stringify(partial)}\n`);
      } else {
        writeTimeline(timelineFromPartial(partial, out.options), out.format, io, timelineChangeProbability(partial, out.options));
      }
      return problems.length > 0 ? EXIT.skipped : EXIT.ok;
    } catch (error) {
      if (error instanceof StanceShiftError) {
        io.stderr.write(`stance-shift timeline: ${error.message}\n`);
        return EXIT.error;
      }
      throw error;
    }
  },
};
