import { keywordBaseline, majorityBaseline, vaderBaseline, VADER_NEUTRAL } from '../../src/eval/baselines';
import { createLexicon } from '../../src/lexicon/createLexicon';
import { defaultLexicon } from '../../src/lexicon/defaultLexicon';
import { defaultNlp } from '../../src/nlp';
import type { Label } from '../../src/types';

describe('majorityBaseline', () => {
  it.each<{ why: string; labels: Label[]; expected: Label }>([
    { why: 'the most frequent label wins', labels: [1, 1, 0, -1], expected: 1 },
    { why: 'a clear -1 majority', labels: [-1, -1, 1], expected: -1 },
    { why: 'a tie with 0 goes to 0', labels: [1, 1, 0, 0], expected: 0 },
    { why: 'a tie of -1 and +1 goes to the smaller label', labels: [1, -1], expected: -1 },
    { why: 'a three-way tie goes to 0', labels: [1, 0, -1], expected: 0 },
    { why: 'no gold label at all gives 0', labels: [], expected: 0 },
  ])('$why', ({ labels, expected }) => {
    const b = majorityBaseline({ engagement: labels, recognition: [], threat: [] });
    expect(b.predict('any text').engagement).toBe(expected);
  });

  it('picks each dimension on its own and ignores the text', () => {
    const b = majorityBaseline({ engagement: [1, 1, 0], recognition: [-1, -1, 0], threat: [0] });
    const expected = { engagement: 1, recognition: -1, threat: 0 };
    expect(b.predict('Talks were held.')).toEqual(expected);
    expect(b.predict('')).toEqual(expected);
    expect(b.id).toBe('majority');
  });
});

describe('keywordBaseline', () => {
  const nlp = defaultNlp();
  const baseline = keywordBaseline(defaultLexicon(), nlp);

  it.each<{ why: string; text: string; dimension: 'engagement' | 'recognition' | 'threat'; expected: Label }>([
    { why: 'counts a positive engagement cue', text: 'Russia will negotiate with the Taliban.', dimension: 'engagement', expected: 1 },
    { why: 'ignores negation: "not ... negotiate" still counts +1', text: 'Russia will not negotiate with the Taliban.', dimension: 'engagement', expected: 1 },
    { why: 'ignores the target check: dialogue with others still counts', text: 'Russia maintains dialogue with all countries concerned.', dimension: 'engagement', expected: 1 },
    { why: 'a threat cue is counted on threat', text: 'The Taliban are a terrorist threat.', dimension: 'threat', expected: 1 },
    { why: 'text without any cue is 0', text: 'The weather was mild in the capital.', dimension: 'engagement', expected: 0 },
  ])('$why', ({ text, dimension, expected }) => {
    expect(baseline.predict(text)[dimension]).toBe(expected);
  });

  it('uses the lexicon it is given: an empty lexicon predicts 0 everywhere', () => {
    const empty = keywordBaseline(createLexicon({ cues: [] }), nlp);
    expect(empty.predict('Russia will negotiate with the Taliban.')).toEqual({ engagement: 0, recognition: 0, threat: 0 });
  });

  it('is the sign of positive minus negative cues: two negatives outweigh one positive', () => {
    const lexicon = createLexicon({
      cues: [
        { id: 'p', pattern: 'meet', dimension: 'engagement', sign: 1, weight: 1, note: 'test' },
        { id: 'n1', pattern: 'shun', dimension: 'engagement', sign: -1, weight: 1, note: 'test' },
        { id: 'n2', pattern: 'snub', dimension: 'engagement', sign: -1, weight: 1, note: 'test' },
      ],
    });
    const b = keywordBaseline(lexicon, nlp);
    expect(b.predict('They meet, shun and snub.').engagement).toBe(-1);
    expect(b.predict('They meet and shun.').engagement).toBe(0);
    expect(b.predict('They meet.').engagement).toBe(1);
  });
});

describe('vaderBaseline', () => {
  const vader = vaderBaseline();

  it('maps clearly positive sentiment to +1 engagement and recognition and -1 threat', () => {
    expect(vader.predict('Talks were positive and constructive.')).toEqual({ engagement: 1, recognition: 1, threat: -1 });
  });

  it('maps clearly negative sentiment to -1 engagement and recognition and +1 threat', () => {
    expect(vader.predict('This is a terrible, hateful disaster.')).toEqual({ engagement: -1, recognition: -1, threat: 1 });
  });

  it('gives 0 (not -0) on every dimension inside the neutral band', () => {
    const p = vader.predict('The meeting is on Tuesday.');
    expect(p).toEqual({ engagement: 0, recognition: 0, threat: 0 });
    expect(Object.is(p.threat, 0)).toBe(true);
  });

  it('ignores stance words it does not know: "not planning to negotiate" is neutral to it', () => {
    expect(vader.predict('Russia is not planning to negotiate.').engagement).toBe(0);
  });

  it('uses the conventional 0.05 band', () => {
    expect(VADER_NEUTRAL).toBe(0.05);
    expect(vader.description).toContain('0.05');
  });
});
