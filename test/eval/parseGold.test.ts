import { parseGold } from '../../src/eval/parseGold';

const line = (x: unknown): string => JSON.stringify(x);

describe('parseGold', () => {
  it('reads records with every field and fills the missing ones with null', () => {
    const content = [
      line({ id: 'g1', doc: 'a.txt', text: 'Oslo will talk to them.', speaker: 'Jonas Lie', actor: 'Norway', target: 'Taliban', targetAliases: ['IEA'], engagement: 1, recognition: 0, threat: null, date: '2022-02', published: '2022-02-03', ambiguous: false, note: 'plain' }),
      line({ text: 'Nothing else is known.' }),
    ].join('\n');
    const { records, problems } = parseGold(content, 'gold.jsonl');
    expect(problems).toEqual([]);
    expect(records[0]).toEqual({
      id: 'g1',
      doc: 'a.txt',
      text: 'Oslo will talk to them.',
      speaker: 'Jonas Lie',
      actor: 'Norway',
      target: 'Taliban',
      targetAliases: ['IEA'],
      engagement: 1,
      recognition: 0,
      threat: null,
      date: '2022-02',
      published: '2022-02-03',
      ambiguous: false,
      note: 'plain',
    });
    // No id: the source and line number stand in, so errors can be traced back.
    expect(records[1]).toEqual({
      id: 'gold.jsonl:2',
      doc: null,
      text: 'Nothing else is known.',
      speaker: null,
      actor: null,
      target: null,
      targetAliases: null,
      engagement: null,
      recognition: null,
      threat: null,
      date: null,
      published: null,
      ambiguous: false,
      note: null,
    });
  });

  it.each<{ why: string; text: string; kind: string; message: RegExp }>([
    { why: 'broken JSON', text: '{"text": "half', kind: 'malformed-json', message: /JSON|Unterminated|Unexpected/i },
    { why: 'an array is not a record', text: '["text"]', kind: 'not-an-object', message: /JSON object/ },
    { why: 'a bare number is not a record', text: '42', kind: 'not-an-object', message: /JSON object/ },
    { why: 'JSON null is not a record', text: 'null', kind: 'not-an-object', message: /JSON object/ },
    { why: 'no text field', text: line({ engagement: 1 }), kind: 'missing-text', message: /"text"/ },
    { why: 'text is not a string', text: line({ text: 7 }), kind: 'missing-text', message: /"text"/ },
    { why: 'text is only blanks', text: line({ text: '   ' }), kind: 'missing-text', message: /"text"/ },
    { why: 'a label outside {-1, 0, 1}', text: line({ text: 'x', engagement: 2 }), kind: 'bad-label', message: /"engagement" must be -1, 0, 1 or null, not 2/ },
    { why: 'a label given as a string', text: line({ text: 'x', recognition: '1' }), kind: 'bad-label', message: /"recognition" .* not "1"/ },
    { why: 'a fractional label', text: line({ text: 'x', threat: 0.5 }), kind: 'bad-label', message: /"threat" .* not 0.5/ },
  ])('reports $why with its line number and keeps the good lines', ({ text, kind, message }) => {
    const content = [line({ text: 'First.' }), '', text, line({ text: 'Last.' })].join('\n');
    const { records, problems } = parseGold(content, 'g.jsonl');
    expect(records.map((r) => r.text)).toEqual(['First.', 'Last.']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: 'g.jsonl', line: 3, kind });
    expect(problems[0]!.message).toMatch(message);
  });

  it('counts blank lines in the numbering, skips them silently and reads CRLF files', () => {
    const content = `\r\n${line({ text: 'A.' })}\r\n\r\n   \r\nbad\r\n`;
    const { records, problems } = parseGold(content, 'crlf.jsonl');
    expect(records.map((r) => [r.id, r.text])).toEqual([['crlf.jsonl:2', 'A.']]);
    expect(problems.map((p) => p.line)).toEqual([5]);
  });

  it('reports every bad line, not only the first', () => {
    const { records, problems } = parseGold(['x', line({ text: 'ok' }), 'y', line({ text: 'z', threat: -2 })].join('\n'), 's');
    expect(records).toHaveLength(1);
    expect(problems.map((p) => [p.line, p.kind])).toEqual([
      [1, 'malformed-json'],
      [3, 'malformed-json'],
      [4, 'bad-label'],
    ]);
  });

  it('takes only ambiguous: true as ambiguous, and ignores fields of the wrong type', () => {
    const { records } = parseGold(
      [
        line({ text: 'a', ambiguous: true }),
        line({ text: 'b', ambiguous: 'yes' }),
        line({ text: 'c', id: 5, doc: 3, targetAliases: ['IEA', 4, null, 'the group'], date: 20210101 }),
      ].join('\n'),
      'f',
    );
    expect(records.map((r) => r.ambiguous)).toEqual([true, false, false]);
    expect(records[2]).toMatchObject({ id: 'f:3', doc: null, targetAliases: ['IEA', 'the group'], date: null });
  });

  it('gives nothing and no problem for empty content', () => {
    expect(parseGold('', 'empty')).toEqual({ records: [], problems: [] });
    expect(parseGold('\n\n  \n', 'blank')).toEqual({ records: [], problems: [] });
  });
});
