import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { createStatementWriter, STATEMENT_FORMATS, type StatementFormat } from '../../src/cli/formatStatements';
import { STATEMENT_COLUMNS } from '../../src/stance/statementRow';
import type { Statement } from '../../src/types';
import { runCli } from '../../src/cli/runCli';
import { defaultWorkers, inputBytes, PARALLEL_MIN_BYTES } from '../../src/cli/commands/analyze';
import { capture, runCliCaptured, type CliRun } from '../helpers/runCliCaptured';

async function run(argv: string[], stdin?: Readable): Promise<CliRun> {
  return runCliCaptured(['analyze', ...argv], stdin === undefined ? {} : { stdin });
}

const lines = (out: string): Record<string, unknown>[] =>
  out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

/** Minimal RFC 4180 reader, enough to check the quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return rows;
}

const OSLO = `date 2022-03-04 Norway opens a channel to Kabul

Norway will hold talks with the Taliban in Oslo, the foreign ministry said.
"We are not in a rush to recognise the Taliban," Lavrov said, adding: "no, not now".
The weather in Oslo was mild.`;

const UNDATED = 'Russia will hold talks with the Taliban, Lavrov said.';

describe('stance-shift analyze', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-shift-analyze-'));
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'oslo.txt'), OSLO);
    writeFileSync(join(dir, 'undated.txt'), UNDATED);
    writeFileSync(join(dir, 'empty.txt'), 'date 2022-01-01\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one JSONL statement per line with doc, offsets, attribution, date and scores (exit 0)', async () => {
    const r = await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const out = lines(r.out);
    expect(out.length).toBeGreaterThanOrEqual(3);
    for (const s of out) {
      expect(Object.keys(s)).toEqual(expect.arrayContaining(['doc', 'start', 'end', 'text', 'speaker', 'actor', 'target', 'date', 'dateSource', 'quote', 'engagement', 'recognition', 'threat', 'phase', 'evidence']));
      expect(OSLO.slice(s.start as number, s.end as number)).toBe(s.text);
      expect(s.date).toBe('2022-03-04');
    }
    const talks = out.find((s) => String(s.text).startsWith('Norway will hold talks'))!;
    expect(talks).toMatchObject({ actor: 'Norway', target: 'Taliban', quote: 'reported', engagement: { label: 1 } });
    const quote = out.find((s) => String(s.text).includes('rush'))!;
    expect(quote).toMatchObject({ speaker: 'Sergey Lavrov', actor: 'Russia', quote: 'direct', recognition: { label: -1 } });
  });

  it('reads a directory, and the same statements come out as from the file', async () => {
    const file = await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban']);
    const folder = await run([join(dir, 'news'), '--target', 'Taliban']);
    expect(folder.code).toBe(0);
    expect(lines(folder.out).map((s) => s.text)).toEqual(lines(file.out).map((s) => s.text));
  });

  it('reads sub-directories only with --recursive', async () => {
    mkdirSync(join(dir, 'tree', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'top.txt'), 'date 2022-01-01 Russia will hold talks with the Taliban.');
    writeFileSync(join(dir, 'tree', 'deeper', 'low.txt'), 'date 2022-01-02 China will hold talks with the Taliban.');
    const flat = await run([join(dir, 'tree'), '--target', 'Taliban']);
    expect(lines(flat.out).map((s) => s.doc)).toEqual(['top.txt']);
    const deep = await run([join(dir, 'tree'), '--target', 'Taliban', '--recursive']);
    expect(deep.code).toBe(0);
    expect(lines(deep.out).map((s) => s.doc).sort()).toEqual(['deeper/low.txt', 'top.txt']);
  });

  it('reads JSONL records from standard input for -, with a record own actor, target and published date', async () => {
    const records = [
      { id: 'r1', text: 'Talks with the group will continue in Doha.', published: '2023-06-01', actor: 'Qatar', target: 'Taliban' },
      { id: 'r2', text: 'Moscow wants dialogue with the Taliban.', published: '2023-06-02' },
    ];
    const r = await run(['-', '--target', 'Taliban'], Readable.from([`${records.map((x) => JSON.stringify(x)).join('\n')}\n`]));
    expect(r.code).toBe(0);
    const out = lines(r.out);
    expect(out.map((s) => [s.doc, s.date, s.actor, s.target])).toEqual([
      ['r1', '2023-06-01', 'Qatar', 'Taliban'],
      ['r2', '2023-06-02', 'Russia', 'Taliban'],
    ]);
  });

  it('--actor gives narrator statements that name no one an actor', async () => {
    const input = JSON.stringify({ id: 'n', text: 'Talks with the Taliban will continue.', published: '2023-01-01' });
    const none = lines((await run(['-', '--target', 'Taliban'], Readable.from([input]))).out);
    const given = lines((await run(['-', '--target', 'Taliban', '--actor', 'Norway'], Readable.from([input]))).out);
    expect(none[0]?.actor).toBeNull();
    expect(given[0]?.actor).toBe('Norway');
  });

  it('--target-alias adds a name for the target: a party otherwise "another" then counts as the target', async () => {
    const input = JSON.stringify({ id: 'b', text: 'Moscow will hold talks with Beijing next week.', published: '2023-01-01' });
    const plain = lines((await run(['-', '--target', 'Taliban'], Readable.from([input]))).out);
    const aliased = lines((await run(['-', '--target', 'Taliban', '--target-alias', 'Beijing'], Readable.from([input]))).out);
    expect((plain[0]?.engagement as { label: number }).label).toBe(0);
    expect((aliased[0]?.engagement as { label: number }).label).toBe(1);
  });

  it('reports an undatable document on stderr, still writes its statements undated, and exits 3', async () => {
    const r = await run([join(dir, 'undated.txt'), '--target', 'Taliban']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('undated.txt: no publication date'); // the document id (its file name)
    const out = lines(r.out);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: null, dateSource: null });
  });

  it('--strict stops at an undatable document with exit 1', async () => {
    const r = await run([join(dir, 'undated.txt'), '--target', 'Taliban', '--strict']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no publication date');
  });

  it('reports a missing input and a bad JSONL line with its line number (exit 3), and goes on with the rest', async () => {
    const input = `${JSON.stringify({ id: 'ok', text: 'Moscow wants dialogue with the Taliban.', published: '2023-06-02' })}\n{oops\n`;
    const r = await run(['-', '--target', 'Taliban'], Readable.from([input]));
    expect(r.code).toBe(3);
    expect(r.err).toContain('<stdin>:2:');
    expect(lines(r.out)).toHaveLength(1);
    const missing = await run([join(dir, 'nope.txt'), join(dir, 'news', 'oslo.txt'), '--target', 'Taliban']);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain(join(dir, 'nope.txt'));
    expect(lines(missing.out).length).toBeGreaterThan(0);
  });

  it('--signal-only keeps only statements with a non-zero label', async () => {
    const all = lines((await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban'])).out);
    const signal = lines((await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban', '--signal-only'])).out);
    const nonZero = (s: Record<string, unknown>): boolean => ['engagement', 'recognition', 'threat'].some((d) => (s[d] as { label: number }).label !== 0);
    expect(signal.every(nonZero)).toBe(true);
    expect(signal.map((s) => s.text)).toEqual(all.filter(nonZero).map((s) => s.text));
    expect(signal.length).toBeLessThan(all.length); // the weather sentence goes
  });

  it('--format json writes one valid array, the same statements as jsonl', async () => {
    const jsonl = lines((await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban'])).out);
    const r = await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(jsonl);
  });

  it('--format json is valid JSON ([]) when no statement comes out', async () => {
    const r = await run([join(dir, 'empty.txt'), '--target', 'Taliban', '--format', 'json']);
    expect(JSON.parse(r.out)).toEqual([]);
  });

  it('--format json still closes the array when the run fails midway', async () => {
    const r = await run([join(dir, 'news', 'oslo.txt'), join(dir, 'undated.txt'), '--target', 'Taliban', '--format', 'json', '--strict']);
    expect(r.code).toBe(1);
    expect(Array.isArray(JSON.parse(r.out))).toBe(true);
  });

  it('--format csv writes a header and one quoted row per statement that a CSV reader reads back', async () => {
    const jsonl = lines((await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban'])).out);
    const r = await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([...STATEMENT_COLUMNS]);
    expect(rows).toHaveLength(jsonl.length + 1);
    const text = STATEMENT_COLUMNS.indexOf('text');
    // texts with commas and double quotes survive the quoting
    expect(rows.slice(1).map((row) => row[text])).toEqual(jsonl.map((s) => s.text));
    expect(rows.slice(1).every((row) => row.length === STATEMENT_COLUMNS.length)).toBe(true);
    expect(r.out).toContain('"""We are not in a rush');
  });

  it('--format table prints a header and one line per statement for people', async () => {
    const jsonl = lines((await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban'])).out);
    const r = await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban', '--format', 'table']);
    const rows = r.out.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^date\s+speaker\s+actor\s+engage\s+recogn\s+threat\s+text$/);
    expect(rows).toHaveLength(jsonl.length + 1);
    expect(r.out).toContain('Sergey Lavrov');
    expect(r.out).toContain('(narrator)');
    expect(r.out).toMatch(/2022-03-04 .* \+\d\.\d\d /);
  });

  it.each<{ why: string; args: string[]; message: string; code: number }>([
    { why: 'no input', args: ['--target', 'Taliban'], message: 'give at least one input', code: 2 },
    { why: 'an unknown format, named', args: ['x.txt', '--format', 'xml'], message: '--format must be one of jsonl, json, csv, table, got "xml"', code: 2 },
    { why: 'an unknown option, named', args: ['x.txt', '--targets', 'Taliban'], message: 'unknown option --targets', code: 2 },
    { why: 'a missing value, named', args: ['x.txt', '--target'], message: 'option --target needs a value', code: 2 },
    { why: 'a bad --lexicon-mode', args: ['x.txt', '--lexicon-mode', 'both'], message: '--lexicon-mode must be extend or replace', code: 2 },
  ])('rejects $why', async ({ args, message, code }) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it('exits 1 naming a bad registry file and its entry', async () => {
    writeFileSync(join(dir, 'reg.json'), JSON.stringify({ actors: [{ id: 'Narnia', kind: 'kingdom', names: ['Narnia'] }] }));
    const r = await run([join(dir, 'news', 'oslo.txt'), '--target', 'Taliban', '--registry', join(dir, 'reg.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(join(dir, 'reg.json'));
    expect(r.err).toContain('Narnia');
  });

  it('gives the same bytes twice (determinism)', async () => {
    const a = await run([join(dir, 'news'), '--target', 'Taliban', '--format', 'csv']);
    const b = await run([join(dir, 'news'), '--target', 'Taliban', '--format', 'csv']);
    expect(b.out).toBe(a.out);
  });
});

describe('createStatementWriter', () => {
  // The writer on statements built by hand, apart from the analysis.
  const statement = (text: string, fields: Partial<Statement> = {}): Statement => ({
    doc: 'd',
    start: 0,
    end: text.length,
    text,
    speaker: null,
    actor: 'Russia',
    target: 'Taliban',
    date: '2022-01-02',
    dateSource: 'published',
    quote: 'none',
    engagement: { score: 0.8, label: 1 },
    recognition: { score: -0.35, label: -1 },
    threat: { score: 0, label: 0 },
    phase: 'engagement without recognition',
    evidence: [],
    ...fields,
  });

  function write(format: StatementFormat, statements: Statement[]): string {
    const out = capture();
    const writer = createStatementWriter(out.stream, format);
    for (const s of statements) writer.write(s);
    writer.end();
    return out.text();
  }

  it('buffers output into large writes, and end() writes the rest', () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const writer = createStatementWriter(stream, 'jsonl');
    const many = Array.from({ length: 500 }, (_, i) => statement(`Statement number ${i} about talks.`));
    for (const s of many) writer.write(s);
    const beforeEnd = chunks.join('');
    writer.end();
    const text = chunks.join('');
    expect(text).toBe(many.map((s) => `${JSON.stringify(s)}\n`).join(''));
    expect(chunks.length).toBeLessThan(many.length / 10);
    expect(beforeEnd.length).toBeLessThan(text.length);
    expect(beforeEnd.length).toBeGreaterThan(0);
  });

  it('jsonl: text serialised elsewhere goes out between statements in order; other formats refuse it', () => {
    const out = capture();
    const writer = createStatementWriter(out.stream, 'jsonl');
    writer.write(statement('First.'));
    writer.writeText(`${JSON.stringify(statement('Second.'))}\n`);
    writer.write(statement('Third.'));
    writer.end();
    expect(out.text().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as Statement).text)).toEqual(['First.', 'Second.', 'Third.']);
    expect(() => createStatementWriter(capture().stream, 'csv').writeText('x\n')).toThrow(/jsonl/);
  });

  it('offers the four formats', () => {
    expect(STATEMENT_FORMATS).toEqual(['jsonl', 'json', 'csv', 'table']);
  });

  it.each<{ why: string; text: string }>([
    { why: 'a comma', text: 'Talks, then more talks.' },
    { why: 'double quotes', text: '"We talk," he said.' },
    { why: 'a line break', text: 'Talks\ncontinue.' },
    { why: 'a carriage return', text: 'Talks\r\ncontinue.' },
    { why: 'nothing special', text: 'Talks continue.' },
  ])('csv: a text with $why reads back unchanged, one row per statement', ({ text }) => {
    const csv = write('csv', [statement(text), statement('Second.')]);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    const at = STATEMENT_COLUMNS.indexOf('text');
    expect(rows[1]![at]).toBe(text);
    expect(rows[2]![at]).toBe('Second.');
  });

  it('csv: writes scores as numbers, empty cells for null fields, and the cues that counted with their rules', () => {
    const s = statement('Russia will not talk.', {
      date: null,
      dateSource: null,
      speaker: null,
      evidence: [
        { entryId: 'eng.talks', dimension: 'engagement', cue: 'talk', span: { start: 16, end: 20 }, base: 0.8, applied: [{ ruleId: 'negation', factor: -1, reason: 'r' }], weight: -0.8 },
        { entryId: 'rec.x', dimension: 'recognition', cue: 'zeroed', span: { start: 0, end: 1 }, base: 0.5, applied: [{ ruleId: 'target', factor: 0, reason: 'r' }], weight: 0 },
        { entryId: 'thr.y', dimension: 'threat', cue: 'plain', span: { start: 0, end: 1 }, base: 0.5, applied: [], weight: 0.5 },
      ],
    });
    const [, row] = parseCsv(write('csv', [s]));
    const cell = (c: (typeof STATEMENT_COLUMNS)[number]): string => row![STATEMENT_COLUMNS.indexOf(c)]!;
    expect([cell('date'), cell('dateSource'), cell('speaker')]).toEqual(['', '', '']);
    expect([cell('engagement'), cell('recognition'), cell('threat')]).toEqual(['0.8', '-0.35', '0']);
    expect(cell('cues')).toBe('talk(negation); plain');
  });

  it('csv and table write nothing at all for no statement; json writes []; jsonl nothing', () => {
    expect(write('csv', [])).toBe('');
    expect(write('table', [])).toBe('');
    expect(write('jsonl', [])).toBe('');
    expect(JSON.parse(write('json', []))).toEqual([]);
  });

  it('json: one valid array of the statements, in order', () => {
    const list = [statement('A.'), statement('B.'), statement('C.')];
    expect(JSON.parse(write('json', list))).toEqual(list);
    expect(write('jsonl', list).split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(list);
  });

  it('table: signed scores with two decimals, (narrator) for no speaker, ? for no date, the text on one line and clipped', () => {
    const long = `${'word '.repeat(30)}end`;
    const rows = write('table', [statement('Line one.\nLine two.', { speaker: 'Sergey Lavrov' }), statement(long, { date: null, speaker: null })]).trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/^2022-01-02\s+Sergey Lavrov\s+Russia\s+\+0\.80\s+-0\.35\s+0\.00\s+Line one\. Line two\.$/);
    expect(rows[2]).toMatch(/^\?\s+\(narrator\)/);
    expect(rows[2]!.endsWith('…')).toBe(true);
    expect(rows[2]!.length).toBeLessThan(long.length + 70);
  });
});

describe('stance-shift analyze without --target', () => {
  it('warns that statements are scored toward no target', async () => {
    const r = await runCliCaptured(['analyze', '-'], { stdin: Readable.from(['{"id":"a","text":"date 2022-03-04 Russia held talks.","published":"2022-03-04"}\n']) });
    expect(r.err).toMatch(/no --target given/);
  });
});

describe('stance-shift analyze --workers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stance-shift-workers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same statements in the same order in this thread and with 1 and 2 workers, in every format', async () => {
    for (let i = 0; i < 4; i += 1) {
      writeFileSync(join(dir, `a${i}.txt`), `date 2022-0${i + 1}-10 Moscow held talks with the Taliban, the Kremlin said. Russia is in no rush to recognise them.\n`);
    }
    for (const format of ['jsonl', 'csv']) {
      const here = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '0', '--format', format]);
      const one = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '1', '--format', format]);
      const two = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '2', '--format', format]);
      expect([here.code, one.code, two.code]).toEqual([0, 0, 0]);
      expect(here.out.split('\n').filter(Boolean)).toHaveLength(format === 'csv' ? 9 : 8);
      expect(one.out).toBe(here.out);
      expect(two.out).toBe(here.out);
    }
    // The heap cap changes memory and speed, never the output.
    const small = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '1', '--worker-heap', '64']);
    const uncapped = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '1', '--worker-heap', '0']);
    const here = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '0']);
    expect([small.code, uncapped.code]).toEqual([0, 0]);
    expect(small.out).toBe(here.out);
    expect(uncapped.out).toBe(here.out);
  });

  it.each(['32', '-1', '96.5', 'big'])('rejects --worker-heap %s as bad usage', async (n) => {
    const r = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', '1', '--worker-heap', n]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--worker-heap must be 0 (no cap) or a whole number of MB from 64');
  });

  it.each(['-1', '1.5', 'many'])('rejects --workers %s as bad usage', async (n) => {
    const r = await runCliCaptured(['analyze', dir, '--target', 'Taliban', '--workers', n]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--workers must be a whole number (0 for this thread)');
  });
});

describe('the default number of workers', () => {
  it('uses every core from PARALLEL_MIN_BYTES of input and none below it', () => {
    expect(PARALLEL_MIN_BYTES).toBe(4 * 1024 * 1024);
    expect(defaultWorkers(0, 8)).toBe(0);
    expect(defaultWorkers(1024 * 1024, 2)).toBe(0);
    expect(defaultWorkers(PARALLEL_MIN_BYTES - 1, 2)).toBe(0);
    expect(defaultWorkers(PARALLEL_MIN_BYTES, 2)).toBe(2);
    expect(defaultWorkers(PARALLEL_MIN_BYTES, 1)).toBe(1);
  });

  it('counts the bytes of files and directories as the reader walks them, standard input as none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-shift-bytes-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.txt'), 'x'.repeat(1000));
      writeFileSync(join(dir, 'sub', 'b.txt'), 'y'.repeat(500));
      expect(await inputBytes(['a.txt'], false, dir)).toBe(1000);
      expect(await inputBytes(['.'], false, dir)).toBe(1000);
      expect(await inputBytes(['.'], true, dir)).toBe(1500);
      expect(await inputBytes(['-', 'missing.txt'], false, dir)).toBe(0);
      // Counting stops once the threshold is reached: a large corpus is not walked to the end.
      writeFileSync(join(dir, 'big.txt'), Buffer.alloc(PARALLEL_MIN_BYTES));
      expect(await inputBytes(['big.txt', 'a.txt'], false, dir)).toBe(PARALLEL_MIN_BYTES);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stance-shift analyze progress', () => {
  it('draws a progress bar on a terminal, and nothing with --quiet or when stderr is not a terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-shift-progress-'));
    writeFileSync(join(dir, 'a.txt'), 'date 2022-03-04 Moscow held talks with the Taliban, the Kremlin said.\n');
    const run = async (argv: string[], isTTY: boolean): Promise<string> => {
      const err = capture();
      const out = capture();
      await runCli(['analyze', join(dir, 'a.txt'), '--target', 'Taliban', '--workers', '0', ...argv], { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream, isTTY, cwd: dir });
      return err.text();
    };
    expect(await run([], true)).toMatch(/\d+ doc/);
    expect(await run(['--quiet'], true)).not.toMatch(/\d+ doc/);
    expect(await run([], false)).not.toMatch(/\d+ doc/);
    rmSync(dir, { recursive: true, force: true });
  });
});
