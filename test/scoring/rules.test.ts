import { scoreStatement } from '../../src/stance/scoreStatement';
import type { Dimension, Label } from '../../src/types';
import { explain, rulesOn } from './explain';

type Case = readonly [text: string, dimension: Dimension, label: Label, rule: string | null, rationale: string];

const TARGET = { target: 'Taliban', targetAliases: ['Islamic Emirate', 'the group', 'the movement'] };

function check([text, dimension, label, rule]: Case): void {
  const s = scoreStatement(text, TARGET);
  const why = `${text}\n${explain(s)}`;
  expect({ why, label: s[dimension].label }).toEqual({ why, label });
  if (rule !== null) expect({ why, rules: rulesOn(s, dimension) }).toEqual({ why, rules: expect.arrayContaining([rule]) });
  expect(Math.abs(s[dimension].score)).toBeLessThanOrEqual(1);
}

describe('negation (codebook rule 1)', () => {
  it.each<Case>([
    ['The decision to send aid to the movement should not be interpreted as a political step.', 'engagement', 1, null, 'a reading denied ("not be interpreted as") leaves the aid standing'],
    ['I would not say that the movement is a threat to us.', 'threat', -1, 'negation', 'a "not" on a verb of saying denies its "that" clause'],
    ['We do not think that talks with the movement will resume.', 'engagement', -1, 'negation', '... and so does one on a verb of thinking'],
    ['The threat from the region has not disappeared, the movement was told.', 'threat', 1, null, 'a threat that has not disappeared remains'],
    ['He said the talks with the movement had never been secret.', 'engagement', 1, null, 'a description denied leaves the talks standing'],
    ['Lavrov said Moscow was working with the movement but that recognition was not yet under discussion.', 'recognition', -1, 'negation', 'not under discussion withholds the subject'],
    ['Accepting the movement’s credentials now would be seen as a reward for the ban, the diplomat said.', 'recognition', -1, 'negation', 'a step seen as a reward is argued against'],
    ['Not recognising the movement does not mean cutting ties with it.', 'engagement', 1, 'negation', 'the "not" of the gerund before is its own: only "does not mean" denies the cutting'],
    ['Serbia will never, under any circumstances, recognise the movement.', 'recognition', -1, 'negation', 'an aside after "never" does not end its reach'],
    ['He added that Serbia would "never, under any circumstances" recognise the movement.', 'recognition', -1, 'negation', '... also when a quotation mark closes it'],
    ['Western governments reacted coolly to Russia\'s decision to recognise the movement.', 'recognition', -1, 'negation', 'a cool reaction does not welcome the step'],
    ['Contacts with the Islamic Emirate do not mean that Moscow is ready to recognise it.', 'recognition', -1, 'negation', '"do not mean" reaches into its "that" clause'],
    ['"We will never sign anything that means recognition of the movement," the minister said.', 'recognition', -1, 'negation', 'a negated verb reaches the relative clause of its object "anything"'],
    ['Ankara will not accept any deal which recognises the Islamic Emirate.', 'recognition', -1, 'negation', '... or "any deal"'],
    ['Ankara did not sign the treaty that recognises the Islamic Emirate.', 'recognition', 1, null, '... but not that of a definite object, which exists'],
    ['The minister was not aware of any state that has moved to recognise the movement.', 'recognition', -1, 'negation', '... or "not aware of any state"'],
    ['None of the states that sent envoys has recognised the movement.', 'recognition', -1, 'negation', 'a negative subject reaches past its relative clause to its own predicate'],
    ['No state that hosted the talks has recognised the movement.', 'engagement', 1, null, '... and what the relative clause says of it stands'],
    ['We know of no state that intends to recognise the movement.', 'recognition', -1, 'negation', '... or, with no predicate after it, into the relative clause'],
    ['No capital that has recognised the movement wants to say so.', 'recognition', 1, null, '... but not when the subject has a predicate of its own'],
    ['He urged both sides to stop the fighting and to open talks with the movement.', 'engagement', 1, null, 'the verb of one infinitive does not reach into the next one ("and to ...")'],
    ['Both sides refused to stop the fighting and to open talks with the movement.', 'engagement', -1, 'negation', '... while a refusal reaches both'],
    ['The council called for an end to the isolation of the movement.', 'engagement', 1, 'negation', '"an end to" isolation is against it'],
    ['Oslo moved to end all contacts with the movement.', 'engagement', -1, 'negation', '... as is moving "to end" contact'],
    ['Tashkent has hosted no delegation of the movement this year.', 'engagement', -1, 'negation', 'a "no" that opens the object of a verb cue denies the act'],
    ['Recognition of the movement (outlawed in Russia) is not possible now.', 'recognition', -1, 'negation', 'a predicate negation reaches its subject over a label in brackets'],
    ["The talks with the movement did not change Oslo's position.", 'engagement', 1, null, '... but not when it denies a change: the subject stands'],
    ['Official recognition of the movement is not yet on the agenda, the minister said.', 'recognition', -1, 'negation', '"not yet on the agenda"'],
    ['Moscow says recognition of the movement not on the cards', 'recognition', -1, 'negation', '"not on the cards", in a headline without its verb'],
    ['The bloc has excluded the movement from its high-level meetings.', 'engagement', -1, 'negation', 'the meetings a party is excluded from are denied it'],
    ['The council excluded women from the talks with the movement.', 'engagement', 1, null, '... but a negator inside a trap phrase ("excluded women") negates nothing'],
    ["Afghan women's groups were not invited to the sessions with the movement's delegation.", 'engagement', 0, 'trap', 'others not invited to sessions with the target: the sessions stand, nothing is denied the target'],
    ['Oslo has not excluded recognising the movement.', 'recognition', 1, 'negation', '... and a recognition not excluded is possible'],
    ['It is impossible to solve the problems of the region without engaging with the movement.', 'engagement', 1, 'negation', '"impossible ... without engaging": a double negation; "without" leaves out an act, not the target'],
    ['The envoys tried to settle it without involving the movement.', 'engagement', -1, 'negation', 'involving the target, negated by "without"'],
    ['The envoy said it was impossible to settle the crisis without dialogue with those who run the country.', 'engagement', 1, 'negation', '... and "without" a noun other than the target negates it'],
    ['Isolating the movement serves no one, the minister said.', 'engagement', 1, 'negation', 'a step that "serves no one" is argued against'],
    ["Recognising the movement now is in nobody's interest.", 'recognition', -1, 'negation', '... as is one "in nobody\'s interest"'],
    ['Talks with the movement have led nowhere.', 'engagement', -1, 'negation', '... or one that "led nowhere"'],
    ['The talks with the movement, which serve no one, went on.', 'engagement', 1, null, '... but not from inside a relative clause'],
    ['Contacts with the Islamic Emirate do not mean that Moscow is ready to recognise it.', 'engagement', 1, null, '... and the contacts stand'],
    ['Handing over the embassy was a step that falls short of formal recognition of the movement.', 'recognition', -1, 'negation', '"falls short of" withholds, as "does not amount to" does'],
    ['Recognition and engagement are different things, the envoy said of the movement.', 'recognition', -1, 'negation', 'recognition kept apart from contact is withheld'],
    ['Recognition and engagement are different things, the envoy said of the movement.', 'engagement', 1, null, '... while the contact stands'],
    ['There is a clear distinction between recognising the movement and practical contacts.', 'recognition', -1, 'negation', '... as with "a distinction between"'],
    ['Diplomats said they were concerned that the deals would legitimise the movement.', 'recognition', -1, 'negation', 'concern that it would happen is against it'],
    ['Tashkent fears that isolating the movement would deepen the crisis.', 'engagement', 1, 'negation', '... so fearing isolation is for contact'],
    ['Diplomats are concerned that the movement poses a threat.', 'threat', 1, null, '... but concern about a threat is no denial of it'],
    ['Tehran’s relations with the movement have soured over water.', 'engagement', -1, null, 'relations that soured: less contact, not more'],
    ['Strained ties with the Islamic Emirate worry Dushanbe.', 'engagement', -1, null, '... and strained ones'],
    ['Ties with the Islamic Emirate have not deteriorated, the envoy said.', 'engagement', 1, 'negation', 'ties that did not sour stay'],
    ['Moscow keeps talking to the movement, but recognition is another question.', 'recognition', -1, null, 'recognition kept apart as another matter'],
    ['Moscow closed its consulate in Herat.', 'engagement', -1, null, 'a consulate closed'],
    ['London recalled its chargé d’affaires from the Islamic Emirate.', 'engagement', -1, null, 'a diplomat recalled'],
    ['Oslo declined an invitation to talks with the movement.', 'engagement', -1, null, 'an invitation to talks declined is one refusal, not also talks'],
    ['As for recognition, there is no decision yet.', 'recognition', -1, 'negation', 'the comma after a fronted topic ends no clause'],
    ['Recognising the movement is not on the agenda as long as women are shut out of work.', 'engagement', 0, null, '"as long as" opens a clause the negation does not reach'],
    ['Recognising the movement is not on the agenda as long as women are shut out of work.', 'recognition', -1, 'negation', '... and the negation stays in its own'],
    ['The Kremlin said the question of recognising the movement remains open.', 'recognition', -1, 'negation', 'a question of recognition still open is undecided: withheld for now'],
    ['Tashkent is open to recognising the movement.', 'recognition', 1, null, '... but being open to it comes before the cue and is no denial'],
    ['The door to recognition of the movement remains open, the envoy said.', 'recognition', 0, 'trap', 'a door left open keeps a possibility, no decision either way'],
    ['There are no obstacles for our cooperation with the movement.', 'engagement', 1, 'negation', 'no obstacles for cooperation: two negations cancel'],
    ['Ankara remains hesitant to recognise the movement.', 'recognition', -1, 'negation', 'hesitating is withholding'],
    ['We will not hesitate to cut ties with the movement, the minister said.', 'engagement', -1, 'negation', '"not hesitate to" affirms: two negations cancel'],
    ['Lavrov spoke by phone with the Islamic Emirate’s foreign minister.', 'engagement', 1, null, 'speaking by phone'],
    ['Moscow sent a letter to the Islamic Emirate.', 'engagement', 1, null, 'a letter to the target'],
    ['Putin sent a message of condolence to the Islamic Emirate after the earthquake.', 'engagement', 1, null, 'a message of condolence to the target'],
    ['The Islamic Emirate sent a message to the people.', 'engagement', 0, null, 'a message to someone else'],
    ['The embassy in Kabul has never stopped working.', 'engagement', 1, 'negation', 'an embassy that never stopped working'],
    ['Moscow to decide on Taliban recognition when conditions are right', 'recognition', -1, 'condition', 'conditions right, with or without "the"'],
    ['Regarding the movement, Moscow will keep its embassy in Kabul open.', 'engagement', 1, null, '... and what follows is said of it'],
    ['Moscow may recognise the movement; there is no decision yet on the pipeline.', 'recognition', 1, 'hedge', 'no decision in another clause does not reach it'],
    ['The Russian consulate in the city continued to function.', 'engagement', 1, null, 'a consulate that goes on working'],
    ['Moscow is not planning to negotiate with the Taliban.', 'engagement', -1, 'negation', 'negated talks'],
    ['The Kremlin will never hold talks with the movement.', 'engagement', -1, 'negation', 'never'],
    ['Beijing has not evacuated its embassy in Kabul.', 'engagement', 1, 'negation', 'negated negative: evacuation not done'],
    ['The Uzbek government would not shut down its mission in Kabul.', 'engagement', 1, 'negation', 'negated closure'],
    ['No government has recognised the Islamic Emirate so far.', 'recognition', -1, 'negation', '"no" as determiner'],
    ['No other state has so far recognised the Islamic Emirate.', 'recognition', -1, 'negation', '"so far" is an adverb, not "so" opening a clause'],
    ['There is no need to recognise the movement in order to cooperate with it.', 'engagement', 1, null, '"in order to" opens a purpose clause the negation before it does not reach'],
    ['There is no need to recognise the movement so as to trade with it.', 'engagement', 1, null, '... and so does "so as to"'],
    ['There is no alternative plan for talks with the Taliban.', 'engagement', -1, 'negation', '"no alternative" without "to" still negates'],
    ['A ruling on recognising the Islamic Emirate has yet to be taken, the ministry stressed.', 'recognition', -1, 'negation', '"has yet to be taken" withholds the decision before it'],
    ['Tashkent has not yet decided whether to recognise the Islamic Emirate.', 'recognition', -1, 'negation', 'a decision not yet taken withholds it, whatever its "whether"'],
    ['Ankara has yet to decide if it will recognise the Islamic Emirate.', 'recognition', -1, 'negation', '... "yet to decide if" too'],
    ['Recognising the Islamic Emirate would be illegal, the foreign ministry said.', 'recognition', -1, 'negation', 'an act called illegal is condemned'],
    ['Isolating the Islamic Emirate would only create new risks for the region.', 'engagement', 1, 'negation', 'an act said to bring risks is argued against: isolation denied'],
    ['Recognising the Islamic Emirate would bring more instability, Kyiv warned.', 'recognition', -1, 'negation', '... recognition too'],
    ['The Islamic Emirate has no authority to sign treaties for Afghanistan, the minister said.', 'recognition', -1, 'negation', 'no authority to sign: standing denied'],
    ['The movement lacks the mandate to represent the Afghan people, Lavrov said.', 'recognition', -1, 'negation', '... and no mandate to represent'],
    ['Any deal with the movement is a flagrant violation of the constitution, the speaker said.', 'engagement', -1, 'negation', '... as is one called a violation'],
    ['Moscow recognised the Islamic Emirate in a move Kyiv called illegal.', 'recognition', 1, null, 'an adjective after "called" is no predicate of the act'],
    ['Doha denied rumours that it planned to recognise the Islamic Emirate.', 'recognition', -1, 'negation', 'a denial reaches the "that" clause of its report word'],
    ['Tashkent denied that its envoy had met the Taliban.', 'engagement', -1, 'negation', 'a denial reaches its own "that" clause'],
    ['The embassy rejected allegations that it had severed ties with the movement.', 'engagement', 1, 'negation', 'denied reversal: ties kept'],
    ['Recognition of the Taliban is not on the agenda, the minister said.', 'recognition', -1, 'negation', 'predicate negation after a nominal cue'],
    ['Cooperation with the Taliban is not directed against third countries.', 'engagement', 1, null, 'denying a purpose is no negation of the subject'],
    ['The summit again barred the Taliban from sending a representative to Jakarta.', 'engagement', -1, 'negation', 'what a bar keeps its object from doing is negated'],
    ['The Taliban were barred from the talks in Doha.', 'engagement', -1, 'negation', '... after an article too'],
    ['The ministry prohibited officials from meeting the Taliban.', 'engagement', -1, 'negation', 'a prohibition'],
    ['Both capitals withhold recognition of the Islamic Emirate.', 'recognition', -1, 'negation', 'recognition withheld'],
    ['Moscow did not rule out that a Taliban envoy could be accredited.', 'recognition', 1, 'negation', 'a negated denial reaching into its "that" clause cancels'],
    ['Moscow ruled out that a Taliban envoy could be accredited.', 'recognition', -1, 'negation', 'the denial alone still flips'],
    ['Moscow has no doubts about the legitimacy of the Islamic Emirate.', 'recognition', 1, null, '"no doubts" affirms'],
    ['Recognising the Islamic Emirate is not aimed at anyone.', 'recognition', 1, null, 'denying a target is no negation of the subject'],
    ['We will not recognise the so-called emirate of the Taliban.', 'recognition', -1, 'negation', "a negative label in the negated verb's object keeps its sign"],
    ['We will not recognise the Taliban or their legitimacy.', 'recognition', -1, 'negation', 'a positive cue after the negated verb is still negated'],
    ['Official recognition of the group has not yet been discussed.', 'recognition', -1, 'negation', 'auxiliary + not reaches the subject'],
    ['Ankara dismissed reports of a possible recognition of the Taliban as speculative.', 'recognition', -1, 'negation', 'two denial words count once'],
    ['This has not prevented Tehran from maintaining ties with the Taliban.', 'engagement', 1, 'negation', 'not + prevent: two reversals cancel'],
    ['Ashgabat has no intention of abandoning its contacts with the movement.', 'engagement', 1, 'negation', 'no intention + abandon: denial and reversal cancel'],
    ['Ankara has yet to accept the credentials of the Taliban envoy.', 'engagement', 0, 'negation', 'credentials not accepted: no cut in contact (noOpposite)'],
    ['Ankara has yet to accept the credentials of the Taliban envoy.', 'recognition', -1, 'negation', '... but recognition withheld'],
    ['Ankara postponed its decision on the credentials of the Taliban envoy.', 'engagement', 0, 'negation', 'a decision on credentials deferred'],
    ['Ankara sees no obstacles to recognising the Islamic Emirate.', 'recognition', 1, 'negation', '"no" and "obstacles to" cancel out'],
    ['Ankara sees obstacles to recognising the Islamic Emirate.', 'recognition', -1, 'negation', 'an obstacle to a step stands against it'],
    ['Ankara will not rush to establish diplomatic relations with the Islamic Emirate.', 'engagement', 0, 'negation', 'relations not yet established: no cut in contact (noOpposite)'],
    ['Ashgabat abandoned its contacts with the movement.', 'engagement', -1, 'negation', 'abandoning contacts reverses them'],
    ['Bishkek will never turn its back on the movement.', 'engagement', 1, 'negation', 'never turning its back: engagement'],
    ['Canberra opposes any recognition of the Islamic Emirate.', 'recognition', -1, 'negation', 'opposing is denying'],
    ['Kabul rejected the deal with the movement as null and void.', 'engagement', -1, 'negation', 'rejecting a deal negates it'],
    ["Oslo criticised Baku's decision, saying it legitimised the Islamic Emirate.", 'recognition', -1, 'negation', 'a condemnation reaches the clause that gives its reason'],
    ['Kyiv condemned the talks with the movement.', 'engagement', -1, 'negation', 'criticising or condemning talks negates them'],
    ['Working with the Taliban does not amount to recognising them.', 'recognition', -1, 'negation', 'the archetype: recognition withheld'],
    ['Working with the Taliban does not amount to recognising them.', 'engagement', 1, null, 'the archetype: engagement kept'],
    ['The visit to the Taliban should not be seen as a step towards recognition.', 'engagement', 1, null, 'the negation is about the noun cue in the predicate, not the subject'],
    ['Dialogue with the movement is not a reward, the minister said.', 'engagement', 1, null, '"is not a reward" denies a favour, not the dialogue'],
    ['Engagement with the movement is not a legitimisation of its rule.', 'recognition', -1, 'negation', '... while a cue in that predicate is negated'],
    ['Talks with the movement are not a priority for Ankara.', 'engagement', -1, 'negation', '... and "not a priority" still denies the subject'],
    ['The visit to the Taliban should not be seen as a step towards recognition.', 'recognition', -1, 'negation', '... which it negates'],
    ['The bloc is not ready to remove the group from its terrorist list.', 'threat', 1, 'negation', 'a negator for some dimensions ("not ready") leaves "not" to negate the others'],
    ['The movement did not stop fighters from using Afghan soil for raids on its neighbours.', 'threat', 1, null, 'the negation is of stopping, which says nothing of the threat'],
    ['Officials accused the movement of hosting al-Qaeda leaders in the capital.', 'threat', 1, null, 'hosting al-Qaeda is harbouring it'],
    ["Ankara hosted the movement's commanders for talks.", 'threat', 0, null, '... while hosting the target is contact'],
    ['The movement will not let any group use Afghan territory against its neighbours.', 'threat', -1, 'negation', '... while a denied use of its soil for attacks is an assurance'],
    ['Tashkent has begun expelling thousands of Afghan migrants.', 'engagement', 0, 'trap', 'expelling migrants is no break of contact with the movement'],
    ['No problem of the region can be solved without the movement, the minister said.', 'engagement', 1, 'negation', 'impossible without it: it must take part'],
    ['The summit took place without the movement.', 'engagement', -1, null, '... and a meeting without it leaves it out'],
    ['The council set up formal ties with Afghanistan without recognising the movement.', 'engagement', 1, 'trap', 'what is done "without" is an act, not the movement'],
    ['The organisers excluded Afghan women and activists from the sessions.', 'engagement', 0, 'trap', '... nor is excluding women or activists from a meeting'],
    ['Ankara kept the movement barred from high-level meetings of the group.', 'engagement', -1, 'negation', 'barred from meetings, with modifiers between "from" and the cue'],
    ['The bloc is not ready to remove the group from its terrorist list.', 'recognition', -1, 'negation', '... and negates only once where it reaches'],
    ['Ankara refused to establish diplomatic relations with the movement.', 'recognition', -1, 'negation', 'a refused act is negated: establishing presupposes nothing'],
    ['Talks with the movement were suspended in March.', 'engagement', -1, 'negation', 'what "was suspended" stopped'],
    ['Talks with the movement collapsed in March.', 'engagement', -1, null, 'talks that collapsed or broke down ended contact'],
    ['Ankara held talks with the movement after the old government collapsed.', 'engagement', 1, null, '... but another thing that collapsed does not end them'],
    ['Tashkent suspended flights to Kabul after talks with the movement broke down.', 'engagement', -1, null, '"after" with a predicate of its own opens a clause: the suspension does not reach into it'],
    ['Talks with the movement have not broken down, the envoy said.', 'engagement', 1, 'negation', '... nor do talks that did not break down'],
    ['Aid to the Islamic Emirate remains frozen, the minister said.', 'engagement', -1, 'negation', '... or "remains frozen"'],
    ['Sanctions on the movement were suspended last year.', 'engagement', 1, 'negation', '... and suspended sanctions are lifted'],
    ['Ankara has so far refrained from recognising the movement.', 'recognition', -1, 'negation', 'refraining from it is refusing it'],
    ['Tashkent avoided any contact with the Islamic Emirate.', 'engagement', -1, 'negation', '... and so is avoiding it'],
    ['Neither Ankara nor Baku has recognised the movement.', 'recognition', -1, 'negation', '"neither ... nor" is one negation, not two that cancel'],
    ['There are no plans yet to recognise the movement, the envoy said.', 'recognition', -1, 'negation', '"no plans yet to": the "yet" goes with "no", not "has yet to"'],
    ['Ankara excluded the possibility of recognising the movement.', 'recognition', -1, 'negation', 'excluding a possibility rules it out'],
    ['Ankara excluded the possibility of recognising the movement.', 'engagement', 0, 'trap', '... and excludes no one from anything'],
    ['Ankara does not exclude the possibility of recognising the movement.', 'recognition', 1, 'negation', '... and not excluding it is a double negation'],
    ['Meeting the movement on relief work is not the same as endorsing it.', 'recognition', -1, null, 'contact said to be no endorsement withholds legitimacy'],
    ['Meeting the movement on relief work is not the same as endorsing it.', 'engagement', 1, null, '... and the "not" of that predicate leaves the contact standing'],
    ['Baku keeps talking to the movement, insisting that contact is not endorsement.', 'recognition', -1, null, '... also when a noun is the predicate, which is no passive'],
    ['Baku keeps talking to the movement, insisting that contact is not endorsement.', 'engagement', 1, null, '... nor is "contact" negated there'],
    ["Baku endorsed the movement's call for more aid to the provinces.", 'recognition', 0, null, 'a bare endorsement, of a call at that, is no recognition'],
    ['Ankara pressed for the release of frozen Afghan reserves held abroad, the envoy said.', 'engagement', 1, null, 'a participle after "of" describes the assets: released, not frozen'],
    ['Ankara has not, however, removed the movement from its list of terrorist groups.', 'recognition', -1, 'negation', 'a connective between commas does not end the clause the negation scopes'],
    ['Delisting the movement is different from recognising it, the envoy said.', 'recognition', -1, 'negation', '"different from" keeps recognition apart, withheld'],
    ['Ankara does not support a policy of isolating the movement.', 'engagement', 1, 'negation', 'a policy not backed is opposed: the negation reaches past a verb a trap has taken'],
    ['Oslo has not suspended the work of its embassy in the capital of the movement.', 'engagement', 1, 'negation', 'the work of an embassy not suspended goes on'],
    ['A planned visit of the movement to Oslo had been called off.', 'engagement', -1, 'negation', 'a visit called off is stopped'],
    ['Oslo has stopped short of removing the movement from its list of terrorist organisations.', 'recognition', -1, 'negation', 'stopping short of a step withholds it'],
    ['Oslo has stopped short of removing the movement from its list of terrorist organisations.', 'threat', 1, 'negation', '... on each dimension of the step'],
    ['Ankara has done almost everything short of recognising the movement.', 'recognition', -1, 'negation', '"short of" a step is without it'],
  ])('%s -> %s %i', (...c) => check(c));

  it.each<Case>([
    ['Russia not only talks to the Taliban but also trades with them.', 'engagement', 1, null, '"not only" is not a negation'],
    ['Qatar did not comment, but it hosts talks with the Taliban.', 'engagement', 1, null, 'the negation ends with its clause'],
    ['The decision to recognise the Taliban was taken on Tuesday.', 'recognition', 1, null, 'a decision taken is no decision withheld'],
    ['Doha denied the charges, but it recognised the Islamic Emirate.', 'recognition', 1, null, 'a denial does not cross "but"'],
    ['Doha denied the report, saying it keeps contacts with the movement.', 'engagement', 1, null, 'what a denial says next is asserted, not denied'],
    ['Kabul rejected the pact with the movement as null and void.', 'recognition', -1, null, '"as null and void" describes the rejection: not negated by it'],
    ['Kabul rejected the pact with the movement as “null and void”.', 'recognition', -1, null, '... also in quotation marks'],
    ['Ankara recognised the Islamic Emirate as the legitimate government.', 'recognition', 1, null, 'the target before "as" is the one recognised'],
    ['Doha denied the reports and said that it had recognised the Islamic Emirate.', 'recognition', 1, null, 'the "that" clause of another verb is not denied'],
    ['Ankara sees no alternative to dialogue with the Taliban.', 'engagement', 1, null, '"no alternative to" affirms what follows'],
    ['Tashkent has no choice but to keep talking to the movement.', 'engagement', 1, null, '"no choice but" affirms what follows'],
    ['Doha urged both sides to implement the agreement with the movement without delay.', 'engagement', 1, null, '"without delay" says how, not whether'],
    ['Tashkent would without hesitation recognise the movement, the minister said.', 'recognition', 1, null, '... as does "without hesitation"'],
    ['There is no other option than cooperation with the Taliban, the envoy said.', 'engagement', 1, null, '"no other option than" affirms what follows'],
    ['Ankara keeps its embassy in Kabul but has ruled out upgrading ties with the movement.', 'engagement', 1, 'negation', 'denying an upgrade leaves the ties it presupposes'],
    ['Ankara keeps its embassy in Kabul but has ruled out upgrading ties with the movement.', 'recognition', -1, 'negation', '... and withholds the upgrade, a step towards recognition'],
    ['Tashkent will not expand its trade with the movement this year.', 'engagement', 1, 'negation', '... as does denying an expansion'],
    ['Berlin ruled out an upgrade of relations with the movement.', 'recognition', -1, 'negation', '... "an upgrade of relations" as a noun too'],
    ['The envoy said Berlin would not increase sanctions on the movement.', 'engagement', -1, 'negation', '... of sanctions, which stay'],
    ['Her meetings with the movement are unlikely to bring recognition this year.', 'engagement', 1, null, '"unlikely to" with a cue of its own after it denies that cue, not the subject'],
    ['Her meetings with the movement are unlikely to bring recognition this year.', 'recognition', -1, 'negation', '... which it denies'],
    ['Her meetings with the movement are unlikely to continue this year.', 'engagement', -1, 'negation', '... while with none after it, it denies the subject'],
    ['Delisting the movement does not mean that Ankara recognises it.', 'recognition', -1, 'negation', 'a denial reaching into its "that" clause keeps the later cue apart from the earlier'],
    ['Ankara has not closed the door to talks with the movement.', 'engagement', 1, 'negation', '"closed the door to" reverses; denied, the talks stand'],
    ['Tashkent closed the door to talks with the movement.', 'engagement', -1, 'negation', '... and, affirmed, refuses them'],
    ['The minister doubted that Ankara would recognise the movement this year.', 'recognition', -1, 'negation', '"doubted that" denies'],
    ['There is no doubt that Ankara will recognise the movement.', 'recognition', 1, null, '... but "no doubt that" affirms'],
    ['Ankara will talk to the movement but will avoid anything that resembles recognition.', 'recognition', -1, 'negation', 'a verb of refusal reaches the relative clause of "anything"'],
    ['Recognising the movement would be a betrayal of its victims.', 'recognition', -1, 'negation', 'a betrayal is wrong'],
    ['There can be no business as usual with the movement.', 'engagement', -1, 'negation', '"business as usual" is normal relations, not trade'],
    ['Ankara stayed away from the recognition of the movement.', 'recognition', -1, 'negation', '"stayed away from" refuses'],
    ['The minister said the invitation to the movement should not be misunderstood.', 'engagement', 1, null, 'denying a misreading leaves the subject standing'],
    ['Contacts with the movement must not send the message that its decrees are accepted.', 'engagement', 1, null, '... as does denying a message it sends'],
    ['The vote does not change the strength of our relations with the movement.', 'engagement', 1, null, 'a denied change leaves its object standing'],
    ['Ankara will keep talking to them without recognising them.', 'engagement', 1, null, 'the archetype: talking without recognising ...'],
    ['Talks with the movement are one thing, and recognition is quite another.', 'recognition', -1, 'negation', '"one thing ... quite another" keeps recognition apart'],
    ['Talks with the movement are one thing, and recognition is quite another.', 'engagement', 1, null, '... and the talks stand'],
    ['The envoy said there was nothing unusual in the visit of the movement\'s delegation.', 'engagement', 1, null, '"nothing unusual" denies the unusual, not the visit'],
    ["The movement's isolation ended some time ago.", 'engagement', 1, 'negation', 'an isolation that ended'],
    ['The talks with the movement ended with an agreement.', 'engagement', 1, null, '"ended with" says how, not that it stopped'],
    ['Contact with the movement is not a blank cheque.', 'engagement', 1, null, 'not a blank cheque: the contact stands'],
    ['Nobody should mistake these travel exemptions for recognition of the movement.', 'recognition', -1, 'negation', 'mistaking one thing for another is a misreading; its denial withholds'],
    ['Nobody should mistake these travel exemptions for recognition of the movement.', 'engagement', 1, null, '... and the thing mistaken stands'],
    ['Neither capital is ready to recognise the movement, and neither wants to cut them off.', 'engagement', 1, 'negation', 'not wanting to cut them off keeps contact'],
    ['It would be a mistake for Ankara to recognise the movement.', 'recognition', -1, 'negation', '"a mistake for" still calls the step wrong'],
    ["Ankara's ties with the movement that it once backed have soured.", 'engagement', -1, null, 'ties that soured, several words apart'],
    ['Banks are wary of working with the movement.', 'engagement', -1, 'negation', '"wary of" refuses'],
    ['Tashkent must withdraw from the accord with the movement.', 'engagement', -1, 'negation', '"withdraw from" reverses'],
    ['The accord with the movement has no legal basis, the ministry said.', 'engagement', -1, 'negation', '"has no legal basis" condemns'],
    ['The movement said it would not allow enemies to damage relations between the two countries.', 'engagement', 1, 'negation', 'not letting relations be damaged keeps them'],
    ['It was not the first time the movement had been received in Ankara.', 'engagement', 1, null, '"not the first time" affirms what came before'],
    ['Ankara did not immediately confirm the visit of the movement\'s envoys.', 'engagement', 0, 'trap', 'not confirming a visit is no refusal of it'],
    ['Ankara will keep talking to them without recognising them.', 'recognition', -1, 'negation', '... is engagement without recognition'],
    ['Ankara has not recognised the movement but keeps close contacts with its political office in Doha.', 'engagement', 1, null, 'where an office is, is no counterpart'],
    ['So is Ankara prepared to recognise the movement?', 'recognition', 0, 'question', 'a yes/no question may open with a connective'],
    ['Who recognises the movement?', 'recognition', 0, 'question', 'a question of who does it asks'],
    ['Who would gain from cutting ties with the movement?', 'engagement', -1, null, '... but with a modal it may be rhetorical, and is left alone'],
    ['The cabinet decided to exclude the movement from the national list of groups recognised as terrorist.', 'recognition', 1, null, 'a verb that takes the target from a list is the removal, not its reversal'],
    ['Recognition of the movement is not being discussed for now, the envoy said.', 'recognition', -1, 'negation', '"not being discussed" is off the agenda'],
    ['Oslo hosted the movement once, so why not deal with them again?', 'engagement', 1, null, '"why not" proposes'],
    ['Refusing to meet the movement would only hurt ordinary people, the envoy said.', 'engagement', 1, 'negation', 'a refusal said to hurt is argued against'],
    ['Recognising the movement would undermine the rights of women.', 'recognition', -1, 'negation', '... and so is a step said to undermine something'],
    ['Ankara will hold off on recognising the movement.', 'recognition', -1, 'negation', '"hold off" defers'],
    ['Ankara keeps technical contacts with the movement, but these are not diplomatic relations.', 'engagement', 1, null, 'diplomatic relations denied are a status: the contacts stand'],
    ['Ankara keeps technical contacts with the movement, but these are not diplomatic relations.', 'recognition', -1, null, '... and the status is withheld'],
    ['Ankara does not have diplomatic relations with the movement.', 'engagement', 0, 'trap', '... also with no contacts named'],
    ['The generals will never forget the support of Ankara for the movement.', 'engagement', 1, null, '"never forget" is no negation of what is remembered'],
    ['Oslo does not interfere in the affairs of the movement, which it calls friendly.', 'threat', -1, null, '... nor "does not interfere" of what follows'],
  ])('does not flip: %s', (...c) => check(c));
});

describe('contrast (codebook rule 2)', () => {
  it.each<Case>([
    ['Kazakhstan has not formally recognised the Taliban but keeps regular contacts with them.', 'recognition', -1, 'negation', 'both sides kept: recognition'],
    ['Kazakhstan has not formally recognised the Taliban but keeps regular contacts with them.', 'engagement', 1, null, 'both sides kept: engagement'],
    ['We cannot call the Taliban our friends, but they are not our enemies.', 'threat', -1, 'contrast', 'same dimension: the clause after "but" wins'],
    ['Oslo accepted the credentials of the movement’s envoy, although officials say this does not mean recognition.', 'recognition', -1, 'contrast', 'a trailing "although" clause that reports a qualification weighs as "but" does'],
    ['Oslo accepted the credentials of the movement’s envoy, although the envoy had arrived late.', 'recognition', 1, null, '... not one that reports nothing'],
    ['Although Delhi once shunned the Taliban, it now holds talks with them.', 'engagement', 1, 'contrast', 'the concessive clause weighs less'],
  ])('%s -> %s %i', (...c) => check(c));
});

describe('hedges and modality (codebook rule 3)', () => {
  it.each<Case>([
    ['Removing the Taliban from the list of terrorist organisations is possible.', 'recognition', 1, 'hedge', 'possible: sign kept'],
    ['The envoy hinted at plans to invite the Taliban to Tashkent.', 'engagement', 1, 'hedge', 'hinted at: sign kept'],
    ['Brussels could engage with the Taliban on aid.', 'engagement', 1, 'hedge', 'could'],
    ['The lifting of sanctions on the movement depends on progress in the transition.', 'engagement', 1, 'hedge', 'contact made to depend on something'],
  ])('%s -> %s %i', (...c) => check(c));

  it('lowers the strength below the unhedged statement', () => {
    const plain = scoreStatement('Brussels will engage with the Taliban.', TARGET).engagement.score;
    const hedged = scoreStatement('Brussels could engage with the Taliban.', TARGET).engagement.score;
    expect(hedged).toBeGreaterThan(0);
    expect(hedged).toBeLessThan(plain);
  });
});

describe('conditions and preconditions (codebook rule 4)', () => {
  it.each<Case>([
    ['Diplomats say that any decision on recognising the movement would follow the United Nations.', 'recognition', -1, 'condition', 'deferred to the UN, a precondition'],
    ['The envoy said recognition of the movement would come only when it forms an inclusive government.', 'recognition', -1, 'condition', '"only when"'],
    ['Any decision on recognising the movement will be taken in light of the progress of the dialogue.', 'recognition', -1, 'condition', '"in light of" its progress'],
    ['Moscow would take its time before deciding on the status of the movement.', 'recognition', -1, null, 'taking its time is no rush'],
    ['That listing of the movement has not been lifted.', 'recognition', -1, 'negation', 'a listing not lifted is kept'],
    ['However, the designation of the movement remains.', 'recognition', -1, null, '... and so is one that remains'],
    ['The United States designated the movement a foreign terrorist organisation in 2018.', 'recognition', -1, null, 'a designation with the target between verb and noun'],
    ['The question of recognising the movement is a separate one.', 'recognition', -1, 'negation', 'recognition set apart as another matter'],
    ['Recognising the movement would be a separate political decision, the envoy said.', 'recognition', -1, 'negation', '... also as a decision of its own, with a word between'],
    ['The minister said the listing of the movement was being studied.', 'recognition', 1, null, 'a listing under study may be lifted'],
    ['The question of recognition is linked to an international consensus, the spokesman said of the movement.', 'recognition', -1, 'condition', 'tied to a consensus'],
    ['The council added the movement to its al-Qaeda sanctions list in 2018.', 'recognition', -1, null, 'added to a sanctions list of terrorists'],
    ['Washington designated the movement as an alias of another group in 2018.', 'recognition', -1, null, 'designated under another name'],
    ['The minister said London could consider revisiting the proscription of the movement.', 'recognition', 1, null, 'a delisting said to be possible'],
    ['Keeping the movement on terror lists will only make the transition harder, the minister said.', 'recognition', 1, 'negation', 'keeping the listing argued against'],
    ['Critics say recognising the movement would reward a government that bars girls from school.', 'recognition', -1, 'negation', 'a step said to reward someone is argued against'],
    ['Belgrade rejects its statehood, the minister said of the movement.', 'recognition', -1, null, 'statehood rejected'],
    ['Belgrade, which considers the movement its southern province, objected.', 'recognition', -1, null, 'a claimed province has no statehood'],
    ['Israel recognised the movement in 2021 as part of that deal.', 'recognition', 1, null, 'a condition after an act told as done says how it came about'],
    ['Israel said it would recognise the movement only as part of a wider settlement.', 'recognition', -1, 'condition', '... while one of an act to come withholds it'],
    ['As for removing the movement from the list, that needs consensus among Council members.', 'recognition', -1, 'condition', 'a delisting that needs consensus'],
    ['Recognition of the movement is a matter on which we will decide together with the international community.', 'recognition', -1, 'condition', 'deferred to the international community'],
    ['If the Taliban are ever to be recognised, the Security Council must agree first.', 'recognition', -1, 'condition', 'if'],
    ['Should Ankara recognise the movement, other states would follow.', 'recognition', -1, 'condition', 'an inverted condition: "Should X ..."'],
    ['Were Ankara to recognise the movement, others would follow.', 'recognition', -1, 'condition', '... "Were X to ..."'],
    ['Ankara should recognise the movement, the deputy said.', 'recognition', 1, null, '... but not "should" after its subject'],
    ['Islamabad will recognise the Taliban government only when a regional consensus emerges.', 'recognition', -1, 'condition', 'temporal condition with a future verb'],
    ['Delhi said it would upgrade its mission to an embassy in recognition of the movement, after the minister met Muttaqi.', 'recognition', 1, null, 'a temporal clause set off by a comma, in the past, tells of an event, not a condition'],
    ['Delhi said it would recognise the movement once the movement formed an inclusive government.', 'recognition', -1, 'condition', '... while without the comma it may be the condition of reported speech'],
    ['The president did not say when Moscow might take the movement off its list of banned organisations.', 'recognition', 1, null, '"did not say when" asks when; it sets no condition'],
    ['The group must form an inclusive government before any recognition.', 'recognition', -1, 'condition', 'before any'],
    ['Tajikistan set out conditions for recognition of the Taliban.', 'recognition', -1, 'condition', 'conditions'],
    ['Dushanbe will recognise the Islamic Emirate at the appropriate time.', 'recognition', -1, 'condition', 'deferred to a time to come'],
    ['Delhi will recognise the Taliban, the minister said, only after elections are held.', 'recognition', -1, 'condition', 'the words go on after a frame set off by commas'],
    ['Delhi will upgrade its mission in Kabul to an embassy, the minister said on Friday after talks.', 'recognition', 1, null, "a time after the frame's verb is the frame's, no condition"],
    ['Baku will recognise the Taliban government only as part of a regional agreement.', 'recognition', -1, 'condition', 'only as part of'],
    ['Recognising the Islamic Emirate is a question for the future, the minister said.', 'recognition', -1, 'condition', 'a question for the future'],
    ['Only then will Ankara recognise the movement.', 'recognition', -1, 'condition', '"only then"'],
    ['Recognition of the movement could come, but only within the framework of a peace process.', 'recognition', -1, 'condition', '"only within the framework of"'],
    ['Any decision on recognising the movement should be coordinated with the region.', 'recognition', -1, 'condition', 'a decision to be coordinated withholds'],
    ['Recognising the movement presupposes an inclusive government.', 'recognition', -1, 'condition', '"presupposes"'],
    ["Removing the movement from the proscription list, however, should wait.", 'recognition', -1, 'negation', 'a removal that "should wait" is put off'],
    ['The movement will not get recognition unless it respects the rights of women.', 'recognition', -1, 'negation', '"rights" several words after "recognition" is no recognised right'],
    ['Recognition of the movement, yes, but not unconditionally.', 'recognition', -1, 'condition', '"not unconditionally" is a condition'],
    ['Recognition of the movement must be preceded by elections.', 'recognition', -1, 'condition', '"preceded by"'],
    ['Formal recognition of the movement is a matter for later, the envoy added.', 'recognition', -1, 'condition', '... or "a matter for later"'],
    ['Minsk said it was ready to recognise the Islamic Emirate when the conditions are ripe.', 'recognition', -1, 'condition', 'when the conditions are ripe, without a modal'],
    ['Recognising the group will come in due course, the envoy said.', 'recognition', -1, 'condition', 'in due course'],
    ['Recognition of the Taliban government should come at the end of a negotiated process.', 'recognition', -1, 'condition', 'at the end of a process'],
    ['Recognising the Islamic Emirate must be the result of talks among Afghans.', 'recognition', -1, 'condition', 'the result of talks'],
    ['Officials said recognition of the movement should follow an international consensus.', 'recognition', -1, 'condition', 'recognition that "should follow" something waits for it'],
  ])('%s -> %s %i', (...c) => check(c));

  it.each<Case>([
    ['Moscow recognised the Taliban government in July.', 'recognition', 1, null, 'no condition: recognition'],
    ['Moscow recognised the Taliban government at the right time for both sides.', 'recognition', 1, null, 'done, not deferred: no modal'],
    ['Moscow recognised the Taliban government when the time was right.', 'recognition', 1, null, 'a past "when the time was right" is no condition'],
    ['Spain and Norway will recognise a Palestinian state from 28 May.', 'recognition', 1, null, '"May" the month is no hedge or condition'],
  ])('does not withhold: %s', (text, dimension, label, rule, why) => {
    const s = scoreStatement(text, { target: 'Palestine', targetAliases: ['Palestinian state', 'Taliban', 'Taliban government'] });
    expect({ text, label: s[dimension].label, explain: explain(s) }).toEqual({ text, label, explain: explain(s) });
    expect(rulesOn(s, dimension)).not.toContain('condition');
    void rule;
    void why;
  });
});

describe('background asides (codebook rule 7)', () => {
  it.each<Case>([
    ['Moscow lifted the ban on the Taliban, which had been designated a terrorist organisation in 2003.', 'recognition', 1, null, 'a past-perfect aside does not cancel the delisting'],
    ['Tashkent, which banned the movement in 1999, held talks with the Taliban.', 'recognition', 0, 'background', 'a past verb with a year in the aside'],
    ['Tashkent reopened its embassy in Kabul, two years after it closed the mission to the Taliban.', 'engagement', 1, 'background', 'the event a span of time is counted from'],
    ['Astana struck the Taliban off its list of banned groups, having outlawed the movement in 2005.', 'recognition', 1, 'background', 'a perfect participle with a year'],
    ['It was the first meeting with the Taliban since Tashkent closed its embassy.', 'engagement', 1, 'background', 'the event a "since" clause counts from'],
    ['Trade grew fast after the summit, the biggest rise since Astana banned the movement.', 'recognition', 0, 'background', '... with a past verb a few words on'],
    ['Bishkek has kept its consulate open since the Taliban took Kabul in 2021 and received a Taliban envoy in May.', 'recognition', 1, null, '... up to a clause of its own after "and"'],
  ])('%s -> %s %i', (...c) => check(c));

  it.each<Case>([
    ['Tashkent, which has kept its embassy in Kabul open, wants more trade with the Taliban.', 'engagement', 1, null, 'a present-perfect aside still counts'],
    ['Tashkent, which banned the movement, held talks with the Taliban.', 'recognition', -1, null, 'a past aside without a year is no background'],
    ['Tashkent lifted sanctions, having designated the Taliban a terrorist organisation.', 'threat', 1, null, 'a perfect participle without a year still counts'],
    ['Tashkent reopened its embassy after it cut ties with the Taliban in the spring.', 'engagement', 0, null, 'an "after" clause with no span of time before it still counts'],
    ['Since Astana has banned the movement, no talks are planned with the Taliban.', 'recognition', -1, null, '"since" with a present perfect gives a reason'],
    ['Astana has kept its embassy in Kabul open since 2021.', 'engagement', 1, null, '"since" a year is no event'],
  ])('still counts: %s -> %s %i', (...c) => check(c));

  it('records the aside in the evidence', () => {
    const s = scoreStatement('Tashkent, which had banned the movement in 1999, held talks with the Taliban.', TARGET);
    expect(s.recognition.label).toBe(0);
    expect(s.engagement.label).toBe(1);
    expect(rulesOn(s, 'recognition')).toEqual(['background']);
  });
});

describe("others' comments on the event (codebook rule 6)", () => {
  it.each<Case>([
    ['Tashkent recognised the Taliban, a move the Islamic Emirate hailed as historic.', 'engagement', 0, 'comment', "the target's praise is its own stance"],
    ['Tashkent signed a pact with the Taliban, a step that the EU condemned as illegitimate.', 'recognition', 0, 'comment', "a third party's condemnation"],
    ['Tashkent held talks with the Taliban, in a step its foreign minister praised as wise.', 'engagement', 1, 'comment', 'the cue before the comment still counts'],
    ['Tashkent expelled the Taliban envoy, a move welcomed by Kyiv.', 'engagement', -1, 'comment', 'a passive comment with its agent after "by"'],
    ['Tashkent recognised the Taliban, a decision that was praised by the Islamic Emirate.', 'engagement', 0, 'comment', '... after "that was"'],
  ])('%s -> %s %i', (...c) => check(c));

  it.each<Case>([
    ['Tashkent recognised the Taliban, a decision that will boost trade with the Taliban.', 'engagement', 1, null, 'what the decision does is no comment on it'],
    ['According to the envoy, the decision of the court to suspend the ban on the Taliban opened new opportunities.', 'recognition', 1, null, 'whose decision it is and what it does is no comment on it'],
    ['Tashkent recognised the Taliban, a step followed by talks with the Islamic Emirate in May.', 'engagement', 1, null, 'what followed the event is no comment on it'],
  ])('still counts: %s -> %s %i', (...c) => check(c));
});

describe('sanctions', () => {
  it.each<Case>([
    ['He said the UK would work with the movement on tackling illegal migration.', 'engagement', 1, null, '"illegal" before a noun declares nothing void'],
    ['Tokyo moved its embassy from Kabul to Doha.', 'engagement', -1, null, 'an embassy moved out'],
    ['Brussels has kept in place the measures it imposed on the movement in June.', 'engagement', -1, null, 'punitive measures kept'],
    ['Gulf capitals have embraced the movement.', 'engagement', 1, null, 'an embrace'],
    ['Gulf capitals embraced the idea of a regional fund, the movement said.', 'engagement', 0, 'trap', 'embracing an idea is no embrace of the target'],
    ['The world should engage with the movement without any delay.', 'engagement', 1, null, '"without any delay" says how, not whether'],
    ['But isolating the movement is the worst option, he said.', 'engagement', 1, 'negation', 'a step called the worst option is argued against'],
    ['We do not see the movement as a danger to our allies.', 'engagement', 0, 'trap', "the speaker's own allies are no contact with the target"],
    ['The administration still has no embassy in Kabul, the movement says.', 'engagement', -1, null, 'no mission'],
    ['Governments have found that they cannot entirely avoid them, the movement says.', 'engagement', 1, 'negation', 'contact that cannot be avoided'],
    ['The visits to the movement are not a secret in Kabul.', 'engagement', 1, null, 'a description denied, with its article'],
    ['Moscow had not set any preconditions for cooperation with the movement.', 'engagement', 1, null, 'a denied precondition leaves the cooperation open'],
    ['There are no longer any legal obstacles to relations with the movement.', 'engagement', 1, 'negation', '... and denied obstacles, a negator of their own, cancel'],
    ['Moscow says contacts with the movement have never been interrupted.', 'engagement', 1, null, 'contacts never interrupted go on'],
    ['Unilateral sanctions on the movement only worsen the crisis, the envoy said.', 'engagement', 1, 'negation', 'sanctions said to make things worse are argued against'],
    ['Tehran will not sit at the table with the movement.', 'engagement', -1, 'negation', 'refusing to sit at the table'],
    ['Members of the movement remain subject to UN sanctions.', 'engagement', -1, null, 'sanctions kept, whoever imposed them'],
    ['We have an embassy in Kabul, and it works.', 'engagement', 1, null, 'a mission kept'],
    ['Moscow ceased contacts with the movement in 2003.', 'engagement', -1, 'negation', '"ceased" stops the contacts'],
    ['The bloc will not channel development funding through the movement.', 'engagement', -1, 'negation', 'aid through them, denied'],
    ['The bloc will deliver aid through NGOs to people in areas the movement holds.', 'engagement', 0, 'trap', 'aid through agencies is not through the target'],
    ['Girls have been barred from secondary school by the movement.', 'engagement', 0, 'trap', "the target's own bans exclude no one from contact with it"],
    ['Tokyo joined other members in urging the movement to reopen schools.', 'engagement', 0, 'trap', "joining others' call is no meeting"],
    ['The wording of the resolution had been negotiated for weeks, the movement said.', 'engagement', 0, 'trap', 'wording negotiated among drafters'],
    ['The minister ordered the ambassadors in three capitals to return home for consultations over the movement.', 'engagement', 0, 'trap', 'ambassadors called home consult no one'],
    ['Two officials, who asked not to be identified discussing the movement, said it was divided.', 'engagement', 0, 'trap', "a source's anonymity"],
    ['Dialogue with the movement has been stalled since 2018.', 'engagement', -1, null, 'a stalled dialogue'],
    ['Moscow has no plans to reduce its diplomatic presence in Kabul.', 'engagement', 1, 'negation', 'a presence not reduced is kept'],
    ['Moscow has no intention of breaking with the movement.', 'engagement', 1, 'negation', '... and a break ruled out is contact kept'],
    ['The movement made a clean break with all terrorist organisations, Ankara said.', 'engagement', 0, 'trap', "a break with terrorists is no break with the target"],
    ['The envoy eased sanctions on the movement but later reimposed them.', 'engagement', -1, null, 'sanctions imposed again, after "but"'],
    ['We are extending our hand to the movement.', 'engagement', 1, null, 'a hand extended'],
    ['The minister said Britain should have nothing to do with the movement.', 'engagement', -1, null, 'contact ruled out'],
    ['The attack had nothing to do with the movement, officials said.', 'engagement', 0, null, "... while what has nothing to do with it is unrelated"],
    ['The memorandum with the movement is an act of aggression, the ministry said.', 'engagement', -1, 'negation', 'a step called an act of aggression is condemned'],
    ['We are not going to lift the counterterrorism listings of the movement.', 'recognition', -1, 'negation', 'counterterrorism listings are a terrorist list'],
    ['The minister said recognising the movement was a mark of shame.', 'recognition', -1, 'negation', 'a step called shameful is argued against'],
    ['The bloc began easing the isolation of the movement.', 'engagement', 1, null, 'isolation eased is engagement'],
    ['Germany has allowed the movement’s officials to work at its consulates.', 'engagement', 1, null, "the target's officials let work there"],
    ['Washington announced the end of its sanctions on the movement.', 'engagement', 1, null, 'the end of sanctions lifts them'],
    ['The order dismantles the sanctions programme against the movement.', 'engagement', 1, null, '... and so does dismantling them'],
    ['The bloc agreed to ease restrictive measures on the movement.', 'engagement', 1, null, '... or easing restrictive measures'],
    ["Ankara suspended restrictions on the movement's banks.", 'engagement', 1, null, '... or suspending restrictions'],
    ['At the end of talks, sanctions on the movement were kept.', 'engagement', -1, null, '"the end of talks" is no end of the sanctions after it'],
    ['The sanctions on the movement themselves should be eased.', 'engagement', 1, null, 'sanctions to be eased, in the passive'],
    ['Congress should repeal the sanctions on the movement.', 'engagement', 1, null, 'repealing sanctions lifts them'],
    ["We call for the removal of the movement's leaders from the sanctions list.", 'engagement', 1, null, 'a removal that holds the whole of "sanctions list"'],
    ['Continuing the sanctions on the movement hinders the recovery.', 'engagement', 1, 'negation', 'sanctions said to hinder are argued against'],
    ["The council lifted an asset freeze and travel ban on two of the movement's ministers.", 'engagement', 1, null, 'the "freeze" a lifting names is the measure lifted, not a negation in its gap'],
    ["The council lifted an asset freeze and travel ban on two of the movement's ministers.", 'recognition', 1, null, '... for the delisting either'],
    ['The council ordered the cessation of sanctions against the movement.', 'engagement', 1, null, '"the cessation of sanctions" lifts them'],
    ["The bloc kept its asset freeze on the movement's leaders.", 'engagement', -1, null, 'an asset freeze is a sanction'],
    ["Ankara revoked visas for the movement's officials.", 'engagement', -1, null, 'revoking or denying visas is a sanction'],
    ['Washington curbed funding to the movement.', 'engagement', -1, 'negation', 'curbing or restricting funding reverses it'],
    ["Exemptions for the movement's envoys have lapsed.", 'engagement', -1, 'negation', 'what has lapsed stopped'],
  ])('%s -> %s %i', (...c) => check(c));
});

describe('brackets', () => {
  it('a label in brackets after the target is no stance (rule label)', () => {
    const s = scoreStatement('Minsk wants to build relations with the Taliban movement (outlawed in Belarus).', TARGET);
    expect(s.recognition.label).toBe(0);
    expect(rulesOn(s, 'recognition')).toEqual(['label']);
    expect(s.engagement.label).toBe(1);
  });

  it('a negator reaches over an aside in brackets', () => {
    const s = scoreStatement('Recognising the Taliban (a group Minsk calls extremist) as the government is not on the agenda.', TARGET);
    expect(s.recognition.label).toBe(-1);
    expect(rulesOn(s, 'recognition')).toContain('negation');
  });

  it('a negator inside brackets does not reach out of them', () => {
    const s = scoreStatement('Minsk (which has not recognised anyone) held talks with the Taliban.', TARGET);
    expect(s.engagement.label).toBe(1);
  });
});

describe('yes/no questions', () => {
  it.each<Case>([
    ['Will Moscow recognise the movement?', 'recognition', 0, 'question', 'a yes/no question asks'],
    ['Reuters: Does this mean that Beijing now recognises the Islamic Emirate?', 'recognition', 0, 'question', "... after a speaker's colon"],
    ['Is the movement a threat to its neighbours?', 'threat', 0, 'question', '... on any dimension'],
    ['Question: What about trade with the movement?', 'engagement', 0, 'question', '"what about ...?" only names its topic'],
    ['Kremlin: ban removal for the movement is a matter for the courts', 'recognition', 1, null, 'a ban removal, as a noun'],
    ['Question: How would you comment on reports that Tashkent may soon recognise the movement?', 'recognition', 0, 'question', 'a question put to the one answering'],
    ['What is your position on talks with the Islamic Emirate?', 'engagement', 0, 'question', '... with "what"'],
    ['Moscow hosted the movement. Would it now recognise the Islamic Emirate?', 'engagement', 1, null, 'the statement before the question still counts'],
  ])('%s -> %s %i', (...c) => check(c));

  it.each<Case>([
    ['"Will we recognise the movement? Of course," the envoy said.', 'recognition', 1, null, 'a question answered after it in the statement'],
    ['Why should we isolate the movement?', 'engagement', 1, 'negation', '"why should" argues against what it asks about'],
    ['Who would gain from cutting ties with the movement?', 'engagement', -1, null, 'a question not put to anyone may be rhetorical'],
    ['"Why would Tashkent recognise the Islamic Emirate now?" the minister asked.', 'recognition', -1, 'negation', '... and so does "why would"'],
  ])('left alone: %s -> %s %i', (...c) => check(c));
});

describe('the month May', () => {
  it.each(['Moscow recognised the Taliban government at the end of May.', 'Moscow recognised the Taliban government in May.'])(
    'is no hedge and no modal: %s',
    (text) => {
      const s = scoreStatement(text, TARGET);
      expect(s.recognition.label).toBe(1);
      expect(rulesOn(s, 'recognition')).toEqual([]);
    },
  );
});

describe('intensifiers', () => {
  it('strengthen a cue and never push the score past 1', () => {
    const plain = scoreStatement('Russia keeps contacts with the Taliban.', TARGET).engagement.score;
    const strong = scoreStatement('Russia keeps close contacts with the Taliban.', TARGET);
    expect(strong.engagement.score).toBeGreaterThan(plain);
    expect(rulesOn(strong, 'engagement')).toContain('intensifier');
    const capped = scoreStatement('Russia has officially and formally recognised the Islamic Emirate.', TARGET);
    expect(capped.recognition.score).toBeLessThanOrEqual(1);
  });
});

describe('reported speech (codebook rule 5)', () => {
  it('takes no name for a reporting verb ("States" in "the United States")', () => {
    const s = scoreStatement('The United States recognised the Islamic Emirate.', TARGET);
    expect(s.recognition.label).toBe(1);
    expect(rulesOn(s, 'recognition')).not.toContain('reported-speech');
  });

  it.each([
    ['Most member states now recognise the Islamic Emirate.', false],
    ['Several states, including Iran, recognise the Islamic Emirate.', false],
    ['Recognition of the Islamic Emirate would worry neighbouring states.', false],
    ['The ministry notes that recognition of the Islamic Emirate is not on the table.', true],
    ['Recognition of the Islamic Emirate is not on the table, the envoy states.', true],
  ])('takes a noun for a reporting verb only before "that" or at the end of its clause: %s', (text, reported) => {
    const rules = rulesOn(scoreStatement(text, TARGET), 'recognition');
    expect(rules.includes('reported-speech')).toBe(reported);
  });

  it('keeps the stance of the one reported and says so', () => {
    const s = scoreStatement('The minister had said that recognition of the Taliban was not on the table.', TARGET);
    expect(s.recognition.label).toBe(-1);
    expect(rulesOn(s, 'recognition')).toContain('reported-speech');
  });
});

describe('the target check', () => {
  it.each<Case>([
    ['Islamabad upgraded its mission in Kabul to embassy level in May after a trilateral meeting in Beijing.', 'recognition', 1, null, 'a party in a phrase of time after the cue belongs to another event'],
    ["Ankara and Baku are each other's closest trading partners.", 'engagement', 0, 'target', 'parties related to each other, with no mention of the target'],
    ['Delegations from Baku, Tbilisi and Yerevan had also been invited, the envoy said.', 'engagement', 0, 'target', 'a passive whose subject names other parties, the target never named, is about them'],
    ['Talks were held in the capital on Wednesday, the envoy said.', 'engagement', 1, null, '... but a passive with no party in its subject keeps the target as its topic'],
    ['Ankara and Baku will hold another round of talks next month.', 'engagement', 0, 'target', 'contact with no counterpart after it, by a subject of two names, is between them'],
    ['Ankara and Baku will hold talks on a trade agreement next month.', 'engagement', 0, 'target', '... "on" names a topic, no counterpart'],
    ['Ankara and Baku are holding talks to restore diplomatic relations.', 'recognition', 0, 'target', '... and so are the relations they restore'],
    ['Ankara and Baku keep their trade ties with Kabul.', 'engagement', 1, null, '... but not contact with a counterpart of its own'],
    ['The envoy had a warning for those leaders who recognise the movement.', 'recognition', 0, 'target', 'a cue in a relative clause about "those" is said of them'],
    ['Taiwan, which is itself recognised by few states, opened a representative office for the movement.', 'recognition', 0, 'target', 'a passive recognition in a relative clause after another name is that name\'s status'],
    ['Taiwan, which is itself recognised by few states, opened a representative office for the movement.', 'engagement', 1, null, '... and the office stands'],
    ['Ankara is ready to work with Baku to deepen dialogue and cooperation.', 'engagement', 0, 'target', 'a cue joined to one about another party shares its counterpart'],
    ['Ankara is ready to work with Baku and to deepen cooperation with the movement.', 'engagement', 1, null, '... but not when the target is named'],
    ['Talks on the region were held in Doha without the movement.', 'engagement', -1, 'target', 'contact "without" the target leaves it out'],
    ['The meeting went ahead without the movement, which refused to attend.', 'engagement', -1, 'target', '... however it is named'],
    ['Oslo held talks with the movement without preconditions.', 'engagement', 1, null, '... but "without preconditions" is how contact is made'],
    ['Kabul does not allow anyone to use its territory against Tajikistan.', 'threat', -1, 'negation', 'whom a threat is against is not the one who poses it'],
    ['The movement has made efforts to fight the Islamic State terrorist group.', 'recognition', 0, 'target', 'a label right after another party is said of it'],
    ['Moscow is concerned about the activity of ISIS and other terrorist groups.', 'recognition', 0, 'target', '... or listed with it'],
    ['Reports say terrorist groups are growing stronger in the north.', 'recognition', 0, 'target', 'a terrorist label needs a mention of the target'],
    ['Oslo saw the movement as a partner in the fight against the Islamic State group, which he described as the main danger to the region.', 'threat', -1, null, 'a threat in a relative clause about another party is said of it'],
    ["The envoy said the movement was no threat to Tajikistan's Central Asian allies.", 'engagement', 0, 'target', "a noun owned by another party in the possessive is that party's: its allies"],
    ['The spokesman said Afghan soil would not be used against any country.', 'threat', -1, 'negation', 'soil "used against" others, in the passive'],
    ['Officials said Afghan soil was being used for attacks on Tajikistan.', 'threat', 1, null, '... and the party attacked is not the one who poses the threat'],
    ['Afghan territory should not be used against other countries, the envoy said.', 'threat', 0, null, '... but a demand that it "should not be used" says nothing of the target'],
    ['The minister said the movement must not allow militants to operate from Afghan soil.', 'threat', 0, 'trap', '... nor that it "must not allow" militants'],
    ['Oslo asked the movement to fulfil its commitment not to allow terrorist groups on its soil.', 'threat', 0, 'trap', '... nor a call to fulfil its commitment'],
    ['The movement said it will not allow anyone to use Afghan soil against other countries.', 'threat', -1, 'negation', '... while its own assurance is a denial of the threat'],
    ['Islamabad said the movement was sheltering TTP militants.', 'threat', 1, null, 'whom the target shelters is the object of its act, not the owner of the threat'],
    ['Islamabad urged the movement to act against militants operating from Afghan soil.', 'threat', 1, null, 'militants operating from the target\'s soil'],
    ['Russia maintains close dialogue with all countries concerned.', 'engagement', 0, 'target', 'dialogue with other countries'],
    ['Islamabad opened talks with the Tehreek-i-Taliban.', 'engagement', 0, 'target', 'a name joined to a lower-case word by a hyphen is another thing: "Tehreek-i-Taliban", "anti-Taliban"'],
    ['Beijing has pressed the movement to cut ties with Uighur fighters.', 'engagement', 0, 'target', 'what the target is pressed to do is its own act, not contact of the actor with it'],
    ['Beijing invited the movement to attend talks in Urumqi.', 'engagement', 1, null, '... but an invitation is the inviter\'s own contact'],
    ['Beijing is edging closer to the movement.', 'engagement', 1, null, 'moving closer to the target is warming contact'],
    ['The movement is getting closer to seizing the capital.', 'engagement', 0, 'target', '... only with the target right after it'],
    ['The envoy visited Islamabad to discuss the Afghan problem.', 'engagement', 0, 'target', 'talks in another capital (generic other party)'],
    ['The ministers underlined the threats posed by the Islamic State group.', 'threat', 0, 'target', 'the threat is another group'],
    ['Moscow held consultations with Iran on the future of the Islamic Emirate.', 'engagement', 0, 'target', 'the partner is another party, the target only the topic'],
    ['Lavrov discussed the movement with his Turkish counterpart.', 'engagement', 0, 'target', 'discussing the target with someone else'],
    ['Moscow called for an urgent OSCE meeting.', 'engagement', 0, 'target', 'a party right before a noun cue owns it'],
    ['Moscow urged all parties to engage in dialogue.', 'engagement', 0, 'target', 'the parties urged to talk are the ones to engage'],
    ['Moscow urged Pakistan to hold talks.', 'engagement', 0, 'target', '... a named party too'],
    ['The TTP is a threat to us, and the Islamic Emirate has failed to act against it.', 'threat', 0, 'target', "a copula's subject is what the noun cue says it is"],
    ['Ankara recognised the exile leader Mirwais Hotak as head of state.', 'recognition', -1, 'target', 'someone else recognised as head of state: the office is withheld from the target'],
    ['Ankara recognised the exile leader Mirwais Hotak as a poet of note.', 'recognition', 0, 'target', '... but recognised as anything else, someone else is recognised'],
    ['Ankara recognised Mirwais Hotak as the legitimate interim president.', 'recognition', -1, 'target', '"legitimate" in the office is the rival\'s'],
    ['Kosovo is still not recognised by Serbia.', 'recognition', 0, 'target', "another party is the passive's subject"],
    ['Somaliland broke away in 1991 but has never been recognised.', 'recognition', 0, 'target', "... the subject of a clause with none of its own"],
    ['Moscow was the first to accept a Kosovar envoy.', 'engagement', 0, 'target', "another party modifies the cue's last noun"],
    ['Berlin will not deal with the movement while girls are excluded from schools.', 'engagement', -1, 'target', 'the girls are excluded, not the target named elsewhere'],
    ['Moscow hosted the Taliban, although journalists were barred from the meeting.', 'engagement', 1, 'target', '... a common noun as the subject of the passive'],
  ])('%s -> %s %i', (...c) => check(c));

  it.each<Case>([
    ['Delegations from ten countries and from the Taliban will attend the talks.', 'engagement', 1, null, 'the target is named in the clause'],
    ['Moscow held consultations with Iran and the Islamic Emirate.', 'engagement', 1, null, 'the target is a partner too'],
    ['Moscow hosted the Taliban, although they were barred from the final session.', 'engagement', 1, 'contrast', 'a pronoun subject of the passive may be the target: the exclusion counts, as a concession'],
    ['Tehran handed the Afghan consulate in Mashhad to the Islamic Emirate.', 'recognition', 1, null, 'handing a mission to the target, without "over"'],
    ['The consulate was handed to diplomats of the movement.', 'recognition', 1, null, '... and in the passive'],
    ['Moscow keeps contacts with the movement on trade with Iran.', 'engagement', 1, null, 'the target is the partner, the other party the topic'],
    ['We are not in a rush as far as recognition is concerned.', 'recognition', -1, null, 'lone statement: an implicit object refers to the target'],
    ['We will keep talking to them.', 'engagement', 1, null, 'lone statement: a pronoun refers to the target'],
    ['The embassy in Kabul remains open.', 'engagement', 1, null, 'an embassy kept open names its own object'],
    ['Russia banned the Taliban in 2003.', 'recognition', -1, null, 'banning the target itself'],
    ['Moscow urged all sides, including the Taliban, to engage in dialogue.', 'engagement', 1, null, 'the target among the sides urged'],
    ['Moscow wants to hold talks with the movement.', 'engagement', 1, null, 'the actor itself to hold talks'],
    ['The movement is a threat to our security.', 'threat', 1, null, 'the target as the subject of the copula'],
    ['The Islamic Emirate and Hamas are not welcome at the summit.', 'engagement', -1, null, 'the target joined with another party before a copula'],
    ['The movement is not recognised by Serbia.', 'recognition', -1, null, "the target is the passive's subject"],
    ['The Serbian government said the movement has never been recognised.', 'recognition', -1, null, "another party's sentence, the target's clause"],
    ['Moscow was the first to accept a Taliban envoy.', 'engagement', 1, null, "the target modifies the cue's last noun"],
  ])('keeps: %s', (...c) => check(c));

  it('reads a common enemy as partnership, not as the target being the enemy', () => {
    expect(scoreStatement('The movement is fighting Islamic State, a common enemy.', TARGET).threat.label).toBe(-1);
    expect(scoreStatement('The movement is our enemy.', TARGET).threat.label).toBe(1);
  });

  it("takes a description as the target only where the document's coreference resolved it, when it gives one", () => {
    const text = 'Moscow sees the group as a threat.';
    const at = { start: text.indexOf('the group'), end: text.indexOf('the group') + 'the group'.length };
    expect(scoreStatement(text, TARGET).threat.label).toBe(1);
    expect(scoreStatement(text, { ...TARGET, targetMentions: [] }).threat.label).toBe(0);
    expect(scoreStatement(text, { ...TARGET, targetMentions: [at] }).threat.label).toBe(1);
  });

  it('reads a cue after another party, the subject of a statement that never names the target, as about that party', () => {
    const eu = { ...TARGET, actor: 'EU' };
    expect(scoreStatement('Hamas remains on a list of terrorist organisations.', eu).recognition.label).toBe(0);
    expect(scoreStatement('The movement remains on a list of terrorist organisations.', eu).recognition.label).toBe(-1);
    // With no actor named, the subject is taken to be the actor.
    expect(scoreStatement('Delhi will upgrade its mission to an embassy.', TARGET).recognition.label).toBe(1);
  });

  it('needs a mention of the target for a bare threat word', () => {
    expect(scoreStatement('Moscow sent troops to Tajikistan to counter the threats.', TARGET).threat.label).toBe(0);
    expect(scoreStatement('Moscow sees the Taliban as a threat.', TARGET).threat.label).toBe(1);
  });

  it('reads the target and aliases of each call, even from an array changed in place', () => {
    const aliases = ['the movement'];
    const options = { target: 'Taliban', targetAliases: aliases };
    const text = 'Moscow sees Hamas as a threat.';
    expect(scoreStatement(text, options).threat.label).toBe(0);
    aliases.push('Hamas');
    expect(scoreStatement(text, options).threat.label).toBe(1);
    aliases.pop();
    expect(scoreStatement(text, options).threat.label).toBe(0);
    expect(scoreStatement(text, { ...options, target: 'Hamas' }).threat.label).toBe(1);
    expect(scoreStatement(text, options).threat.label).toBe(0);
  });

  it('zeroes a verb whose object is not the target', () => {
    const s = scoreStatement('The group banned poppy cultivation.', TARGET);
    expect(s.recognition.label).toBe(0);
  });
});

describe('threat cues', () => {
  it.each<Case>([
    ['Islamabad says the Islamic Emirate provides safe havens to TTP fighters.', 'threat', 1, null, 'safe havens for militants'],
    ['The president warned that the country under the movement is becoming a breeding ground for extremism.', 'threat', 1, null, 'a breeding ground for extremists is a danger'],
    ['They are jihadists in suits, the minister said of the movement.', 'threat', 1, null, 'the target said to be jihadists'],
    ['The minister said the movement is an offshoot of al-Qaeda.', 'threat', 1, null, "an offshoot of a terrorist group"],
    ['The envoy played down fears that the movement posed a danger to its neighbours.', 'threat', -1, 'negation', 'fears played down deny the danger'],
    ['The minister warned that the situation in the region remained a source of instability.', 'threat', 0, 'target', 'a source of danger needs the target named'],
    ['The kingdom does not regard the movement as a source of danger to the region.', 'threat', -1, 'negation', 'not a source of danger'],
    ['The minister said the movement had become a proxy of its rival.', 'threat', 1, null, "... and so is a hostile power's proxy"],
    ['Islamabad says the movement is giving safe haven to fighters who attack its posts.', 'threat', 1, null, 'giving safe haven, not only providing it'],
    ['Moscow sees the movement as a bulwark against Islamic State.', 'threat', -1, null, 'a bulwark against terrorists is a partner'],
    ['Moscow began describing the movement as a force against the Islamic State.', 'threat', -1, null, '... and so is a force against them'],
    ['We hope the movement will make a clean break with all terrorist organisations.', 'threat', 0, 'trap', 'the groups it is to break with, several words on'],
    ["Kremlin hails the movement as 'allies' against terrorism", 'threat', -1, null, 'a cue that reaches into a trap phrase with its preposition only keeps its score'],
    ['The ministers urged the movement to lift restrictions on women.', 'engagement', 0, 'trap', '... while one whose noun is in the trap is the trap\'s'],
    ['The envoy said Islamic State cells remain a grave danger, adding that the movement fights them.', 'threat', 0, 'target', 'a threat whose nearest party before it is another one is theirs'],
    ['For Ankara, the real threat comes from the cells the movement is fighting.', 'threat', 0, 'target', '... and so is one whose source after it is not the target'],
    ['The enemies will not harm ties between the movement and Ankara, the spokesman said.', 'threat', 0, 'target', '... or one that is the subject of its clause, the target named only later'],
    ['"The enemies will not harm ties with the movement," the spokesman said.', 'threat', 0, 'target', '... also after an opening quotation mark'],
    ['Ankara sees the movement as a threat to the region.', 'threat', 1, null, '... while the target named before it is the threat'],
    ['The threat from the movement is growing, the envoy said.', 'threat', 1, null, '... as is the target after "from"'],
    ['The court suspended the movement’s designation as a terrorist organisation.', 'threat', -1, null, 'a designation suspended, as one removed'],
    ['Washington says the group still harbours al-Qaeda leaders.', 'threat', 1, null, 'harbouring a named terrorist group'],
    ['The Islamic Emirate does not shelter jihadists, the envoy insisted.', 'threat', -1, 'negation', 'denying shelter is no threat'],
    ['Moscow says the movement will work together to fight against the Islamic State.', 'threat', -1, null, 'a partner against terrorism'],
    ['Kyiv called the Islamic Emirate terrorists.', 'threat', 1, null, 'the target called terrorists'],
    ['Islamabad warned of open war with the Islamic Emirate if the attacks go on.', 'threat', 1, null, 'war with the target: an enemy'],
    ['The movement waged war against foreign forces for years.', 'threat', 0, 'target', "the target's own war on others frames no one as its enemy"],
    ['Moscow has no wish for a war with the movement.', 'threat', 0, 'negation', 'not wanting a war is no partnership: the negated cue scores 0'],
    ['Tehran described the movement as extremists, a minister said.', 'threat', 1, null, '... or extremists'],
    ['Moscow called on the movement to fight terrorists.', 'threat', 0, null, 'a call on the target to fight them is no label'],
    ['Beijing said the movement must take a tougher stance against terrorist groups.', 'recognition', 0, null, '"take a ... stance" is no delisting ("take off" is), and groups it should act against are not the target'],
    ['Beijing said the movement must take a tougher stance against terrorist groups.', 'threat', 0, null, '... nor a label of it'],
    ['Ankara and the movement will cooperate against terrorist groups.', 'threat', -1, null, 'cooperating against terrorists: a partner'],
    ['Astana took the movement off its list of banned terrorist organisations.', 'recognition', 1, null, '"took ... off" a list is a delisting'],
    ['Officials said the movement had been fighting drug trafficking in the south.', 'threat', -1, null, 'the target fighting drugs or terrorism is a partner against them'],
    ["The movement's fight against jihadists won praise in Moscow.", 'threat', -1, null, '... also as its owner'],
    ['Tashkent has been battling militants for years, unlike the movement.', 'threat', 0, 'target', '... but not when someone else does it'],
    ['Tashkent urged the movement to crack down on drug production.', 'threat', 0, 'target', '... nor when the target is told to'],
    ['Diplomats fear the movement could export extremism to its neighbours.', 'threat', 1, null, 'the target exporting extremism is a danger'],
    ['Tashkent says other groups export extremism into areas the movement holds.', 'threat', 0, 'target', '... only when the target does it'],
    ['Beijing hopes the Islamic Emirate will make a clean break with terrorist groups.', 'threat', 0, 'trap', 'a break with terrorist groups names them, not the target'],
    ['Beijing hopes the Islamic Emirate will make a clean break with terrorist groups.', 'recognition', 0, 'trap', '... nor designates it'],
    ['Kyiv said the Islamic Emirate was a jihadist regime that no one should trust.', 'threat', 1, null, 'the target called a jihadist regime'],
    ['Warsaw called the movement a government of extremists.', 'threat', 1, null, '... or a government of extremists'],
    ['The Islamic Emirate is not a terrorist regime, the envoy said.', 'threat', -1, 'negation', '... and denied to be one'],
    ['ISIS is a terrorist state in the making, the Islamic Emirate warned.', 'threat', 0, 'target', "another party is the copula's subject"],
    ['The movement will not let terrorist groups use its territory, Beijing said.', 'recognition', 0, 'trap', 'the groups not let in are others: no designation of the target'],
  ])('%s -> %s %i (%s)', (...c) => check(c));
});

describe('keyword traps (codebook rule 8)', () => {
  it.each<Case>([
    ['It is too early to talk about removing the movement from the list.', 'engagement', 0, 'trap', 'talking about a delisting is no talks'],
    ['Recognising the movement is a decision for each member state.', 'recognition', 0, 'trap', 'who decides is no decision'],
    ['Contact with the movement is technically a criminal offence in Russia.', 'engagement', 0, 'trap', 'what the law forbids, with an adverb before it'],
    ['Russia banned the movement over its alleged support for separatists.', 'engagement', 0, 'trap', "the target's support for separatists is no aid through it"],
    ['A spokesman called the attack on the movement an act by enemies of Afghanistan.', 'threat', 0, 'trap', '"enemies of Afghanistan" are the attackers'],
    ['Both capitals keep the recognition question of the movement open.', 'recognition', 0, 'trap', '"the recognition question" names a topic'],
    ['"We will protect our allies," the minister said of the movement.', 'engagement', 0, 'trap', "the speaker's own allies are other states"],
    ['"The president was talking about the fight against the movement\'s rivals," the spokesman said.', 'engagement', 0, 'trap', '"was talking about" is what he meant, not talks'],
    ['Women reporters would be invited to the press event with the movement.', 'engagement', 0, 'trap', 'who is let into an event is no contact'],
    ['Ankara has been hosting millions of Syrians since the movement took power.', 'engagement', 0, 'trap', 'hosting refugees is no contact'],
    ['Observers said the movement is pursuing international legitimacy through trade.', 'recognition', 0, 'trap', "the target's pursuit of legitimacy is its own aim"],
    ['A senior official, who spoke on condition of anonymity to discuss the movement, said little.', 'engagement', 0, 'trap', 'anonymity to discuss is how a source talks'],
    ['Ankara will protect the lawful rights of its companies in dealings with the movement.', 'recognition', 0, 'trap', '"lawful rights" are no legitimacy of the target'],
    ['The agency says millions of people need help after the movement took power.', 'engagement', 0, 'trap', 'people who need help are a need, not aid'],
    ['I want to thank our diplomats for their patience with the movement.', 'engagement', 0, 'trap', "thanking one's own staff is courtesy"],
    ['The envoy deplored the ban on secondary and university education for girls.', 'recognition', 0, 'trap', "the target's own ban, with several words before its object"],
    ['Accepting the credentials of the movement’s envoy is normal diplomatic practice, the spokesman said.', 'recognition', 0, 'trap', 'an act called normal practice is no recognition'],
    ['Accepting the credentials of the movement’s envoy is normal diplomatic practice, the spokesman said.', 'engagement', 1, null, '... but contact all the same'],
    ['Recognising the movement would be normal practice, the envoy said.', 'recognition', 1, 'hedge', '... unless it is what would be normal'],
    ['Accepting the envoy of the movement and his credentials is normal diplomatic practice.', 'recognition', 0, 'trap', '"and" in a subject with no predicate before it opens no clause'],
    ['Ankara did not accept the envoy of the movement and his deputy left.', 'recognition', -1, 'negation', '... after a predicate it still does: the negation stays in the first clause'],
    ['Thank you, and see you tomorrow.', 'engagement', 0, 'trap', 'courtesy closing a briefing is no praise'],
    ['Two employees of the diplomatic mission were killed in the blast in Kabul.', 'engagement', 0, 'trap', "a mission's staff are no presence kept or opened"],
    ['The ministry said it had no role in the media interaction with the movement.', 'engagement', 0, 'trap', 'a press event is no contact, and no role in it no refusal'],
    ['Ankara has courted partners in Asia and the Gulf since the movement took power.', 'engagement', 0, 'trap', 'partners in a region are not the target'],
    ['Lawmakers said Ankara should reconsider keeping its embassy open in the movement\'s capital.', 'engagement', -1, 'negation', 'a presence to reconsider is put in doubt'],
    ['Banks fear secondary sanctions if they handle payments for the movement.', 'engagement', 0, 'trap', "penalties on third parties are no sanction of the target's"],
    ['The meeting began at 10:05 a.m. and ended at 10:48 a.m. after a debate on the movement.', 'engagement', 0, 'trap', 'the record of a session is no contact'],
    ['On the movement, Tehran has travelled in the opposite direction.', 'engagement', 0, 'trap', 'a change of course is no journey'],
    ['Ties with the movement must address the mistakes of the past, the envoy said.', 'engagement', 1, null, 'past mistakes to mend call no step wrong'],
    ['The visit to the movement, however, was not without controversy.', 'engagement', 1, null, 'a visit that drew criticism still took place'],
    ['The representative said his delegation had abstained on the text about the movement.', 'engagement', 0, 'trap', "a speaker's own delegation is no delegation sent to the target"],
    ['We will share details on the next meeting in due course.', 'engagement', 0, 'trap', "a briefing's topic is no meeting"],
    ['We have no information to release on the next meeting at this point.', 'engagement', 0, 'trap', '... and no information on it is no refusal'],
    ['The Islamic Emirate agreed to reopen schools for girls.', 'engagement', 0, 'trap', 'schools reopened at home are no contact'],
    ['The Islamic Emirate said calm had been restored in the capital.', 'engagement', 0, 'trap', '... nor calm restored'],
    ['Back then the group banned opium in a bid to get international legitimacy.', 'recognition', 0, 'trap', "the target's own aim"],
    ['The movement has been trying to win international legitimacy for years.', 'recognition', 0, 'trap', '... as is "trying to win" it'],
    ['The coalition is divided on recognising the movement.', 'recognition', 0, 'trap', 'a body divided on recognition takes no stance on it'],
    ['Delhi encouraged the movement to normalise public life in the country.', 'recognition', 0, 'trap', 'normalising public life is no normalisation of relations'],
    ['We have discussed this many times, the spokeswoman said of the movement.', 'engagement', 0, 'trap', '"discussed this" has no target, as "talked about this" has none'],
    ['Recognising the movement does not help to strengthen peace and stability.', 'engagement', 0, 'trap', 'helping to strengthen peace is no aid'],
    ["The movement's attempts to gain recognition have stalled.", 'recognition', 0, 'trap', '... and its "attempts" at it'],
    ['The Taliban have been pushing for international recognition.', 'recognition', 0, 'trap', "the target's own aim"],
    ['The movement sought international recognition for years.', 'recognition', 0, 'trap', 'an irregular past ("sought") through the lemma of "seek*"'],
    ['Lavrov recognised the Taliban’s efforts to stabilise the country.', 'recognition', 0, 'trap', "recognising someone's efforts"],
    ['Lavrov recognised the right of Afghans to choose their rulers.', 'recognition', 0, 'trap', "recognising someone's right to something"],
    ['The envoy said the decision recognised the steps taken by the movement on security.', 'recognition', 0, 'trap', '... or the steps it took'],
    ['Lavrov recognised that the movement controls most of the country.', 'recognition', 0, 'trap', '... or a fact, in a "that" clause'],
    ['Moscow will keep engaging the movement regardless of recognition.', 'recognition', 0, 'trap', 'contact "regardless of recognition" sets recognition aside'],
    ['Islamabad accused the movement of sheltering militants of the banned Tehreek-i-Taliban Pakistan.', 'recognition', 0, 'trap', '"the banned ..." labels the group named after it, not the target'],
    ['Islamabad accused the movement of sheltering militants of the banned Tehreek-i-Taliban Pakistan.', 'threat', 1, null, '... while sheltering militants still frames the target as a danger'],
    ['We have talked about this many times.', 'engagement', 0, 'trap', 'talking about this: no target'],
    ['Aid agencies warned of a humanitarian catastrophe under the Islamic Emirate.', 'engagement', 0, 'trap', 'a humanitarian crisis is no aid'],
    ['Recognition of the Islamic Emirate has not been discussed.', 'engagement', 0, 'trap', 'discussing recognition is not talking to the target'],
    ["Beijing's stance on the question of recognising the Taliban is clear and unchanged.", 'recognition', 0, 'trap', 'a position on recognition names the topic'],
    ['The Iranian ambassador in Kabul flew home for consultations.', 'engagement', 0, 'trap', 'home for consultations is no talks'],
    ['Berlin backs a negotiated settlement between Israel and the Palestinians.', 'engagement', 0, 'trap', 'a negotiated settlement is an outcome, not talks'],
    ['Asked whether the visit amounted to recognition of the Taliban, the envoy smiled.', 'recognition', 0, 'trap', "a reporter's question is no stance"],
    ['Oslo will take a "position" on recognising the Taliban later.', 'recognition', 0, 'trap', 'a phrase matches across quotation marks'],
    ['The envoy answered a question on the prospect of recognising the Islamic Emirate.', 'recognition', 0, 'trap', 'a question about recognition is no stance'],
    ['Asked about legitimacy for the Taliban, the minister changed the subject.', 'recognition', 0, 'trap', "a reporter's question is no stance"],
    ['The committee backed the Islamic Emirate’s application to join the rights body.', 'engagement', 0, 'trap', "a bid to join is the applicant's aim"],
    ['Recognising the Islamic Emirate is wrong, the minister told a news conference.', 'engagement', 0, 'trap', 'a news conference is no meeting'],
    ['The EU rejected the Islamic Emirate’s bid for recognition.', 'recognition', -1, null, 'a cue that holds the whole trap is a stance on that aim'],
    ['This is no taboo for the movement, but the conditions are not met today.', 'engagement', 0, 'trap', 'conditions met are no meeting'],
    ['The ministry declined to comment on the meeting with the movement.', 'engagement', 0, 'trap', 'no comment is no refusal of the meeting'],
    ['Astana excluded the movement from its list of banned organisations.', 'engagement', 0, 'trap', 'excluded from a list is no exclusion from contact'],
    ['Iranian guards and the Islamic Emirate’s forces traded fire at the border.', 'engagement', 0, 'trap', 'trading fire is no trade'],
    ['Iran and the Islamic Emirate traded accusations over water rights.', 'engagement', 0, 'trap', 'trading accusations is no trade'],
    ['Asked if the movement would be removed from the list of terrorist organisations, the minister smiled.', 'recognition', 0, 'trap', "a reporter's question about delisting is no stance"],
    ['Asked if the movement would be removed from the list, the minister smiled.', 'recognition', 0, 'trap', 'the question runs to its comma'],
    ['Asked about the credentials of the Islamic Emirate’s envoy, the spokeswoman said the position was clear.', 'recognition', 0, 'trap', 'a question about credentials is no stance'],
    ['Asked about sanctions on the movement, the minister said Moscow keeps talking to the Islamic Emirate.', 'engagement', 1, null, '... and the answer after its comma counts'],
    ['"For now this is off the table," the envoy said when asked about recognising the Islamic Emirate.', 'recognition', -1, 'trap', 'a question answered by a denial of "this" takes the denial'],
    ['Asked whether Ankara would recognise the Islamic Emirate, the envoy said the question was "not on the agenda".', 'recognition', -1, 'trap', '... and so does one answered by a denial of "the question"'],
    ['Asked whether Ankara would recognise the Islamic Emirate, the envoy said the road was not on the agenda.', 'recognition', 0, 'trap', '... but not a denial of something else'],
    ['Asked about recognition of the Islamic Emirate, the minister said it was premature.', 'recognition', -1, 'trap', '... "it" too'],
    ['Answering a question about recognising the Islamic Emirate, the minister noted that this issue "is not on the agenda".', 'recognition', -1, 'trap', '... over the quotation mark that opens the quoted answer'],
    ['Asked whether Ankara would recognise the Islamic Emirate, the minister said: "Yes, of course."', 'recognition', 1, 'trap', 'a bare "yes" affirms what was asked, without the question\'s "whether"'],
    ['Asked whether Ankara would recognise the Islamic Emirate, the minister said there was no money for roads.', 'recognition', 0, 'trap', 'a "no" inside another answer is no answer'],
    ['Asked about recognition of the Islamic Emirate, the minister said talks were not possible this year.', 'recognition', 0, 'trap', "a denial of the answer's own cue is not about the question"],
    ['Asked if the movement would be invited, the minister said Moscow keeps talking to the Islamic Emirate.', 'engagement', 1, null, '... and no further'],
    ['"We stay firm," the envoy told reporters after a meeting of EU foreign ministers.', 'engagement', 0, 'trap', "a meeting of a body's own ministers is no contact"],
    ['Welcome to this weekly briefing on the movement.', 'engagement', 0, 'trap', "a host's greeting"],
    ['Welcome to our live coverage as the movement marks four years in power.', 'engagement', 0, 'trap', "... and a live page's"],
    ['I will not get into details of those discussions with the movement.', 'engagement', 0, 'trap', "a spokesperson's reticence is no refused contact"],
    ['Some officials argued in internal discussions that the movement was useful.', 'engagement', 0, 'trap', 'a government talking to itself'],
    ['It is worth remembering how Moscow talked about the movement.', 'engagement', 0, 'trap', 'talking about them is not talking with them'],
    ['Minister of Commerce and Industry Azizi said the movement would buy wheat.', 'engagement', 0, 'trap', 'a title names no trade'],
    ['Kazakhstan, Uzbekistan and Kyrgyzstan are engaging diplomatically with the country.', 'engagement', 1, null, 'a progressive is no passive: the listed states engage'],
    ['Recognising the movement will only be possible when the commitments are met.', 'engagement', 0, 'trap', 'commitments met are no meeting'],
    ['The movement was pointedly left off the guest list.', 'recognition', 0, 'trap', 'a guest list is no terrorist list'],
    ['The embassy lowered its flag as the movement entered the city.', 'recognition', 0, 'trap', 'a flag lowered is no recognition'],
    ['Contacts with the movement go on, irrespective of the question of official recognition.', 'recognition', 0, 'trap', 'engagement set apart from recognition'],
    ['We do not support such a policy towards the movement.', 'engagement', 0, 'trap', 'backing a policy is no aid'],
    ['There are legitimate ways to talk to the movement, the envoy said.', 'recognition', 0, 'trap', 'legitimate ways are no legitimacy of the target'],
    ['Analysts said economic motives behind the ties with the movement were strong.', 'engagement', 1, null, 'economic motives are no trade, the ties are contact'],
    ['We recognise the positive steps taken by the movement.', 'recognition', 0, 'trap', 'recognising steps is no recognition'],
    ['The president told a meeting of his security council that the movement was a neighbour.', 'engagement', 0, 'trap', "... nor one of the speaker's own council"],
    ['The envoy said that recognising the movement meets the country’s interests.', 'engagement', 0, 'trap', 'meeting interests is no meeting'],
    ['"Foreign capitals have no business lecturing the movement," the minister said.', 'engagement', 0, 'trap', 'having no business doing something is no trade'],
    ['Any step toward the movement will be taken only in consultation with partners.', 'engagement', 0, 'trap', "consulting one's partners is no contact with the target"],
    ['Good evening friends, the movement has sent a letter.', 'threat', 0, 'trap', 'a greeting calls no one a friend'],
    ['The embassy did not respond to requests for comment about recognising the movement.', 'recognition', 0, 'trap', '... nor a stance on recognition'],
    ['The movement knows our demands are not yet met.', 'engagement', 0, 'trap', '... nor are demands'],
    ['Hungary does not oppose the movement’s bid for recognition.', 'recognition', 1, null, '... negated'],
    ['Soon they took a u-turn after protests grew.', 'engagement', 0, null, 'u-turn is not diplomacy'],
    ['The head of the UN Assistance Mission in Afghanistan spoke to reporters.', 'engagement', 0, 'name', 'a cue word inside a proper name'],
    ['No. Talking to the movement is not the same as recognising it.', 'engagement', 1, null, 'a capital after "No." starts a sentence, not a name'],
    ['Sending aid to the movement is a criminal offence in Britain.', 'engagement', 0, 'trap', 'what the law forbids anyone is no stance'],
    ['Joining the Islamic Emirate’s forces is punishable by ten years in prison.', 'engagement', 0, 'trap', '... nor is what it punishes'],
    ['Berlin will send aid to the movement, which is a crime in the eyes of the opposition.', 'engagement', 1, null, "... and a relative clause's crime does not reach back"],
  ])('%s -> %s %i', (...c) => check(c));
});

describe('other targets, through data only', () => {
  it.each<readonly [actor: string, target: string, text: string, engagement: Label, recognition: Label, rationale: string]>([
    ['Kosovo', 'Serbia', 'Pristina said it had not received any official notification from Belgrade.', 0, 0, 'receiving a note is no reception of a delegation'],
    ['Russia', 'Taliban', 'The ministry has received a request from the movement to open a consulate.', 1, 0, '... nor is receiving a request (the consulate is another cue)'],
    ['Israel', 'Palestine', 'The prime minister called the recognition "a huge reward for terrorism".', 0, -1, 'a step called a reward for terrorism is condemned'],
    ['USA', 'Palestine', 'Recognising Palestine now would be a gift to Hamas, the envoy said.', 0, -1, '... or a gift to a militant group'],
    ['Russia', 'Taliban', 'Moscow is worried about terrorist groups, primarily the Islamic State, in the north.', 0, 0, 'a label followed by its examples (", primarily X") is said of them'],
    ['EU', 'Taliban', 'Brussels may sanction the officials responsible for the bans.', -1, 0, 'the bans someone is responsible for are their own, not a ban on them'],
    ['Spain', 'Kosovo', "Spain's position on Kosovo has not changed and Madrid will not recognise its independence.", 0, -1, 'a change of position does not reach across "and" into the next clause'],
    ['Taliban', 'Pakistan', 'He assured Islamabad that Afghan soil would not be used against any country.', 0, 0, 'soil "not used against" others: no threat from the speaker (threat is checked below)'],
    ['EU', 'Kosovo', 'Brussels has frozen some funding to Kosovo over tensions in the north.', -1, 0, 'funding frozen'],
    ['Spain', 'Palestine', 'The decision has one goal: to help Israelis and Palestinians achieve peace.', 0, 0, 'helping the parties achieve peace is no aid'],
    ['India', 'Taliban', 'The prime minister questioned the legitimacy of the new regime in Kabul.', 0, -1, 'questioning legitimacy denies it'],
    ['Uzbekistan', 'Taliban', 'He argued that isolating them would only push the country toward chaos.', 1, 0, 'an act said to push a country toward chaos is argued against'],
    ['EU', 'Taliban', 'She stressed that engagement with the de facto authorities did not imply any change in their status.', 1, -1, 'contact that implies no change in status: engagement without recognition'],
    ['UAE', 'Taliban', "Abu Dhabi later accepted a Taliban-appointed chargé d'affaires.", 1, 1, "a chargé d'affaires accepted, as an ambassador"],
    ['Iran', 'Taliban', 'Iran handed the Afghan embassy in Tehran over to Taliban diplomats in February.', 1, 1, 'a handover with the place of the embassy between'],
    ['Italy', 'Kosovo', 'Italy and Portugal recognise it as a state.', 0, 1, 'parties listed in the subject of a recognition recognise together; neither is its counterpart'],
    ['USA', 'Kosovo', 'Over a hundred states, including Canada, recognise it.', 0, 1, '... as do those listed after "including"'],
    ['USA', 'Kosovo', 'Several states, including Canada, have sent aid to it.', 1, 0, '... in every dimension'],
    ['Russia', 'Kosovo', 'Russia and Serbia discussed it at length.', 0, 0, 'while two parties in the subject of contact engage each other'],
    ['USA', 'HTS', 'Washington removed Hayat Tahrir al-Sham from its list of foreign terrorist organizations.', 0, 1, 'delisting, however far the list is from the verb'],
    ['UK', 'HTS', 'London lifted its proscription of HTS on Thursday.', 0, 1, 'a proscription lifted'],
    ['Russia', 'HTS', 'Moscow held talks with Assad in the Kremlin.', 0, 0, 'the ruler HTS ousted is another party, not the state HTS governs'],
    ['EU', 'HTS', 'Brussels has no plans to delist HTS for now.', 0, -1, 'delisting the target itself, denied'],
    ['Turkey', 'HTS', "Ankara has been the main backer of Syria's new authorities.", 1, 0, "the target's backer"],
    ['France', 'HTS', 'Paris will engage with Damascus while the terrorist group known as Islamic State remains active.', 1, 0, 'a label given to a party named after it ("known as", "calling itself") is that party\'s'],
    ['UK', 'HTS', 'Britain restores diplomatic relations with Syria as Lammy visits Damascus', 1, 1, '"relations with X as ..." recognises no one else as something'],
    ['Kyrgyzstan', 'Taliban', 'The movement is no longer on the list of banned organisations, Bishkek said.', 0, 1, 'no longer on a list of banned organisations'],
    ['Russia', 'Taliban', 'The movement stays on the list of prohibited organisations for now.', 0, -1, '... and staying on it'],
    ['USA', 'HTS', 'Washington called the revocation of the terrorist designation of HTS overdue.', 0, 1, 'a revocation, as a noun'],
    ['USA', 'HTS', 'The State Department rescinded the designation of HTS as a terrorist organization.', 0, 1, 'a designation rescinded is lifted, not made'],
    ['United Nations', 'Myanmar junta', "The credentials committee again declined to seat the junta's envoy.", 0, -1, 'refusing to seat its envoy withholds recognition'],
    ['ASEAN', 'Myanmar junta', 'Members voted to seat the ambassador named by the junta.', 0, 1, '... and seating it grants its representation'],
    ['Ethiopia', 'Somaliland', 'Addis Ababa signed a port deal with the breakaway region of Somaliland.', 1, 0, '"breakaway" describes the region: no stance on its status'],
    ['Germany', 'HTS', 'Berlin is weighing a change in policy toward the new authorities in Damascus.', 0, 1, 'the new authorities "in Damascus" are the target'],
    ['France', 'HTS', "Paris announced a change in its policy on Syria's transitional government.", 0, 1, "... and so is Syria's transitional government"],
    ['UK', 'HTS', 'The ban on HTS could be lifted one day, but it is too early to consider a change in policy.', 0, -1, 'a change in policy "too early", after "but", outweighs a lifting that "could" come'],
    ['UK', 'HTS', 'London is weighing a change in policy toward HTS.', 0, 1, 'a change in policy on the target'],
    ['China', 'Taliban', 'Beijing announced a change in its trade policy.', 1, 0, '... not without the target'],
    ['USA', 'HTS', 'Washington ended the designation of HTS as a terrorist group.', 0, 1, '... a designation ended, with the label it carried'],
    ['UK', 'HTS', 'London has not lifted its proscription of HTS.', 0, -1, '... not lifted'],
    ['Russia', 'Taliban', 'Moscow struck the Taliban off its list of banned organisations in April.', 0, 1, 'struck off a list; "banned organisations in April" is not a new designation'],
    ['Russia', 'Taliban', 'Moscow recalled its ambassador to Kabul for consultations.', -1, 0, 'a recall "for consultations" is no talks'],
    ['Iran', 'Taliban', 'Tehran called its envoy back from Kabul.', -1, 0, 'an envoy called back'],
    ['Iran', 'Taliban', 'Tehran called back its diplomats from Kabul.', -1, 0, 'diplomats called back'],
    ['USA', 'Palestine', "The United States, Israel's closest ally, opposes unilateral recognition.", 0, -1, "another party's ally, over its possessive and adjective"],
    ['EU', 'Maduro government', 'Brussels says Maduro lacks democratic legitimacy.', 0, -1, '"lacks" negates legitimacy'],
    ['Brazil', 'Maduro government', 'Brasilia did not congratulate Maduro.', 0, -1, 'no congratulations: recognition withheld, but no cut in contact (noOpposite)'],
    ['Brazil', 'Maduro government', 'Brasilia sent its ambassador to Maduro’s inauguration.', 1, 0, 'an envoy sent'],
    ['UK', 'HTS', 'HTS, which controls Idlib, remains listed as a terrorist group by the UN and the EU.', 0, -1, 'parties after "by" are the agents of the listing, not its counterpart'],
    ['Tajikistan', 'Taliban', 'Dushanbe has snubbed the Taliban’s invitation to the forum.', -1, 0, 'an invitation turned down is one refusal'],
    ['China', 'Taliban', 'Beijing did not reject the Taliban’s offer of talks.', 1, 0, 'a refusal negated, with the talks offered inside it'],
    ['USA', 'Taliban', 'Washington froze Afghan central bank assets.', -1, 0, 'assets frozen, however many words name them'],
    ['Indonesia', 'Myanmar junta', 'ASEAN again bars the junta chief from its summit.', -1, 0, 'barred from a summit, in the present of a headline'],
    ['USA', 'Myanmar junta', 'The junta has put hundreds of its opponents behind bars.', 0, 0, '"behind bars" is prison, no exclusion'],
    ['Iran', 'Taliban', 'Tehran hosts millions of Afghan refugees.', 0, 0, 'hosting refugees is no hosting of the target'],
    ['USA', 'Taliban', 'Washington took off the sanctions on the Taliban.', 1, 0, 'sanctions taken off'],
    ['Qatar', 'Taliban', 'Doha has become the Taliban’s main interlocutor.', 1, 0, 'an interlocutor'],
    ['USA', 'Palestine', 'Washington vetoed a draft that would have admitted Palestine as a full UN member.', 0, -1, 'a veto reaches the clause of the text it stops; admission as a member'],
    ['Norway', 'Palestine', 'The assembly voted to admit Palestine as a full UN member.', 0, 1, 'admission as a member'],
    ['Germany', 'Palestine', 'Berlin said recognising Palestine could only come at the end of negotiations.', 0, -1, 'negotiations as a condition are no talks'],
    ['Norway', 'Palestine', 'Oslo will reach a decision on recognising Palestine together with its Nordic neighbours.', 0, -1, 'a decision still to be taken withholds recognition'],
    ['Norway', 'Palestine', 'Oslo made its decision on recognising Palestine in May.', 0, 1, 'a decision taken is no condition'],
    ['USA', 'Palestine', 'Washington wants a Palestinian state born of direct negotiations between the parties.', 0, 0, '"the parties" after the cue are its two sides'],
    ['Mexico', 'Maduro government', 'Mexico called for dialogue between the Venezuelan government and the opposition.', 0, 0, 'a side named by a common noun after "between": the dialogue is not the actor\'s'],
    ['Spain', 'Kosovo', 'Madrid will not recognise Kosovo until Belgrade and Pristina reach an agreement.', 0, -1, 'the pair as subject of the verb before the cue: their agreement, not the actor\'s'],
    ['Serbia', 'Kosovo', "Belgrade blocked Kosovo's membership of Interpol.", 0, -1, 'membership of an international body blocked: its standing withheld'],
    ['USA', 'Myanmar junta', "Washington dismissed the junta's planned vote as a sham.", 0, -1, "calling the target's election a sham denies its legitimacy"],
    ['EU', 'Maduro government', "Brussels said Maduro's re-election was not credible and the vote was rigged.", 0, -1, '... or rigged'],
    ['UK', 'Myanmar junta', "The junta's election was branded a farce by London.", 0, -1, '... also in the passive'],
    ['Germany', 'Kosovo', "Berlin backed Kosovo's membership of the Council of Europe.", 0, 1, '... and backed'],
    ['Serbia', 'Kosovo', "Belgrade lobbied against Kosovo's admission to UNESCO.", 0, -1, 'lobbying or voting against it opposes it'],
    ['Serbia', 'Kosovo', 'Belgrade has lobbied countries to withdraw their recognition of Kosovo.', 0, -1, "lobbying others to withdraw recognition is the lobbyist's stance against it, not the target's aim"],
    ['Kosovo', 'Kosovo', 'Pristina lobbied for recognition by more states.', 0, 0, "... while lobbying for recognition is the target's own aim"],
    ['Kosovo', 'Kosovo', "Kosovo's bid for membership of Interpol failed again.", 0, 0, "a bid for membership is the applicant's aim"],
    ['Germany', 'Kosovo', "Kosovo's application for membership of the Council of Europe was backed by Berlin.", 0, 1, '... but backing the bid supports its standing'],
    ['Serbia', 'Kosovo', "Belgrade blocked Kosovo's bid for membership of Interpol.", 0, -1, '... and blocking it withholds it'],
    ['Russia', 'Kosovo', "Moscow blocked Kosovo's bid to join UNESCO.", 0, -1, '... also a bid to join'],
    ['Kosovo', 'Kosovo', "Kosovo's bid to join Interpol failed.", 0, 0, '... which alone is still the applicant\'s aim'],
    ['Russia', 'Taliban', 'Moscow voted against new sanctions on the Taliban.', 1, 0, '... so voting against sanctions is for contact'],
    ['Mexico', 'Maduro government', 'Mexico urged talks between the armed opposition and the Maduro government.', 0, 0, '... in either order, past lower-case adjectives'],
    ['Russia', 'Taliban', 'Moscow hosted talks between the Taliban and the opposition.', 1, 0, '... but hosting them is contact with both sides'],
    ['USA', 'Palestine', 'Washington says a Palestinian state can only come about through talks.', 0, 0, 'a state that comes about through talks is their outcome'],
    ['Germany', 'Palestine', 'Berlin backs Palestinian statehood.', 0, 1, 'backing statehood is a position on status, not aid'],
    ['Spain', 'Kosovo', "Madrid does not support Kosovo's independence.", 0, 0, '... nor is not backing independence a cut in aid'],
    ['Serbia', 'Kosovo', 'Belgrade said a solution must come from talks with Pristina.', 1, 0, 'talks with the target as the way stay talks'],
    ['Greece', 'Kosovo', 'Athens will not change its policy of non-recognition of Kosovo.', 0, -1, 'non-recognition kept: "not change" and its policy cancel'],
    ['Greece', 'Kosovo', 'Athens said it would end its non-recognition of Kosovo.', 0, 1, 'non-recognition ended'],
    ['Bosnia', 'Kosovo', "Sarajevo blocks Kosovo's visa deal, in line with its non-recognition.", -1, -1, 'a deal blocked, in line with a policy of non-recognition'],
    ['Kenya', 'Kosovo', 'Nairobi will end its recognition of Kosovo.', 0, -1, 'recognition ended'],
    ['Somalia', 'Somaliland', 'Mogadishu insists Somaliland has no authority to sign accords with foreign states.', 0, -1, 'standing to sign denied'],
    ['African Union', 'Somaliland', "The bloc urged respect for Somalia's unity and territorial integrity.", 0, -1, "the claimant's territorial integrity withholds recognition"],
    ['Egypt', 'Somaliland', 'Cairo backs the sovereignty of the Federal Republic of Somalia.', 0, -1, '... its sovereignty "of" it too, and backing it is no aid'],
    ['Russia', 'Kosovo', "Moscow supports Serbia's territorial integrity.", 0, -1, 'another target, its own claimant'],
    ['USA', 'Kosovo', "Washington supports Kosovo's sovereignty.", 0, 1, "the target's own sovereignty is recognition"],
    ['China', 'Taliban', 'Beijing respects the sovereignty and territorial integrity of Afghanistan.', 0, 0, 'a target with no claimant: no stance on it'],
    ['Somalia', 'Somaliland', 'The talks focused on national unity.', 1, 0, 'unity with no owner named'],
    ['Kenya', 'Somaliland', 'Opening a trade office in Nairobi does not change our position.', 1, -1, 'a position unchanged withholds; the office stands'],
    ['USA', 'Taliban', '"Our position has not changed," a spokesperson said.', 0, -1, '... "our position has not changed" too'],
    ['United Nations', 'Myanmar junta', 'The assembly deferred once more its decision on the junta’s credentials.', 0, -1, 'credentials deferred: recognition withheld, and no ceremony'],
    ['United Nations', 'Myanmar junta', 'The assembly postponed a vote on who should represent the country, leaving the junta without a seat.', 0, -1, '... as is who represents the country'],
    ['Russia', 'Myanmar junta', 'Moscow delivered six fighter jets to the junta in December.', 1, 0, 'arms delivered are military cooperation'],
    ['Israel', 'Palestine', "Madrid's decision to recognise Palestine is a reward for terror, the minister said.", 0, -1, 'recognition called a reward for terror is condemned'],
    ['Israel', 'Palestine', 'Any such recognition is unacceptable to us.', 0, -1, '... as is recognition called unacceptable'],
    ['USA', 'HTS', 'Washington dropped the bounty it had offered for the capture of the HTS leader.', 0, 1, 'a bounty withdrawn: no longer a wanted terrorist'],
    ['Brazil', 'Maduro government', 'Brasilia keeps its embassy open, as do other governments that do not recognise Maduro.', 1, 0, 'a relative clause about other parties is theirs'],
    ['EU', 'Taliban', 'The bloc will keep a small presence in Kabul.', 1, 0, 'a presence kept in the capital'],
    ['USA', 'Taliban', 'Washington reached out to the Taliban through Qatari mediators.', 1, 0, 'reaching out is contact'],
    ['EU', 'Taliban', 'Brussels sends its aid through UN agencies, bypassing the Taliban.', -1, 0, 'aid that bypasses the target avoids it'],
    ['EU', 'Taliban', 'The new road bypasses the Salang tunnel.', 0, 0, '... only when the target is what is bypassed'],
    ['Pakistan', 'Taliban', 'Islamabad will upgrade its diplomatic mission in Kabul to the level of ambassador.', 1, 1, 'a mission raised to ambassador level, however far'],
    ['Pakistan', 'Taliban', 'Islamabad and the Taliban agreed to upgrade diplomatic ties.', 1, 1, 'diplomatic ties upgraded'],
    ['United Nations', 'Taliban', "The Taliban's bid to take Afghanistan's UN seat was rejected once more.", 0, -1, 'a UN seat refused: what "was rejected" did not happen'],
    ['Russia', 'Taliban', 'Moscow backs giving the Taliban the UN seat.', 0, 1, 'a UN seat given'],
    ['Norway', 'Taliban', 'The Taliban delegation was denied entry to the conference.', -1, 0, 'the one "denied" entry does not get it'],
    ['Russia', 'Taliban', 'Reports that Moscow had recognised the Taliban were dismissed by the Kremlin.', 0, -1, 'reports "dismissed" are denied'],
    ['EU', 'Taliban', 'The bloc’s small presence in Kabul will remain.', 1, 0, '... or one that remains'],
    ['China', 'Taliban', 'Beijing has kept the Taliban at arm’s length.', -1, 0, "kept at arm's length"],
    ['USA', 'Taliban', 'Washington maintains a large presence in Qatar.', 0, 0, '... but not one in another party'],
    ['Spain', 'Maduro government', 'Unlike other countries that have recognised Maduro, Madrid keeps its distance.', 0, 0, '... whatever it says of them'],
    ['Russia', 'Maduro government', 'Moscow is one of the few governments that recognised Maduro.', 0, 1, 'a relative clause about a group the actor is in stays its own'],
    ['USA', 'HTS', 'Washington still offers a large reward for the capture of the HTS leader.', -1, 0, 'a bounty offered is a price on its leader'],
    ['USA', 'Taliban', 'Washington scrapped bounties on Taliban leaders who remain on its list of wanted terrorists.', 0, -1, '... and a listing kept outweighs it'],
    ['Somalia', 'Somaliland', 'Mogadishu said recognising Somaliland would be a flagrant violation of its sovereignty.', 0, -1, 'recognition condemned as a violation'],
    ['Brazil', 'Maduro government', 'We will keep our channels open with Caracas, of course.', 1, 0, 'channels kept open'],
    ['Norway', 'Taliban', 'Oslo has opened a back-channel to the Taliban.', 1, 0, 'a back-channel'],
    ['Brazil', 'Maduro government', 'The state TV channel opened a new studio in Caracas.', 0, 0, 'a TV channel that opens is no contact'],
    ['ASEAN', 'Myanmar junta', 'The bloc kept the junta out of its summit again.', -1, 0, 'kept out of a summit'],
    ['ASEAN', 'Myanmar junta', 'The army kept the junta out of reach of the courts.', 0, 0, 'kept out of anything else is no exclusion'],
    ['Malaysia', 'Myanmar junta', 'We have to engage the junta, but engagement cannot mean endorsement.', 1, -1, 'contact that is no approval, like "does not amount to recognition"'],
    ['China', 'Taliban', "The ceremony did not signal a change in China's position on recognition.", 0, -1, 'no change in a position on recognition withholds it'],
    ['Russia', 'Taliban', 'The court suspended its ban, removing a legal obstacle to recognition of the Taliban.', 0, 1, 'an obstacle removed'],
    ['Russia', 'Taliban', 'The ban remains an obstacle to recognition of the Taliban.', 0, -1, 'an obstacle kept'],
    ['Russia', 'Taliban', 'The deal lifts the last hurdles to trade with the Taliban.', 1, 0, 'hurdles to trade lifted'],
    ['USA', 'Maduro government', 'The opposition candidate Edmundo Gonzalez won, and Washington recognised him as the winner.', 0, -1, '"him" after a rival named before is that rival, the winner: withheld from the target'],
    ['Russia', 'Maduro government', 'Maduro was sworn in, and Moscow recognised him as president.', 0, 1, '"him" with no rival named is the target'],
    ['China', 'Taliban', 'Beijing signalled a shift in its stance on recognising the Taliban.', 0, 1, 'a shift in that position moves toward it'],
    ['African Union', 'Somaliland', "The bloc has long rejected Somaliland's claim to statehood.", 0, -1, 'a claim to statehood rejected'],
    ['Serbia', 'Kosovo', 'Belgrade disputes the claims of Kosovo to independence.', 0, -1, '... disputed'],
    ['Somalia', 'Somaliland', 'Mogadishu said the agreement with Somaliland was void and recalled its ambassador.', -1, -1, '"agreement" is not "agreed" to receive an ambassador'],
    ['UK', 'HTS', 'London said it would keep HTS proscribed for now.', 0, -1, 'kept proscribed: the target stands before the participle'],
    ['Serbia', 'Kosovo', 'Belgrade will never accept Kosovo’s independence.', 0, -1, 'independence accepted (here never)'],
    ['Norway', 'Palestine', 'Oslo has long backed Palestinian statehood.', 0, 1, 'statehood backed'],
    ['Serbia', 'Kosovo', 'Belgrade accepted Montenegro’s independence in 2006.', 0, 0, 'another party’s independence, named inside the cue'],
    ['Japan', 'Taliban', 'Tokyo has kept a small team of diplomats in Kabul.', 1, 0, 'diplomats kept there'],
    ['Japan', 'Taliban', 'Tokyo withdrew the diplomats it had kept in Kabul.', -1, 0, '"withdrew" through the lemma of "withdraw*"'],
    ['India', 'Taliban', 'New Delhi has posted a team of diplomats to its embassy in Kabul.', 1, 0, 'staff posted to the embassy there'],
    ['USA', 'Palestine', 'Washington backs direct talks between Israel and the Palestinians.', 0, 0, 'talks between the target and another party are not the actor’s'],
    ['USA', 'Palestine', 'Washington says statehood must come through direct negotiations between the parties.', 0, 0, 'talks between "the parties" are not the actor’s'],
    ['Russia', 'Taliban', 'Talks between the two sides went on for hours.', 1, 0, '"the two sides" of a meeting report include the actor'],
    ['Germany', 'Palestine', 'Berlin will not recognise a Palestinian state until the Israelis and the Palestinians negotiate.', 0, -1, 'the target and another party (a plural demonym) negotiate'],
    ['Russia', 'Taliban', 'Talks between Russia and the Taliban resumed in Moscow.', 1, 0, 'the actor is one of the two sides'],
    ['Egypt', 'Somaliland', 'Cairo declared the port deal between Ethiopia and Somaliland null and void.', -1, -1, 'condemning their deal is the actor’s own stance'],
    ['USA', 'HTS', "Hayat Tahrir al-Sham remains on Washington's terror blacklist.", 0, -1, "the actor's own blacklist: the noun needs no object"],
    ['Togo', 'Kosovo', 'Lomé has withdrawn its recognition of Kosovo, officials confirmed.', 0, -1, 'a recognition withdrawn'],
    ['Nauru', 'Kosovo', 'Nauru revoked the recognition it had granted Kosovo.', 0, -1, 'a recognition revoked'],
    ['Suriname', 'Kosovo', 'Suriname rescinded its decision to recognise Kosovo.', 0, -1, 'a decision to recognise rescinded'],
    ['Ghana', 'Kosovo', 'Ghana has not withdrawn its recognition of Kosovo.', 0, 1, 'a withdrawal denied keeps the recognition'],
    ['Germany', 'Palestine', 'Berlin said recognising a Palestinian state now would be the wrong signal.', 0, -1, 'calling the step wrong withholds it'],
    ['Serbia', 'Kosovo', 'Belgrade will never recognise Kosovo’s independence, the president said.', 0, -1, 'never'],
    ['EU', 'Maduro government', 'Brussels does not recognise Maduro as the legitimate president but maintains a diplomatic presence in Caracas.', 1, -1, 'engagement without recognition'],
    ['Pakistan', 'Taliban', 'Islamabad accused the Taliban of sheltering militants and closed the border crossing.', -1, 0, 'a border closed'],
    ['Russia', 'Taliban', 'The Kremlin said it had no intention of cutting ties with Kabul.', 1, 0, 'a negated cut: Kabul is the target’s capital, not another party'],
    ['China', 'Taliban', 'China said it was ready to develop friendly relations with the Afghan interim government.', 1, 0, 'the target governs Afghanistan: "Afghan" is not another party'],
    ['Iran', 'Taliban', 'Tehran handed the Afghan embassy over to Taliban-appointed diplomats.', 1, 1, 'an embassy handed over'],
    ['USA', 'Taliban', 'The United States will not release Afghan central bank assets to the Taliban.', -1, 0, 'assets withheld'],
    ['UN', 'Taliban', 'The Security Council extended the travel ban exemptions for Taliban officials.', 1, 0, 'exemptions; a travel ban is no terrorist ban'],
    ['UK', 'HTS', 'Britain restored diplomatic relations with Syria and its foreign secretary visited Damascus.', 1, 1, 'HTS governs Syria: relations restored'],
    ['Israel', 'Palestine', 'Israel condemned the decision by Ireland, Norway and Spain to recognise a Palestinian state.', 0, -1, 'condemning a recognition'],
    ['Taiwan', 'Somaliland', 'Taiwan and Somaliland exchanged representative offices in 2020.', 1, 0, 'representatives exchanged'],
    ['Russia', 'Myanmar junta', 'Putin invited Min Aung Hlaing to the BRICS summit in Kazan.', 1, 0, 'the catalogue knows the junta leader'],
    ['India', 'Myanmar junta', 'New Delhi keeps selling weapons to the Tatmadaw.', 1, 0, 'supplying goods to the target is economic engagement'],
    ['China', 'Taliban', 'Beijing rolled out the red carpet for the Taliban envoy.', 1, 0, 'the red carpet is a warm welcome'],
    ['UK', 'Myanmar junta', 'London halted fuel shipments to the junta.', -1, 0, 'halting supplies reverses them'],
    ['Malta', 'Palestine', 'Valletta backs full UN membership for the State of Palestine.', 0, 1, 'UN membership is recognition as a state'],
    ['USA', 'Palestine', "Washington vetoed the State of Palestine's admission to the United Nations.", 0, -1, 'a veto reverses it'],
    ['Hungary', 'Palestine', 'Budapest blocked a statement welcoming the recognition of Palestine.', -1, -1, 'blocking reverses what it blocks'],
    ['ASEAN', 'Myanmar junta', 'ASEAN leaders agreed to keep the junta out of top-level meetings.', -1, 0, 'kept out of meetings'],
    ['Russia', 'Taliban', 'The decision on suspending the ban on the Taliban is subject to immediate execution.', 0, 1, 'a ban suspended; "subject to immediate execution" is no precondition'],
    ['Russia', 'Taliban', 'Moscow was not yet ready to discuss official recognition of the Taliban.', 0, -1, 'discussing recognition is no engagement'],
    ['Somalia', 'Somaliland', 'Mogadishu denounced the self-proclaimed republic of Somaliland.', 0, -1, 'a hyphenated cue; denouncing it does not turn it positive'],
    ['Uzbekistan', 'Taliban', 'Tashkent said its interaction with the Taliban authorities was growing.', 1, 0, 'interaction with the target is contact'],
    ['Kazakhstan', 'Taliban', 'Astana plans further exchanges with the Taliban in spring.', 1, 0, 'exchanges with the target are contact'],
    ['Kyrgyzstan', 'Taliban', 'Bishkek has stopped interacting with the Taliban.', -1, 0, 'contact stopped'],
    ['Canada', 'HTS', 'Ottawa will reconsider the listing of HTS as a terrorist entity.', 0, 1, 'a designation under review, named: a step toward removal, not the designation kept'],
    ['Pakistan', 'Taliban', 'Islamabad blamed the banned Tehrik-e-Taliban Pakistan for the bombing.', 0, 0, "another group, whose name holds the target's"],
    ['Pakistan', 'Taliban', 'Islamabad ruled out talks with the Pakistani Taliban.', 0, 0, "another group, whose name holds the target's"],
    ['Pakistan', 'Taliban', 'Islamabad held talks with the Afghan Taliban about the Pakistani Taliban.', 1, 0, 'the target named on its own still counts'],
    ['Japan', 'Taliban', 'The Japanese embassy in Kabul halted operations last month.', -1, 0, 'a reversal between the words of a cue negates it'],
    ['Japan', 'Taliban', "Japan's embassy will not open again this year.", -1, 0, 'a negator between the words of a cue negates it'],
    ['Japan', 'Taliban', 'The embassy in Kabul has remained open throughout.', 1, 0, 'nothing between the words of a cue: kept open'],
    ['Japan', 'Taliban', 'The Japanese embassy in Kabul was closed in 2021.', -1, 0, 'an embassy closed, the noun first'],
    ['Serbia', 'Kosovo', 'Belgrade walked out of the dialogue with Pristina on Monday.', -1, 0, 'walking out of talks reverses them'],
    ['Serbia', 'Kosovo', 'Belgrade pulled out of the Brussels negotiations with Pristina.', -1, 0, 'pulling out of talks reverses them'],
    ['EU', 'Maduro government', 'The Council prolonged its restrictive measures against Caracas until January.', -1, 0, 'restrictive measures are sanctions'],
    ['EU', 'Maduro government', 'Restrictive measures on Caracas remain in force.', -1, 0, 'restrictive measures kept'],
    ['Canada', 'Palestine', 'Ottawa is open to recognising the State of Palestine.', 0, 1, 'open to recognition is no openness to contact'],
    ['Canada', 'Palestine', 'Ottawa is open to talks with the Palestinian Authority.', 1, 0, 'open to talks'],
    ['Canada', 'Palestine', 'Ottawa will recognise Palestine only after a final peace agreement.', 0, -1, 'the final agreement is between the two sides, not contact with the target'],
    ['USA', 'Palestine', 'Washington blocked a text that would have admitted Palestine as a full member of the world body.', 0, -1, 'admission as a member, of a body named otherwise'],
    ['Sweden', 'Taliban', 'Stockholm insisted that hosting the Taliban delegation did not legitimise the group.', 1, -1, 'the engagement is affirmed, the recognition denied'],
    ['Russia', 'Taliban', 'Recognition of the Taliban has not been discussed, Lavrov said.', 0, -1, 'a predicate negation still reaches its subject'],
    ['USA', 'Taliban', 'Washington still holds about $3.5 billion of the Afghan central bank reserves frozen since 2021.', 0, 0, 'frozen after the funds is no freeze cue'],
    ['USA', 'Taliban', 'Washington froze roughly $9.5 billion in Afghan central bank reserves.', -1, 0, 'funds frozen, however many words name them'],
    ['USA', 'Maduro government', 'Washington recognised opposition candidate Edmundo Gonzalez as the election winner.', 0, -1, 'an opposition figure recognised as the winner'],
    ['Greece', 'Kosovo', 'Athens keeps a liaison office in Pristina.', 1, 0, 'a liaison office is working contact'],
    ['Greece', 'Kosovo', 'Athens shut its liaison office in Pristina.', -1, 0, 'a liaison office shut'],
    ['Serbia', 'Kosovo', 'Belgrade regards Kosovo as an inseparable part of Serbia.', 0, -1, 'part of another state: statehood denied'],
    ['Serbia', 'Kosovo', 'The monastery is an integral part of the heritage of the region.', 0, 0, 'an integral part with no mention of the target'],
    ['USA', 'Palestine', 'Washington says a Palestinian state must be achieved through negotiations between the parties.', 0, 0, 'a state achieved through negotiations is no contact of the actor'],
    ['India', 'Taliban', 'New Delhi shut its embassy in Kabul in 2021, but later sent a technical team.', 1, 0, 'the clause after "but" decides, though its cue is weaker'],
    ['India', 'Taliban', '"Our stance on recognising the Taliban has not changed," the official said.', 0, -1, 'no change in a position on recognition withholds it'],
    ['India', 'Taliban', 'New Delhi says its position on recognition of the Taliban remains unchanged.', 0, -1, 'a position on recognition unchanged'],
    ['Russia', 'Taliban', 'The question of recognising the Taliban will be decided by the president.', 0, -1, 'recognition still to be decided is withheld'],
    ['Pakistan', 'Taliban', 'The envoy will travel to Kabul on Monday for consultations with the Taliban.', 1, 0, 'a journey to the target, in any tense'],
    ['UN', 'Taliban', 'The Security Council renewed the travel ban on senior Taliban figures.', -1, 0, 'a travel ban renewed is a sanction kept'],
    ['UN', 'Taliban', 'Senior Taliban figures remain under a travel ban.', 0, 0, 'a travel ban is no journey'],
    ['China', 'Taliban', 'Beijing will take a decision on recognition jointly with its neighbours.', 0, -1, 'a co-actor after "jointly with" is not the one recognised'],
    ['China', 'Taliban', 'Beijing held talks with its neighbours.', 0, 0, 'neighbours after plain "with" are the counterpart'],
    ['USA', 'Taliban', 'Washington imposed visa restrictions on senior Taliban officials.', -1, 0, 'visa restrictions are sanctions'],
    ['UN', 'Taliban', 'The envoy criticised the ban on girls’ schooling in Afghanistan.', 0, 0, "the target's own ban at home is no ban on it"],
    ['EU', 'HTS', 'Brussels said it would reverse the easing of sanctions if minorities were attacked.', -1, 0, 'relief reversed'],
    ['Israel', 'Palestine', 'Israel summoned the envoys in protest against the recognition of a Palestinian state.', 0, -1, 'a protest against recognition'],
    ['Germany', 'Palestine', 'Berlin said recognition should come at the end of a negotiated settlement.', 0, -1, 'recognition at the end of a negotiated settlement is withheld now'],
    ['ASEAN', 'Myanmar junta', 'The bloc will again accept only a non-political envoy from Myanmar.', 0, -1, 'only a non-political envoy: the government is not accepted as representative'],
    ['UK', 'Palestine', 'London will recognise Palestine as part of a peace process.', 0, -1, 'recognition as part of a peace process is a condition'],
    ['UK', 'Palestine', 'London will recognise Palestine at a time of its choosing.', 0, -1, '... and so is "a time of its choosing"'],
    ['UK', 'Palestine', 'London recognised Palestine as part of a new policy.', 0, 1, 'part of anything else is no condition'],
    ['Russia', 'Taliban', 'Moscow will recognise the Taliban in line with the international community.', 0, -1, 'recognition in step with others is a condition'],
    ['Russia', 'Taliban', 'Moscow will be guided by the UN on recognition of the Taliban.', 0, -1, '... and so is being guided by the UN'],
    ['Russia', 'Taliban', 'Moscow granted the Taliban envoy full ambassadorial status.', 0, 1, 'ambassadorial status granted'],
    ['Russia', 'Taliban', 'Moscow allowed the Taliban to take over the Afghan embassy.', 1, 1, 'an embassy taken over with leave'],
    ['Uzbekistan', 'Taliban', 'Tashkent shunned the Taliban delegation at the forum.', -1, 0, 'a delegation shunned is no contact with it'],
    ['UN', 'Taliban', 'The Taliban were left out of the conference on Afghanistan.', -1, 0, 'left out of a meeting, which is no meeting of its own'],
    ['USA', 'Taliban', 'Western states left the Taliban out of the conference.', -1, 0, '... with the one left out between the words'],
    ['USA', 'Taliban', 'Washington boycotted the conference on Afghanistan in Kabul.', -1, 0, 'a conference boycotted is no meeting'],
    ['Pakistan', 'Taliban', 'Islamabad reacted angrily to the Taliban minister\'s visit to New Delhi.', 0, 0, "a reaction to a visit is no contact of one's own"],
    ['USA', 'Taliban', 'In 2020 Washington and the movement signed the Doha Agreement.', 1, 0, 'an agreement signed, its name capitalised, with the venue named'],
    ['Russia', 'Taliban', 'Lavrov opened the so-called Moscow format talks with the Taliban.', 1, 0, '"so-called" labels the noun after it, here the format, not the target'],
    ['Serbia', 'Kosovo', 'Belgrade still speaks of the self-proclaimed republic of Kosovo.', 0, -1, '... and denies legitimacy when the target follows'],
    ['Kazakhstan', 'Taliban', 'The movement was recognised as a terrorist organisation by a court in Astana in 2005.', 0, -1, '"recognised as a terrorist organisation" is a designation'],
    ['Kazakhstan', 'Taliban', 'In 2005 a court in Astana declared the movement an extremist group.', 0, -1, '... and so is "declared an extremist group"'],
    ['Kazakhstan', 'Taliban', 'The Taliban were banned by Kazakhstan in 2005.', 0, -1, 'a ban needs the target as its object, or as the subject of its passive'],
    ['Tajikistan', 'Taliban', 'Recognising the movement rewards terrorism, the minister said.', 0, -1, 'a step said to reward terrorism is condemned'],
    ['Tajikistan', 'Taliban', 'Engaging with the movement has failed, the minister said.', -1, 0, 'a step said to have failed is argued against'],
    ['Italy', 'Palestine', 'Rome says recognising Palestine must come at the end of a negotiated process.', 0, -1, 'recognition kept for the end of negotiations is withheld (rule 4)'],
    ['Japan', 'Palestine', 'Recognising Palestine would require a lasting ceasefire first, officials said.', 0, -1, 'a requirement named after the step withholds it (rule 4)'],
    ['Japan', 'Palestine', 'Tokyo required guarantees from Israel, and it recognised Palestine in May.', 0, 1, '... but a requirement before another clause is no condition of it'],
    ['Russia', 'Taliban', 'The ministry said recognition of the movement will be considered in the light of events.', 0, -1, 'recognition still to be considered is withheld for now'],
    ['Russia', 'Taliban', 'The Kremlin signalled that recognition of the movement was some way off.', 0, -1, '"some way off" is premature'],
    ['Russia', 'Taliban', 'Moscow kept its embassy in Kabul open in 2021, when Western countries evacuated their diplomats.', 1, 0, "a subordinate clause's other subject does its own act"],
    ['India', 'Taliban', 'New Delhi has no official relations with the movement but keeps a technical team in Kabul.', 1, -1, 'no official relations is status withheld, while the contact stands'],
    ['Russia', 'Taliban', 'The Kremlin said formal ties with the movement were some way off.', 0, -1, '... and formal ties put off deny no contact'],
    ['Russia', 'Taliban', 'The line is to engage the movement as much as possible and recognise it as little as possible.', 1, -1, 'a step kept to a minimum is withheld'],
    ['Germany', 'Palestine', 'Berlin sees recognising Palestine as one of the final steps of a settlement.', 0, -1, '... and so is recognition as a final step'],
    ['USA', 'Somaliland', 'The envoy said recognising Somaliland could come only after talks with the African Union.', 0, -1, '... or "only after" something'],
    ['Somalia', 'Somaliland', 'Mogadishu said recognising Somaliland would be a direct attack on its sovereignty.', 0, -1, 'a step called an attack on sovereignty is condemned'],
    ['Brazil', 'Maduro government', "Brasilia has refused to accept Maduro's claim of victory.", 0, -1, "refusing to accept the target's claimed victory withholds legitimacy"],
    ['Argentina', 'Maduro government', 'The minister said Maduro stole the election.', 0, -1, 'a stolen election denies the legitimacy claimed from it'],
    ['EU', 'HTS', 'It is too early to talk about lifting sanctions on HTS, the envoy said.', -1, 0, 'talking about lifting sanctions is not trapped: "too early" keeps them'],
  ])('%s -> %s: %s', (actor, target, text, engagement, recognition) => {
    const s = scoreStatement(text, { actor, target });
    const why = explain(s);
    expect({ why, labels: [s.engagement.label, s.recognition.label] }).toEqual({ why, labels: [engagement, recognition] });
  });
});
