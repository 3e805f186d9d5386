import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { said } from './timelineHelpers';
import { runCliCaptured, type CliRun } from '../helpers/runCliCaptured';

async function run(argv: string[], cwd: string, stdin: Readable = new PassThrough()): Promise<CliRun> {
  return runCliCaptured(argv, { cwd, stdin });
}

const lines = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';

describe('stance-shift timeline and merge', () => {
  let dir: string;
  const early = [said('2021-01-05', -0.8, 0, { text: 'No talks for now.' }), said('2021-02-05', -0.8, 0, { text: 'Still no talks.' })];
  const late = [said('2021-04-05', 0.7, -0.5, { text: 'Talks, but no recognition.' })];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-shift-timeline-'));
    writeFileSync(join(dir, 'early.jsonl'), `${lines(early)}\n{not json\n${JSON.stringify({ date: 'soon' })}\n`);
    writeFileSync(join(dir, 'late.jsonl'), lines(late));
    writeFileSync(join(dir, 'clean.jsonl'), lines(early));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON with points, smoothed, changePoints and shifts; reports bad lines with file:line and exits 3', async () => {
    const r = await run(['timeline', 'early.jsonl', 'late.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--format', 'json'], dir);
    expect(r.code).toBe(3);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['points', 'smoothed', 'changePoints', 'shifts', 'changeProbability']));
    expect(json.changeProbability.engagement).toHaveLength(4);
    expect(json.points.map((p: { period: string }) => p.period)).toEqual(['2021-01', '2021-02', '2021-03', '2021-04']);
    expect(r.err).toContain('early.jsonl:4: malformed-json');
    expect(r.err).toContain('early.jsonl:5: invalid-statement');
    expect(r.err).toContain('skipped 2 bad input item(s)');
  });

  it('--strict fails at the first bad line', async () => {
    const r = await run(['timeline', 'early.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--strict'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('early.jsonl:4');
  });

  it('prints a table with the phases, and reads stdin for -', async () => {
    const r = await run(['timeline', '-', '--actor', 'Russia', '--target', 'Taliban'], dir, Readable.from([lines([...early, ...late])]));
    expect(r.code).toBe(0);
    expect(r.out).toContain('2021-03');
    expect(r.out).toContain('engagement without recognition');
    expect(r.out).toContain('No shifts found.');
  });

  it('reads the *.jsonl files of a directory, in name order', async () => {
    const sub = join(dir, 'scored');
    mkdirSync(sub);
    writeFileSync(join(sub, 'b.jsonl'), lines(late));
    writeFileSync(join(sub, 'a.jsonl'), lines(early));
    writeFileSync(join(sub, 'notes.md'), 'neither statements nor articles');
    const r = await run(['timeline', 'scored', '--actor', 'Russia', '--target', 'Taliban', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).points.map((p: { n: number }) => p.n)).toEqual([1, 1, 0, 1]);
  });

  it('analyses the articles of a directory (.txt) like analyze does, and reports an undatable one', async () => {
    const sub = join(dir, 'articles');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.txt'), 'date 2022-03-04 Moscow will hold talks with the Taliban next week, the Kremlin said.\n');
    writeFileSync(join(sub, 'b.txt'), 'The Kremlin refuses to negotiate with the Taliban, officials said.\n');
    const r = await run(['timeline', 'articles', '--actor', 'Russia', '--target', 'Taliban', '--format', 'json'], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/b\.txt: undatable/);
    const points = JSON.parse(r.out).points as { period: string; n: number; engagement: { mean: number } }[];
    expect(points.map((p) => [p.period, p.n])).toEqual([['2022-03', 1]]);
    expect(points[0]!.engagement.mean).toBeGreaterThan(0);
  });

  it('prints CSV, one row per period', async () => {
    const r = await run(['timeline', 'clean.jsonl', 'late.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--format', 'csv'], dir);
    const rows = r.out.trim().split('\n');
    expect(rows[0]?.startsWith('period,start,end,n,engagement_mean')).toBe(true);
    expect(rows).toHaveLength(5);
  });

  it('merging partial files gives the same output as one run', async () => {
    const a = await run(['timeline', 'clean.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--partial'], dir);
    const b = await run(['timeline', 'late.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--partial'], dir);
    writeFileSync(join(dir, 'a.json'), a.out);
    writeFileSync(join(dir, 'b.json'), b.out);
    const merged = await run(['merge', 'b.json', 'a.json', '--format', 'json'], dir);
    const whole = await run(['timeline', 'clean.jsonl', 'late.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--format', 'json'], dir);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole.out);
  });

  it.each([
    [['timeline', 'clean.jsonl', '--target', 'Taliban'], 2, '--actor'],
    [['timeline', 'clean.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--format', 'xml'], 2, '--format'],
    [['timeline', 'clean.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--bogus'], 2, 'unknown option --bogus'],
    [['timeline', 'clean.jsonl', '--actor', 'Russia', '--target', 'Taliban', '--interval', 'decade'], 1, 'interval'],
    [['timeline', 'missing.jsonl', '--actor', 'Russia', '--target', 'Taliban'], 3, 'missing.jsonl'],
    [['merge'], 2, 'partial timeline file'],
    [['merge', 'clean.jsonl'], 1, 'clean.jsonl'],
  ])('%j exits %d and names %s', async (argv, code, message) => {
    const r = await run(argv, dir);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });
});
