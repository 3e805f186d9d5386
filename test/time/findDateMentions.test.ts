import { findDateMentions } from '../../src/time/findDateMentions';
import { createDateParser } from '../../src/time/createDateParser';

// Fixed reference days, never the clock. 2021-10-25 is a Monday; 2021-10-07 a Thursday.
const parser = createDateParser();

describe('findDateMentions', () => {
  const cases: { text: string; reference: string; date: string; range?: [string, string]; kind: string; why: string }[] = [
    { text: 'Lavrov spoke on September 25.', reference: '2021-10-07', date: '2021-09-25', kind: 'calendar', why: 'month and day, year from the reference' },
    { text: 'talks on Oct. 20', reference: '2021-10-07', date: '2021-10-20', kind: 'calendar', why: 'abbreviated month with a full stop' },
    { text: 'They met on Wednesday.', reference: '2021-10-25', date: '2021-10-20', kind: 'relative', why: 'a bare weekday is the one before the reference day' },
    { text: 'They met on Monday.', reference: '2021-10-25', date: '2021-10-25', kind: 'relative', why: 'the reference weekday itself is that day' },
    { text: 'Talks were held last week.', reference: '2021-10-25', date: '2021-10-21', range: ['2021-10-18', '2021-10-24'], kind: 'relative', why: 'last week is the previous Monday-Sunday week, dated by its middle' },
    { text: 'Earlier this week, they met.', reference: '2021-09-10', date: '2021-09-07', range: ['2021-09-06', '2021-09-09'], kind: 'relative', why: 'from Monday to the day before the reference, dated by the earlier middle day' },
    { text: 'Earlier this year, a delegation went.', reference: '2024-05-18', date: '2024-03-09', range: ['2024-01-01', '2024-05-17'], kind: 'relative', why: 'from January 1 to the day before' },
    { text: 'Then in March, a meeting was held.', reference: '2024-05-18', date: '2024-03-01', range: ['2024-03-01', '2024-03-31'], kind: 'calendar', why: 'a month of the same year, before the reference' },
    { text: 'In November they met.', reference: '2022-01-10', date: '2021-11-01', range: ['2021-11-01', '2021-11-30'], kind: 'calendar', why: 'the latest November not after the reference is last year’s' },
    { text: 'It was banned in 2003.', reference: '2021-08-18', date: '2003-01-01', range: ['2003-01-01', '2003-12-31'], kind: 'year', why: 'bare year: chrono-node misses it, the year parser reads it' },
    { text: 'Back in 2000, the group acted.', reference: '2021-09-10', date: '2000-01-01', range: ['2000-01-01', '2000-12-31'], kind: 'year', why: '"Back in" before a year' },
    { text: 'In early 2019, the group acted.', reference: '2021-09-10', date: '2019-01-01', range: ['2019-01-01', '2019-12-31'], kind: 'year', why: 'a part of the year between preposition and year' },
    { text: 'Contacts grew after mid-2020.', reference: '2021-09-10', date: '2020-01-01', range: ['2020-01-01', '2020-12-31'], kind: 'year', why: '"mid-" joined to the year' },
    { text: 'They met in autumn 2018.', reference: '2021-09-10', date: '2018-01-01', range: ['2018-01-01', '2018-12-31'], kind: 'year', why: 'a season before the year' },
    { text: 'He spoke yesterday.', reference: '2021-10-25', date: '2021-10-24', kind: 'relative', why: 'casual relative day' },
    { text: 'The decree of 04.03.2024 took effect.', reference: '2024-05-18', date: '2024-03-04', kind: 'calendar', why: 'a dotted date is day first' },
    { text: 'The decree of 25.03.2024 took effect.', reference: '2024-05-18', date: '2024-03-25', kind: 'calendar', why: '... however large the day' },
    { text: 'He spoke last month.', reference: '2021-10-25', date: '2021-09-01', range: ['2021-09-01', '2021-09-30'], kind: 'relative', why: 'the whole previous month' },
  ];
  test.each(cases)('$text ($why)', ({ text, reference, date, range, kind }) => {
    const [m] = findDateMentions(text, reference, { parser });
    expect(m).toBeDefined();
    expect(m!.date).toBe(date);
    expect(m!.kind).toBe(kind);
    if (range) expect(m!.range).toEqual({ start: range[0], end: range[1] });
    else expect(m!.range).toBeUndefined();
    expect(text.slice(m!.span.start, m!.span.end)).toBe(m!.text);
  });

  // The test that skips chrono-node must let every spelling of a month or weekday through: abbreviated, with a full
  // stop, in capitals, in full.
  const spellings: [string, string][] = [
    ['They met on Thurs., the envoy said.', '2021-10-21'],
    ['They met on THURSDAY.', '2021-10-21'],
    ['They met Sept. 5.', '2021-09-05'],
    ['They met on Sept 5.', '2021-09-05'],
    ['They met on Sat.', '2021-10-23'],
    ['They met on Sunday.', '2021-10-24'],
    ['They met in Dec. last year.', '2020-12-01'],
    ['They met in May.', '2021-05-01'],
  ];
  test.each([
    ['Talks began in 2023, and a swap followed in December of that year.', '2023-12-01', ['2023-12-01', '2023-12-31']],
    ['In 2019 talks began; on 3 March that same year they stalled.', '2019-03-03', undefined],
  ])('a month or day "of that year" takes the year named before it: %s', (text, date, range) => {
    const last = findDateMentions(text, '2025-06-01', { parser }).at(-1);
    expect(last).toMatchObject({ date, kind: 'calendar' });
    expect(last?.range === undefined ? undefined : [last.range.start, last.range.end]).toEqual(range);
  });

  test.each(spellings)('%s is dated %s', (text, date) => {
    expect(findDateMentions(text, '2021-10-25', { parser })[0]?.date).toBe(date);
  });

  const none: { text: string; why: string }[] = [
    { text: 'In the last years, Russia has engaged.', why: 'a vague plural is not a date' },
    { text: 'The exercise has started this week.', why: '"this week" is not a date of its own' },
    { text: 'At 18:46 the talks ended.', why: 'a time of day alone has no day' },
    { text: 'Nothing here at all.', why: 'no date words' },
    { text: 'The 1990s were different; 12.7 mm guns.', why: 'a decade and a number are not years' },
  ];
  test.each(none)('no mention: $text ($why)', ({ text }) => {
    expect(findDateMentions(text, '2021-10-25', { parser })).toEqual([]);
  });

  test('does not depend on the machine time zone: components are read, not local dates', () => {
    const a = findDateMentions('on Wednesday and on September 25', '2021-10-25', { parser });
    expect(a.map((m) => m.date)).toEqual(['2021-10-20', '2021-09-25']);
  });
});
