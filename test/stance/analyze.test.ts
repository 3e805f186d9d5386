import { InputError } from '../../src/errors';
import { defaultNlp } from '../../src/nlp';
import { analyze } from '../../src/stance/analyze';
import { analyzeDocument } from '../../src/stance/analyzeDocument';
import type { Document } from '../../src/types';

const nlp = defaultNlp();
const DOCS: Document[] = [
  { id: 'one', text: 'date 2022-02-01 Russia will hold talks with the Taliban. The weather was mild.' },
  { id: 'two', text: 'Kabulov said Moscow was not in a rush to recognise the Taliban.' },
  { id: 'three', text: 'China held talks with the Taliban in Beijing.', published: '2022-02-03' },
];

describe('analyze', () => {
  const options = { target: 'Taliban', nlp };
  const result = analyze(DOCS, options);

  it('counts the documents and keeps the statements in document order', () => {
    expect(result.documents).toBe(3);
    expect(result.statements.map((s) => s.doc)).toEqual(['one', 'one', 'two', 'three']);
  });

  it('gives, per document, what analyzeDocument gives', () => {
    const each = DOCS.map((d) => analyzeDocument(d, options));
    expect(result.statements).toEqual(each.flatMap((e) => e.statements));
    expect(result.problems).toEqual(each.flatMap((e) => e.problems));
  });

  it('collects the problems of every document: the undatable one is reported, not dropped', () => {
    expect(result.problems).toEqual([expect.objectContaining({ source: 'two', kind: 'undatable' })]);
    expect(result.statements.find((s) => s.doc === 'two')).toMatchObject({ date: null, speaker: 'Zamir Kabulov', actor: 'Russia', recognition: { label: -1 } });
  });

  it('throws at the undatable document with onProblem fail', () => {
    expect(() => analyze(DOCS, { ...options, onProblem: 'fail' })).toThrow(InputError);
  });

  it('reads any iterable of documents, lazily generated ones included', () => {
    function* gen(): Generator<Document> {
      yield* DOCS;
    }
    expect(analyze(gen(), options)).toEqual(result);
  });

  it('gives nothing for no documents', () => {
    expect(analyze([], options)).toEqual({ documents: 0, statements: [], problems: [] });
  });

  it('applies signalOnly to every document', () => {
    const signal = analyze(DOCS, { ...options, signalOnly: true });
    expect(signal.statements.map((s) => s.text)).not.toContain('The weather was mild.');
    expect(signal.statements.length).toBe(result.statements.filter((s) => s.engagement.label || s.recognition.label || s.threat.label).length);
  });
});
