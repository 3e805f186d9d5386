/**
 * Determinism of the CLI: the same input gives byte-identical output (stdout, stderr and exit code) across runs, time
 * zones and locales; the timeline does not depend on the order of its input lines; and merging partial timelines
 * of disjoint halves gives the timeline of the whole, whichever way the halves are cut and in whatever order they
 * are merged (what parallel workers rely on). Each run is a separate process: in CI, of the built CLI that ships
 * (CI builds before testing); elsewhere, of the sources through tsx, since a local dist/ may be stale.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDist } from '../package/ensureDist';

jest.setTimeout(300_000);

const REPO_ROOT = resolve(__dirname, '..', '..');
const CLI = join(REPO_ROOT, 'src', 'cli', 'main.ts');
const EXAMPLES = join(REPO_ROOT, 'examples', 'data');
/** tsx's loader by absolute URL: `--import tsx` would resolve from the working directory, a temporary one here. */
const TSX = pathToFileURL(join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const FROM_DIST = process.env.CI === 'true' || process.env.CI === '1';
const COMMAND = FROM_DIST ? [join(REPO_ROOT, 'dist', 'cli.js')] : ['--import', TSX, CLI];

/** Two environments that differ in everything that must not matter: time zone, locale, working directory. */
const ENVIRONMENTS = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Asia/Kabul', LANG: 'ru_RU.UTF-8', LC_ALL: 'ru_RU.UTF-8' },
] as const;

interface Run {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: Buffer;
}

let work: string;

/** Runs the CLI in its own process and collects its output as bytes. */
function cli(args: readonly string[], env: Record<string, string> = ENVIRONMENTS[0]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...COMMAND, ...args], {
      cwd: work,
      env: { ...process.env, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

/** Runs the same command in both environments, concurrently. */
function twice(args: readonly string[]): Promise<[Run, Run]> {
  return Promise.all([cli(args, ENVIRONMENTS[0]), cli(args, ENVIRONMENTS[1])]);
}

/** Compares two runs byte for byte; on failure, shows the first differing line rather than two blobs. */
function expectIdentical(a: Run, b: Run): void {
  const firstDifference = (x: Buffer, y: Buffer): string | null => {
    if (x.equals(y)) return null;
    const xl = x.toString('utf8').split('\n');
    const yl = y.toString('utf8').split('\n');
    const i = xl.findIndex((line, k) => line !== yl[k]);
    const at = i < 0 ? xl.length : i;
    return `line ${at + 1}:\n  ${xl[at]?.slice(0, 300) ?? '<none>'}\n  ${yl[at]?.slice(0, 300) ?? '<none>'}`;
  };
  expect({ code: b.code, stdout: firstDifference(a.stdout, b.stdout), stderr: firstDifference(a.stderr, b.stderr) }).toEqual({
    code: a.code,
    stdout: null,
    stderr: null,
  });
}

/** Statements written for this test (not from any evaluation set): dated, with an actor and a target. */
const STATEMENTS = [
  { id: 'd1', text: 'Russia will keep its embassy in Kabul open and hold talks with the Taliban.', actor: 'Russia', target: 'Taliban', date: '2021-08-20' },
  { id: 'd2', text: 'Moscow is in no hurry to recognise the Taliban government.', actor: 'Russia', target: 'Taliban', date: '2021-09-03' },
  { id: 'd3', text: '“We are not planning any contacts with them,” the envoy said.', actor: 'Russia', target: 'Taliban', date: '2021-10-11' },
  { id: 'd4', text: 'The Kremlin said it would remove the movement from its list of banned organisations.', actor: 'Russia', target: 'Taliban', date: '2022-06-10' },
  { id: 'd5', text: 'Russia accepted the credentials of an ambassador appointed by the Taliban.', actor: 'Russia', target: 'Taliban', date: '2024-04-02' },
];

beforeAll(() => {
  if (FROM_DIST) ensureDist();
  work = mkdtempSync(join(tmpdir(), 'stance-shift-determinism-'));
  // Rationale: a malformed line in the middle, so that the problem report on stderr and exit code 3 are compared too.
  const lines = STATEMENTS.map((s) => JSON.stringify(s));
  lines.splice(2, 0, '{"id": "broken", "text": ');
  writeFileSync(join(work, 'statements.jsonl'), `${lines.join('\n')}\n`);
});

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('stance-shift score', () => {
  it('writes byte-identical output, problem report and exit code in two time zones and locales', async () => {
    const [a, b] = await twice(['score', '--input', 'statements.jsonl']);
    expect(a.code).toBe(3);
    expect(a.stdout.toString('utf8').trim().split('\n')).toHaveLength(STATEMENTS.length);
    expectIdentical(a, b);
  });
});

describe('stance-shift analyze, timeline, merge and report on the example corpus', () => {
  let analyzed: string[];

  beforeAll(async () => {
    const [a, b] = await twice(['analyze', EXAMPLES, '--target', 'Taliban', '--actor', 'Russia', '--format', 'jsonl']);
    expectIdentical(a, b);
    analyzed = a.stdout.toString('utf8').split('\n').filter((l) => l.trim() !== '');
    writeFileSync(join(work, 'analyzed.jsonl'), `${analyzed.join('\n')}\n`);
    // Rationale: the same statements in reverse order, and split into two disjoint halves (odd and even lines).
    writeFileSync(join(work, 'reversed.jsonl'), `${[...analyzed].reverse().join('\n')}\n`);
    writeFileSync(join(work, 'odd.jsonl'), `${analyzed.filter((_, i) => i % 2 === 1).join('\n')}\n`);
    writeFileSync(join(work, 'even.jsonl'), `${analyzed.filter((_, i) => i % 2 === 0).join('\n')}\n`);
  });

  it('analyze finds statements (so that the comparisons below compare something)', () => {
    expect(analyzed.length).toBeGreaterThan(10);
  });

  const TIMELINE = ['--actor', 'Russia', '--target', 'Taliban', '--interval', 'month', '--format', 'json'];

  it('timeline is byte-identical across runs and does not depend on the order of the input lines', async () => {
    const [[a, b], reversed] = await Promise.all([twice(['timeline', 'analyzed.jsonl', ...TIMELINE]), cli(['timeline', 'reversed.jsonl', ...TIMELINE], ENVIRONMENTS[1])]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout.toString('utf8'))).toBeTruthy();
    expectIdentical(a, b);
    expectIdentical(a, reversed);
  });

  it('merging the partial timelines of two disjoint halves, in either order, gives the timeline of the whole', async () => {
    const [whole, odd, even] = await Promise.all([
      cli(['timeline', 'analyzed.jsonl', ...TIMELINE]),
      cli(['timeline', 'odd.jsonl', ...TIMELINE, '--partial']),
      cli(['timeline', 'even.jsonl', ...TIMELINE, '--partial']),
    ]);
    expect([odd.code, even.code]).toEqual([0, 0]);
    writeFileSync(join(work, 'odd.partial.json'), odd.stdout);
    writeFileSync(join(work, 'even.partial.json'), even.stdout);
    const [oddFirst, evenFirst] = await Promise.all([
      cli(['merge', 'odd.partial.json', 'even.partial.json', '--format', 'json']),
      cli(['merge', 'even.partial.json', 'odd.partial.json', '--format', 'json'], ENVIRONMENTS[1]),
    ]);
    expectIdentical(whole, oddFirst);
    expectIdentical(whole, evenFirst);
  });

  it('report writes a byte-identical HTML file in two time zones and locales', async () => {
    const args = ['report', 'analyzed.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--quiet', '--out'];
    const [a, b] = await Promise.all([cli([...args, 'a.html'], ENVIRONMENTS[0]), cli([...args, 'b.html'], ENVIRONMENTS[1])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const html = [readFileSync(join(work, 'a.html')), readFileSync(join(work, 'b.html'))];
    expect(html[0]!.length).toBeGreaterThan(1000);
    expect(html[0]!.equals(html[1]!)).toBe(true);
  });
});
