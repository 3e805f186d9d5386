import { statementFromRecord } from '../../src/report/statementFromRecord';
import { statements } from './fixtures/statements';

const zero = { score: 0, label: 0 };
const minimal = { doc: 'd1', text: 'Talks began in Doha.', date: '2021-10-20', engagement: { score: 0.6, label: 1 }, recognition: zero, threat: zero };

describe('statementFromRecord', () => {
  it('reads back every fixture statement unchanged after a JSON round trip', () => {
    for (const s of statements) {
      const { statement, problems } = statementFromRecord(JSON.parse(JSON.stringify(s)));
      expect(problems).toEqual([]);
      expect(statement).toEqual(s);
    }
  });

  it('fills neutral defaults for optional fields', () => {
    const { statement, problems } = statementFromRecord(minimal);
    expect(problems).toEqual([]);
    expect(statement).toMatchObject({ speaker: null, actor: null, target: null, quote: 'none', phase: 'no signal', evidence: [], dateSource: null, start: 0, end: 20 });
  });

  it.each([
    ['not an object', 'a string', 'expected a JSON object'],
    ['an array', [minimal], 'expected a JSON object'],
    ['no text', { ...minimal, text: undefined }, '"text" must be a string'],
    ['no doc', { ...minimal, doc: 7 }, '"doc" must be a string'],
    ['a score out of range', { ...minimal, engagement: { score: 1.5, label: 1 } }, '"engagement" must be'],
    ['a label that is not -1, 0 or 1', { ...minimal, threat: { score: 0.2, label: 2 } }, '"threat" must be'],
    ['a NaN score (written as a string)', { ...minimal, recognition: { score: 'NaN', label: 0 } }, '"recognition" must be'],
    ['a date that is not ISO', { ...minimal, date: '20 October 2021' }, '"date" must be an ISO date'],
  ])('rejects a record with %s, saying why', (_why, record, message) => {
    const { statement, problems } = statementFromRecord(record);
    expect(statement).toBeNull();
    expect(problems.join('; ')).toContain(message);
  });

  it('keeps a statement with a null date (undatable statements are listed, not lost)', () => {
    expect(statementFromRecord({ ...minimal, date: null }).statement?.date).toBeNull();
  });

  it('drops malformed evidence items, keeps the good ones and says how many were dropped', () => {
    const good = { entryId: 'talks', dimension: 'engagement', cue: 'Talks', span: { start: 0, end: 5 }, base: 0.6, weight: 0.6, applied: [] };
    const { statement, problems } = statementFromRecord({ ...minimal, evidence: [good, { dimension: 'mood' }, 'x'] });
    expect(statement?.evidence).toEqual([good]);
    expect(problems).toEqual(['2 malformed evidence item(s) dropped']);
  });
});
