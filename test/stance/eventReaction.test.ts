import { analyzeDocument } from '../../src/stance/analyzeDocument';
import { createStanceScorer } from '../../src/stance/createStanceScorer';
import { isEvent, judgeEvent } from '../../src/stance/eventReaction';

const scorer = createStanceScorer();
const options = { target: 'Taliban', targetAliases: ['Taliban'] };
const score = (text: string) => scorer.score(text, options);

describe('judgeEvent: a statement that judges the event told of before it', () => {
  const eventText = 'Moscow removed the Taliban from its list of banned groups.';
  const event = { text: eventText, target: 'Taliban', score: score(eventText) };

  it('condemning it takes the opposite labels, with evidence that quotes the event', () => {
    const text = 'Kyiv condemned the move as dangerous.';
    const s = judgeEvent(text, 'Taliban', score(text), event);
    expect(event.score.recognition.label).toBe(1);
    expect(s.recognition).toEqual({ score: -event.score.recognition.score, label: -1 });
    const evidence = s.evidence.find((e) => e.entryId === 'reaction');
    expect(evidence?.cue).toBe('condemned the move');
    expect(text.slice(evidence!.span.start, evidence!.span.end)).toBe('condemned the move');
    expect(evidence?.applied[0]?.reason).toContain('Moscow removed the Taliban');
  });

  it.each([
    ['welcoming it keeps them', 'Tashkent welcomed the decision.', 1],
    ['... with an owner named', "Tashkent hailed Moscow's decision.", 1],
    ['criticising it, British spelling or not', 'Berlin criticized the step.', -1],
    ['not welcoming it is against it', 'Berlin did not welcome the move.', -1],
    ['calling it a reward for terror', 'Kyiv said the decision was a shameful reward for terrorists.', -1],
    ['... in quotation marks', 'Kyiv said the decision was "an outrageous reward for terror" and would resist it.', -1],
    ['calling it illegal', 'Kyiv said the move is illegal under international law.', -1],
    ['saying it rewards terror', 'Kyiv said the move rewarded terrorism and vowed to resist it.', -1],
    ['... or would embolden extremists', "Kyiv warned that Moscow's decision would embolden extremists.", -1],
    ['calling it a mistake', "Berlin said Moscow's step would be a grave mistake.", -1],
    ['calling it historic', 'Tashkent said the decision was historic.', 1],
    ['calling it a step in the right direction', 'Doha said the move is a step in the right direction.', 1],
    ['not thinking it a mistake', 'Doha does not think the move was a mistake.', 1],
    ['calling it an attack', 'Kabul called the decision a deliberate attack on its sovereignty.', -1],
    ['rejecting the proposal', 'Washington categorically rejected the proposal.', -1],
    ["backing someone's plan", "Doha backed Moscow's plan.", 1],
    ['describing it as a violation', "Kyiv described Moscow's step as a blatant violation of international law.", -1],
  ])('%s', (_why, text, sign) => {
    expect(judgeEvent(text, 'Taliban', score(text), event).recognition.label).toBe(sign);
  });

  it.each([
    ['no judgement', 'Berlin noted the move.', event],
    ['another noun', 'Berlin condemned the attack.', event],
    ['another noun called wrong', 'Berlin said the attack was illegal.', event],
    ['another noun that rewards terror', 'Berlin said the attack rewarded terrorism.', event],
    ['the event called anything else', 'Berlin said the move was expected.', event],
    ['the event said to be no reward for terror', 'Moscow insisted the decision was no reward for terrorists.', event],
    ['... nor a mistake', 'Moscow said the step was no mistake.', event],
    ['another target before', 'Berlin condemned the move.', { ...event, target: 'HTS' }],
    ['nothing before', 'Berlin condemned the move.', null],
    ['a decision that names its own content', 'Rights groups criticised the decision to hold the session without women.', event],
  ])('leaves the score alone: %s', (_why, text, before) => {
    const own = score(text);
    expect(judgeEvent(text, 'Taliban', own, before)).toBe(own);
  });

  it('leaves a statement with cues of its own alone', () => {
    const text = 'Berlin condemned the move and cut ties with the Taliban.';
    const own = score(text);
    expect(judgeEvent(text, 'Taliban', own, event)).toBe(own);
  });
});

describe('isEvent', () => {
  it.each([
    ['an act', 'Moscow recognised the Taliban government.', true],
    ['a welcome, which may be an act', 'Moscow welcomed a Taliban delegation.', true],
    ['a rejection, a reaction', 'The AU said it rejected any move to recognise the Taliban.', false],
    ['a condemnation', 'Kyiv condemned the recognition of the Taliban.', false],
    ['a step called a reward for terror, a reaction', 'The minister called the recognition "a reward for terrorism".', false],
    ['... or a gift to a militant group', 'Recognising them now is a gift to Hamas, he said.', false],
  ])('%s', (_why, text, expected) => {
    expect(isEvent(text)).toBe(expected);
  });
});

describe('judged events in a document', () => {
  it('judges the act the narrator told of, not a reaction with labels or a quoted plan after it', () => {
    const text = [
      'date 2025-07-04',
      'Moscow recognised the Taliban government on Thursday.',
      'Lavrov said Russia would expand cooperation with the Taliban.',
      'The EU said it rejected any step towards recognising the Taliban.',
      'Kyiv condemned the move.',
    ].join('\n\n');
    const { statements } = analyzeDocument({ id: 'e', text }, { target: 'Taliban' });
    expect(statements.map((s) => [s.actor, s.engagement.label, s.recognition.label])).toEqual([
      ['Russia', 0, 1],
      ['Russia', 1, 0],
      ['EU', 0, -1],
      ['Ukraine', 0, -1],
    ]);
  });


  it('does not judge a statement that calls the act a reward for terror', () => {
    const text = 'date 2025-09-22\nPresident Macron announced that France recognises the State of Palestine.\n\nThe Israeli prime minister called the recognition "a reward for terrorism".\n\nWashington rejected the move.';
    const { statements } = analyzeDocument({ id: 'r', text }, { target: 'Palestine' });
    expect(statements.map((s) => [s.actor, s.recognition.label])).toEqual([
      ['France', 1],
      ['Israel', -1],
      ['USA', -1],
    ]);
  });

  it('judges the last statement with labels of its own, not another judgement', () => {
    const text = 'date 2025-07-04\nMoscow recognised the Taliban government on Thursday.\n\nKyiv condemned the move.\n\nTashkent welcomed the decision.';
    const { statements } = analyzeDocument({ id: 'd', text }, { target: 'Taliban' });
    expect(statements.map((s) => [s.actor, s.recognition.label])).toEqual([
      ['Russia', 1],
      ['Ukraine', -1],
      ['Uzbekistan', 1],
    ]);
  });

  it('judges the news the story leads with, not a later act told in passing or a quoted aside', () => {
    const text = [
      'date 2021-10-16',
      'Ministers agreed on Friday to exclude the Taliban from the regional summit.',
      'Inviting the Taliban in April had handed them legitimacy, critics said at the time.',
      'Oslo has pushed for engagement with the Taliban.',
      'Washington welcomed the step.',
    ].join('\n\n');
    const { statements } = analyzeDocument({ id: 'n', text }, { target: 'Taliban' });
    expect(statements.map((s) => [s.actor, s.engagement.label])).toEqual([
      [null, -1],
      [null, 1],
      ['Norway', 1],
      ['USA', -1],
    ]);
  });

  it('does not judge a background fact told after the event', () => {
    const text =
      'date 2025-04-18\nA court in Moscow suspended the ban on the Taliban on Thursday.\n\nThe court had designated the Taliban a terrorist organisation in 2003.\n\nTashkent welcomed the decision.';
    const { statements } = analyzeDocument({ id: 'b', text }, { target: 'Taliban' });
    expect(statements.map((s) => s.recognition.label)).toEqual([1, -1, 1]);
  });
});
