import { findDateAnchor } from '../../src/time/findDateAnchor';
import { createDateParser } from '../../src/time/createDateParser';

const parser = createDateParser();

describe('findDateAnchor', () => {
  const anchored: { text: string; published: string; date: string; source: string; why: string }[] = [
    { text: 'Russia hosted talks on Wednesday.', published: '2021-10-25', date: '2021-10-20', source: 'relative', why: 'weekday before publication' },
    { text: 'The licence was granted a month ago.', published: '2025-03-05', date: '2025-02-01', source: 'relative', why: '"a month ago" counts back from publication' },
    { text: 'Maduro said last night that talks would go on.', published: '2025-03-05', date: '2025-03-04', source: 'relative', why: '... and so does "last night"' },
    { text: 'Moscow said on September 25 that recognition was not on the table.', published: '2021-10-07', date: '2021-09-25', source: 'explicit', why: 'named day' },
    { text: 'The group was designated a terrorist organisation in 2003.', published: '2021-08-18', date: '2003-01-01', source: 'background', why: 'background year' },
    { text: 'After his meeting with the envoy on Tuesday he praised the talks.', published: '2021-08-18', date: '2021-08-17', source: 'relative', why: '"after" does not stop an anchor' },
    { text: 'On Friday, the spokesman said the embassy stays open.', published: '2021-09-10', date: '2021-09-10', source: 'relative', why: 'the publication weekday is the publication day' },
    { text: 'Russia, which banned the group in 2003, said on Tuesday it would talk.', published: '2021-08-18', date: '2021-08-17', source: 'relative', why: 'a day wins over a background year' },
    { text: 'Kabul fell in August and a government was formed in September.', published: '2021-10-25', date: '2021-08-01', source: 'explicit', why: 'first named month; a month stands for its first day' },
    { text: 'On Friday, Lavrov said Moscow would keep its embassy open.', published: '2022-01-10', date: '2022-01-07', source: 'relative', why: 'a future verb reported after a speech verb is no future event' },
    { text: 'The envoy, who spoke to reporters on Friday, said the embassy stays open.', published: '2022-01-10', date: '2022-01-07', source: 'relative', why: 'an aside about speaking dates the remark' },
    { text: 'The embassy stays open, said the envoy, who spoke to reporters on Friday.', published: '2022-01-10', date: '2022-01-07', source: 'relative', why: 'so does one that ends the sentence' },
    { text: 'Kabul said the envoy agreed in 2021 to reopen the consulate.', published: '2025-03-02', date: '2021-01-01', source: 'background', why: 'after a speech verb, a verb in -ed is the reported act' },
    { text: 'The movement, ousted in 2001, returned to power in August 2021.', published: '2025-03-02', date: '2021-08-01', source: 'explicit', why: 'a participle between commas is an aside; the verb after it is not' },
    { text: 'Moscow granted him asylum after his government collapsed in December.', published: '2025-03-02', date: '2024-12-01', source: 'explicit', why: '"after" opens a clause of the sentence, not a noun\'s modifier' },
    { text: 'In Tashkent the delegation arrived in May.', published: '2025-03-02', date: '2024-05-01', source: 'explicit', why: 'a capitalised word before the phrase is no verb or preposition' },
    { text: 'Doha hailed the deal reached with the group on Friday.', published: '2025-03-03', date: '2025-02-28', source: 'relative', why: "a participle's relative day is near the remark: it dates it" },
    { text: 'Two years ago, on 3 March 2023, the envoy flew to Kabul.', published: '2025-06-02', date: '2023-03-03', source: 'explicit', why: 'a named day says more than a loose relative period before it' },
    { text: 'Ankara had hosted the envoys several times over the past three years, most recently in July.', published: '2024-10-02', date: '2024-07-01', source: 'explicit', why: 'a stretch of time up to now is no date; the month after it is' },
    { text: 'Relief flights from the capital to the northern provinces resumed in February.', published: '2025-06-02', date: '2025-02-01', source: 'explicit', why: 'a participle after a prepositional phrase, with no verb before it, is the main verb' },
    { text: 'Following the coup on 1 February 2021, the bloc agreed on 24 April 2021 to a peace plan.', published: '2025-06-02', date: '2021-04-24', source: 'explicit', why: "an opening phrase of what came before dates that; the main clause's own date wins" },
    { text: 'After talks on Monday, the envoy said the embassy stays open.', published: '2025-06-04', date: '2025-06-02', source: 'relative', why: '... but is the date when the main clause has none' },
    { text: 'On March 3, the envoy flew to Kabul.', published: '2025-10-20', date: '2025-03-03', source: 'explicit', why: 'a day more than six months back in a past-tense sentence' },
    { text: 'The minister received the delegation on November 30.', published: '2025-06-02', date: '2024-11-30', source: 'explicit', why: '... in the year before' },
    { text: 'The envoy backed the agreement of March 2023 on Tuesday.', published: '2024-04-18', date: '2024-04-16', source: 'relative', why: "the statement's own day, not the one that names the agreement" },
    { text: 'When the fighters entered Kabul last August, the embassy stayed open.', published: '2022-08-13', date: '2021-08-01', source: 'explicit', why: '"last August" in a story of August is the year before' },
    { text: 'The envoy said in August last year that the embassy would stay open.', published: '2022-09-28', date: '2021-08-01', source: 'explicit', why: '"in August last year" is of the year before, though August of this year is past' },
    { text: 'The envoy said on May 3 of last year that the embassy would stay open.', published: '2022-09-28', date: '2021-05-03', source: 'explicit', why: '... and so is a day "of last year"' },
    { text: 'After the July 28 vote, the bloc refused to accept the result.', published: '2024-09-12', date: '2024-07-28', source: 'explicit', why: 'a date of an event after "after" still dates what followed it' },
    { text: 'The two sides signed the February 2020 agreement in Doha.', published: '2023-12-05', date: '2020-02-01', source: 'explicit', why: '... and one after the verb that makes the event dates that act' },
    { text: 'Earlier this year, on 4 February, Ankara hosted their envoys.', published: '2023-07-10', date: '2023-02-04', source: 'explicit', why: 'the day named after "earlier this year" is the date' },
    { text: 'As late as 2017, its diplomats told the council there was no such intention.', published: '2021-02-01', date: '2017-01-01', source: 'background', why: '"as late as" a year is background' },
    { text: 'Their only formal contact with the group since the fall of the capital took place on August 31 in Doha.', published: '2021-10-07', date: '2021-08-31', source: 'explicit', why: 'a "since" phrase of a noun before the main verb leaves the date after it to the main clause' },
    { text: 'Few states recognised their first government in the 1990s.', published: '2025-06-02', date: '1990-01-01', source: 'background', why: 'a decade is background, dated to its first year' },
    { text: 'Both states had listed the movement in the late 1990s.', published: '2025-06-02', date: '1997-01-01', source: 'background', why: '... and the late part of one to its last three years' },
  ];
  test.each(anchored)('$text -> $date ($why)', ({ text, published, date, source }) => {
    const { anchor } = findDateAnchor(text, published, { parser });
    expect(anchor).not.toBeNull();
    expect(anchor!.date).toBe(date);
    expect(anchor!.dateSource).toBe(source);
    expect(text.slice(anchor!.evidence.span.start, anchor!.evidence.span.end)).toBe(anchor!.evidence.text);
  });

  const unanchored: { text: string; published: string; why: string }[] = [
    { text: 'Since the group came to power in 2021, Russia has kept contacts.', published: '2024-05-18', why: '"since" marks a reference point, not the statement' },
    { text: 'Russia has kept contacts since 2021.', published: '2024-05-18', why: '"since 2021" alone' },
    { text: 'Russia has kept contacts since the 1990s.', published: '2024-05-18', why: '... nor "since the 1990s"' },
    { text: 'It does not want to legitimise a regime that may, in a year or two, be gone.', published: '2022-08-13', why: '"may" in lower case is the verb, not the month' },
    { text: 'The minister condemned the attack of Oct. 7 and backed the move.', published: '2024-05-22', why: 'a date that names an event ("the attack of Oct. 7") is the event\'s' },
    { text: 'He says the July 28 election was stolen.', published: '2024-08-22', why: '... and so is one before the event noun after "the"' },
    { text: 'Neighbours give junta chief backing for December election', published: '2025-09-01', why: '... or after "for" in a headline that drops the article' },
    { text: 'The envoy sat down with them in Doha.', published: '2024-07-02', why: '"sat" in lower case is the verb, not Saturday' },
    { text: 'The families of 9/11 victims sued over the reserves.', published: '2022-02-11', why: 'two numbers with a slash and no year are no date' },
    { text: 'Yun Sun, an analyst in Washington, said Beijing may move first.', published: '2025-05-21', why: "a weekday's short name after a name is a surname" },
    { text: 'Exports, which stood at 2.5 billion dollars last year, have collapsed.', published: '2024-07-02', why: 'an aside with a decimal number still dates only the aside' },
    { text: 'As with the first convoy last August, Oman helped arrange the flight.', published: '2024-07-02', why: 'a clause opened by "as with" compares with another time' },
    { text: 'The group stays listed, and nothing that happened on Monday changes that.', published: '2024-07-02', why: 'a date of what happened names that event' },
    { text: 'Ricardo Menendez March: Point of order.', published: '2025-10-08', why: 'a month\'s name after a name, with no day after it, is a surname' },
    { text: 'The authority gave commitments to hold elections in 2023.', published: '2024-05-18', why: 'the year of a promised event' },
    { text: 'The envoys meeting is coming up in June.', published: '2024-05-18', why: '"coming up" is ahead' },
    { text: '"We stand by it," she said, referring to remarks she made in September.', published: '2024-01-05', why: 'what a remark refers to is dated by its own event' },
    { text: 'The envoys will attend the conference, after being excluded from a similar meeting in February.', published: '2024-06-30', why: 'an earlier event after "after being"' },
    { text: 'A round of talks would be held in Moscow on October 20.', published: '2021-10-07', why: 'a future meeting date' },
    { text: 'Russia set to host the group for talks on Oct 20.', published: '2021-10-07', why: 'a date after publication never anchors' },
    { text: 'On Friday, the council will vote on the plan.', published: '2021-09-10', why: 'future verb in the clause after a fronted weekday' },
    { text: 'Overturning its stand as on September 25, Moscow invited them.', published: '2021-10-07', why: '"as on" is a reference point' },
    { text: 'Russia worked for years, even though it listed the group in 2003.', published: '2021-10-25', why: 'a year in a concessive clause' },
    { text: 'Relations in 2021 were tense.', published: '2021-10-25', why: 'the publication year itself is not background' },
    { text: 'Russia keeps its embassy open.', published: '2021-10-25', why: 'no date at all' },
    { text: 'The minister, who visited Kabul last month, said Tashkent keeps its embassy open.', published: '2022-05-20', why: 'a date in an aside about another event dates the aside' },
    { text: 'Belgrade still refuses to recognise the republic, which declared independence in 2008.', published: '2019-10-28', why: 'an aside that ends the sentence dates the aside' },
    { text: 'No neighbour has opened an embassy for the council, which took power in May 2019 as U.N. monitors left the region.', published: '2023-03-02', why: 'abbreviations inside an aside do not end it' },
    { text: 'Few states deal with the junta, which seized Naypyitaw in Feb. 2021.', published: '2023-03-02', why: 'nor does an abbreviated month' },
    { text: 'Envoys said the junta failed to implement a peace plan agreed in 2021.', published: '2025-10-26', why: "a participle after a noun dates the noun's event" },
    { text: 'Moscow lifted the ban imposed on the movement in 2003.', published: '2025-10-26', why: '... also after a short phrase of its own' },
    { text: 'Envoys said the junta failed to implement a plan that was agreed in April 2021.', published: '2025-10-26', why: '... and in a relative clause without a comma' },
    { text: 'The movement, designated in 2003, now holds talks with Moscow.', published: '2025-10-26', why: '... and between commas' },
    { text: 'Envoys of the movement will be invited, as was the case last year.', published: '2022-10-05', why: 'a comparison with another time ("as was the case")' },
    { text: 'The forum will again take place in Kazan, as in 2023.', published: '2024-10-05', why: '... or "as in"' },
    { text: 'Oslo has never closed its mission, even in the darkest days of March 2022, the minister noted.', published: '2024-10-05', why: '... or what a statement holds good through ("even in")' },
    { text: 'Oslo has kept its embassy open since they returned to power in 2021.', published: '2024-10-05', why: 'a "since" clause dates where a state began' },
    { text: 'We want to help the people after the last 14 years of war, the envoy said.', published: '2025-06-02', why: '"the last 14 years" is how long, not when' },
    { text: 'From sanctions to talks - six years of Ankara’s policy', published: '2025-06-02', why: '... and so is "six years of"' },
    { text: 'The envoy announced an invitation to talks on November 30.', published: '2025-06-02', why: 'an invitation: a day ahead stays ahead' },
    { text: 'The envoy met them and talks follow on June 20.', published: '2025-06-02', why: 'a day within four weeks ahead is upcoming' },
    { text: 'The envoy urged the council to protect minorities, following the riots in the north in March.', published: '2025-06-02', why: 'a trailing "following" phrase dates the earlier event' },
    { text: 'The bloc listed the officers responsible for the shelling of the port in April.', published: '2025-06-02', why: '... and so does what someone is "responsible for"' },
  ];
  test.each(unanchored)('no anchor: $text ($why)', ({ text, published }) => {
    expect(findDateAnchor(text, published, { parser }).anchor).toBeNull();
  });

  test('"as on" dates are kept as references for later past-perfect remarks', () => {
    const r = findDateAnchor('Overturning its stand as on September 25, Moscow invited them.', '2021-10-07', { parser });
    expect(r.references.map((x) => x.date)).toEqual(['2021-09-25']);
  });

  test('without a publication date only dates that state their year anchor', () => {
    expect(findDateAnchor('They met on Wednesday.', null, { parser }).anchor).toBeNull();
    expect(findDateAnchor('They met on October 7, 2021.', null, { parser }).anchor?.date).toBe('2021-10-07');
    expect(findDateAnchor('It was listed in 2003.', null, { parser }).anchor?.date).toBe('2003-01-01');
  });
});
