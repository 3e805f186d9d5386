import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { findMentions } from '../../src/attribution/findMentions';
import { findQuotes } from '../../src/attribution/findQuotes';
import { findSpeechFrames } from '../../src/attribution/findSpeechFrames';
import { resolveMentions } from '../../src/attribution/resolveMentions';

const registry = defaultActorRegistry();
const mentionsOf = (text: string, date?: string) => resolveMentions(findMentions(text, registry, { date }), registry, { date });

describe('findMentions', () => {
  const cases: ReadonlyArray<[string, string, string, Record<string, unknown>]> = [
    ['an official with a title', 'Kremlin Press Secretary Dmitry Peskov spoke.', 'Dmitry Peskov', { kind: 'official', who: 'Dmitry Peskov', actor: 'Russia' }],
    ['an unknown person after a title with a demonym', 'Then senior Indian diplomat KR Mehta arrived.', 'KR Mehta', { kind: 'person', who: 'KR Mehta', actor: 'India' }],
    ['a role with its qualifier', 'The Russian president spoke.', 'The Russian president', { kind: 'role', actor: 'Russia', who: 'Vladimir Putin' }],
    ['a group', 'The Taliban representatives agreed.', 'The Taliban representatives', { kind: 'group', actor: 'Taliban' }],
    ['a generic institution resolved to the last actor', 'Under Qatari law, the Foreign Ministry decides.', 'Foreign Ministry', { kind: 'generic-institution', actor: 'Qatar', who: 'Qatari Foreign Ministry' }],
    ['a role with its owner after "of"', 'Then the prime minister of Japan arrived.', 'the prime minister of Japan', { kind: 'role', actor: 'Japan' }],
    ['a ministry with its portfolio', "Under Qatar's law, the energy ministry decides.", 'energy ministry', { kind: 'generic-institution', actor: 'Qatar', who: 'Qatari Energy Ministry' }],
    ['a bare ministry is the one the actor lists', 'Under Qatari law, the ministry decides.', 'ministry', { kind: 'generic-institution', actor: 'Qatar', who: 'Qatari Foreign Ministry' }],
    ['a generic party', 'Russia talks to all countries concerned.', 'all countries concerned', { kind: 'generic-party', actor: null }],
    ['a place after a preposition is oblique', 'Talks were held in Moscow.', 'Moscow', { kind: 'metonym', oblique: true }],
    ['a capital spelt in three words', 'Nay Pyi Taw has sent an envoy.', 'Nay Pyi Taw', { kind: 'metonym', actor: 'Myanmar' }],
    ['a ministry after a name in the possessive is its own, with its portfolio', "India met them. The Islamic Emirate's Ministry of Commerce said visas matter.", 'Ministry of Commerce', { kind: 'generic-institution', actor: 'Taliban', who: 'Taliban Ministry of Commerce' }],
    ['the object of a gerund is oblique', 'Kabul is not recognising the Taliban government.', 'Taliban', { oblique: true }],
    ['a name after an adjective in -ing is no object', 'The ruling Taliban said no.', 'Taliban', { oblique: false }],
    ['... nor after a noun in -ing', 'On Monday morning Russia said no.', 'Russia', { oblique: false }],
    ['a body before "states" or "members" does not act: its members do', 'Five EU states do not recognise Kosovo.', 'EU', { oblique: true }],
    ['... nor before "members"', 'NATO members met in Brussels.', 'NATO', { oblique: true }],
    ['"states" after a name alone is a verb', 'Qatar states that talks resume.', 'Qatar', { oblique: false }],
    ['"the" and the plural demonym of a state name its side', 'The Norwegians have hosted the envoys.', 'Norwegians', { kind: 'name', actor: 'Norway' }],
    ['a name that opens with a particle in lower case, capitalised at the start of a sentence', 'Al-Ansari spoke.', 'Al-Ansari', { kind: 'official', who: 'Majed al-Ansari', actor: 'Qatar' }],
    ['a possessive', 'Putin’s envoy left.', 'Putin', { possessive: true }],
    ['a compound modifier', 'The Putin-led government acted.', 'Putin', { modifier: true }],
  ];
  it.each(cases)('%s', (_why, text, mention, expected) => {
    const m = mentionsOf(text).find((x) => x.text === mention);
    expect(m).toMatchObject(expected);
  });

  it('takes no people for a state: not a bare plural, nor the people of a state another actor governs', () => {
    expect(mentionsOf('Norwegians who live abroad can vote.').filter((m) => m.actor === 'Norway')).toEqual([]);
    expect(mentionsOf('The Afghans who fled said little.').filter((m) => m.actor !== null)).toEqual([]);
  });

  it('does not take a capitalised word after a non-title for a person', () => {
    expect(mentionsOf('In Doha, Reuters and Friday Prayers were mentioned.').filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('resolveMentions', () => {
  it('resolves he and she by gender and recency', () => {
    const m = mentionsOf('Zakharova spoke, then Lavrov. She said no. He said yes.');
    expect(m.filter((x) => x.kind === 'pronoun').map((x) => x.who)).toEqual(['Maria Zakharova', 'Sergey Lavrov']);
  });

  it('uses the titles met in the text as roles', () => {
    const m = mentionsOf('Indian ambassador Arvind Rao arrived. The ambassador said talks help.');
    expect(m.find((x) => x.kind === 'role')?.who).toBe('Arvind Rao');
  });

  it('picks a role holder by date', () => {
    const before = mentionsOf('The Pakistani prime minister spoke.', '2021-06-01').find((x) => x.kind === 'role');
    const after = mentionsOf('The Pakistani prime minister spoke.', '2023-06-01').find((x) => x.kind === 'role');
    expect([before?.who, after?.who]).toEqual(['Imran Khan', 'Shehbaz Sharif']);
  });

  it('does not give an institution to the object of a gerund', () => {
    const m = mentionsOf('Pakistan will not rush into recognising Taliban rule. The Foreign Office said so.');
    expect(m.find((x) => x.kind === 'generic-institution')).toMatchObject({ actor: 'Pakistan' });
  });

  it.each([
    ['The EU foreign policy chief spoke.', '2023-06-01', 'Josep Borrell'],
    ['The EU foreign policy chief spoke.', '2025-02-24', 'Kaja Kallas'],
    ['The Turkish foreign minister spoke.', '2022-06-01', 'Mevlüt Çavuşoğlu'],
    ['The Turkish foreign minister spoke.', '2024-06-01', 'Hakan Fidan'],
    ['The Iranian foreign minister spoke.', '2025-01-10', 'Abbas Araghchi'],
    ['The US envoy spoke.', '2021-03-01', 'Zalmay Khalilzad'],
    ['The Brazilian president spoke.', '2024-08-16', 'Luiz Inácio Lula da Silva'],
    ['The Russian prime minister spoke.', '2023-03-01', 'Mikhail Mishustin'],
  ])('finds the one holder of a shared role on the date: %s (%s)', (text, date, who) => {
    expect(mentionsOf(text, date).find((x) => x.kind === 'role')?.who).toBe(who);
  });

  it('takes "the ministry" for the ministry named before, over the last actor named as acting', () => {
    const m = mentionsOf('Astana delisted them, the Kazakh foreign ministry said. Its embassy stayed open after the Taliban took power. The ministry said so.');
    expect(m.filter((x) => x.kind === 'generic-institution').map((x) => [x.actor, x.who])).toEqual([
      ['Kazakhstan', 'Kazakh Foreign Ministry'],
      ['Kazakhstan', 'Kazakh Foreign Ministry'],
    ]);
  });

  it('gives a role after "its" to the body acting in the sentence', () => {
    const m = mentionsOf('The European Union eased sanctions on Syria, a step its foreign policy chief praised.', '2025-02-24');
    expect(m.find((x) => x.kind === 'role')).toMatchObject({ who: 'Kaja Kallas', actor: 'EU' });
  });

  it('leaves a role unresolved when nobody fits and says why', () => {
    const role = mentionsOf('The Kazakh envoy spoke.').find((x) => x.kind === 'role');
    expect(role).toMatchObject({ who: null, actor: 'Kazakhstan', resolution: expect.stringMatching(/fits no earlier person/) });
  });
});

describe('findSpeechFrames', () => {
  const frames = (text: string) => {
    const m = mentionsOf(text);
    return findSpeechFrames(text, { start: 0, end: text.length }, m, { quotes: findQuotes(text).quotes });
  };

  it('finds the content after a preposed frame and before a postposed one', () => {
    const pre = 'Lavrov said that talks go on.';
    expect(frames(pre).map((f) => pre.slice(f.content.start, f.content.end))).toEqual(['talks go on.']);
    const post = 'Talks go on, Lavrov said.';
    expect(frames(post).map((f) => post.slice(f.content.start, f.content.end))).toEqual(['Talks go on, ']);
  });

  it('marks frames inside quotes', () => {
    const text = 'Zhirnov said, “The Taliban said they agree.”';
    expect(frames(text).map((f) => [f.speaker.text, f.quoted])).toEqual([
      ['Zhirnov', false],
      ['Taliban', true],
    ]);
  });

  it('takes "declared independence" for an act, "declared that" for words', () => {
    expect(frames('Kosovo declared independence from Serbia in 2008.')).toEqual([]);
    expect(frames('Kosovo unilaterally declared its independence in 2008.')).toEqual([]);
    expect(frames('Kosovo declared that talks were over.').map((f) => f.speaker.text)).toEqual(['Kosovo']);
  });

  it('takes no frame from a clause that comments on the event of the sentence', () => {
    expect(frames('Russia recognised the Taliban, a move the Taliban hailed as brave.')).toEqual([]);
    expect(frames('The EU lifted sanctions, in a step its foreign policy chief described as goodwill.')).toEqual([]);
    expect(frames('Russia recognised them, a move that the Taliban said was brave.')).toEqual([]);
    expect(frames("Addis Ababa signed the deal, a step that Somalia's government denounced as void.")).toEqual([]);
    expect(frames('Russia recognised them; the Taliban said the move was brave.').map((f) => f.speaker.text)).toEqual(['Taliban']);
  });

  it('takes no frame from a clause that sums up the sentence as a claim someone answers', () => {
    expect(frames('Tehran has long accused the group of sheltering fighters, a charge Kabul rejects.')).toEqual([]);
    expect(frames('Officials say the envoy was expelled, an allegation that the embassy denied.').map((f) => f.speaker.text)).toEqual(['Officials']);
    expect(frames('Tehran accused the group of sheltering fighters; Kabul rejects the charge.').map((f) => f.speaker.text)).toEqual(['Kabul']);
  });

  it('skips passive verbs', () => {
    expect(frames('Lavrov was told about it.')).toEqual([]);
  });
});
