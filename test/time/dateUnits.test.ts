import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidOptionError } from '../../src/errors';
import { createDateParser } from '../../src/time/createDateParser';
import { dateStatement, type DatableUnit } from '../../src/time/dateStatement';
import { dateUnits } from '../../src/time/dateUnits';
import { extractPublished } from '../../src/text/extractPublished';
import { segmentDocument } from '../../src/text/segmentDocument';

const parser = createDateParser();

/** Builds units from [paragraph, text, kind?, speaker?] rows, with offsets as if joined by a space. */
function units(rows: [number, string, DatableUnit['kind']?, string?][]): DatableUnit[] {
  let at = 0;
  return rows.map(([paragraph, text, kind, speaker]) => {
    const u = { text, start: at, paragraph, kind: kind ?? 'body', speaker: speaker ?? null };
    at += text.length + 1;
    return u;
  });
}

/** The date of the second of two body sentences of one paragraph, published 2025-07-04. */
function secondDate(first: string, second: string) {
  return dateUnits(units([[0, first], [0, second]]), { published: '2025-07-04', parser })[1];
}

describe('dateStatement', () => {
  test('a unit with its own anchor takes it, with the evidence span shifted into the document', () => {
    const d = dateStatement({ text: 'On Wednesday, Russia hosted talks.', start: 100 }, { published: '2021-10-25', parser });
    expect(d).toEqual({ date: '2021-10-20', dateSource: 'relative', rule: 'anchor', evidence: { text: 'On Wednesday', span: { start: 100, end: 112 } } });
  });
  test('a unit without an anchor takes the publication date', () => {
    expect(dateStatement({ text: 'Russia keeps its embassy open.', start: 0 }, { published: '2021-10-25', parser })).toEqual({
      date: '2021-10-25',
      dateSource: 'published',
      rule: 'published',
      evidence: null,
    });
  });
  test('an undatable document gives null, never today', () => {
    expect(dateStatement({ text: 'Russia keeps its embassy open.', start: 0 }, { published: null, parser }).date).toBeNull();
  });
  test.each([['2021-13-01'], ['yesterday'], [''], [20211025]])('a bad publication date %p throws InvalidOptionError', (bad) => {
    expect(() => dateStatement({ text: 'x', start: 0 }, { published: bad as unknown as string })).toThrow(InvalidOptionError);
  });
  test('background years carry a range over the whole year', () => {
    const d = dateStatement({ text: 'The group was listed as terrorist in 2003.', start: 0 }, { published: '2021-08-18', parser });
    expect(d.dateRange).toEqual({ start: '2003-01-01', end: '2003-12-31' });
    expect(d.dateSource).toBe('background');
  });
});

describe('dateUnits', () => {
  test('past-perfect reported speech takes the date of the remark given earlier (headline or reference)', () => {
    const u = units([
      [0, 'Moscow not ready to recognise the movement: envoy on September 14', 'headline'],
      [1, 'Russia invited the movement to talks in Moscow.'],
      [2, 'The envoy had said that recognition was not on the table.', 'body', 'Zamir Kabulov'],
      [2, 'He added that contacts would go on.', 'body', 'Zamir Kabulov'],
    ]);
    const d = dateUnits(u, { published: '2021-10-07', parser });
    expect(d.map((x) => [x.date, x.rule])).toEqual([
      ['2021-09-14', 'anchor'],
      ['2021-10-07', 'published'],
      ['2021-09-14', 'past-perfect'],
      ['2021-09-14', 'carried'],
    ]);
    expect(d[2]!.evidence?.text).toBe('September 14');
  });

  test('a past-perfect remark takes no date given two paragraphs before in the body, and passes its date to its own speaker only', () => {
    const u = units([
      [0, 'The minister, who visited Kabul in March, spoke.'],
      [1, 'The bloc keeps its sanctions.'],
      [2, 'Some states had argued for a slower approach.'],
      [3, 'The envoy met them on May 4.'],
      [3, 'Some states had argued for a slower approach.', 'body', 'Ilse Berg'],
      [3, 'A diplomat said the decision was a signal.', 'body', 'Jan Holm'],
    ]);
    expect(dateUnits(u, { published: '2021-10-07', parser }).map((x) => [x.date, x.rule])).toEqual([
      ['2021-10-07', 'published'],
      ['2021-10-07', 'published'],
      ['2021-10-07', 'published'],
      ['2021-05-04', 'anchor'],
      ['2021-05-04', 'past-perfect'],
      ['2021-10-07', 'published'],
    ]);
  });

  test('a past-perfect remark takes no date from a "since" clause before it', () => {
    const u = units([
      [0, 'Oslo has built ties with the movement since they returned to power in 2021.'],
      [1, 'Norwegian officials had said that recognition would depend on an inclusive government.'],
    ]);
    expect(dateUnits(u, { published: '2025-07-03', parser }).map((x) => [x.date, x.rule])).toEqual([
      ['2025-07-03', 'published'],
      ['2025-07-03', 'published'],
    ]);
  });

  test('a past-perfect remark said "repeatedly" takes no single date before it', () => {
    const u = units([
      [0, 'Oslo removed the movement from its list in April.'],
      [1, 'Norwegian officials had repeatedly said that recognition would depend on an inclusive government.'],
    ]);
    expect(dateUnits(u, { published: '2025-07-03', parser }).map((x) => x.rule)).toEqual(['anchor', 'published']);
  });

  test('a sentence about the present takes no date from the sentence before it', () => {
    const u = units([
      [0, 'Beijing accepted the envoy in January.'],
      [0, 'Tashkent and Ashgabat have expanded trade with the movement.'],
      [0, 'Beijing says it does not interfere.'],
      [0, 'The decision now rests with the court.'],
      [0, 'The envoy then met the minister.'],
    ]);
    expect(dateUnits(u, { published: '2024-07-04', parser }).map((x) => [x.date, x.rule])).toEqual([
      ['2024-01-01', 'anchor'],
      ['2024-07-04', 'published'],
      ['2024-07-04', 'published'],
      ['2024-07-04', 'published'],
      ['2024-07-04', 'published'],
    ]);
    const state = units([
      [0, 'The two sides signed the deal in Doha in February 2020.'],
      [0, 'Doha remains the main channel for such contacts.'],
      [1, 'The envoy left Kabul in August 2021.'],
      [1, 'The movement is banned in Oslo as a terrorist organisation.'],
    ]);
    expect(dateUnits(state, { published: '2024-07-04', parser }).map((x) => x.rule)).toEqual(['anchor', 'published', 'anchor', 'published']);
  });

  test('"previously" keeps a past-perfect remark on the publication date', () => {
    const u = units([
      [0, 'The minister spoke on September 14.'],
      [1, 'Previously, the president had said the embassy would stay.'],
    ]);
    expect(dateUnits(u, { published: '2021-10-07', parser })[1]!.rule).toBe('published');
  });

  test('"has since" runs up to now: the statement keeps the publication date', () => {
    const u = units([
      [0, 'The old government collapsed in December.'],
      [0, 'Moscow has since sought to keep its naval base.'],
      [0, 'It kept its embassy open.'],
    ]);
    expect(dateUnits(u, { published: '2025-07-31', parser }).map((x) => [x.date, x.rule])).toEqual([
      ['2024-12-01', 'anchor'],
      ['2025-07-31', 'published'],
      ['2025-07-31', 'published'],
    ]);
  });

  test('"the next day", "two days later", "later that month" count from the last event dated in the paragraph or the one before', () => {
    const u = units([
      [0, 'Oslo recognised the movement on July 3.'],
      [1, 'The next day, Bergen said it would keep talking to the movement.'],
      [2, 'Two days later, Narvik welcomed the decision.'],
      [3, 'Later that month, Tromso said it had no plans to follow.'],
      [4, 'The announcements come a day before the minister travels to Brussels.'],
      [6, 'A week later, Alta invited the movement.'],
    ]);
    const dated = dateUnits(u, { published: '2025-07-20', parser });
    expect(dated.map((x) => [x.date, x.rule])).toEqual([
      ['2025-07-03', 'anchor'],
      ['2025-07-04', 'sequence'],
      ['2025-07-06', 'sequence'],
      ['2025-07-07', 'sequence'],
      ['2025-07-20', 'published'],
      ['2025-07-20', 'published'],
    ]);
    expect(dated[3]!.dateRange).toEqual({ start: '2025-07-07', end: '2025-07-31' });
    expect(dated[1]!.evidence?.text).toBe('The next day');
  });

  test('a date carries through its paragraph but not into the next one', () => {
    const u = units([
      [0, 'After meeting the delegation on Tuesday, the ambassador called the talks useful.'],
      [0, 'He said the delegation promised security.'],
      [1, 'Russia has long kept an embassy in Kabul.'],
    ]);
    expect(dateUnits(u, { published: '2021-08-18', parser }).map((x) => x.date)).toEqual(['2021-08-17', '2021-08-17', '2021-08-18']);
  });

  test('background years do not carry through a paragraph, except into a continuation ("soon")', () => {
    const u = units([
      [0, 'Back in 2001, the group closed its office.'],
      [0, 'But in recent years, contacts have grown.'],
      [1, 'In 1999, the group opened an office.'],
      [1, 'However, soon it closed it again.'],
    ]);
    expect(dateUnits(u, { published: '2021-09-10', parser }).map((x) => [x.date, x.dateSource])).toEqual([
      ['2001-01-01', 'background'],
      ['2021-09-10', 'published'],
      ['1999-01-01', 'background'],
      ['1999-01-01', 'background'],
    ]);
  });

  test('a continuation marker carries the date into the next paragraph; "meanwhile" breaks it', () => {
    const u = units([
      [0, 'The president last week said delisting was possible.'],
      [1, 'At the same time, officials stressed the risks.'],
      [2, 'The movement, meanwhile, welcomed the remarks.'],
    ]);
    const d = dateUnits(u, { published: '2021-10-25', parser });
    expect(d.map((x) => x.date)).toEqual(['2021-10-21', '2021-10-21', '2021-10-25']);
    expect(d[1]!.dateRange).toEqual({ start: '2021-10-18', end: '2021-10-24' });
  });

  test('the same known speaker carries the date across paragraphs; an unknown speaker does not', () => {
    const withSpeakers = units([
      [0, 'The spokesman said on Sunday that the movement wants good relations.', 'body', 'Spokesman A'],
      [1, '"We want trade," the spokesman wrote.', 'body', 'Spokesman A'],
      [2, '"We want peace," another official wrote.', 'body', 'Official B'],
    ]);
    expect(dateUnits(withSpeakers, { published: '2021-10-25', parser }).map((x) => x.date)).toEqual(['2021-10-24', '2021-10-24', '2021-10-25']);
    const withoutSpeakers = withSpeakers.map(({ speaker: _s, ...u }) => u);
    expect(dateUnits(withoutSpeakers, { published: '2021-10-25', parser })[1]!.date).toBe('2021-10-25');
  });

  test('a month long before writing goes on in its paragraph, but not to a new voice nor with its speaker past it', () => {
    const u = units([
      [0, 'The council closed its consulate in Herat in August 2021.'],
      [0, 'The consulate staff left the country.'],
      [0, 'A senior diplomat said the council would not be recognised.', 'body', 'Senior diplomat'],
      [1, 'The minister said the border had been closed in March 2022.', 'body', 'Minister'],
      [2, 'The minister said trade was growing.', 'body', 'Minister'],
    ]);
    expect(dateUnits(u, { published: '2024-09-03', parser }).map((x) => [x.date, x.rule])).toEqual([
      ['2021-08-01', 'anchor'],
      ['2021-08-01', 'carried'],
      ['2024-09-03', 'published'],
      ['2022-03-01', 'anchor'],
      ['2024-09-03', 'published'],
    ]);
    // A recent month still goes on to the next voice and with its speaker.
    const recent = units([
      [0, 'The council closed its consulate in Herat in August.'],
      [0, 'A senior diplomat said the council would not be recognised.', 'body', 'Senior diplomat'],
      [1, 'The diplomat said trade was growing.', 'body', 'Senior diplomat'],
    ]);
    expect(dateUnits(recent, { published: '2024-09-03', parser }).map((x) => x.date)).toEqual(['2024-08-01', '2024-08-01', '2024-08-01']);
  });

  test('a news lead in the present perfect takes the anchor of its paragraph', () => {
    const u = units([
      [0, 'Delisting the movement is possible, the president has said.'],
      [0, 'Speaking at a forum, he last week stressed the role of the UN.'],
    ]);
    const d = dateUnits(u, { published: '2021-10-25', parser });
    expect(d.map((x) => [x.date, x.rule])).toEqual([
      ['2021-10-21', 'lead'],
      ['2021-10-21', 'anchor'],
    ]);
  });

  describe('a direct quote over several sentences (rule 5)', () => {
    /** Units with the quote each belongs to, given as the quote's first and last characters' texts. */
    const quoted = (rows: [number, string, string?][], quotes: [string, string][]): DatableUnit[] => {
      const joined = rows.map(([, t]) => t).join(' ');
      const spans = quotes.map(([open, close]) => ({ start: joined.indexOf(open), end: joined.indexOf(close) + close.length }));
      return units(rows.map(([p, t, sp]) => [p, t, 'body', sp])).map((u) => {
        const q = spans.find((s) => s.start < u.start + u.text.length && s.end > u.start);
        return q ? { ...u, quote: q } : u;
      });
    };

    test('takes the date its frame gives after the quote or before it', () => {
      const u = quoted(
        [
          [0, '"We see no reason to hurry with any decision.', 'Ana Ruiz'],
          [0, 'Our contacts will go on," the minister told reporters on Thursday.', 'Ana Ruiz'],
          [1, 'The envoy said on Tuesday: "Our office will stay open.', 'Li Wen'],
          [1, 'The work now continues."', 'Li Wen'],
        ],
        [
          ['We see', 'go on'],
          ['Our office', 'continues.'],
        ],
      );
      expect(dateUnits(u, { published: '2022-03-14', parser }).map((x) => [x.date, x.rule])).toEqual([
        ['2022-03-10', 'quote'],
        ['2022-03-10', 'anchor'],
        ['2022-03-08', 'anchor'],
        ['2022-03-08', 'quote'],
      ]);
    });

    test('a date inside the quote dates only its own sentence, and a unit outside any quote is left alone', () => {
      const u = quoted(
        [
          [0, '"We met them on Friday.', 'Ana Ruiz'],
          [0, 'Our position has not changed," she said.', 'Ana Ruiz'],
          [1, 'Talks were held on Thursday.'],
          [1, 'The office now remains open.'],
        ],
        [['We met', 'not changed,']],
      );
      expect(dateUnits(u, { published: '2022-03-14', parser }).map((x) => [x.date, x.rule])).toEqual([
        ['2022-03-11', 'anchor'],
        ['2022-03-14', 'published'],
        ['2022-03-10', 'anchor'],
        ['2022-03-14', 'published'],
      ]);
    });

    test('without the quote on the units, its sentences keep the publication date', () => {
      const u = units([
        [0, '"We see no reason to hurry with any decision.'],
        [0, 'Our contacts will go on," the minister told reporters on Thursday.'],
      ]);
      expect(dateUnits(u, { published: '2022-03-14', parser })[0]!.rule).toBe('published');
    });
  });

  test.each([
    ['No state has so far recognised the council.', '"so far" runs up to now'],
    ['Beijing is ready to work with the council.', 'readiness is a present state'],
    ['The office currently handles consular work.', '"currently"'],
    ['Many of its ministers remain under sanctions.', 'what they "remain" lasts up to now'],
    ['This time the council sent its foreign minister.', '"this time" sets the sentence apart from the one before'],
    ['Beijing will go on working with the council.', 'a sentence of the future after a dated event'],
    ['I would not call it a first.', '... or of what would be'],
    ['Officials have said the council must first keep its promises.', 'a remark reported in the present perfect, outside a quote'],
    ['Neither state has yet recognised the council.', '"has yet" runs up to now'],
    ['There are no longer any obstacles to ties with the council.', "the narrator's present: \"there are\", \"no longer\""],
    ['Oslo does not recognise the council.', '... and "does not"'],
    ['It is not yet clear whether Oslo sent an envoy.', '... and "it is not yet clear"'],
  ])('a sentence about the present takes no date from the one before: %s (%s)', (text) => {
    expect(secondDate('The council took power in the capital on May 3.', text)).toMatchObject({ date: '2025-07-04', rule: 'published' });
  });

  test.each([
    ['"We will not hurry.', 'a remark of the future goes on with a dated remark'],
    ['"We do not see it as the right step at this time.', '"at this time" is the time of the remark'],
    ['"The ministries have reported to the president," he said.', 'a remark in the present perfect, reported in the past, goes on with the remark before'],
  ])('a sentence goes on with the dated remark before it: %s (%s)', (text) => {
    expect(secondDate('"The council must first keep its promises," the minister told reporters on May 3.', text)).toMatchObject({ date: '2025-05-03', rule: 'carried' });
  });

  test("a speaker's present after an event told with its date, no verb of speech in either, is of the time of the answer", () => {
    const u = units([
      [0, 'The embassy was handed over to the council in February.', 'body', 'Nasser Kanaani'],
      [0, 'It does not mean recognition.', 'body', 'Nasser Kanaani'],
    ]);
    expect(dateUnits(u, { published: '2025-07-04', parser })[1]).toMatchObject({ date: '2025-07-04', rule: 'published' });
  });

  test('a report in the present perfect by another speaker does not go on with a dated remark: it is of the time of writing', () => {
    const text = 'The foreign ministry has said the country will not recognise the council.';
    expect(secondDate('The president said last week that the council must first keep its promises.', text)).toMatchObject({ date: '2025-07-04', rule: 'published' });
  });

  test('a remark said "at the time" goes on with the time of the sentence before, even in another paragraph', () => {
    const u = units([
      [0, 'The bloc reopened its mission in Kabul in January 2022.'],
      [1, '"Our presence is not a recognition of the council," a spokesperson said at the time.'],
    ]);
    expect(dateUnits(u, { published: '2025-07-04', parser })[1]).toMatchObject({ date: '2022-01-01', rule: 'carried' });
  });

  test('a section heading that ends with a day near publication dates its section, and relative days in it count from it', () => {
    const u = units([
      [0, 'Statement on the talks', 'headline'],
      [1, 'We will keep in contact with the council.'],
      [2, 'Press briefing by the spokesman - September 23, 2025', 'subhead'],
      [3, 'We will keep in contact with the council.'],
      [3, 'As the minister said yesterday, the talks went well.'],
      [4, 'Talks set for Geneva on October 2', 'subhead'],
      [5, 'The envoy will travel.'],
    ]);
    const dates = dateUnits(u, { published: '2025-09-22', parser });
    expect(dates.map((d) => [d.date, d.rule])).toEqual([
      ['2025-09-22', 'published'],
      ['2025-09-22', 'published'],
      ['2025-09-23', 'anchor'],
      ['2025-09-23', 'section'],
      ['2025-09-22', 'anchor'],
      ['2025-09-23', 'section'],
      ['2025-09-23', 'section'],
    ]);
  });

  test('a timeline entry that opens with a year dates its paragraph, and days and months in it are of that year', () => {
    const u = units([
      [0, '2008 – The region declares independence on February 17.'],
      [0, 'Three states recognise it within days.'],
      [1, '2018 – Its bid to join the agency fails in November.'],
      [2, '2021 – The council opens an office.'],
      [3, 'Today the council keeps its office.'],
    ]);
    expect(dateUnits(u, { published: '2025-02-17', parser }).map((d) => [d.date, d.rule])).toEqual([
      ['2008-02-17', 'anchor'],
      ['2008-02-17', 'carried'],
      ['2018-11-01', 'anchor'],
      ['2021-01-01', 'anchor'],
      ['2025-02-17', 'anchor'],
    ]);
  });

  test("a heading that is only a day and a time dates its entry, as a live blog's time stamps do", () => {
    const u = units([
      [0, 'Reactions as the council takes the capital', 'headline'],
      [1, '10:20 GMT, December 8', 'subhead'],
      [2, 'Moscow says it keeps contact with the council.'],
      [3, '13:45 GMT, December 9', 'subhead'],
      [4, 'Tehran says it expects ties to continue.'],
    ]);
    expect(dateUnits(u, { published: '2024-12-10', parser }).map((d) => [d.date, d.rule])).toEqual([
      ['2024-12-10', 'published'],
      ['2024-12-08', 'anchor'],
      ['2024-12-08', 'section'],
      ['2024-12-09', 'anchor'],
      ['2024-12-09', 'section'],
    ]);
  });

  test('headlines do not inherit dates and future dates do not move a statement', () => {
    const u = units([
      [0, 'The envoy met the delegation on Monday.'],
      [1, 'Talks set for Moscow on October 20', 'subhead'],
      [2, 'A round of talks will be held on October 20, the envoy said.'],
    ]);
    expect(dateUnits(u, { published: '2021-10-07', parser }).map((x) => x.date)).toEqual(['2021-10-04', '2021-10-07', '2021-10-07']);
  });

  test('an undatable document still dates units that state their year', () => {
    const u = units([
      [0, 'The group was listed in 2003.'],
      [1, 'On Wednesday, talks were held.'],
    ]);
    const d = dateUnits(u, { published: null, parser });
    expect(d.map((x) => x.date)).toEqual(['2003-01-01', null]);
    expect(d[1]!.dateSource).toBeNull();
  });

  test('is deterministic and returns one result per unit', () => {
    const u = units([[0, 'On Wednesday they met.'], [0, 'They agreed.'], [1, 'Nothing else.']]);
    const a = dateUnits(u, { published: '2021-10-25' });
    expect(dateUnits(u, { published: '2021-10-25' })).toEqual(a);
    expect(a).toHaveLength(3);
    expect(dateUnits([], { published: '2021-10-25' })).toEqual([]);
  });
});

describe('dateUnits on the seed articles', () => {
  const dir = join(__dirname, '../../examples/data');
  const dated = (file: string): { text: string; at: (fragment: string) => { date: string | null; dateSource: string | null } } => {
    const text = readFileSync(join(dir, file), 'utf8');
    const published = extractPublished(text, { parser });
    const us = segmentDocument(text, { exclude: published.spans });
    const ds = dateUnits(us, { published: published.date, parser });
    return {
      text,
      at: (fragment) => {
        const pos = text.indexOf(fragment);
        const i = us.findIndex((u) => u.start <= pos && pos < u.end);
        if (pos < 0 || i < 0) throw new Error(`fragment not in a unit: ${fragment}`);
        return ds[i]!;
      },
    };
  };

  // Fragments are short keys into the seed articles; each expectation follows a codebook "Time" rule.
  const cases: [string, string, string, string][] = [
    ['000_0a1e172f0e736020.txt', 'meeting with the Taliban on Tuesday', '2021-08-17', 'weekday before publication (a Wednesday)'],
    ['000_0a1e172f0e736020.txt', 'They confirmed guarantees', '2021-08-17', 'same paragraph as the Tuesday meeting'],
    ['000_0a1e172f0e736020.txt', 'by Russia in 2003', '2003-01-01', 'background year'],
    ['000_0a1e172f0e736020.txt', 'But in the last years', '2021-08-18', 'a background year does not carry; "last years" is not a date'],
    ['001_92abfbba9e505c51.txt', 'Putin last week emphasised', '2021-10-21', 'last week, middle day'],
    ['001_92abfbba9e505c51.txt', 'Russian President Vladimir Putin has said', '2021-10-21', 'news lead dated by its paragraph'],
    ['001_92abfbba9e505c51.txt', 'On Wednesday, Russia hosted', '2021-10-20', 'weekday before a Monday publication'],
    ['001_92abfbba9e505c51.txt', 'said on Sunday', '2021-10-24', 'weekday'],
    ['001_92abfbba9e505c51.txt', 'Russia had worked for years', '2021-10-25', 'not reporting; a year after "even though" does not anchor'],
    ['001_92abfbba9e505c51.txt', 'since they took over', '2021-10-25', '"since ... in August" does not anchor'],
    ['001_92abfbba9e505c51.txt', 'Taliban seized control of Kabul', '2021-08-01', 'a named month'],
    ['002_f354201d4758c607.txt', 'for international dialogue on Oct 20', '2021-10-07', 'a future meeting date in a headline'],
    ['002_f354201d4758c607.txt', 'Russia on September 25', '2021-09-25', 'explicit date in a subhead'],
    ['002_f354201d4758c607.txt', 'Overturning Russia', '2021-10-07', '"as on September 25" is a reference point'],
    ['002_f354201d4758c607.txt', 'While speaking at the UNGA session', '2021-09-25', 'past perfect takes the earlier remark date'],
    ['002_f354201d4758c607.txt', 'previously stated', '2021-10-07', '"previously" stays on publication'],
    ['002_f354201d4758c607.txt', 'However, on Thursday', '2021-10-07', 'the publication weekday is the publication day'],
    ['003_d093af9fcdfad0bd.txt', 'Back in 2000', '2000-01-01', 'background year'],
    ['003_d093af9fcdfad0bd.txt', 'soon they took', '2000-01-01', 'a continuation keeps the background date'],
    ['003_d093af9fcdfad0bd.txt', 'Moscow and New Delhi joined hands', '2021-09-07', 'earlier this week, middle day'],
    ['004_265c24f8302bdf36.txt', 'Since the Taliban came to power', '2024-05-18', '"since ... in 2021" does not anchor'],
    ['004_265c24f8302bdf36.txt', 'Then in March', '2024-03-01', 'the latest March before publication'],
  ];
  test.each(cases)('%s: "%s" -> %s (%s)', (file, fragment, date) => {
    expect(dated(file).at(fragment).date).toBe(date);
  });
});
