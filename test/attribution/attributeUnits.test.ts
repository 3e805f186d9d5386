import fc from 'fast-check';
import { attributeUnits } from '../../src/attribution/attributeUnits';
import { createActorRegistry } from '../../src/attribution/createActorRegistry';
import type { UnitAttribution } from '../../src/attribution/UnitAttribution';
import { InvalidOptionError } from '../../src/errors';
import { splitUnits } from './splitUnits';

/** Attributes `text` and returns the attribution of the unit that contains `phrase`. */
function unitWith(text: string, phrase: string, options: Parameters<typeof attributeUnits>[2] = { target: 'Taliban' }): UnitAttribution {
  const units = splitUnits(text);
  const out = attributeUnits(text, units, options);
  const at = text.indexOf(phrase);
  const i = units.findIndex((u) => u.start <= at && at < u.end);
  const found = out.units[i];
  if (at < 0 || found === undefined) throw new Error(`no unit holds "${phrase}"`);
  return found;
}

type Expect = Partial<Pick<UnitAttribution, 'speaker' | 'actor' | 'target' | 'quote' | 'quoted'>> & { reason?: RegExp };
type Case = readonly [why: string, text: string, phrase: string, expected: Expect];

function check([_why, text, phrase, expected]: Case): void {
  const got = unitWith(text, phrase);
  const { reason, ...fields } = expected;
  const shown = { speaker: got.speaker, actor: got.actor, target: got.target, quote: got.quote, quoted: got.quoted };
  expect({ ...shown, reason: got.reason }).toMatchObject({ ...fields, ...(reason !== undefined ? { reason: expect.stringMatching(reason) } : {}) });
}

describe('speakers: reported speech frames', () => {
  const cases: Case[] = [
    ['"X said that ..."', 'Lavrov said that the door to dialogue stays open.', 'door', { speaker: 'Sergey Lavrov', actor: 'Russia', quote: 'reported', reason: /reported speech/ }],
    ['"X has said" with an auxiliary', 'Peskov has said contacts with the movement are technical.', 'contacts', { speaker: 'Dmitry Peskov', actor: 'Russia' }],
    ['"according to X"', 'According to Zakharova, the embassy in Kabul works normally.', 'embassy', { speaker: 'Maria Zakharova', actor: 'Russia', reason: /according to/i }],
    ['"according to him" takes the last man mentioned', 'Lavrov spoke in Moscow. According to him, the embassy works normally.', 'embassy', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    ['"according to" a titled person', 'According to the veteran diplomat Zamir Kabulov, nothing has changed.', 'nothing', { speaker: 'Zamir Kabulov' }],
    ['"X told TASS"', 'Nebenzia told TASS the council would meet again.', 'council', { speaker: 'Vassily Nebenzia', actor: 'Russia' }],
    ['"EU states that ..." is a noun phrase, not speech', 'Greece is one of five EU states that do not recognise the republic.', 'Greece', { speaker: null, actor: 'Greece' }],
    ['"the Gulf states" is not speech either', 'Oman joined the Arab states that reopened embassies.', 'Oman', { speaker: null, actor: 'Oman' }],
    ['"states" after a state is still a speech verb', 'Qatar states that its mediation continues.', 'mediation', { speaker: 'Qatar', actor: 'Qatar' }],
    ['a name after the verb and a description of the person speaks', '"Talks will go on," said political analyst Karim Sadeqi.', 'Talks', { speaker: 'Karim Sadeqi', quote: 'direct' }],
    ['an unnamed source with a relative clause before the verb speaks', 'A senior Chinese diplomat who has worked in Islamabad said the embassy would stay.', 'embassy', { speaker: 'senior Chinese diplomat', actor: 'China', quote: 'reported' }],
    ['... and is the one "he" names in the next sentence', 'Lavrov spoke first. A senior Russian diplomat who knows the region said the envoy would go. "We keep contacts," he said.', 'keep contacts', { speaker: 'senior Russian diplomat', actor: 'Russia' }],
    ['a relative clause of auxiliaries and adverbs leaves the verb its own', 'A Western envoy who has repeatedly said the mission stays met them.', 'mission', { speaker: 'Western envoy' }],
    ['a state subject with a relative clause before the verb speaks, not the name inside the clause', 'Chile, one of the states that do not recognise the republic, said its policy stands.', 'policy', { speaker: 'Chile', actor: 'Chile' }],
    ['a state subject with a "which" clause', 'Norway, which has never recognised the Taliban, said the visit was useful.', 'useful', { speaker: 'Norway', actor: 'Norway' }],
    [
      '... also when the reported clause opens with a noun phrase, which is its subject, not an inverted speaker',
      'Norway, which chairs the group this year, said its special envoy had met the generals.',
      'generals',
      { speaker: 'Norway', actor: 'Norway' },
    ],
    ['a comma before an inverted verb still takes the name after it', 'The talks with Norway are useful, said Lavrov.', 'talks', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    ['a media name with "news agency" only relays: the inner speaker speaks', 'The TASS news agency reported that Kabulov described the visit as useful.', 'visit', { speaker: 'Zamir Kabulov', actor: 'Russia' }],
    ['a trailing verb with its own unknown subject: not the clause subject', 'The council proposed that Lavrov visit Kabul, the daily Vedomosti reported.', 'visit', { speaker: null, actor: 'Russia' }],
    ['stressed', 'Shoigu stressed the border must stay closed.', 'border', { speaker: 'Sergei Shoigu' }],
    ['noted', 'Medvedev noted the talks were long.', 'talks', { speaker: 'Dmitry Medvedev' }],
    ['added', 'Babushkin added that New Delhi was informed.', 'informed', { speaker: 'Roman Babushkin' }],
    ['pointed out', 'Zhirnov pointed out the security guarantees.', 'guarantees', { speaker: 'Dmitry Zhirnov' }],
    ['clarified', 'Kabulov clarified the position of Moscow.', 'position', { speaker: 'Zamir Kabulov' }],
    ['emphasised (British spelling)', 'Lavrov emphasised the need for an inclusive cabinet.', 'inclusive', { speaker: 'Sergey Lavrov' }],
    ['emphasized (American spelling)', 'Lavrov emphasized the need for an inclusive cabinet.', 'inclusive', { speaker: 'Sergey Lavrov' }],
    ['indicated', 'Putin indicated a delisting was possible.', 'delisting', { speaker: 'Vladimir Putin' }],
    ['hinted', 'Kabulov hinted at an invitation to Moscow.', 'invitation', { speaker: 'Zamir Kabulov' }],
    ['informed', 'Peskov informed reporters of the schedule.', 'schedule', { speaker: 'Dmitry Peskov' }],
    ['stated', 'Zakharova stated the mission would stay.', 'mission', { speaker: 'Maria Zakharova' }],
    ['tweeted, by a Taliban official', 'Mujahid tweeted that the delegation had arrived.', 'delegation', { speaker: 'Zabihullah Mujahid', actor: 'Taliban' }],
    ['a postposed frame: "..., X said"', 'The talks will go on next month, Lavrov said on Monday.', 'talks', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    ['an inverted frame: "..., said X"', 'The envoys will meet in Doha, said Peskov.', 'envoys', { speaker: 'Dmitry Peskov', reason: /inverted/ }],
    ['a time phrase between speaker and verb', 'Putin last month emphasised the role of the UN.', 'role', { speaker: 'Vladimir Putin' }],
    ['a comma-enclosed time phrase', 'Kabulov, on Friday, hinted at a new round.', 'round', { speaker: 'Zamir Kabulov' }],
    [
      'an appositive between speaker and verb',
      'Zamir Kabulov, head of a department at the Russian Foreign Ministry, said the door was open.',
      'door',
      { speaker: 'Zamir Kabulov', reason: /appositive/ },
    ],
    [
      'an unclosed appositive before the verb',
      'Abdul Qahar Balkhi, the spokesman of the ministry in the country said on Monday that visas resume.',
      'visas',
      { speaker: 'Abdul Qahar Balkhi', actor: 'Taliban' },
    ],
    ['a delegate, as meetings coverage names speakers', "Norway's delegate said the Council should engage with the movement.", 'engage', { speaker: "Norway's delegate", actor: 'Norway' }],
    [
      'an object before ", officials said" is no speaker with an unclosed appositive: the subject acts',
      'The Norwegians have received a Taliban envoy, officials said on Monday.',
      'envoy',
      { speaker: null, actor: 'Norway' },
    ],
    [
      '... but an object followed by ", who" speaks',
      'The mission rejected remarks by the Norwegian ambassador, who said on Monday that talks had begun.',
      'talks',
      { speaker: 'Norwegian ambassador', actor: 'Norway' },
    ],
    [
      'a body after the last comma speaks, not the person an aside before it follows',
      'Wang Yi met Sergey Lavrov, on the sidelines of a summit in Astana, the Chinese Foreign Ministry said.',
      'summit',
      { speaker: 'Chinese Foreign Ministry', actor: 'China' },
    ],
    ['passive "..., the Foreign Ministry said" takes the last actor', 'Russia will keep its embassy open, the Foreign Ministry said.', 'embassy', { speaker: 'Russian Foreign Ministry', actor: 'Russia' }],
    ['a ministry named by its portfolio is not the foreign ministry', "The ban on the movement stays in force, Russia's justice ministry said.", 'ban', { speaker: 'Russian Justice Ministry', actor: 'Russia' }],
    ['a demonym right before "foreign ministry" says whose it is', 'A spokesman for the Chinese foreign ministry said talks in Kabul went well.', 'talks', { speaker: 'Chinese Foreign Ministry', actor: 'China' }],
    ['"the Foreign Ministry" belongs to the agent, not to a place after a preposition', 'Russia will keep its embassy in Kabul open, the Foreign Ministry said.', 'embassy', { speaker: 'Russian Foreign Ministry', actor: 'Russia' }],
    ['"according to" media names no speaker', 'According to Serbian media, Moscow backed the plan.', 'backed', { speaker: null, actor: 'Russia' }],
    ['"his office" belongs to the last person', 'Kurti met envoys. In a statement, his office said the talks were useful.', 'useful', { speaker: "Albin Kurti's office", actor: 'Kosovo' }],
    ['a news agency only relays: the inner speaker speaks', 'TASS reported that Kabulov described the meeting as useful.', 'meeting', { speaker: 'Zamir Kabulov', actor: 'Russia' }],
    ['a coordinated subject: the named person speaks', 'Putin and other officials also underlined the risks.', 'risks', { speaker: 'Vladimir Putin' }],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('speakers: titles, unknown people, pronouns and roles', () => {
  const cases: Case[] = [
    ['title + name', 'Kremlin Press Secretary Dmitry Peskov said the visit was planned.', 'visit', { speaker: 'Dmitry Peskov', actor: 'Russia' }],
    ['a long title', 'Russian Foreign Minister Sergey Lavrov said the agenda was set.', 'agenda', { speaker: 'Sergey Lavrov' }],
    ['a lower-case title', 'senior diplomat Zamir Kabulov said the talks were useful.', 'useful', { speaker: 'Zamir Kabulov' }],
    ['an unknown Russian envoy resolves through the demonym', 'Russian envoy Pavel Ignatov said the mission stays.', 'mission', { speaker: 'Pavel Ignatov', actor: 'Russia' }],
    ['an unknown Indian diplomat resolves through the demonym', 'Indian diplomat Arvind Rao told reporters that aid would flow.', 'aid', { speaker: 'Arvind Rao', actor: 'India' }],
    ['a name at the end of its sentence leaves the full stop out', '"Aid will flow," said Indian diplomat Arvind Rao.', 'Aid', { speaker: 'Arvind Rao', actor: 'India' }],
    ['a titled stranger speaks for the first agent of their sentence, not the object', 'Latvia will recognise an independent Palestinian state soon, Prime Minister Anna Berzina said.', 'recognise', { speaker: 'Anna Berzina', actor: 'Latvia' }],
    ['... and for the last agent before when their sentence names none first', 'Latvia backs the plan. Prime Minister Anna Berzina said the vote was close.', 'vote', { speaker: 'Anna Berzina', actor: 'Latvia' }],
    ['... that is, for the subject of the sentence before, not for its object', 'Chile congratulated Peru. President Ana Rojas said the vote was close.', 'vote', { speaker: 'Ana Rojas', actor: 'Chile' }],
    ['... never for an actor named inside the quote they speak', 'Norway lifted the ban. "The Taliban are no threat to us," Deputy Foreign Minister Jon Berg told reporters.', 'threat', { speaker: 'Jon Berg', actor: 'Norway' }],
    ['a name with a lower-case particle is found again by its last word', 'Minister of State Khalid al-Mansouri met them. "We came to listen," al-Mansouri said.', 'listen', { speaker: 'Khalid al-Mansouri' }],
    ['a name with a particle between hyphens is one name', 'Zia-ul-Rahman Baloch told reporters that the talks went on.', 'talks', { speaker: 'Zia-ul-Rahman Baloch' }],
    ['a name apposed to a role with its posting is found again by surname', "Talks were held by Chile's special envoy for Asia, Ana Maria Rojas, on Sunday. \"We will go on,\" Rojas said.", 'go on', { speaker: 'Ana Maria Rojas', actor: 'Chile' }],
    ['Unicode names', 'Erdoğan said Ankara would help.', 'help', { speaker: 'Recep Tayyip Erdoğan', actor: 'Turkey' }],
    ['"he" is the last person mentioned', 'Lavrov arrived in Doha. He said the meeting was productive.', 'productive', { speaker: 'Sergey Lavrov', reason: /pronoun "He"/ }],
    ['"he" is the subject of the sentence of the last man named, not its object', 'Muttaqi praised the decision after meeting Zhirnov in Kabul. "It is brave," he said.', 'brave', { speaker: 'Amir Khan Muttaqi', reason: /subject of the sentence/ }],
    ['... passing over a possessive', "Putin's envoy Kabulov met Muttaqi on Friday. He said the talks were useful.", 'useful', { speaker: 'Zamir Kabulov' }],
    ['... and a name used as a modifier', 'The Putin-led government snubbed Lavrov. He said the talks were useful.', 'useful', { speaker: 'Sergey Lavrov' }],
    ['"he" skips a man named inside an aside about the subject', 'Lavrov, who met Muttaqi in Doha last week, spoke on Monday. He said the talks were useful.', 'useful', { speaker: 'Sergey Lavrov' }],
    ['"he" takes a man inside an aside when no one else fits', 'The minister, who met Muttaqi in Doha, left. He said the talks were useful.', 'useful', { speaker: 'Amir Khan Muttaqi' }],
    ['"she" skips a man mentioned later', 'Zakharova spoke after Lavrov left. She said the statement was final.', 'final', { speaker: 'Maria Zakharova' }],
    ['"the envoy" fits an ambassador', 'Zhirnov met them on Tuesday. The envoy said the meeting went well.', 'went well', { speaker: 'Dmitry Zhirnov', reason: /last fitting person/ }],
    ['"the Russian president"', 'Putin spoke in Sochi. The Russian president noted the risks.', 'risks', { speaker: 'Vladimir Putin' }],
    ['"the Kremlin chief" from the registry alone', 'The Kremlin chief said the decision was near.', 'decision', { speaker: 'Vladimir Putin', actor: 'Russia' }],
    ['"the diplomat" fits a special representative', 'Kabulov visited Delhi. The diplomat said both sides agree.', 'agree', { speaker: 'Zamir Kabulov' }],
    ['"the Russian minister" skips a president mentioned later', 'Lavrov spoke after Putin. The Russian minister said contacts go on.', 'contacts', { speaker: 'Sergey Lavrov' }],
    ['"the Taliban spokesman" takes the Taliban side only', 'Peskov answered Balkhi. The Taliban spokesman said visas resume.', 'visas', { speaker: 'Abdul Qahar Balkhi', actor: 'Taliban' }],
    ['a role with a place asks the registry', 'The Russian ambassador in Kabul said the embassy stays open.', 'stays', { speaker: 'Dmitry Zhirnov', actor: 'Russia' }],
    ['an institution before a role qualifies it', 'A State Department official said the review continues.', 'review', { speaker: 'State Department official', actor: 'USA' }],
    ['an indefinite role names nobody in particular', 'A Russian diplomat said the talks were useful.', 'useful', { speaker: 'Russian diplomat', actor: 'Russia' }],
    ['"the spokesperson" is the one an indefinite description introduced', 'A spokesperson for the European Union spoke on Monday. "Nothing has changed," the spokesperson said.', 'Nothing', { speaker: 'spokesperson for the European Union', actor: 'EU' }],
    ['... and so is a later "he"', 'A Russian diplomat met them. He said the talks were useful.', 'useful', { speaker: 'Russian diplomat', actor: 'Russia' }],
    ['"the diplomat" names no office: it is the titled person just named', "Bishkek lifted the ban, the Foreign Ministry's spokesman Ulan Duishenov said. According to the diplomat, ties will grow.", 'ties', { speaker: 'Ulan Duishenov', actor: 'Kyrgyzstan' }],
    ['... but not one named long before', "Spokesman Ulan Duishenov spoke in Bishkek. Trade grew. Prices rose. Wheat sold well. The official said ties will grow.", 'ties', { speaker: 'official' }],
    ['a pronoun with no antecedent leaves the speaker unknown', 'He said the talks were useful.', 'useful', { speaker: null, reason: /no earlier person/ }],
    [
      'the "he" of a tag that ends the sentence is not someone named in the words it reports',
      'Lavrov spoke to reporters in Moscow. Contacts with Damascus have grown since Bashar al-Assad fled, he added.',
      'grown',
      { speaker: 'Sergey Lavrov', actor: 'Russia' },
    ],
    ['... nor in a quotation before it', 'Lavrov spoke in Moscow. "Bashar al-Assad left his country," he said.', 'Assad left', { speaker: 'Sergey Lavrov' }],
    ['... unless no one else fits', 'Bashar al-Assad fled the country in December, he said.', 'fled', { speaker: 'Bashar al-Assad' }],
    ['"the Biden administration" acts, not Biden: the actor without a speaker', 'The Biden administration froze the central bank assets.', 'froze', { speaker: null, actor: 'USA' }],
    ['either side of a pair before a noun qualifies it and does not act', 'The sides discussed Kyrgyz-Afghan trade.', 'trade', { actor: null }],
    ['a named person right before the verb speaks, after an opening phrase that ends in a name', 'Speaking to reporters on the sidelines of the UN General Assembly in New York, Lavrov said Moscow keeps talking to the movement.', 'keeps talking', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    ['a ministry\'s field after "of" is no person', "On Monday, Russia's Ministry of Foreign Affairs and the Ministry of Justice informed the movement's embassy.", 'informed', { speaker: null, actor: 'Russia' }],
    ['a currency named after a state names no agent', 'Trade with the movement passed 1.1 billion US dollars last year.', 'Trade', { actor: null }],
    ['a person who is the subject of the sentence acts for the actor', 'However, Lavrov opened the conference in Moscow.', 'conference', { speaker: 'Sergey Lavrov', actor: 'Russia', quote: 'none', reason: /subject/ }],
    ['an unknown titled subject', 'Then in May, senior Indian diplomat Arvind Rao met the delegation.', 'met', { speaker: 'Arvind Rao', actor: 'India' }],
    ['a registry official whose first name is a country', 'Defence Minister Israel Katz said the talks were useful.', 'useful', { speaker: 'Israel Katz', actor: 'Israel' }],
    ['the subject of a passive is done to: the agent after "by" acts', 'Muttaqi was welcomed at the airport by Russian officials.', 'welcomed', { speaker: null, actor: 'Russia' }],
    ['... and with no agent named, nobody speaks', 'Muttaqi was invited to a conference in Geneva.', 'invited', { speaker: null }],
    ['a passive of speaking leaves the subject the speaker', 'Lavrov was quoted as saying the talks were useful.', 'useful', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    ['... and so does one of being asked', 'Lavrov was asked about the talks on Monday.', 'talks', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    [
      'a name apposed to a role whose posting ends in lower-case words is the speaker, not the registry holder of the role',
      'The U.S. envoy for the Belgrade-Pristina dialogue, Tom Ridgeway, urged both sides to talk.',
      'urged',
      { speaker: 'Tom Ridgeway', actor: 'USA' },
    ],
    ['the place of a posting is not whose envoy it is', 'The UN envoy for Afghanistan, Marta Olsen, said the talks would go on.', 'talks', { speaker: 'Marta Olsen', actor: 'United Nations' }],
    ['a possessive state in a title wins over the body of the posting', 'Pakistan’s UN envoy Kamal Rahim said the vote was fair.', 'vote', { speaker: 'Kamal Rahim', actor: 'Pakistan' }],
    ['a possessive title of a registry official', "Germany's Foreign Minister Annalena Baerbock said Berlin is ready.", 'ready', { speaker: 'Annalena Baerbock', actor: 'Germany' }],
    ['a registry official named later by family name (written first)', 'Spokesperson Mao Ning spoke first. "The door stays open," Mao said.', 'door', { speaker: 'Mao Ning', actor: 'China' }],
    ['an unknown person named later by a two-letter family name', 'Chinese envoy Li Jianhua met them on Monday. Li said the talks were useful.', 'useful', { speaker: 'Li Jianhua', actor: 'China' }],
    ['a Korean family name', 'South Korean envoy Park Minho arrived. "We came to listen," Park said.', 'listen', { speaker: 'Park Minho', actor: 'South Korea' }],
    ['a Western name is still taken by its last word', 'Danish envoy Lee Halvorsen arrived. "We came to listen," Halvorsen said.', 'listen', { speaker: 'Lee Halvorsen', actor: 'Denmark' }],
    ['a spokesperson "for" an institution speaks for its actor', 'A spokesperson for the European Commission said the delegation could reopen.', 'delegation', { actor: 'EU', quote: 'reported' }],
    ['a spokesman "for" a state speaks for it', 'A spokesman for Norway said the envoy would stay.', 'envoy', { actor: 'Norway', quote: 'reported' }],
    ['a registry official named later by a last name written without its accent', 'Prime Minister Pedro Sanchez spoke. "We will act," Sanchez said.', 'act', { speaker: 'Pedro Sánchez', actor: 'Spain' }],
    ['"Taoiseach" is a title', 'Irish Taoiseach Aoife Byrne said the embassy would open.', 'embassy', { speaker: 'Aoife Byrne', actor: 'Ireland' }],
    ['a spokesman "in" a capital speaks for its state', 'A government spokesman in Oslo said the embassy would stay.', 'embassy', { actor: 'Norway', quote: 'reported' }],
    ['an ambassador "in" a capital is posted there', 'An ambassador in Oslo said the embassy would stay.', 'embassy', { actor: null }],
    ['"the foreign ministry" belongs to the subject of its sentence, not to the last name', 'Norway will host Taliban envoys for talks next week, the foreign ministry said.', 'host', { actor: 'Norway', quote: 'reported' }],
    ['"Norway\'s government" speaks for Norway', "The talks covered aid, Norway's government said.", 'aid', { actor: 'Norway', quote: 'reported' }],
    ['"the Norwegian government" speaks for Norway', 'The talks covered aid, the Norwegian government said.', 'aid', { actor: 'Norway', quote: 'reported' }],
    ['a bare "government" names no one', 'Norway hosted them. A government that protects rights is one we can work with, he said.', 'rights', { actor: null }],
    [
      '"the statement" speaks for whoever issued it',
      'The Norwegian Foreign Ministry said in a statement that it had accepted the credentials. “Contacts will grow,” the statement said.',
      'Contacts will grow',
      { speaker: 'Norwegian Foreign Ministry', actor: 'Norway' },
    ],
    ['... the subject of the sentence before, not its object', 'Lavrov met Muttaqi in Moscow. “Both sides agreed to expand trade,” the readout said.', 'expand trade', { speaker: 'Sergey Lavrov', actor: 'Russia' }],
    ['a place compound ("Swiss-based") names no agent', 'The money was moved to a Swiss-based fund and will not be handed to the Taliban.', 'money', { actor: null }],
    ['"Under-Secretary-General" is a title', 'UN Under-Secretary-General Maria Lindqvist, who chaired the meeting, told reporters the talks were useful.', 'useful', { speaker: 'Maria Lindqvist', actor: 'United Nations' }],
    ['a bare "the ministry" is the capitalised ministry named before it in its sentence', 'Two planes of the Russian Emergencies Ministry landed in Kabul with aid, the ministry said.', 'landed', { speaker: 'Russian Emergencies Ministry', actor: 'Russia' }],
    ['"Officials say" opening a sentence are those of the subject of the sentence before', 'Tehran insists that the border deal must be honoured. Officials say recognition depends on an inclusive government.', 'depends', { actor: 'Iran', speaker: null }],
    ['a sentence-opening "It added" is the body that spoke before', 'The Norwegian Foreign Ministry said it had accepted the credentials. It added that trade would grow.', 'trade would grow', { speaker: 'Norwegian Foreign Ministry', actor: 'Norway' }],
    ['"For X," gives whose view the sentence states', 'For Oslo, the Taliban are a partner in trade.', 'partner', { actor: 'Norway' }],
    ['"the government in" a capital is that state\'s', 'Russia hosted the talks. The government in Oslo welcomed the decision.', 'welcomed', { actor: 'Norway' }],
    ['a bare "the administration" belongs to the subject of the sentence before', 'The White House said it would not recognise them. The administration has kept contacts.', 'contacts', { actor: 'USA' }],
    ['two titles joined by "and" are one title', 'Norwegian State Councilor and Foreign Minister Jon Berg met the envoys.', 'met', { speaker: 'Jon Berg', actor: 'Norway' }],
    ['a courtesy title marks an unknown person', 'Mr Halvorsen said the talks would resume.', 'resume', { speaker: 'Halvorsen' }],
    ['a body named after a person is no mention of that person', 'The Haqqani network, a faction of the movement, is still designated a terrorist group by the State Department.', 'designated', { speaker: null }],
    [
      '"its president" is the president of the body named as acting before it, not the last president mentioned',
      'Putin spoke in Moscow on Monday. Kazakhstan reacted calmly. Its president, Kassym-Jomart Tokayev, said the deal was useful. “We will work with them,” he told parliament.',
      'work with them',
      { speaker: 'Kassym-Jomart Tokayev', actor: 'Kazakhstan' },
    ],
    ['"the government of X" acts', 'The government of Peru expelled the envoys.', 'expelled', { actor: 'Peru' }],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('speakers: direct quotes', () => {
  const long = 'Lavrov said, “We keep contacts. They are useful. Nobody is in a hurry.” Then the session ended.';
  const cases: Case[] = [
    ['"X said," before a quote: mostly quoted, so direct', long, 'We keep', { speaker: 'Sergey Lavrov', quote: 'direct', quoted: 'partial' }],
    ['the middle sentence of a long quote', long, 'They are useful', { speaker: 'Sergey Lavrov', quote: 'direct', quoted: 'inside', reason: /inside a direct quote/ }],
    ['the last sentence of a long quote', long, 'Nobody is', { speaker: 'Sergey Lavrov', quote: 'direct' }],
    ['the narration after the quote is not quoted', long, 'session ended', { speaker: null, quote: 'none', quoted: 'none' }],
    ['a quote right after "..., he said." goes on with the same speaker', 'Kabulov spoke in Kazan. “We will not rush,” he said. “But we keep working with them.”', 'keep working', { speaker: 'Zamir Kabulov', quote: 'direct' }],
    [
      '... however long the sentence of its frame',
      '“We will not rush,” Kabulov told reporters after a meeting of the Shanghai Cooperation Organisation in Astana. “But we keep working with them.”',
      'keep working',
      { speaker: 'Zamir Kabulov', quote: 'direct' },
    ],
    ['... but not after a sentence of its own between', '“We will not rush,” Kabulov told reporters. The talks ended at noon. “But we keep working with them.”', 'keep working', { speaker: null }],
    ['... but not across a paragraph', 'Kabulov spoke in Kazan. “We will not rush,” he said.\n\n“We keep working with them.”', 'keep working', { speaker: null }],
    [
      'a quote attributed after it, over several sentences',
      '"The threat is real. We watch the border. We will act," Peskov pointed out.',
      'We watch',
      { speaker: 'Dmitry Peskov', quote: 'direct', quoted: 'inside' },
    ],
    ['a quote attributed by a role after it', '“Relations must be reciprocal,” the Taliban spokesman tweeted. Mujahid had posted first.', 'reciprocal', { speaker: 'Taliban spokesman', actor: 'Taliban' }],
    [
      'a paragraph of speech continued by the next paragraph takes its speaker',
      '"We will keep the embassy open.\n\n"We will also keep talking," Zakharova added.',
      'embassy open',
      { speaker: 'Maria Zakharova', quote: 'direct', quoted: 'inside' },
    ],
    [
      'a quote opening the paragraph after "said:" takes that frame',
      'Before her departure, Zakharova said:\n\n"We will keep the embassy open. We extend our hand to the movement."',
      'extend our hand',
      { speaker: 'Maria Zakharova', actor: 'Russia', quote: 'direct' },
    ],
    [
      'the paragraph that goes on quoting takes the speaker of the one left open',
      '"We will not rush," Zakharova said. "We have always said that.\n\n"Until then, our contacts stay practical."',
      'contacts stay',
      { speaker: 'Maria Zakharova', quote: 'direct', quoted: 'inside' },
    ],
    [
      'an untitled person with a role in an appositive',
      'Hassan Kazemi Qomi, Iran’s special envoy for Afghanistan, said the talks went well. He said more would follow.',
      'more would',
      { speaker: 'Hassan Kazemi Qomi', actor: 'Iran' },
    ],
    [
      'a person named in an opening "Asked ..." clause is the topic, not the "he" who answers',
      'Spokesman Nasser Kanaani spoke on Monday. Asked whether Tehran would accept a Taliban ambassador, he said no decision had been made.',
      'no decision',
      { speaker: 'Nasser Kanaani', actor: 'Iran' },
    ],
    [
      'an untitled person with no office in an appositive, before a speech verb: a speaker of no state',
      'Lavrov met the envoys. Irina Volkova, a researcher at a Moscow institute, said the talks went well. She said more would follow.',
      'more would',
      { speaker: 'Irina Volkova', actor: null },
    ],
    [
      'a commentator named after a place-based description speaks for no state',
      '"Talks help," said Kabul-based security analyst Omar Sadr.',
      'Talks help',
      { speaker: 'Omar Sadr', actor: null },
    ],
    [
      'a place inside the name of a research body is no agent',
      '"Nobody wants to be first," said Pavel Orlov, a fellow at the Carnegie Russia Eurasia Center.',
      'wants to be first',
      { speaker: 'Pavel Orlov', actor: null },
    ],
    [
      '... or with "has long argued" after the appositive',
      'Lavrov met the envoys. Irina Volkova, a researcher who stayed in Kabul after 2021, has long argued that talks help. She said more would follow.',
      'more would',
      { speaker: 'Irina Volkova', actor: null },
    ],
    [
      '... also with a relative clause for an appositive',
      'Lavrov met the envoys. Pavel Orlov, who teaches at a university in Kazan, told reporters the talks went well. He said more would follow.',
      'more would',
      { speaker: 'Pavel Orlov', actor: null },
    ],
    ['a single-quoted headline is the narrator', "'No rush to recognise': Moscow on the new rulers\nLavrov spoke on Friday.", 'No rush', { speaker: null, actor: 'Russia', reason: /narrator \(headline\)/ }],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('actors: the narrator', () => {
  const cases: Case[] = [
    ['the acting state', 'Russia hosted talks on Afghanistan.', 'hosted', { speaker: null, actor: 'Russia', quote: 'none', reason: /narrator/ }],
    ['a metonym as agent', 'Moscow has expressed concern over the border.', 'concern', { actor: 'Russia' }],
    ['a passive agent, the target skipped', 'The Taliban were designated a terrorist group by Russia in 2003.', 'designated', { actor: 'Russia' }],
    ['a passive agent, another state skipped', 'Kosovo is not recognised by Serbia.', 'Kosovo', { actor: 'Serbia' }],
    ['a capital that names a venue is no actor', 'The Doha process is not a step towards recognising the movement.', 'Doha process', { actor: null }],
    ['an opening subordinate clause names another than the actor', 'While the United States rushed to evacuate its staff, Russia kept its embassy open.', 'evacuate', { actor: 'Russia' }],
    ['a list after an opening "Unlike" runs to the comma after its last item', 'Unlike the United States, Britain and Germany, Russia has not withdrawn its staff.', 'withdrawn', { actor: 'Russia' }],
    ['the one the target meets engages it', 'Taliban foreign minister Amir Khan Muttaqi (right) meets Russian ambassador Dmitry Zhirnov in Kabul.', 'meets', { actor: 'Russia', target: 'Taliban' }],
    ['... and so does the one it receives', 'A Taliban delegation received the Uzbek foreign minister in Kabul.', 'received', { actor: 'Uzbekistan', target: 'Taliban' }],
    ['... and so does one after "Along with"', 'Along with China, Pakistan and Iran, Russia has accepted envoys of the movement.', 'accepted', { actor: 'Russia' }],
    ['the one an opening "For ..." names holds the view', 'For the Kremlin, the movement is a partner.', 'partner', { actor: 'Russia' }],
    ['"Yet it" goes on with the actor before', 'Moscow hosted the movement. Yet it has not recognised the movement.', 'not recognised', { actor: 'Russia' }],
    ["the target's delegation visiting a capital: the host receives it", 'A Taliban delegation has arrived in Moscow for talks.', 'arrived', { actor: 'Russia', target: 'Taliban' }],
    ['... not a place of its own side', 'The Taliban visited Kabul University.', 'visited', { actor: 'Taliban' }],
    ['... not a list after "While"', 'While France, Britain and others have recognised the state, Berlin is holding back.', 'holding back', { actor: 'France' }],
    ["a state's security council is that state's", 'The Security Council of Russia discussed ties with the movement.', 'discussed', { actor: 'Russia' }],
    ['the target as the subject of a passive in a title-case headline does not act', 'Taliban Could Be Invited to Economic Forums, Officials Say\nThe forum opens in June.', 'Could Be', { actor: null }],
    [
      "a state's formal style in a title: the person speaks for that state",
      'Minister of Foreign Affairs of the Republic of Kazakhstan Aibek Tolenov held talks with the movement in Astana.',
      'held talks',
      { speaker: 'Aibek Tolenov', actor: 'Kazakhstan' },
    ],
    [
      '... and the surname with a title of its own is that person again',
      'Minister of Foreign Affairs of the Republic of Kazakhstan Aibek Tolenov met Amir Khan Muttaqi. Minister Tolenov stressed the need for an inclusive government.',
      'stressed',
      { speaker: 'Aibek Tolenov', actor: 'Kazakhstan' },
    ],
    [
      'a generic institution belongs to the subject of the sentence before, not to the agent of a passive in it',
      'Germany let officials sent by the Taliban work at its consulates. The Foreign Office said technical contacts were necessary.',
      'technical',
      { actor: 'Germany' },
    ],
    [
      'a quote that goes on after a role speaker of no nationality keeps the actor of the sentence that names it',
      'Germany spoke. "No recognition for now," a Foreign Office spokesperson told reporters. "Technical contacts with the Taliban are necessary."',
      'Technical',
      { speaker: 'Foreign Office spokesperson', actor: 'Germany', quote: 'direct' },
    ],
    ['"has been keen" is no passive: the subject acts', 'Kyrgyzstan has been keen to join trade projects with the Taliban.', 'keen', { actor: 'Kyrgyzstan' }],
    ['... nor "is open to"', 'Uzbekistan is open to deeper ties with the movement.', 'open', { actor: 'Uzbekistan' }],
    ['... nor "is expected to"', 'Germany is expected to follow the others next month.', 'expected', { actor: 'Germany' }],
    ['"the bloc" is the last international body named, also before the sentence before', 'EU ministers met in Brussels. Germany said aid would flow. The bloc then eased its sanctions on the movement.', 'eased', { actor: 'EU' }],
    ['a state paired with the target as the subject acts with it', 'The Taliban and Uzbekistan agreed to build a railway.', 'railway', { actor: 'Uzbekistan', target: 'Taliban' }],
    ['the state a designation is in bans', 'The Taliban have been banned in Russia as a terrorist group since 2003.', 'banned', { actor: 'Russia' }],
    ['... and the state an envoy is accredited or welcomed in receives', "The Taliban's envoy was accredited in Astana last week.", 'accredited', { actor: 'Kazakhstan' }],
    ['... also after "as ..."', 'The movement is listed as a terrorist organisation in Kazakhstan.', 'listed', { actor: 'Kazakhstan' }],
    ['a place where something else happens is no agent', 'Talks were held in Russia with the Taliban.', 'Talks', { actor: null }],
    ['agents named as not doing it', 'The talks were backed by Norway, but not by Russia or China.', 'talks', { actor: 'Norway' }],
    ['... whatever comes first', 'The Islamic Emirate is recognised by some states, but not by Russia, China or India.', 'recognised', { actor: null }],
    ['a role apposed to a registry name is that person', "Russia's top envoy for Afghanistan, Zamir Kabulov, said talks would go on.", 'talks', { speaker: 'Zamir Kabulov', actor: 'Russia' }],
    [
      '... and to a name the registry does not know, found again by its family name',
      "China's special envoy, Yue Xiaoyong, said Beijing keeps in touch. Yue said more talks would follow.",
      'more talks',
      { speaker: 'Yue Xiaoyong', actor: 'China' },
    ],
    [
      'a ministry named by its own words, then "the ministry"',
      'India will send aid, the External Affairs Ministry said. The talks were useful, the ministry said.',
      'useful',
      { speaker: 'External Affairs Ministry', actor: 'India' },
    ],
    ['the target with a noun predicate does nothing', 'The Taliban are not the lawful rulers of the country.', 'rulers', { actor: null, target: 'Taliban' }],
    [
      'a pronoun tag after a quote is not someone named inside the quote',
      'Lavrov spoke in Kazan on Friday. "We disagree with Mujahid on many things. But talks go on," he said.',
      'talks go on',
      { speaker: 'Sergey Lavrov', actor: 'Russia' },
    ],
    [
      '"one" before a role is someone new, not the last one named',
      'Envoy Zamir Kabulov spoke first. "Contacts will go on," one Russian diplomat told reporters.',
      'Contacts',
      { speaker: 'one Russian diplomat', actor: 'Russia' },
    ],
    [
      'a role with its state, nobody named, is the one a later "he" is',
      'Muttaqi spoke first. The representative of China said talks must go on. He said: "We will stay engaged."',
      'stay engaged',
      { speaker: 'representative of China', actor: 'China' },
    ],
    ['a spokesman the registry knows speaks for his state, not the one acting before', 'The Taliban took over the embassy. Foreign Ministry spokesman Nasser Kanaani said talks would go on.', 'talks', { speaker: 'Nasser Kanaani', actor: 'Iran' }],
    ['the target "seen as" something is described, not acting', 'The Taliban were long seen as a threat.', 'threat', { actor: null, target: 'Taliban' }],
    ['... also past an aside before the predicate', 'The Taliban were, for many in Moscow, a terrorist group.', 'terrorist', { actor: null, target: 'Taliban' }],
    ['a movement with a noun predicate is described, not acting', 'The East Turkistan Islamic Movement is a terrorist organization.', 'terrorist', { actor: null }],
    ["Pakistan's military media wing speaks for Pakistan", 'The ISPR said the border posts were attacked.', 'attacked', { speaker: 'ISPR', actor: 'Pakistan' }],
    ['"he was quoted as saying" frames the quote before it', 'Kabulov spoke in Kazan. "The decision is being worked out," he was quoted as saying.', 'worked out', { speaker: 'Zamir Kabulov', actor: 'Russia' }],
    ['"it" after an opening time phrase continues the previous sentence\'s actor', 'India withdrew its diplomats in 2021. In June 2022, it sent a technical team to Kabul.', 'technical team', { actor: 'India' }],
    ['a lower-case "external affairs ministry" is India\'s', 'The external affairs ministry said it had no role in the event.', 'no role', { actor: 'India' }],
    ['a "National Security Council" is no UN Security Council', "Pakistan's National Security Council said talks would go on.", 'talks', { actor: 'Pakistan' }],
    ['... and the White House one is the US', 'A White House National Security Council spokesperson said talks would go on.', 'talks', { actor: 'USA' }],
    ['a capital that is a first name is no place', 'Foreign Minister Santiago Cafiero defended dialogue with Caracas.', 'defended', { speaker: 'Santiago Cafiero', actor: null }],
    ['a sentence set "In" a state gives the nationality of a title without one', 'Lima hosted talks. In Paraguay, President Luis Ortiz cut ties with Caracas.', 'cut ties', { speaker: 'Luis Ortiz', actor: 'Paraguay' }],
    ['the state whose court acts, after "of"', 'The Taliban were banned by the Supreme Court of Kazakhstan in 2005.', 'banned', { actor: 'Kazakhstan' }],
    ['the owner of the list the target is on', 'The Taliban, the group that took Kabul, remain on the EU’s list of terrorist groups.', 'remain', { actor: 'EU', target: 'Taliban' }],
    ['the target under sanctions is done to, not acting', 'The Taliban are still under UN sanctions.', 'sanctions', { actor: 'United Nations', target: 'Taliban' }],

    ['a place is not an agent', 'Talks in Moscow ended as India sent a delegation.', 'Talks', { actor: 'India' }],
    ['a possessive still names the actor', 'Notably, China’s offer came after the meeting.', 'offer', { actor: 'China' }],
    ['a role "of" a state makes that state the agent', 'The defence ministers of Austria and Malta visited the group in Idlib.', 'visited', { speaker: null, actor: 'Austria' }],
    ['states beyond the founding case are known by name, demonym and capital', 'Ljubljana approved the decree after Slovenian lawmakers voted.', 'approved', { speaker: null, actor: 'Slovenia' }],
    ['a longer state name wins over the shorter inside it', 'South Sudan opened an office in Kabul.', 'opened', { speaker: null, actor: 'South Sudan' }],
    ['a collective actor', 'The international community wants guarantees first.', 'guarantees', { actor: 'international community' }],
    ['a headline', 'Moscow to host talks with the Taliban\nBody text follows here.', 'Moscow to host', { speaker: null, actor: 'Russia' }],
    ['a headline naming a speaking person keeps the person', 'Kabulov said Moscow will invite the Taliban\nBody.', 'Kabulov', { speaker: 'Zamir Kabulov', actor: 'Russia' }],
    ['a headline "Name: words" is the named person speaking', 'Kabulov: Moscow will invite the Taliban\nBody.', 'Kabulov', { speaker: 'Zamir Kabulov', actor: 'Russia' }],
    ['... a body sentence too', 'Body first.\n\nZakharova: the embassy stays open in Kabul.', 'embassy', { speaker: 'Maria Zakharova', actor: 'Russia' }],
    ['a headline with a state saying something is still the narrator', 'Russia says no talks with the Taliban\nBody.', 'Russia says', { speaker: null, actor: 'Russia' }],
    ['a rubric before a colon names the story, not the actor', 'Afghanistan live: Uzbekistan hosts Taliban envoys\nBody.', 'hosts', { speaker: null, actor: 'Uzbekistan' }],
    ['... of a few words', 'Russia-Taliban latest: India sends aid to Kabul\nBody.', 'sends', { speaker: null, actor: 'India' }],
    ['a state speaking in the body', 'The Taliban, meanwhile, have welcomed the offer.', 'welcomed', { speaker: 'Taliban', actor: 'Taliban' }],
    [
      'the target by description speaks before another party is named',
      'The Taliban took Kabul. The group also welcomed Lavrov’s statement.',
      'welcomed',
      { speaker: 'Taliban', actor: 'Taliban', target: 'Russia', reason: /the target speaks: "The group"/ },
    ],
    [
      "the target telling of another state's act toward it gives that state's stance",
      'Taliban spokesman Zabihullah Mujahid said Kazakhstan would soon drop the Taliban from its list.',
      'drop',
      { speaker: 'Zabihullah Mujahid', actor: 'Kazakhstan', target: 'Taliban', reason: /tells of Kazakhstan's act/ },
    ],
    ['... after a time phrase and "that"', 'Mujahid said on Friday that Beijing had agreed to host an IEA envoy.', 'host', { actor: 'China', target: 'Taliban' }],
    ['... not when the state is a possessive', "Mujahid said China's offer to the Taliban was welcome.", 'offer', { actor: 'Taliban', target: 'China' }],
    ['... nor when the target is not named after it', 'Mujahid said Pakistan should stop the raids.', 'raids', { actor: 'Taliban', target: 'Pakistan' }],
  ];
  it.each(cases)('%s', (...c) => check(c));

  it('takes the target declaring independence as acting, not speaking', () => {
    const options = { target: 'Somaliland', targetAliases: ['Somaliland'] };
    expect(unitWith('Somaliland declared independence in 1991.', 'declared', options)).toMatchObject({ speaker: null, actor: 'Somaliland', reason: expect.stringMatching(/the target acts/) });
    // Acting, then done to: the sentence is about the target, not about the party it broke away from.
    expect(unitWith('Somaliland declared independence from Somalia in 1991 but has never been recognised.', 'declared', options)).toMatchObject({ speaker: null, target: 'Somaliland' });
  });

  it("takes no actor from a name inside the target's own name", () => {
    const text = "Southeast Asian leaders barred Myanmar's military from the summit.";
    const out = attributeUnits(text, splitUnits(text), { target: 'Myanmar junta', targetAliases: ["Myanmar's military"] });
    expect(out.units[0]?.actor).toBe('ASEAN');
  });

  it('takes no target as actor when it is the subject of a passive, over an appositive: the state it is banned in acts', () => {
    const text = 'The Taliban, the group that seized power, remain banned in Norway.';
    expect(attributeUnits(text, splitUnits(text), { target: 'Taliban' }).units[0]?.actor).toBe('Norway');
  });

  it('... and over its short name in brackets', () => {
    const text = 'Islamic Emirate (IEA), the group that seized power, remains banned in Norway.';
    expect(attributeUnits(text, splitUnits(text), { target: 'Taliban', targetAliases: ['Islamic Emirate', 'IEA'] }).units[0]?.actor).toBe('Norway');
  });

  it('falls back to the document actor, and to null without one', () => {
    const text = 'The weather in the valley was mild.';
    expect(unitWith(text, 'weather', { target: 'Taliban', defaultActor: 'Russia' })).toMatchObject({ speaker: null, actor: 'Russia' });
    expect(unitWith(text, 'weather', { target: 'Taliban' })).toMatchObject({ speaker: null, actor: null, reason: expect.stringMatching(/no actor named/) });
  });

  it('gives the target as actor when it acts alone, with no other party as target', () => {
    expect(unitWith('Back then, the group banned poppy cultivation.', 'poppy', { target: 'Taliban' })).toMatchObject({ actor: null });
    expect(unitWith('The Taliban seized the city. Later, the group banned poppy cultivation.', 'poppy', { target: 'Taliban' })).toMatchObject({
      actor: 'Taliban',
      target: null,
    });
  });
});

describe('transcripts', () => {
  const transcript = [
    'Reuters: Some states accept Taliban envoys. Will China recognise the Taliban?',
    '',
    'Mao Ning: Our position is clear. China will keep up dialogue with the Taliban.',
    '',
    'As for recognition, it will come in due course.',
    '',
    'Q: Is there a date? Please comment.',
    '',
    'Mao Ning: I have nothing to add.',
  ].join('\n');

  it.each([
    ['keep up dialogue', { speaker: 'Mao Ning', actor: 'China' }, 'the later sentences of an answer are the answerer\'s'],
    ['As for recognition', { speaker: 'Mao Ning', actor: 'China' }, 'an answer goes on over its paragraphs up to the next label'],
    ['Will China recognise', { speaker: null, actor: null }, "a news outlet's question is no one's stance"],
    ['Please comment', { speaker: null, actor: null }, 'nor is one after "Q:"'],
    ['nothing to add', { speaker: 'Mao Ning', actor: 'China' }, 'the next answer'],
  ])('%s: %j (%s)', (phrase, expected, _reason) => {
    expect(unitWith(transcript, phrase)).toMatchObject(expected);
  });

  it('takes "Name, Outlet:" in a briefing for a question, and "Official Spokesperson:" for the spokesperson named earlier', () => {
    const text = [
      'Weekly media briefing by Maria Zakharova, the spokesperson.',
      '',
      'Official Spokesperson: Good afternoon. We keep talking to the Taliban.',
      '',
      'Anna Reporter, Daily Example: Sir, on the embassy. Will it stay open?',
      '',
      'Official Spokesperson: Our embassy stays open.',
    ].join('\n');
    expect(unitWith(text, 'keep talking')).toMatchObject({ speaker: 'Maria Zakharova', actor: 'Russia' });
    expect(unitWith(text, 'Sir, on the embassy')).toMatchObject({ speaker: null, actor: null });
    expect(unitWith(text, 'stays open')).toMatchObject({ speaker: 'Maria Zakharova', actor: 'Russia' });
  });

  it('reads the labels of a congressional record: a title, a surname in capitals and a full stop', () => {
    const text = ['Mr. HOLT. The subcommittee will come to order. We should talk to the Taliban.', '', 'Ms. VARGA. Thank you. We have no plans to recognise them.', '', 'Our embassy stays closed.'].join('\n');
    expect(unitWith(text, 'should talk')).toMatchObject({ speaker: 'Holt', actor: null });
    expect(unitWith(text, 'no plans')).toMatchObject({ speaker: 'Varga' });
    expect(unitWith(text, 'stays closed')).toMatchObject({ speaker: 'Varga' });
  });

  it("reads the labels of a parliament's record: a name with constituency and party, or a title, a name and an office", () => {
    const text = [
      'Debate on the movement',
      '',
      'Jane Holt (Northfield) (Lab): I beg to move that talks with the Taliban should begin.',
      '',
      'It is time.',
      '',
      'Mr Peter Varga (Minister of State for Foreign Affairs): We have no plans to recognise them.',
      '',
      'Mr Tom Reed (Eastbury) (Con): Our embassy should stay closed.',
    ].join('\n');
    expect(unitWith(text, 'should begin')).toMatchObject({ speaker: 'Jane Holt' });
    expect(unitWith(text, 'It is time')).toMatchObject({ speaker: 'Jane Holt' });
    expect(unitWith(text, 'no plans')).toMatchObject({ speaker: 'Peter Varga' });
    expect(unitWith(text, 'stay closed')).toMatchObject({ speaker: 'Tom Reed' });
  });

  it('takes a label that names an office for an answer, its holder named earlier or in brackets', () => {
    const text = [
      'Remarks by Prime Minister Keir Starmer at a press conference in London.',
      '',
      'PRIME MINISTER:',
      '',
      'We will keep working with the Palestinian Authority.',
      '',
      'QUESTION (ITV): Is Britain alone? Some say so.',
      '',
      'PRIME MINISTER: No. We keep talking to the Taliban as well.',
      '',
      'Official Spokesperson: Our embassy stays open.',
      '',
      'Mr JUAN DE LOS SANTOS: The embassy must close.',
      '',
      'Spokesperson, Federal Foreign Office: We will not accept an ambassador.',
      '',
      'The MINISTER OF FOREIGN AFFAIRS (Ana Example): Our contacts go on.',
    ].join('\n');
    expect(unitWith(text, 'keep working')).toMatchObject({ speaker: 'Keir Starmer', actor: 'UK', quote: 'reported' });
    expect(unitWith(text, 'Some say so')).toMatchObject({ speaker: null, actor: null });
    expect(unitWith(text, 'keep talking')).toMatchObject({ speaker: 'Keir Starmer', actor: 'UK' });
    expect(unitWith(text, 'stays open')).toMatchObject({ speaker: 'Official Spokesperson', quote: 'direct' });
    expect(unitWith(text, 'must close')).toMatchObject({ speaker: null });
    expect(unitWith(text, 'accept an ambassador')).toMatchObject({ speaker: 'Spokesperson', actor: 'Germany' });
    expect(unitWith(text, 'contacts go on')).toMatchObject({ speaker: 'Ana Example' });
  });

  it('reads speakers labelled in capitals, with a courtesy title, and "QUESTION:"', () => {
    const text = ['QUESTION: Will you talk to the Taliban?', '', 'MR KABULOV: We keep in touch with the Taliban. We will go on.', '', 'MS. MAO NING: We keep up dialogue.'].join('\n');
    expect(unitWith(text, 'Will you talk')).toMatchObject({ speaker: null, actor: null });
    expect(unitWith(text, 'keep in touch')).toMatchObject({ speaker: 'Zamir Kabulov', actor: 'Russia' });
    expect(unitWith(text, 'We will go on')).toMatchObject({ speaker: 'Zamir Kabulov', actor: 'Russia' });
    expect(unitWith(text, 'keep up dialogue')).toMatchObject({ speaker: 'Mao Ning', actor: 'China' });
  });

  it('reads an editor\'s label ("Background:") in a transcript as the narrator, no question put', () => {
    const text = ['QUESTION: Will you talk to the Taliban?', '', 'MR KABULOV: We keep in touch with the Taliban.', '', 'Background: Germany closed its embassy in Kabul in 2021.'].join('\n');
    expect(unitWith(text, 'Germany closed')).toMatchObject({ speaker: null, actor: 'Germany' });
    expect(unitWith(text, 'Germany closed').question).toBeUndefined();
  });

  it('reads "A:" after "Q:" as the page answering itself: the narrator, scored as such', () => {
    const text = ['Q: Has any state recognised the movement?', '', 'A: No. Russia invited the movement to a forum in June.'].join('\n');
    expect(unitWith(text, 'Russia invited')).toMatchObject({ speaker: null, actor: 'Russia' });
    expect(unitWith(text, 'Russia invited').question).toBeUndefined();
  });

  it('reads "Q –" and "A –", as French briefings print them, as a question and the page answering it', () => {
    const text = ['Press briefing by the Spokesperson', '', 'Q – Will Paris reopen its embassy in Damascus?', '', 'A – No decision has been taken. Germany closed its embassy in 2012.'].join('\n');
    expect(unitWith(text, 'Will Paris reopen')).toMatchObject({ speaker: null, actor: null, question: true });
    expect(unitWith(text, 'Germany closed')).toMatchObject({ speaker: null, actor: 'Germany' });
    expect(unitWith(text, 'Germany closed').question).toBeUndefined();
  });

  it("keeps the target as what an answer's sentence about the target's own acts is about", () => {
    const text = ['Question: Is the movement a threat?', '', 'Dmitry Peskov: The threat exists. The Taliban themselves are fighting ISIS.'].join('\n');
    expect(unitWith(text, 'themselves are fighting')).toMatchObject({ speaker: 'Dmitry Peskov', actor: 'Russia', target: 'Taliban' });
  });

  it('reads a transcript with no question: an answer goes on over its paragraphs up to the next label or heading', () => {
    const text = [
      'Vladimir Putin: We are ready to help the Afghan people.',
      '',
      'We will keep working with the movement.',
      '',
      'JEAN-NOËL BARROT: Thank you.',
      '',
      'France will not recognise the movement.',
      '',
      'MODERATOR (Reuters): Next, the minister of Japan.',
      '',
      'The floor is open.',
      '',
      'Mao Ning: We keep up dialogue.',
      '',
      'Other business',
      '',
      'The meeting closed at noon.',
    ].join('\n');
    expect(unitWith(text, 'keep working')).toMatchObject({ speaker: 'Vladimir Putin', actor: 'Russia' });
    expect(unitWith(text, 'will not recognise')).toMatchObject({ speaker: 'Jean-Noël Barrot', actor: 'France' });
    expect(unitWith(text, 'Next, the minister')).toMatchObject({ speaker: null, actor: null });
    expect(unitWith(text, 'floor is open')).toMatchObject({ speaker: null, actor: null });
    expect(unitWith(text, 'closed at noon')).toMatchObject({ speaker: null });
  });

  it('reads a titled name the registry does not know as a person answering, and a question that ends a turn as put', () => {
    const text = [
      'MR. HALVORSEN: The committee will come to order. We should not recognise the movement yet. Would you talk to the movement?',
      '',
      'SEN. OKAFOR: I would talk to the movement. Our diplomats should go to Kabul.',
      '',
      'Shri Randhir Jaiswal: We keep in touch with the movement.',
    ].join('\n');
    expect(unitWith(text, 'not recognise')).toMatchObject({ speaker: 'Halvorsen', actor: null });
    expect(unitWith(text, 'not recognise').question).toBeUndefined();
    expect(unitWith(text, 'Would you talk')).toMatchObject({ speaker: 'Halvorsen', question: true });
    expect(unitWith(text, 'I would talk')).toMatchObject({ speaker: 'Okafor', actor: null });
    expect(unitWith(text, 'Our diplomats')).toMatchObject({ speaker: 'Okafor', actor: null });
    expect(unitWith(text, 'I would talk').question).toBeUndefined();
    expect(unitWith(text, 'keep in touch')).toMatchObject({ speaker: 'Randhir Jaiswal', actor: 'India' });
  });

  it('reads an office and a name as a label: the registry\'s person with its actor, or a stranger with none', () => {
    const text = [
      'QUESTION: Will the ministers meet?',
      '',
      'FOREIGN MINISTER AL-HALVORSEN: We will talk to the movement.',
      '',
      'FOREIGN MINISTER AL-SHIBANI: We keep in touch with Ankara.',
    ].join('\n');
    expect(unitWith(text, 'We will talk')).toMatchObject({ speaker: 'Al-Halvorsen', actor: null });
    expect(unitWith(text, 'keep in touch')).toMatchObject({ speaker: 'Asaad al-Shibani', actor: 'Syria' });
  });

  it('reads "Reporter:" as a question', () => {
    const text = 'Reporter: Will China send an ambassador to the movement?\n\nMao Ning: We keep up dialogue.';
    expect(unitWith(text, 'Will China')).toMatchObject({ speaker: null, actor: null, question: true });
    expect(unitWith(text, 'We keep')).toMatchObject({ speaker: 'Mao Ning', actor: 'China' });
  });

  it('reads an interview in dash paragraphs: asking paragraphs are questions, the others the answers of the one interviewed', () => {
    const text = [
      'Zamir Kabulov spoke in an interview with a news agency about the movement.',
      '',
      '- Two years have passed. When will Russia recognise the movement?',
      '',
      '- There is no timeframe. We keep working with the movement.',
      '',
      '- Will its delegation come to the forum?',
      '',
      '- I think yes.',
    ].join('\n');
    expect(unitWith(text, 'When will Russia')).toMatchObject({ speaker: null, actor: null, question: true });
    expect(unitWith(text, 'Two years')).toMatchObject({ speaker: null, question: true });
    expect(unitWith(text, 'We keep working')).toMatchObject({ speaker: 'Zamir Kabulov', actor: 'Russia' });
    expect(unitWith(text, 'I think yes')).toMatchObject({ speaker: 'Zamir Kabulov', actor: 'Russia' });
  });

  it("tells another party's act toward the target, reported by the target in a frame that closes the sentence, as that party's", () => {
    const text = 'The United Arab Emirates has accepted an ambassador appointed by the Taliban, the Afghan administration said Friday.';
    expect(unitWith(text, 'accepted', { target: 'Taliban', date: '2024-01-01' })).toMatchObject({ actor: 'UAE', target: 'Taliban' });
  });

  it.each(['Bloomberg', 'TOLOnews', 'Global Times', 'Kommersant'])("knows %s as a news outlet: its question is no one's stance", (outlet) => {
    const text = `${outlet}: Will China recognise the Taliban?\n\nMao Ning: We keep up dialogue.`;
    expect(unitWith(text, 'Will China')).toMatchObject({ speaker: null, actor: null });
    expect(unitWith(text, 'We keep')).toMatchObject({ speaker: 'Mao Ning', actor: 'China' });
  });

  it('does not carry a headline speaker into the article', () => {
    const text = 'Lavrov: no rush to recognise the Taliban\n\nMoscow hosted talks with the Taliban on Friday.';
    expect(unitWith(text, 'Moscow hosted')).toMatchObject({ speaker: null, actor: 'Russia' });
  });

  it('does not carry an answer into the next paragraph of an article without questions', () => {
    const text = 'Lavrov: Moscow is in no rush. We keep talking to the Taliban.\n\nBeijing hosted talks with the Taliban on Friday.';
    expect(unitWith(text, 'We keep')).toMatchObject({ speaker: 'Sergey Lavrov' });
    expect(unitWith(text, 'Beijing hosted')).toMatchObject({ speaker: null, actor: 'China' });
  });
});

describe('former officials', () => {
  it('takes a registry official whose term ended before the document for no one, not for the state or its new rulers', () => {
    const registry = createActorRegistry({
      actors: [
        { id: 'Ruritania', kind: 'state', names: ['Ruritania'] },
        { id: 'Front', kind: 'movement', names: ['the Front'], governs: ['Ruritania'], governsSince: '2024-01-01' },
      ],
      officials: [{ id: 'Rudolf Elphberg', aliases: ['Elphberg'], actor: 'Ruritania', roles: ['president'], to: '2024-01-01' }],
    });
    const text = 'Elphberg said he would return to Strelsau.';
    const before = attributeUnits(text, splitUnits(text), { target: 'Front', registry, date: '2023-06-01' }).units[0];
    const after = attributeUnits(text, splitUnits(text), { target: 'Front', registry, date: '2024-06-01' }).units[0];
    expect(before).toMatchObject({ speaker: 'Rudolf Elphberg', actor: 'Ruritania' });
    expect(after).toMatchObject({ speaker: 'Rudolf Elphberg', actor: null });
  });
});

describe('nested stance (codebook rule 6)', () => {
  const cases: Case[] = [
    [
      'the Taliban reported inside a Russian quote',
      'Zhirnov said, “The Taliban representatives said the Taliban wants good ties with Russia.”',
      'good ties',
      { speaker: 'Dmitry Zhirnov', actor: 'Taliban', target: 'Russia', reason: /nested stance/ },
    ],
    [
      'reported speech inside reported speech',
      'Kabulov said the Islamic Emirate said it wants friendly relations with Moscow.',
      'friendly',
      { speaker: 'Zamir Kabulov', actor: 'Taliban', target: 'Russia' },
    ],
    ['the Taliban welcoming a Russian remark is their stance towards Russia', 'The Taliban have welcomed Putin’s remarks.', 'welcomed', { speaker: 'Taliban', actor: 'Taliban', target: 'Russia' }],
    ["a party in an outlet's label in brackets is not the one addressed", 'The Taliban (outlawed in Russia) returned to power.', 'returned', { actor: 'Taliban', target: null }],
    [
      "a Taliban spokesman's own words: the Taliban's stance",
      'Mujahid said the Emirate seeks good relations with China.',
      'seeks',
      { speaker: 'Zabihullah Mujahid', actor: 'Taliban', target: 'China' },
    ],
    ["the target's own country is not another party", 'Muttaqi said Afghanistan wants peace.', 'peace', { actor: 'Taliban', target: null }],
    ['a Russian speaking about the Taliban is not nested', 'Lavrov said the Taliban must keep their promises.', 'promises', { speaker: 'Sergey Lavrov', actor: 'Russia', target: 'Taliban' }],
    [
      'a subordinate clause after the frame does not nest',
      'Russia will not negotiate, Peskov said as the insurgents announced a cabinet.',
      'negotiate',
      { speaker: 'Dmitry Peskov', actor: 'Russia', target: 'Taliban' },
    ],
    [
      'a speaker in a time clause after the frame does not nest',
      'Kenya will not talk to the Taliban, its foreign ministry said on Tuesday, a day after Chinese Foreign Minister Wang Yi claimed the talks had begun.',
      'will not talk',
      { actor: 'Kenya', target: 'Taliban' },
    ],
    [
      'a speaker in a time clause after the main clause is not its speaker',
      'Kenya halted its talks with the Taliban on Tuesday, a day after Chinese Foreign Minister Wang Yi claimed the talks had begun.',
      'halted',
      { speaker: null, actor: 'Kenya' },
    ],
    [
      'a verb after ", and" in a reported clause goes on with its reporter, not the subject of the clause',
      "Kenya said that Muttaqi had no mandate as Afghanistan's foreign minister, and announced new visa rules.",
      'visa rules',
      { speaker: 'Kenya', actor: 'Kenya', target: 'Taliban' },
    ],
    [
      '... and a role before ", and" is no appositive that speaks',
      "Kenya received Muttaqi as Afghanistan's foreign minister, and announced new visa rules.",
      'visa rules',
      { actor: 'Kenya', target: 'Taliban' },
    ],
    [
      '... but a time clause that opens the sentence keeps its speaker',
      'After Wang Yi said the talks had begun, the Taliban sent a delegation.',
      'talks',
      { speaker: 'Wang Yi', actor: 'China' },
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('a state governed by the target', () => {
  const text = 'Kabul welcomed the decision by Uzbekistan.';
  it('speaks for the target in a document dated from the day it took power', () => {
    expect(unitWith(text, 'Kabul', { target: 'Taliban', date: '2024-03-03' })).toMatchObject({ actor: 'Taliban', target: 'Uzbekistan', reason: expect.stringMatching(/governs it/) });
  });

  it('... and for itself before that day, or in an undated document', () => {
    expect(unitWith(text, 'Kabul', { target: 'Taliban', date: '2019-03-03' })).toMatchObject({ actor: 'Afghanistan', target: 'Taliban' });
    expect(unitWith(text, 'Kabul', { target: 'Taliban' })).toMatchObject({ actor: 'Afghanistan', target: 'Taliban' });
  });
});

describe('negative cases', () => {
  const cases: Case[] = [
    ['a passive speech verb is no frame', 'Russia was told the meeting would be delayed.', 'delayed', { speaker: null, actor: 'Russia', quote: 'none' }],
    ['"Putin-led" is a modifier, not a speaking person', 'Overturning that stand, the Putin-led administration invited them.', 'invited', { speaker: null, actor: 'Russia' }],
    ['a possessive never speaks', 'Putin’s envoy met the delegation.', 'envoy', { speaker: null, actor: 'Russia' }],
    ['an object never speaks', 'The council met with Lavrov and said nothing new.', 'nothing', { speaker: null }],
    ['a news agency alone is not a speaker', 'TASS reported the border was quiet.', 'border', { speaker: null }],
    ['a word that contains a name is not the name', 'Putinism was discussed at length.', 'discussed', { speaker: null, actor: null }],
    ['plural officials are no person', 'Russian officials highlighted the need for aid.', 'aid', { speaker: null, actor: 'Russia' }],
    ['the target as an object does not act', 'No state has recognised the Taliban so far.', 'recognised', { speaker: null, actor: null }],
    ['a possessive target does not act', 'Since the Taliban’s return, talks have stalled.', 'stalled', { actor: null }],
    ['a passive target does not act', 'The Taliban government is not recognised by most states.', 'recognised', { actor: null }],
    ['a target in a subordinate clause does not act', 'Since the Taliban came back, Russia has kept its embassy open.', 'embassy', { actor: 'Russia' }],
    ['a compound modifier outside the subject does not act', 'After the US-led withdrawal, Kazakhstan sent a delegation.', 'delegation', { actor: 'Kazakhstan' }],
    [
      'an unresolved speaker does not make the target the actor',
      '“The Taliban must keep their word,” the spokesperson said.',
      'keep their word',
      { speaker: 'spokesperson', actor: null },
    ],
  ];
  it.each(cases)('%s', (...c) => check(c));
});

describe('targets and other parties in the output', () => {
  it('lists target mentions and other parties per unit', () => {
    const a = unitWith('Russia maintains dialogue with all countries concerned, including Pakistan.', 'dialogue');
    expect(a.targetMentions).toEqual([]);
    expect(a.otherParties.map((p) => [p.text, p.actor])).toEqual([
      ['all countries concerned', null],
      ['Pakistan', 'Pakistan'],
    ]);
    const b = unitWith('The Taliban took Kabul and Moscow kept talking to them.', 'kept');
    expect(b.targetMentions.map((m) => [m.text, m.resolution])).toEqual([
      ['Taliban', 'name'],
      ['them', 'pronoun'],
    ]);
  });

  it('treats the actors the target names stand for as the target', () => {
    const options = { target: 'Maduro government', targetAliases: ['Maduro', 'Caracas', 'Venezuela'] };
    // Caracas is the target's side: the narrator's actor is the other state ...
    expect(unitWith('After weeks of protests, Caracas was cut off by Panama.', 'cut off', options)).toMatchObject({ actor: 'Panama', target: 'Maduro government' });
    // ... and when Caracas acts, the target acts towards the other party.
    expect(unitWith('Caracas recalled its envoys from Panama.', 'envoys', options)).toMatchObject({ actor: 'Venezuela', target: 'Panama' });
    // The target's own words are about another party.
    expect(unitWith('Maduro said Brazil should stay neutral.', 'neutral', options)).toMatchObject({ speaker: 'Nicolás Maduro', actor: 'Venezuela', target: 'Brazil' });
  });

  it('uses target aliases', () => {
    const a = unitWith('Russia hosted the Emirate for talks.', 'hosted', { target: 'Emirate Authorities', targetAliases: ['Emirate'] });
    expect(a.targetMentions.map((m) => m.resolution)).toEqual(['alias']);
    expect(a.target).toBe('Emirate Authorities');
  });
});

describe('robustness', () => {
  it('reports unbalanced quotes and bad units instead of failing', () => {
    const text = 'Lavrov said, "We talk.\nThe rest is narration.';
    const units = [...splitUnits(text), { start: 5, end: 999, text: 'bad', kind: 'body' as const, paragraph: 9 }];
    const out = attributeUnits(text, units, { target: 'Taliban', source: 'doc-1' });
    expect(out.units).toHaveLength(units.length);
    expect(out.problems.map((p) => [p.source, p.line, p.kind])).toEqual([
      ['doc-1', 1, 'unbalanced-quote'],
      ['doc-1', undefined, 'bad-unit'],
    ]);
    expect(out.units[1]).toMatchObject({ speaker: null, quoted: 'none' });
  });

  it('is deterministic', () => {
    const text = 'Lavrov said, “We talk. They listen.” The Taliban welcomed it. He added that talks go on.';
    const a = JSON.stringify(attributeUnits(text, splitUnits(text), { target: 'Taliban' }));
    const b = JSON.stringify(attributeUnits(text, splitUnits(text), { target: 'Taliban' }));
    expect(a).toBe(b);
  });

  it.each([
    ['“We will not recognise them,” John Smith said.', 'John Smith'],
    ['John Smith told reporters the talks would go on.', 'John Smith'],
    ['The talks will go on, said Maria Lopez.', 'Maria Lopez'],
    ['The talks will go on, said Maria Lopez of the Institute for Regional Studies.', 'Maria Lopez'],
  ])('takes an untitled name next to a speech verb as the speaker, with no actor guessed: %s', (text, speaker) => {
    const unit = attributeUnits(text, splitUnits(text), { target: 'Taliban' }).units[0];
    expect([unit?.speaker, unit?.actor]).toEqual([speaker, null]);
  });

  it('takes the document actor for an untitled speaker when there is one', () => {
    const text = '“We will keep talking,” John Smith said.';
    expect(attributeUnits(text, splitUnits(text), { target: 'Taliban', defaultActor: 'Norway' }).units[0]?.actor).toBe('Norway');
  });

  it('lets a narrator sentence opening with "It" continue the previous sentence\'s actor', () => {
    const text = 'India has not recognised the Taliban government. It shut its embassy in Kabul in 2021.';
    const units = attributeUnits(text, splitUnits(text), { target: 'Taliban' }).units;
    expect(units.map((u) => u.actor)).toEqual(['India', 'India']);
  });

  it.each([
    ['"The bloc" after an organisation', 'The EU agreed new aid. The bloc will keep talking to the Taliban.', ['EU', 'EU']],
    ['"The country" after a state', 'Norway hosted the envoys. The country will keep talking to the Taliban.', ['Norway', 'Norway']],
    ['"It" followed by another name in its sentence', 'Norway hosted the envoys. It also invited Pakistan to the talks.', ['Norway', 'Norway']],
    ['"It" after "It"', 'Norway hosted the envoys. It fed them. It also invited Pakistan to the talks.', ['Norway', 'Norway', 'Norway']],
    ['"The bloc" (but not after a state)', 'Norway hosted the envoys. The bloc will keep talking to the Taliban.', ['Norway', null]],
    ['"The bloc" after an organisation named as an object', 'The ministers came on behalf of the EU. The bloc will keep talking to the Taliban.', [null, 'EU']],
    ['"The bloc" after a state speaking to an organisation', 'Norway wrote to NATO. The bloc will keep talking to the Taliban.', ['Norway', 'NATO']],
    ['"It" as the subject of a passive (done to, not acting)', 'Norway hosted the envoys. It was criticised for the talks with the Taliban.', ['Norway', null]],
  ])('a narrator sentence opening with %s continues the previous sentence\'s actor when the kinds fit', (_why, text, actors) => {
    const units = attributeUnits(text, splitUnits(text), { target: 'Taliban' }).units;
    expect(units.map((u) => u.actor)).toEqual(actors);
  });

  it('lets "..., it said." speak for the previous sentence\'s actor, across a paragraph break', () => {
    const text = 'Norway hosted the envoys.\n\nThe talks covered aid, it said.';
    const units = attributeUnits(text, splitUnits(text), { target: 'Taliban' }).units;
    expect(units.map((u) => u.actor)).toEqual(['Norway', 'Norway']);
  });

  it('calls a quote direct when only its frame stands outside it, however long the title', () => {
    const text = '“We will keep talking to them,” Norwegian Foreign Minister Anniken Huitfeldt said.';
    expect(attributeUnits(text, splitUnits(text), { target: 'Taliban' }).units[0]?.quote).toBe('direct');
  });

  it('takes its tuned numbers from options', () => {
    // More than the frame stands outside the quote, so the quoted share decides.
    const text = 'Lavrov told reporters after the meeting in Moscow, “We keep contacts.”';
    const strict = attributeUnits(text, splitUnits(text), { quoteDirectShare: 1 }).units[0];
    const loose = attributeUnits(text, splitUnits(text), { quoteDirectShare: 0.1 }).units[0];
    expect([strict?.quote, loose?.quote]).toEqual(['reported', 'direct']);
    const apposed = 'Zamir Kabulov, who heads the department of Asian affairs at the ministry, said talks go on.';
    // Too long an appositive for the option: the speaker is found as the clause's subject instead.
    expect(attributeUnits(apposed, splitUnits(apposed), { appositiveMaxChars: 10 }).units[0]?.reason).toMatch(/clause-subject/);
    expect(attributeUnits(apposed, splitUnits(apposed)).units[0]?.reason).toMatch(/appositive/);
  });

  it('works without a target and with a custom registry', () => {
    const registry = createActorRegistry({
      actors: [{ id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'] }],
      officials: [{ id: 'Rudolf Elphberg', aliases: ['Elphberg'], actor: 'Ruritania' }],
    });
    const text = 'Elphberg said the border stays open.';
    expect(attributeUnits(text, splitUnits(text), { registry }).units[0]).toMatchObject({ speaker: 'Rudolf Elphberg', actor: 'Ruritania', target: null });
  });

  const badOptions: ReadonlyArray<[string, Record<string, unknown>]> = [
    ['target', { target: '' }],
    ['date', { date: '18/08/2021' }],
    ['registry', { registry: {} }],
    ['defaultActor', { defaultActor: 3 }],
    ['quoteDirectShare', { quoteDirectShare: 0 }],
    ['quoteInsideShare', { quoteInsideShare: 1.5 }],
    ['maxQuoteChars', { maxQuoteChars: 0 }],
    ['quoteMinWords', { quoteMinWords: 2.5 }],
    ['appositiveMaxChars', { appositiveMaxChars: -1 }],
    ['coreferenceUnitsBack', { coreferenceUnitsBack: -2 }],
  ];
  it.each(badOptions)('rejects a bad %s option', (name, options) => {
    expect(() => attributeUnits('x', [], options as never)).toThrow(InvalidOptionError);
    expect(() => attributeUnits('x', [], options as never)).toThrow(`"${name}"`);
  });
});

describe('invariants (property)', () => {
  const pieces = ['Lavrov', 'said', ',', '“', '”', '"', "'", 'He', 'the envoy', 'the Taliban', 'them', 'Moscow', 'in', '.', '\n', 'Erdoğan', 'according to', 'TASS', 'welcomed', 'Putin’s'];
  it('attributes every unit, keeps spans inside the text and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 50 }), (parts) => {
        const text = parts.join(' ');
        const units = splitUnits(text);
        const out = attributeUnits(text, units, { target: 'Taliban' });
        expect(out.units).toHaveLength(units.length);
        for (const a of out.units) {
          if (a.speakerSpan !== undefined) expect(a.speakerSpan.start >= 0 && a.speakerSpan.end <= text.length).toBe(true);
          expect(a.reason.length).toBeGreaterThan(0);
          expect(['direct', 'reported', 'none']).toContain(a.quote);
          for (const t of a.targetMentions) expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
