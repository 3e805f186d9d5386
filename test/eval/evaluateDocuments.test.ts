import fc from 'fast-check';
import { alignGold } from '../../src/eval/alignGold';
import { datesAgree, evaluateDocuments } from '../../src/eval/evaluateDocuments';
import type { GoldRecord } from '../../src/eval/GoldRecord';
import type { DateRange, Label, Statement } from '../../src/types';

/** A produced statement covering `text` inside `docText` (first occurrence). */
function statementOf(
  doc: string,
  docText: string,
  text: string,
  fields: { speaker?: string | null; actor?: string | null; date?: string | null; dateRange?: DateRange; e?: Label; r?: Label; t?: Label } = {},
): Statement {
  const start = docText.indexOf(text);
  if (start < 0) throw new Error(`test setup: "${text}" is not in the document`);
  const dim = (label: Label = 0) => ({ score: label * 0.5, label });
  return {
    doc,
    start,
    end: start + text.length,
    text,
    speaker: fields.speaker ?? null,
    actor: fields.actor ?? null,
    target: 'Taliban',
    date: fields.date === undefined ? '2022-03-04' : fields.date,
    ...(fields.dateRange ? { dateRange: fields.dateRange } : {}),
    dateSource: 'published',
    quote: 'none',
    engagement: dim(fields.e),
    recognition: dim(fields.r),
    threat: dim(fields.t),
    phase: 'no signal',
    evidence: [],
  };
}

const DOC = 'Oslo hosts talks. Oslo hosts talks. Mr Lie said the talks would go on. Rain fell.';
const S1 = 'Oslo hosts talks.';
const S3 = 'Mr Lie said the talks would go on.';

describe('alignGold', () => {
  const first = statementOf('d1', DOC, S1, { actor: 'Norway' });
  const second = { ...first, start: DOC.indexOf(S1, 1), end: DOC.indexOf(S1, 1) + S1.length, actor: 'Sweden' };
  const third = statementOf('d1', DOC, S3, { speaker: 'Jonas Lie' });
  const statements = new Map([['d1', [second, first, third]]]);
  const texts = new Map([['d1', DOC]]);

  it.each<{ why: string; gold: GoldRecord; expected: Statement | null }>([
    { why: 'gold text equal to a statement matches it', gold: { doc: 'd1', text: S3 }, expected: third },
    { why: 'gold text inside a statement span matches the containing statement', gold: { doc: 'd1', text: 'the talks would go on' }, expected: third },
    { why: 'a repeated text matches the statement at its first occurrence, whatever the statement order', gold: { doc: 'd1', text: S1 }, expected: first },
    { why: 'gold text crossing a statement boundary matches the statement holding its start', gold: { doc: 'd1', text: 'talks. Mr Lie' }, expected: second },
    { why: 'a text not in the document is unmatched', gold: { doc: 'd1', text: 'Snow fell.' }, expected: null },
    { why: 'a text in the document but in no statement (boilerplate) is unmatched', gold: { doc: 'd1', text: 'Rain fell.' }, expected: null },
    { why: 'a document that was not analysed is unmatched', gold: { doc: 'other', text: S1 }, expected: null },
    { why: 'a gold record without a document is unmatched', gold: { text: S1 }, expected: null },
  ])('$why', ({ gold, expected }) => {
    const [a] = alignGold([gold], statements, texts);
    expect(a?.gold).toBe(gold);
    expect(a?.statement).toBe(expected);
  });

  it('keeps one alignment per gold record, in order, misses included', () => {
    const gold: GoldRecord[] = [{ doc: 'x', text: 'a' }, { doc: 'd1', text: S3 }, { doc: 'd1', text: 'zzz' }];
    expect(alignGold(gold, statements, texts).map((a) => a.statement?.speaker ?? null)).toEqual([null, 'Jonas Lie', null]);
  });

  it('needs the document text: statements without it are unmatched', () => {
    expect(alignGold([{ doc: 'd1', text: S1 }], statements, new Map())[0]?.statement).toBeNull();
  });
});

describe('datesAgree', () => {
  const at = (date: string | null, dateRange?: DateRange): Statement => statementOf('d', S1, S1, { date, ...(dateRange ? { dateRange } : {}) });

  it.each<{ why: string; gold: string | null; date: string | null; range?: DateRange; agree: boolean }>([
    { why: 'the same day', gold: '2021-10-20', date: '2021-10-20', agree: true },
    { why: 'another day', gold: '2021-10-20', date: '2021-10-21', agree: false },
    { why: 'a gold year containing the day', gold: '2003', date: '2003-06-01', agree: true },
    { why: 'a gold year not containing it', gold: '2003', date: '2004-01-01', agree: false },
    { why: 'a gold month containing the day', gold: '2021-03', date: '2021-03-31', agree: true },
    { why: 'a gold month not containing it', gold: '2021-03', date: '2021-04-01', agree: false },
    { why: 'a gold day inside the produced range', gold: '2021-10-13', date: '2021-10-11', range: { start: '2021-10-11', end: '2021-10-17' }, agree: true },
    { why: 'a gold day on the range end (inclusive)', gold: '2021-10-17', date: '2021-10-11', range: { start: '2021-10-11', end: '2021-10-17' }, agree: true },
    { why: 'a gold day just after the range', gold: '2021-10-18', date: '2021-10-11', range: { start: '2021-10-11', end: '2021-10-17' }, agree: false },
    { why: 'no gold date and no produced date', gold: null, date: null, agree: true },
    { why: 'no gold date but a produced one', gold: null, date: '2021-01-01', agree: false },
    { why: 'a gold date but nothing produced', gold: '2021-01-01', date: null, agree: false },
  ])('$why -> $agree', ({ gold, date, range, agree }) => {
    expect(datesAgree(gold, at(date, range))).toBe(agree);
  });
});

describe('evaluateDocuments', () => {
  const texts = new Map([['d1', DOC]]);
  const produced = [
    statementOf('d1', DOC, S1, { actor: 'Norway', speaker: null, date: '2022-03-04', e: 1 }),
    statementOf('d1', DOC, S3, { actor: 'Norway', speaker: 'Jonas  Lie', date: '2022-03-01', dateRange: { start: '2022-02-28', end: '2022-03-06' }, e: 1, r: -1 }),
  ];
  const statements = new Map([['d1', produced]]);

  const gold: GoldRecord[] = [
    // matches S1: actor right, speaker (narrator) right, date right, engagement right
    { doc: 'd1', text: S1, actor: 'Norway', speaker: null, date: '2022-03-04', engagement: 1, recognition: 0 },
    // matches S3: actor wrong, speaker right up to case and spaces, date inside the range, recognition wrong
    { doc: 'd1', text: 'the talks would go on', actor: 'Sweden', speaker: 'jonas lie', date: '2022-03-02', engagement: 1, recognition: 1 },
    // unmatched: counts as a miss everywhere, predicted 0 on labelled dimensions
    { doc: 'd1', text: 'Hail fell.', actor: 'Norway', speaker: null, date: '2022-03-04', engagement: -1 },
    // ambiguous: not counted
    { doc: 'd1', text: S1, actor: 'Peru', engagement: -1, ambiguous: true },
  ];

  it('reports the alignment counts and actor, speaker and date accuracy over the non-ambiguous gold', () => {
    const e = evaluateDocuments(gold, statements, texts);
    expect(e.items).toBe(3);
    expect(e.ambiguous).toBe(1);
    expect(e.unmatched).toBe(1);
    expect(e.actorAccuracy).toBe(0.3333); // only the first
    expect(e.speakerAccuracy).toBe(0.6667); // first and second (case and spacing ignored)
    expect(e.dateAccuracy).toBe(0.6667); // exact, then inside the range
  });

  it('computes per-dimension metrics with an unmatched statement predicted 0', () => {
    const e = evaluateDocuments(gold, statements, texts);
    // engagement gold 1, 1, -1 vs predicted 1, 1, 0 (the miss)
    expect(e.dimensions.engagement?.matrix).toEqual([
      [0, 1, 0],
      [0, 0, 0],
      [0, 0, 2],
    ]);
    // F1: -1 -> 0, 0 -> 0 (only predicted), +1 -> 1; macro 1/3
    expect(e.dimensions.engagement?.macroF1).toBe(0.3333);
    // recognition gold 0, 1 vs predicted 0, -1
    expect(e.dimensions.recognition).toMatchObject({ n: 2, accuracy: 0.5 });
    expect(e.dimensions.threat).toBeUndefined();
  });

  it('lists every disagreement with the field, the gold and the produced value', () => {
    const e = evaluateDocuments(gold, statements, texts);
    expect(e.disagreements).toEqual([
      { text: 'the talks would go on', field: 'actor', gold: 'Sweden', produced: 'Norway' },
      { text: 'the talks would go on', field: 'recognition', gold: 1, produced: -1 },
      { text: 'Hail fell.', field: 'statement', gold: 'Hail fell.', produced: null },
      { text: 'Hail fell.', field: 'engagement', gold: -1, produced: 0 },
    ]);
  });

  it('treats a null gold actor as agreeing only with a null produced actor', () => {
    const e1 = evaluateDocuments([{ doc: 'd1', text: S1, actor: null, speaker: null, date: '2022-03-04' }], statements, texts);
    expect(e1.actorAccuracy).toBe(0);
    const narrator = new Map([['d1', [statementOf('d1', DOC, S1, { actor: null })]]]);
    const e2 = evaluateDocuments([{ doc: 'd1', text: S1, actor: null, speaker: null, date: '2022-03-04' }], narrator, texts);
    expect(e2.actorAccuracy).toBe(1);
  });

  it('gives 0 (never NaN) with no gold at all', () => {
    const e = evaluateDocuments([], statements, texts);
    expect(e).toEqual({ items: 0, ambiguous: 0, unmatched: 0, actorAccuracy: 0, speakerAccuracy: 0, dateAccuracy: 0, dimensions: {}, disagreements: [] });
  });
});

describe('alignment and date agreement properties', () => {
  const word = fc.stringMatching(/^[a-z]{1,6}$/);

  it('a gold text that is a substring of one statement, cut anywhere, aligns with the statement at its first occurrence', () => {
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat(), fc.nat(), (sentences, pick, from, len) => {
        const texts = sentences.map((w) => `${w.join(' ')}.`);
        // Statements are separated by line breaks, which no gold text cut from one statement contains, so every
        // occurrence of the gold text lies inside a single statement.
        const doc = texts.join('\n');
        let at = 0;
        const statements = texts.map((t) => {
          const s = { ...statementOf('d', doc, doc.slice(at, at + t.length)), start: at, end: at + t.length };
          at += t.length + 1;
          return s;
        });
        const chosen = statements[pick % statements.length]!;
        const a = from % chosen.text.length;
        const goldText = chosen.text.slice(a, a + 1 + (len % (chosen.text.length - a)));
        const [aligned] = alignGold([{ doc: 'd', text: goldText }], new Map([['d', statements]]), new Map([['d', doc]]));
        const first = doc.indexOf(goldText);
        expect(aligned?.statement).not.toBeNull();
        expect(aligned!.statement!.start).toBeLessThanOrEqual(first);
        expect(aligned!.statement!.end).toBeGreaterThanOrEqual(first + goldText.length);
      }),
    );
  });

  it('a gold year or month agrees with every day inside it and with no day outside', () => {
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const at = statementOf('d', S1, S1, { date: a });
        expect(datesAgree(a.slice(0, 4), at)).toBe(true);
        expect(datesAgree(a.slice(0, 7), at)).toBe(true);
        expect(datesAgree(b.slice(0, 4), at)).toBe(a.slice(0, 4) === b.slice(0, 4));
        expect(datesAgree(b.slice(0, 7), at)).toBe(a.slice(0, 7) === b.slice(0, 7));
        expect(datesAgree(b, at)).toBe(a === b);
      }),
    );
  });
});
