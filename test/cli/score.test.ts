import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runCliCaptured, type CliRun } from '../helpers/runCliCaptured';

async function run(argv: string[], stdin: Readable = new PassThrough()): Promise<CliRun> {
  return runCliCaptured(['score', ...argv], { stdin });
}

const jsonl = (xs: unknown[]): string => `${xs.map((x) => JSON.stringify(x)).join('\n')}\n`;
const records = (out: string): Record<string, unknown>[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const label = (r: Record<string, unknown>, d: string): number => (r[d] as { label: number }).label;

describe('stance-shift score', () => {
  let dir: string;
  const good = [
    { id: 's1', text: 'Russia is ready to hold talks with the Taliban.', actor: 'Russia', target: 'Taliban', source: 'mine' },
    { id: 's2', text: 'Russia is not planning to negotiate with the Taliban.', actor: 'Russia', target: 'Taliban' },
  ];


  it('gives the default aliases only to records about the default target', async () => {
    const record = { text: 'Moscow will hold talks with Beijing next week.', target: 'Hamas', actor: 'Russia' };
    const withDefaults = await run(['score', '--target', 'Taliban', '--target-alias', 'Beijing'], Readable.from([jsonl([record])]));
    const without = await run(['score'], Readable.from([jsonl([record])]));
    expect(label(records(withDefaults.out)[0]!, 'engagement')).toBe(label(records(without.out)[0]!, 'engagement'));
    expect(label(records(without.out)[0]!, 'engagement')).toBe(0);
  });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-shift-score-'));
    writeFileSync(join(dir, 'good.jsonl'), jsonl(good));
    // lines: 1 good, 2 malformed, 3 blank, 4 array, 5 no text, 6 good, 7 text not a string
    writeFileSync(
      join(dir, 'mixed.jsonl'),
      [JSON.stringify(good[0]), '{"text": "broken', '', '["a list"]', JSON.stringify({ id: 'x' }), JSON.stringify(good[1]), JSON.stringify({ text: 5 })].join('\n') + '\n',
    );
    writeFileSync(join(dir, 'extra.json'), JSON.stringify({ name: 'extra', cues: [{ id: 'eng.parley', pattern: 'parley', dimension: 'engagement', sign: 1, weight: 0.9, note: 'test cue' }] }));
    writeFileSync(join(dir, 'bad-lexicon.json'), JSON.stringify({ cues: [{ id: 'eng.bad', pattern: 'talk', dimension: 'friendship', sign: 1, weight: 0.5, note: 'x' }] }));
    writeFileSync(join(dir, 'broken.json'), '{ not json');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSONL line per record with the input fields plus the scores, phase and evidence (exit 0)', async () => {
    const r = await run(['--input', join(dir, 'good.jsonl')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const out = records(r.out);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject(good[0]!);
    for (const rec of out) {
      expect(Object.keys(rec)).toEqual(expect.arrayContaining(['engagement', 'recognition', 'threat', 'phase', 'evidence']));
      for (const d of ['engagement', 'recognition', 'threat']) expect(Object.keys(rec[d] as object).sort()).toEqual(['label', 'score']);
      expect(Array.isArray(rec.evidence)).toBe(true);
    }
    expect(label(out[0]!, 'engagement')).toBe(1);
    expect(label(out[1]!, 'engagement')).toBe(-1);
    expect(out[0]!.phase).toBe('engagement without recognition');
  });

  it('reads standard input when no --input is given, with the same output', async () => {
    const fromFile = await run(['--input', join(dir, 'good.jsonl')]);
    const fromStdin = await run([], Readable.from([jsonl(good)]));
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.out).toBe(fromFile.out);
  });

  it('reports each bad line with its number on stderr, keeps the good ones and exits 3; in = out + skipped', async () => {
    const r = await run(['--input', join(dir, 'mixed.jsonl')]);
    expect(r.code).toBe(3);
    const name = join(dir, 'mixed.jsonl');
    expect(r.err).toContain(`${name}:2:`);
    expect(r.err).toContain(`${name}:4: each record needs a "text" string`);
    expect(r.err).toContain(`${name}:5: each record needs a "text" string`);
    expect(r.err).toContain(`${name}:7: each record needs a "text" string`);
    expect(r.err).not.toContain(`${name}:3:`); // blank lines are not records
    expect(records(r.out).map((x) => x.id)).toEqual(['s1', 's2']);
    const skipped = Number(/(\d+) line\(s\) skipped/.exec(r.err)?.[1]);
    const nonBlank = 6;
    expect(records(r.out).length + skipped).toBe(nonBlank);
  });

  it('names <stdin> in the problems read from standard input', async () => {
    const r = await run([], Readable.from(['{bad\n', jsonl([good[0]])]));
    expect(r.code).toBe(3);
    expect(r.err).toContain('<stdin>:1:');
    expect(records(r.out)).toHaveLength(1);
  });

  it('--strict stops at the first malformed line with exit 1', async () => {
    const r = await run(['--input', join(dir, 'mixed.jsonl'), '--strict']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(':2');
    expect(records(r.out).map((x) => x.id)).toEqual(['s1']);
  });

  it('--strict also stops at a record without text', async () => {
    const r = await run(['--strict'], Readable.from([jsonl([good[0], { id: 'no-text' }, good[1]])]));
    expect(r.code).toBe(1);
    expect(r.err).toContain('<stdin>:2: each record needs a "text" string');
    expect(records(r.out)).toHaveLength(1);
  });

  it('uses --target and --target-alias for records that give none, and the record own fields otherwise', async () => {
    // "Beijing" is another party for the target Taliban (score 0) unless it is given as one of the target's aliases.
    const text = 'Moscow will hold talks with Beijing next week.';
    const input = jsonl([
      { id: 'default', text, actor: 'Russia' },
      { id: 'ownAliases', text, actor: 'Russia', targetAliases: [] },
      { id: 'ownTarget', text, actor: 'Russia', target: 'China' },
    ]);
    const plain = records((await run(['--target', 'Taliban'], Readable.from([input]))).out);
    expect(plain.map((x) => label(x, 'engagement'))).toEqual([0, 0, 1]);
    const r = await run(['--target', 'Taliban', '--target-alias', 'Beijing'], Readable.from([input]));
    expect(r.code).toBe(0);
    const out = records(r.out);
    expect(out.map((x) => label(x, 'engagement'))).toEqual([1, 0, 1]);
    // defaults are used for scoring, not written into the record
    expect(out[0]).not.toHaveProperty('target');
    expect(out[2]!.target).toBe('China');
  });

  it('uses --actor for records that give none: the actor own name is not another party', async () => {
    const input = jsonl([{ id: 'a', text: 'Talks with Russia will continue.' }, { id: 'b', text: 'Talks with Russia will continue.', actor: 'India' }]);
    const withActor = records((await run(['--target', 'Taliban', '--actor', 'Russia'], Readable.from([input]))).out);
    expect(withActor.map((x) => label(x, 'engagement'))).toEqual([1, 0]);
    const without = records((await run(['--target', 'Taliban'], Readable.from([input]))).out);
    expect(without.map((x) => label(x, 'engagement'))).toEqual([0, 0]);
  });

  it('extends the lexicon with --lexicon: a new cue scores and shows in the evidence', async () => {
    const input = jsonl([{ text: 'Russia will parley with the Taliban.', target: 'Taliban', actor: 'Russia' }]);
    const without = records((await run([], Readable.from([input]))).out)[0]!;
    const withCue = records((await run(['--lexicon', join(dir, 'extra.json')], Readable.from([input]))).out)[0]!;
    expect(label(without, 'engagement')).toBe(0);
    expect(label(withCue, 'engagement')).toBe(1);
    expect(JSON.stringify(withCue.evidence)).toContain('eng.parley');
  });

  it('--lexicon-mode replace uses the file alone: default cues no longer score', async () => {
    const input = jsonl([{ text: 'Russia will hold talks with the Taliban.', target: 'Taliban' }]);
    const r = await run(['--lexicon', join(dir, 'extra.json'), '--lexicon-mode', 'replace'], Readable.from([input]));
    expect(r.code).toBe(0);
    expect(label(records(r.out)[0]!, 'engagement')).toBe(0);
  });

  it.each<{ why: string; args: (d: string) => string[]; message: (d: string) => string }>([
    { why: 'a lexicon entry with a bad dimension names the file and the entry', args: (d) => ['--lexicon', join(d, 'bad-lexicon.json')], message: (d) => `${join(d, 'bad-lexicon.json')}: entry eng.bad: unknown dimension "friendship"` },
    { why: 'a lexicon that is not JSON names the file', args: (d) => ['--lexicon', join(d, 'broken.json')], message: (d) => join(d, 'broken.json') },
    { why: 'a missing lexicon file names it', args: (d) => ['--lexicon', join(d, 'nope.json')], message: (d) => join(d, 'nope.json') },
    { why: 'a missing registry file names it', args: (d) => ['--registry', join(d, 'none.json')], message: (d) => join(d, 'none.json') },
    { why: 'a missing input file names it', args: (d) => ['--input', join(d, 'absent.jsonl'), '--strict'], message: (d) => join(d, 'absent.jsonl') },
  ])('exits 1 when $why', async ({ args, message }) => {
    const r = await run(args(dir), Readable.from([jsonl(good)]));
    expect(r.code).toBe(1);
    expect(r.err).toContain(message(dir));
    expect(r.out).toBe('');
  });

  it('exits 2 (bad usage) naming a --lexicon-mode that is neither extend nor replace', async () => {
    const r = await run(['--lexicon-mode', 'merge'], Readable.from([jsonl(good)]));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lexicon-mode must be extend or replace, got "merge"');
  });

  it('resolves --input against the working directory it is given', async () => {
    const r = await runCliCaptured(['score', '--input', 'good.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(records(r.out)).toHaveLength(good.length);
  });

  it('reports an unreadable input file without --strict and exits 3', async () => {
    const r = await run(['--input', join(dir, 'absent.jsonl')]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(join(dir, 'absent.jsonl'));
  });

  it.each([
    [['--inptu', 'x.jsonl'], 'unknown option --inptu'],
    [['--input'], 'option --input needs a value'],
    [['--target'], 'option --target needs a value'],
  ])('rejects %j with exit 2 and the usage', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('Usage: stance-shift score');
  });

  it('gives the same bytes on a second run (determinism)', async () => {
    const a = await run(['--input', join(dir, 'mixed.jsonl')]);
    const b = await run(['--input', join(dir, 'mixed.jsonl')]);
    expect(b.out).toBe(a.out);
    expect(b.err).toBe(a.err);
  });

  it('keeps a line with invalid UTF-8 (repaired, reported with its line) and does not count it as skipped', async () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"u","text":"Talks go on \u00e9 '), Buffer.from([0xff]), Buffer.from('."}\n')]);
    const r = await run([], Readable.from([bytes]));
    expect(r.code).toBe(0);
    expect(r.err).toContain('<stdin>:1:');
    expect(records(r.out).map((x) => x.id)).toEqual(['u']);
  });

  it('property: every non-blank line is either written or reported as skipped, in order', async () => {
    const kind = fc.constantFrom('good', 'malformed', 'array', 'no-text', 'blank');
    await fc.assert(
      fc.asyncProperty(fc.array(kind, { maxLength: 8 }), async (kinds) => {
        const text = kinds
          .map((k, i) => {
            if (k === 'good') return JSON.stringify({ id: `r${i}`, text: 'Talks go on.' });
            if (k === 'malformed') return '{"text": ';
            if (k === 'array') return '[1, 2]';
            if (k === 'no-text') return JSON.stringify({ id: `r${i}` });
            return '   ';
          })
          .join('\n');
        const r = await run([], Readable.from([text]));
        const written = records(r.out).map((x) => x.id);
        expect(written).toEqual(kinds.flatMap((k, i) => (k === 'good' ? [`r${i}`] : [])));
        const bad = kinds.flatMap((k, i) => (k === 'good' || k === 'blank' ? [] : [i + 1]));
        for (const line of bad) expect(r.err).toContain(`<stdin>:${line}:`);
        const skipped = Number(/(\d+) line\(s\) skipped/.exec(r.err)?.[1] ?? 0);
        expect(written.length + skipped).toBe(kinds.filter((k) => k !== 'blank').length);
        expect(r.code).toBe(bad.length > 0 ? 3 : 0);
      }),
      { numRuns: 25 },
    );
  });

  it('writes nothing and exits 0 for empty input', async () => {
    const r = await run([], Readable.from(['\n\n']));
    expect(r).toEqual({ code: 0, out: '', err: '' });
  });
});
