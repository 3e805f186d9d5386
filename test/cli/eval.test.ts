import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliCaptured, type CliRun } from '../helpers/runCliCaptured';

async function run(argv: string[]): Promise<CliRun> {
  return runCliCaptured(['eval', ...argv]);
}

const ARTICLE = `date 2022-03-04 Norway keeps a channel open

Norway will hold talks with the Taliban in Oslo.
Russia is not planning to negotiate with the Taliban, Lavrov said.`;

/** Our own statements, labelled as the codebook says; the last one is ambiguous and must be skipped. */
const GOLD = [
  { id: 'g1', doc: 'norway.txt', text: 'Norway will hold talks with the Taliban in Oslo.', actor: 'Norway', speaker: null, target: 'Taliban', engagement: 1, recognition: 0, threat: 0, date: '2022-03-04' },
  { id: 'g2', doc: 'norway.txt', text: 'Russia is not planning to negotiate with the Taliban', actor: 'Russia', speaker: 'Sergey Lavrov', target: 'Taliban', engagement: -1, recognition: 0, threat: 0, date: '2022-03' },
  { id: 'g3', text: 'China does not rule out recognising the Taliban government.', actor: 'China', target: 'Taliban', engagement: 0, recognition: 1, threat: 0 },
  { id: 'g4', text: 'India said nothing about the Taliban today.', actor: 'India', target: 'Taliban', engagement: 0, recognition: 0, threat: 0 },
  { id: 'g5', text: 'Kazakhstan may or may not send a delegation.', actor: 'Kazakhstan', target: 'Taliban', engagement: 1, recognition: 0, threat: 0, ambiguous: true },
];

describe('stance-shift eval', () => {
  let dir: string;
  const gold = (): string => join(dir, 'gold.jsonl');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stance-shift-eval-'));
    writeFileSync(gold(), `${GOLD.map((g) => JSON.stringify(g)).join('\n')}\n`);
    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify(GOLD[0])}\nnot json\n${JSON.stringify({ text: 'x', engagement: 5 })}\n`);
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'norway.txt'), ARTICLE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('with --docs reports an undatable document and a missing path on stderr and exits 3', async () => {
    mkdirSync(join(dir, 'undated'));
    writeFileSync(join(dir, 'undated', 'u.txt'), 'Norway keeps a channel open to the Taliban, the minister said.\n');
    const undated = await run(['eval', '--gold', gold(), '--docs', join(dir, 'undated')]);
    expect(undated.code).toBe(3);
    expect(undated.err).toMatch(/u\.txt: no publication date/);
    const missing = await run(['eval', '--gold', gold(), '--docs', join(dir, 'nope')]);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/nope/);
    const strict = await run(['eval', '--gold', gold(), '--docs', join(dir, 'nope'), '--strict']);
    expect(strict.code).toBe(1);
  });

  it('prints macro-F1 and accuracy of the scorer beside the three baselines, and the confusion matrices (exit 0)', async () => {
    const r = await run(['--gold', gold()]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain(`${gold()}: 4 statements scored, 1 ambiguous skipped`);
    const header = r.out.split('\n').find((l) => l.includes('dimension'))!;
    expect(header.split(/\s+/).filter(Boolean)).toEqual(['dimension', 'n', 'stance-shift', 'majority', 'keywords', 'vader']);
    expect(r.out).toMatch(/engagement\s+4\s+\d\.\d{3} \(\d\.\d{2}\)/);
    expect(r.out).toContain('confusion matrices of stance-shift');
  });

  it('--json prints the report as JSON with the statement figures of each system', async () => {
    const r = await run(['--gold', gold(), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.gold).toBe(gold());
    expect(json.skippedLines).toBe(0);
    expect(json.documents).toBeNull();
    expect(json.statements.items).toBe(4);
    expect(json.statements.ambiguous).toBe(1);
    expect(json.statements.errors).toBeUndefined();
    expect(json.statements.systems.map((s: { id: string }) => s.id)).toEqual(['stance-shift', 'majority', 'keywords', 'vader']);
    const majority = json.statements.systems[1].dimensions.engagement;
    // majority of gold engagement 1, -1, 0, 0 is 0: right on 2 of 4
    expect(majority).toMatchObject({ n: 4, accuracy: 0.5 });
  });

  it('--errors lists the statements the scorer gets wrong (in --json too), each with gold and predicted labels', async () => {
    const json = JSON.parse((await run(['--gold', gold(), '--json', '--errors'])).out);
    expect(Array.isArray(json.statements.errors)).toBe(true);
    for (const e of json.statements.errors) {
      expect(Object.keys(e).sort()).toEqual(['gold', 'id', 'predicted', 'text']);
      expect(Object.entries(e.gold).some(([d, l]) => e.predicted[d] !== l)).toBe(true);
    }
    const text = await run(['--gold', gold(), '--errors']);
    for (const e of json.statements.errors) expect(text.out).toContain(e.text);
  });

  it('with --docs aligns the gold with the analysed document and reports actor, speaker and date accuracy', async () => {
    const r = await run(['--gold', gold(), '--docs', join(dir, 'docs'), '--json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out).documents;
    // only the two gold statements with a doc are aligned
    expect(d.items).toBe(2);
    expect(d.unmatched).toBe(0);
    expect(d.actorAccuracy).toBe(1);
    expect(d.speakerAccuracy).toBe(1);
    expect(d.dateAccuracy).toBe(1); // '2022-03' contains the publication date
    expect(d.dimensions.engagement).toMatchObject({ n: 2, accuracy: 1 });
    const text = await run(['--gold', gold(), '--docs', join(dir, 'docs')]);
    expect(text.out).toContain(`${gold()} on ${join(dir, 'docs')}: 2 gold statements aligned`);
    expect(text.out).toMatch(/actor accuracy\s+1\.000/);
  });

  it('reports bad gold lines with their numbers on stderr, evaluates the rest and exits 3', async () => {
    const r = await run(['--gold', join(dir, 'bad.jsonl'), '--json']);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${join(dir, 'bad.jsonl')}:2:`);
    expect(r.err).toContain(`${join(dir, 'bad.jsonl')}:3: "engagement" must be -1, 0, 1 or null, not 5`);
    const json = JSON.parse(r.out);
    expect(json.skippedLines).toBe(2);
    expect(json.statements.items).toBe(1);
  });

  it('--strict fails on a bad gold line (exit 1, nothing on stdout)', async () => {
    const r = await run(['--gold', join(dir, 'bad.jsonl'), '--strict']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(':2:');
    expect(r.out).toBe('');
  });

  it('exits 1 naming a gold file it cannot read', async () => {
    const r = await run(['--gold', join(dir, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`cannot read ${join(dir, 'missing.jsonl')}`);
  });

  it('exits 1 naming a bad lexicon file and entry', async () => {
    writeFileSync(join(dir, 'lex.json'), JSON.stringify({ cues: [{ id: 'rec.x', pattern: 'hail', dimension: 'recognition', sign: 2, weight: 0.5, note: 'n' }] }));
    const r = await run(['--gold', gold(), '--lexicon', join(dir, 'lex.json')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dir, 'lex.json')}: entry rec.x: "sign" must be 1 or -1`);
  });

  it.each([
    [[], '--gold FILE is required'],
    [['--gold'], 'option --gold needs a value'],
    [['--gold', 'g.jsonl', '--csv'], 'unknown option --csv'],
  ])('rejects %j with exit 2 and the usage', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain('Usage: stance-shift eval');
  });

  it('gives the same report twice (determinism)', async () => {
    const a = await run(['--gold', gold(), '--json', '--errors']);
    const b = await run(['--gold', gold(), '--json', '--errors']);
    expect(b.out).toBe(a.out);
  });
});
