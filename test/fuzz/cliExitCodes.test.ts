/**
 * The CLI's exit codes on bad input and bad usage (docs/cli-exit-codes.md): bad input is reported and counted (exit
 * 3), `--strict` turns the first problem into a failure (exit 1), bad usage exits 2, and `score` loses nothing:
 * lines written plus lines reported equal the non-blank input lines. Runs the CLI in-process with captured streams.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import fc from 'fast-check';
import { EXIT } from '../../src/cli/CliCommand';
import { runCli } from '../../src/cli/runCli';
import { anyText, hostileText } from './textArbitraries';

/** Generous: the largest inputs take seconds each, and more on a slow or busy machine. */
jest.setTimeout(180_000);

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let work: string;

/** Files are passed by absolute path: not every command resolves relative paths against `io.cwd`. */
const at = (name: string): string => join(work, name);

async function cli(argv: readonly string[], input: readonly (string | Buffer)[] = []): Promise<Result> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await runCli(argv, { stdin: Readable.from(input), stdout, stderr, isTTY: false, cwd: work });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const GOOD = JSON.stringify({ id: 'g1', text: 'Russia will hold talks with the Taliban.', target: 'Taliban', actor: 'Russia' });
const GOOD2 = JSON.stringify({ id: 'g2', text: 'Moscow has not recognised the Taliban.', target: 'Taliban', actor: 'Russia' });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stance-shift-exit-'));
  writeFileSync(join(work, 'good.jsonl'), `${GOOD}\n${GOOD2}\n`);
  writeFileSync(join(work, 'malformed.jsonl'), `${GOOD}\n{"id": "cut", "text": \n${GOOD2}\n`);
  writeFileSync(join(work, 'no-text.jsonl'), `${GOOD}\n{"id": "x", "body": "no text field"}\n`);
  writeFileSync(join(work, 'article.txt'), 'MOSCOW, 18 August 2021. Russia will keep its embassy in Kabul open, the foreign ministry said.\n');
  mkdirSync(join(work, 'empty-dir'));
  writeFileSync(join(work, 'broken.partial.json'), '{"not": "a partial"');
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('exit codes', () => {
  it.each([
    // Rationale: one row per documented case of docs/cli-exit-codes.md.
    ['no command', [], EXIT.usage],
    ['--help', ['--help'], EXIT.ok],
    ['an unknown command', ['frobnicate'], EXIT.usage],
    ['a command --help', ['score', '--help'], EXIT.ok],
    ['an unknown option', ['score', '--frobnicate'], EXIT.usage],
    ['score on good lines', ['score', '--input', 'good.jsonl'], EXIT.ok],
    ['score with a malformed line', ['score', '--input', 'malformed.jsonl'], EXIT.skipped],
    ['score --strict with a malformed line', ['score', '--input', 'malformed.jsonl', '--strict'], EXIT.error],
    ['score with a record without text', ['score', '--input', 'no-text.jsonl'], EXIT.skipped],
    ['score --strict with a record without text', ['score', '--input', 'no-text.jsonl', '--strict'], EXIT.error],
    ['score on a missing file', ['score', '--input', 'missing.jsonl'], EXIT.skipped],
    ['score --strict on a missing file', ['score', '--input', 'missing.jsonl', '--strict'], EXIT.error],
    ['analyze without input', ['analyze', '--target', 'Taliban'], EXIT.usage],
    ['analyze with a bad --format', ['analyze', 'article.txt', '--target', 'Taliban', '--format', 'xml'], EXIT.usage],
    ['analyze on a directory without text files', ['analyze', 'empty-dir', '--target', 'Taliban'], EXIT.skipped],
    ['analyze --strict on a directory without text files', ['analyze', 'empty-dir', '--target', 'Taliban', '--strict'], EXIT.error],
    ['analyze on a missing path', ['analyze', 'missing.txt', '--target', 'Taliban'], EXIT.skipped],
    ['timeline without --actor', ['timeline', 'good.jsonl', '--target', 'Taliban'], EXIT.usage],
    ['merge without files', ['merge'], EXIT.usage],
    ['merge on a malformed partial', ['merge', 'broken.partial.json'], EXIT.error],
    ['eval without --gold', ['eval'], EXIT.usage],
    ['eval on a missing gold file', ['eval', '--gold', 'missing.jsonl'], EXIT.error],
  ] as const)('%s exits as documented', async (_label, args, expected) => {
    // File names in the table are relative to the temporary directory, made absolute here.
    const argv = args.map((a) => (/\.(jsonl|txt|json)$|^empty-dir$/.test(a) ? at(a) : a));
    const result = await cli(argv);
    expect({ code: result.code, stderr: result.code === expected ? '' : result.stderr }).toEqual({ code: expected, stderr: '' });
    if (expected === EXIT.skipped || expected === EXIT.error || (expected === EXIT.usage && argv.length > 0)) expect(result.stderr).not.toBe('');
  });
});

describe('score loses nothing', () => {
  it('writes one line per good record and reports every bad one with its line number', async () => {
    const line = fc.oneof(
      fc.constant(GOOD),
      fc.constant(GOOD2),
      fc.constantFrom('{"id": "cut", "text": ', '{"id": 1, "body": "no text"}', '[1, 2]', 'not json', '""'),
      fc.constantFrom('', '   '),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), async (lines) => {
        run += 1;
        const file = `lines-${run}.jsonl`;
        writeFileSync(join(work, file), lines.join('\n'));
        const result = await cli(['score', '--input', at(file)]);
        const written = result.stdout.split('\n').filter((l) => l !== '');
        const good = lines.flatMap((l, i) => (l === GOOD || l === GOOD2 ? [i + 1] : []));
        const bad = lines.flatMap((l, i) => (l.trim() !== '' && l !== GOOD && l !== GOOD2 ? [i + 1] : []));
        expect(written.map((w) => (JSON.parse(w) as { id: string }).id)).toEqual(good.map((n) => (lines[n - 1] === GOOD ? 'g1' : 'g2')));
        // Each bad line is named on stderr as file:line.
        for (const n of bad) expect(result.stderr).toContain(`${file}:${n}:`);
        expect(written.length + bad.length).toBe(lines.filter((l) => l.trim() !== '').length);
        expect(result.code).toBe(bad.length > 0 ? EXIT.skipped : EXIT.ok);
      }),
      { numRuns: 25, seed: 404 },
    );
  });
});

describe('analyze on arbitrary standard input', () => {
  it('never fails: exits 0 or 3, and writes statements whose text is a slice of the input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(anyText(300), hostileText(80).map((t) => `MOSCOW, 18 August 2021. ${t}\nRussia will hold talks with the Taliban, Lavrov said.`)),
        fc.integer({ min: 1, max: 40 }),
        async (text, chunk) => {
          const bytes = Buffer.from(text, 'utf8');
          // Rationale: chunks of arbitrary size, so multi-byte characters are split between reads.
          const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
          const result = await cli(['analyze', '-', '--target', 'Taliban'], chunks);
          expect([EXIT.ok, EXIT.skipped]).toContain(result.code);
          // A byte-order mark at the start is not part of the document: offsets count from after it.
          const decoded = bytes.toString('utf8').replace(/^\ufeff/, '');
          for (const line of result.stdout.split('\n').filter((l) => l !== '')) {
            const statement = JSON.parse(line) as { text: string; start: number; end: number };
            expect(decoded.slice(statement.start, statement.end)).toBe(statement.text);
          }
        },
      ),
      { numRuns: 20, seed: 1945 },
    );
  });
});
