import { analyzeDocument } from '../../src/stance/analyzeDocument';
import { createStanceScorer } from '../../src/stance/createStanceScorer';
import { followSuit } from '../../src/stance/followedSuit';

const scorer = createStanceScorer();
const options = { target: 'Taliban', targetAliases: ['Taliban'] };
const score = (text: string) => scorer.score(text, options);

describe('followSuit: a statement that does what the one before said', () => {
  const delisted = { text: 'Astana removed the Taliban from its list of banned groups.', target: 'Taliban', score: score('Astana removed the Taliban from its list of banned groups.') };

  it('takes the labels of the statement before, with evidence that quotes it', () => {
    const text = 'Bishkek followed suit a month later.';
    const s = followSuit(text, 'Taliban', score(text), delisted);
    expect(s.recognition).toEqual(delisted.score.recognition);
    const evidence = s.evidence.find((e) => e.entryId === 'followed-suit');
    expect(evidence?.cue).toBe('followed suit');
    expect(text.slice(evidence!.span.start, evidence!.span.end)).toBe('followed suit');
    expect(evidence?.applied[0]?.reason).toContain('Astana removed the Taliban');
  });

  it.each([
    ['did the same', 'Bishkek did the same in June.', 1],
    ['a named subject that followed', 'Bishkek followed later in the day.', 1],
    ['... also of two words, at the end', 'Saudi Arabia also followed.', 1],
    ['... denied', 'Berlin has not followed.', -1],
    ['... in a "that" clause, with a modal', 'Officials insist that Berlin will not follow.', -1],
    ["... or with won't", "Diplomats said that Vienna won't follow.", -1],
    ['a denial takes the opposite', 'No Western state has followed suit.', -1],
    ["... also with n't", "Western states haven't done the same.", -1],
    ['"done so" denied', 'Washington has not done so.', -1],
    ['"yet to do so"', 'Western states have yet to do so.', -1],
  ])('%s', (_why, text, sign) => {
    const s = followSuit(text, 'Taliban', score(text), delisted, 'Kyrgyzstan');
    expect(s.recognition.label).toBe(sign * delisted.score.recognition.label);
    expect(s.recognition.score).toBe(sign * delisted.score.recognition.score);
  });

  it.each([
    ['no such words', 'Bishkek kept quiet.', delisted, 'Kyrgyzstan'],
    ['what followed is no actor', 'Protests followed.', delisted, null],
    ['"followed" with an object', 'Bishkek followed the talks closely.', delisted, 'Kyrgyzstan'],
    ['... or within a sentence', 'In the weeks that followed, Bishkek kept quiet.', delisted, 'Kyrgyzstan'],
    ['"did so" affirmed is any act', 'Bishkek did so too.', delisted, 'Kyrgyzstan'],
    ['... as is "the first to do so"', 'It was the first state to do so.', delisted, 'Kyrgyzstan'],
    ['another target before', 'Bishkek followed suit.', { ...delisted, target: 'HTS' }, 'Kyrgyzstan'],
    ['nothing to follow', 'Bishkek followed suit.', null, 'Kyrgyzstan'],
    ['a question about it', 'Asked whether Bishkek would follow suit, the minister said nothing.', delisted, 'Kyrgyzstan'],
    ['a statement before without a label', 'Bishkek followed suit.', { text: 'It rained.', target: 'Taliban', score: score('It rained.') }, 'Kyrgyzstan'],
  ])('leaves the score alone: %s', (_why, text, previous, actor) => {
    const own = score(text);
    expect(followSuit(text, 'Taliban', own, previous, actor)).toBe(own);
  });

  it('leaves a statement with cues of its own alone', () => {
    const text = 'Bishkek followed suit and held talks with the Taliban.';
    const own = score(text);
    expect(followSuit(text, 'Taliban', own, delisted)).toBe(own);
  });
});

describe('followed suit in a document', () => {
  it('gives the next actor the stance, dated by its own sentence', () => {
    const text = 'date 2024-05-10\nKazakhstan removed the Taliban from its list of banned organisations in 2023.\n\nKyrgyzstan followed suit in March.';
    const { statements } = analyzeDocument({ id: 'd', text }, { target: 'Taliban' });
    const follow = statements.find((s) => s.text.startsWith('Kyrgyzstan'));
    expect({ actor: follow?.actor, recognition: follow?.recognition.label, date: follow?.date }).toEqual({ actor: 'Kyrgyzstan', recognition: 1, date: '2024-03-01' });
  });

  it('follows the act the narrator told of, not a position quoted after it', () => {
    const text =
      'date 2024-05-28\nOslo and Dublin formally recognised the movement on Tuesday.\n\n' +
      '"A settlement should come through direct talks between the parties, not through unilateral recognition," a spokeswoman for the president said.\n\n' +
      'Berlin and Rome said they were not planning to follow suit.';
    const { statements } = analyzeDocument({ id: 'd', text }, { target: 'Taliban' });
    expect(statements.find((s) => s.text.startsWith('Berlin'))?.recognition.label).toBe(-1);
  });

  it('follows the act told of, not a reaction to it', () => {
    const text =
      'date 2024-05-10\nKazakhstan removed the Taliban from its list of banned organisations.\n\nKyiv condemned the move.\n\n' +
      'No Western country has followed suit.\n\nKyrgyzstan followed on Monday.\n\nProtests followed.';
    const { statements } = analyzeDocument({ id: 'd', text }, { target: 'Taliban' });
    const label = (start: string) => statements.find((s) => s.text.startsWith(start))?.recognition.label;
    expect([label('Kyiv'), label('No Western'), label('Kyrgyzstan'), label('Protests')]).toEqual([-1, -1, 1, 0]);
  });
});
