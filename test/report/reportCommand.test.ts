import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import { EXIT } from '../../src/cli/CliCommand';
import { runCli } from '../../src/cli/runCli';
import { statements } from './fixtures/statements';

const root = resolve(__dirname, '../..');
/** tsx's loader as a file URL, so that the child process finds it whatever its working directory. */
const TSX = pathToFileURL(require.resolve('tsx', { paths: [root] })).href;
// Made when the file loads: the test tables below name these paths.
const dir = mkdtempSync(join(tmpdir(), 'stance-report-'));
const input = join(dir, 'statements.jsonl');
// The fixture statements, then a malformed line (7) and a record that is not a statement (8).
writeFileSync(input, `${statements.map((s) => JSON.stringify(s)).join('\n')}\n{bad json\n{"text": 1}\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the real CLI in a child process (rendering needs the ESM-only vega, which jest cannot load). */
function cli(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, join(root, 'src/cli/main.ts'), 'report', ...args], {
    cwd: dir,
    input: stdin ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function io() {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c) => (out.stdout += String(c)));
  stderr.on('data', (c) => (out.stderr += String(c)));
  return { out, io: { stdin: new PassThrough(), stdout, stderr, isTTY: false, cwd: dir } };
}

describe('stance-shift report: usage', () => {
  it.each([
    ['no input', ['--actor', 'Russia', '--target', 'Taliban', '--out', 'r.html'], 'give at least one input'],
    ['no actor', ['in.jsonl', '--target', 'Taliban', '--out', 'r.html'], 'give --actor'],
    ['no target', ['in.jsonl', '--actor', 'Russia', '--out', 'r.html'], 'give --target'],
    ['no output', ['in.jsonl', '--actor', 'Russia', '--target', 'Taliban'], 'give --out'],
    ['an unknown option', ['in.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--out', 'r.html', '--colour', 'red'], 'unknown option --colour'],
  ])('rejects %s with exit code 2 and says what to give', async (_why, args, message) => {
    const { out, io: streams } = io();
    await expect(runCli(['report', ...args], streams)).resolves.toBe(EXIT.usage);
    expect(out.stderr).toContain(message);
  });

  it('prints its usage on --help', async () => {
    const { out, io: streams } = io();
    await expect(runCli(['report', '--help'], streams)).resolves.toBe(EXIT.ok);
    expect(out.stdout).toContain('--actor NAME');
  });
});

describe('stance-shift report: end to end', () => {
  it('writes the report, lists each skipped line with its location and exits 3', () => {
    const r = cli([input, '--actor', 'russia', '--target', 'Taliban', '--out', 'report.html', '--interval', 'quarter', '--from', '2021-01-01']);
    expect(r.code).toBe(EXIT.skipped);
    expect(r.stderr).toContain('statements.jsonl:7: malformed-json');
    expect(r.stderr).toContain('statements.jsonl:8: invalid-statement: "text" must be a string');
    // Not a terminal: no progress bar drawn.
    expect(r.stderr).not.toContain('\r');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Russia → Taliban</title>');
    // Rows for the four Russia-Taliban statements only ("Russia <script>" is another actor, China too).
    expect(html.match(/<tr data-actor=/g)).toHaveLength(4);
    expect(html).toContain('statements.jsonl:7: malformed-json');
    expect(html.match(/<svg /g)).toHaveLength(2);
    // --from extends the timeline back to an empty first quarter.
    expect(html).toContain('2021-01-01 to 2022-03-31');
  });

  it('analyses articles on the way: a directory of .txt files gives a report like analyze would', () => {
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, 'a.txt'), 'date 2022-03-04 Moscow held talks with the Taliban in Kazan, the Kremlin said.\n');
    writeFileSync(join(articles, 'b.txt'), 'date 2022-06-10 Russia is in no rush to recognise the Taliban government, Lavrov said.\n');
    const r = cli(['articles', '--actor', 'Russia', '--target', 'Taliban', '--out', 'articles.html']);
    expect(r.code).toBe(EXIT.ok);
    const html = readFileSync(join(dir, 'articles.html'), 'utf8');
    expect(html.match(/<tr data-actor=/g)).toHaveLength(2);
    expect(html).toContain('a.txt');
  });

  it('compares several actors, reads standard input and writes to standard output', () => {
    const r = cli(['-', '--actor', 'Russia', '--actor', 'China', '--target', 'Taliban', '--out', '-', '--interval', 'year', '--title', 'Two <actors>'], readFileSync(input, 'utf8'));
    expect(r.code).toBe(EXIT.skipped);
    expect(r.stdout).toContain('<title>Two &lt;actors&gt;</title>');
    expect(r.stderr).toContain('<stdin>:5: undatable');
    expect(r.stdout).toContain('&lt;stdin&gt;:5: undatable');
    // Two pairs: a timeline and a plane each, and the comparison.
    expect(r.stdout.match(/<svg /g)).toHaveLength(5);
  });

  it.each([
    ['--strict stops at the first bad line', [input, '--actor', 'Russia', '--target', 'Taliban', '--out', 'x.html', '--strict'], 'statements.jsonl:7: malformed-json'],
    ['an actor with no statement is an error naming the pairs present', [input, '--actor', 'Nobody', '--target', 'Taliban', '--out', 'x.html'], 'no statement has actor "Nobody"'],
    ['a bad interval names the option', [input, '--actor', 'Russia', '--target', 'Taliban', '--out', 'x.html', '--interval', 'fortnight'], 'Invalid option "interval"'],
    ['a missing file is reported, not a crash', [join(dir, 'missing.jsonl'), '--actor', 'Russia', '--target', 'Taliban', '--out', 'x.html'], 'missing.jsonl'],
  ])('%s (exit 1)', (_why, args, message) => {
    const r = cli(args);
    expect(r.code).toBe(EXIT.error);
    expect(r.stderr).toContain(message);
  });
});
