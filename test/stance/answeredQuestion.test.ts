import { analyzeDocument } from '../../src/stance/analyzeDocument';
import { answerQuestion } from '../../src/stance/answeredQuestion';
import { createCascadeScorer } from '../../src/stance/prefilter/createCascadeScorer';
import { createStanceScorer } from '../../src/stance/createStanceScorer';

const scorer = createStanceScorer();
const options = { target: 'Taliban', targetAliases: ['Taliban'] };
const score = (text: string) => scorer.score(text, options);
const THRESHOLD = 0.25;

describe('Scorer.answer: what a statement answers on its own', () => {
  it.each([
    ['a denial of "this"', '"At the moment this is not on the agenda," he told reporters.', -1, 'not on the agenda'],
    ['... of "it"', 'It is premature, the envoy said.', -1, 'premature'],
    ['a bare "yes"', '"Yes, certainly," Peskov said.', 1, 'Yes'],
    ['a bare "no"', 'No, we have said so many times.', -1, 'No'],
    ['a bare "no" with its full stop, which the model reads as one token', 'Zakharova: No. We said so many times.', -1, 'No.'],
    ['a denial of "this question"', 'This question is not on the agenda yet.', -1, 'not on the agenda'],
    ['a denial word with the one answering as its subject', 'We are not in a rush.', -1, 'not in a rush'],
  ])('%s', (_why, text, factor, cue) => {
    expect(scorer.answer?.(text)).toMatchObject({ factor, cue });
  });

  it.each([
    ['a denial of something else', 'The road is not ready.'],
    ['"no" as a determiner', 'There is no money for roads.'],
    ['"No." before a number', 'No. 5 is the road to Kabul.'],
    ['a denial of another noun', 'This road is not ready.'],
    ['no denial at all', 'He smiled at the reporters.'],
    ['a bare "not" with the one answering as its subject', 'We do not comment on that.'],
  ])('gives none for %s', (_why, text) => {
    expect(scorer.answer?.(text)).toBeNull();
  });

  it('is the same behind the cascade', () => {
    const text = '"For now this is off the table," he said.';
    expect(createCascadeScorer(scorer).answer?.(text)).toEqual(scorer.answer?.(text));
  });
});

describe('answerQuestion: the answer to the question the statement before asked', () => {
  const questionText = 'Peskov was asked whether Moscow would recognise the Taliban.';
  const question = { text: questionText, target: 'Taliban', score: score(questionText) };

  it('takes the question with the answer’s sign, with evidence that quotes it', () => {
    expect(question.score.recognition.label).toBe(0);
    const text = '"At the moment this is not on the agenda," he said.';
    const s = answerQuestion(text, 'Taliban', score(text), question, scorer, THRESHOLD);
    expect(s.recognition.label).toBe(-1);
    const evidence = s.evidence.find((e) => e.entryId === 'answer');
    expect(text.slice(evidence!.span.start, evidence!.span.end)).toBe(evidence?.cue);
    expect(evidence?.applied[0]?.reason).toContain('Peskov was asked whether');
    expect(s.phase).toBe('no signal');
  });

  it('affirms it with a bare "yes"', () => {
    const text = '"Yes, of course," he said.';
    expect(answerQuestion(text, 'Taliban', score(text), question, scorer, THRESHOLD).recognition.label).toBe(1);
  });

  it.each([
    ['no answer', 'He smiled.', question],
    ['another target before', '"This is not on the agenda," he said.', { ...question, target: 'HTS' }],
    ['nothing before', '"This is not on the agenda," he said.', null],
    ['no question before', '"This is not on the agenda," he said.', { text: 'Moscow recognised the Taliban.', target: 'Taliban', score: score('Moscow recognised the Taliban.') }],
    ['a statement with a cue of its own', '"This is not on the agenda, but we keep talking to the Taliban," he said.', question],
  ])('leaves the score alone: %s', (_why, text, previous) => {
    const own = score(text);
    expect(answerQuestion(text, 'Taliban', own, previous, scorer, THRESHOLD)).toBe(own);
  });
});

describe('an answered question in a document', () => {
  it('answers a question asked in a transcript', () => {
    const text = 'date 2024-08-15\nQuestion: Is Moscow planning to recognise the Taliban?\n\nMaria Zakharova: No. This question is not on the agenda yet.';
    const { statements } = analyzeDocument({ id: 'd', text }, { target: 'Taliban' });
    expect(statements.map((s) => s.recognition.label)).toEqual([0, -1]);
  });

  it('gives the answer the stance asked about, and no more', () => {
    const text = 'date 2021-10-05\nPeskov was asked on Tuesday whether Moscow would recognise the Taliban.\n\n"At the moment this is not on the agenda," he told reporters.\n\n"We keep talking to them," he added.';
    const { statements } = analyzeDocument({ id: 'd', text }, { target: 'Taliban' });
    // recognition and engagement labels of the question, the answer and the next sentence
    expect(statements.map((s) => [s.recognition.label, s.engagement.label])).toEqual([
      [0, 0],
      [-1, 0],
      [0, 1],
    ]);
  });
});

describe('reporters\' questions in a transcript', () => {
  const text = [
    'QUESTION (AFP): So is Moscow ready to recognise the movement?',
    '',
    'SERGEY LAVROV: We are not in a rush.',
    '',
    'QUESTION: Moscow keeps talking to the movement, does it not?',
  ].join('\n');
  const { statements } = analyzeDocument({ id: 'q', text, published: '2024-10-07' }, { target: 'Taliban', targetAliases: ['the movement'] });
  const at = (fragment: string) => statements.find((s) => s.text.includes(fragment))!;

  it('score nothing, with the reason on each cue', () => {
    expect([at('keeps talking').engagement.label, at('ready to recognise').recognition.label]).toEqual([0, 0]);
    expect(at('keeps talking').evidence.every((e) => e.weight === 0 && e.applied.some((a) => a.ruleId === 'question'))).toBe(true);
  });

  it('leave what they asked to the answer after them', () => {
    expect(at('not in a rush')).toMatchObject({ speaker: 'Sergey Lavrov', actor: 'Russia', recognition: { label: -1 } });
  });
});
