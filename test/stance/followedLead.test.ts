import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { analyzeDocument } from '../../src/stance/analyzeDocument';
import { createStanceScorer } from '../../src/stance/createStanceScorer';
import { followLead } from '../../src/stance/followedLead';
import type { PreviousStatement } from '../../src/stance/followedSuit';

const scorer = createStanceScorer();
const registry = defaultActorRegistry();
const score = (text: string) => scorer.score(text, { target: 'Taliban', targetAliases: ['Taliban'] });

describe('followLead: a statement that follows, or does not follow, a named actor', () => {
  const ledText = 'Moscow recognised the Taliban government.';
  const led: PreviousStatement = { text: ledText, target: 'Taliban', score: score(ledText) };
  const first = new Map([['Russia', led]]);

  it('takes the labels of that actor, with evidence that quotes its statement', () => {
    const text = "Minsk will follow Moscow's lead.";
    const s = followLead(text, 'Taliban', score(text), first, registry);
    expect(led.score.recognition.label).toBe(1);
    expect(s.recognition).toEqual(led.score.recognition);
    const evidence = s.evidence.find((e) => e.entryId === 'followed-lead');
    expect(evidence?.cue).toBe("follow Moscow's lead");
    expect(evidence?.applied[0]?.reason).toContain('Moscow recognised the Taliban');
  });

  it.each([
    ['denied, the opposite', 'Berlin has no plans to follow Russia’s lead.', -1],
    ['"in the footsteps"', "Minsk followed in Russia's footsteps.", 1],
    ['"the example" of a state written with "the"', 'Minsk will not follow the Russian example.', -1],
  ])('%s', (_why, text, label) => {
    expect(followLead(text, 'Taliban', score(text), first, registry).recognition.label).toBe(label);
  });

  it.each([
    ['an actor with no statement before', "Minsk will follow China's lead.", first, 'Taliban'],
    ['another target', "Minsk will follow Moscow's lead.", first, 'HTS'],
    ['no lead named', 'Minsk will follow the talks closely.', first, 'Taliban'],
    ['no statements before', "Minsk will follow Moscow's lead.", new Map<string, PreviousStatement>(), 'Taliban'],
    ['a question about it', "Asked whether Minsk would follow Moscow's lead, the minister said nothing.", first, 'Taliban'],
    ['a condition', "If Minsk follows Moscow's lead, others will too.", first, 'Taliban'],
  ])('leaves the score alone: %s', (_why, text, before, target) => {
    const own = score(text);
    expect(followLead(text, target, own, before, registry)).toBe(own);
  });

  it('leaves a statement with cues of its own alone', () => {
    const text = "Minsk will follow Moscow's lead and hold talks with the Taliban.";
    const own = score(text);
    expect(followLead(text, 'Taliban', own, first, registry)).toBe(own);
  });
});

describe('followed leads in a document', () => {
  it("takes the actor's first act, the one the story leads with, not a later remark", () => {
    const text = [
      'date 2025-07-04',
      'Moscow recognised the Taliban government on Thursday.',
      'Lavrov said Russia would expand trade with the Taliban.',
      "The United States said it had no plans to follow Moscow's lead.",
    ].join('\n\n');
    const { statements } = analyzeDocument({ id: 'l', text }, { target: 'Taliban' });
    expect(statements.map((s) => [s.actor, s.engagement.label, s.recognition.label])).toEqual([
      ['Russia', 0, 1],
      ['Russia', 1, 0],
      ['USA', 0, -1],
    ]);
    expect(statements[2]?.evidence.map((e) => e.entryId)).toContain('followed-lead');
  });

  it('does not take a background fact for the lead others are urged to follow', () => {
    const text = ['date 2025-07-04', 'In 2003 Moscow put the Taliban on its list of terrorist organisations.', "Kyiv urged all states not to follow Moscow's example."].join('\n\n');
    const { statements } = analyzeDocument({ id: 'l', text }, { target: 'Taliban' });
    expect(statements[0]).toMatchObject({ actor: 'Russia', dateSource: 'background', recognition: { label: -1 } });
    expect(statements[1]?.recognition.label).toBe(0);
  });
});
