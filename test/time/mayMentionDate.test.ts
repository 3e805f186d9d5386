import fc from 'fast-check';
import { createDateParser } from '../../src/time/createDateParser';
import { findDateMentions, mayMentionDate, readDateMentions } from '../../src/time/findDateMentions';

const parser = createDateParser();
const REFERENCE = '2021-10-25';

// Words around numbers: prepositions chrono-node's parsers start from, units of time and of the clock, times of day,
// and the words news puts after numbers. Relative periods in words alone ("in two days", "next day") are outside the
// test's claim: the cheap test leaves them out on purpose (see mayMentionDate).
const word = fc.constantFrom(
  'Russia', 'said', 'talks', 'the', 'at', 'in', 'on', 'from', 'to', 'by', 'within', 'for', 'after', 'before', 'since',
  'until', 'till', 'about', 'around', 'of', 'and', 'or', 'more', 'than', 'now', 'tonight',
  'noon', 'midnight', 'morning', 'evening', 'night', 'percent', 'people', 'billion', 'million', 'times', 'troops',
  'days', 'day', 'hours', 'h', 'hrs', 'minutes', 'mins', 'weeks', 'months', 'years', 'yrs', 'pm', 'a.m.', 'p.m.', 'am',
  'o’clock', 'sharp', 'later', 'ago', 'earlier', 'March', 'Monday', 'Resolution', 'No.', 'G', 'COVID-', 'F-',
  'this', 'next', 'a', 'few', 'several', 'coming', 'recent', 'over', 'week', 'month', 'year', 'weekend', 'weeks', 'years',
);
const number = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map(String),
  fc.integer({ min: 100, max: 9999 }).map(String),
  fc.integer({ min: 1000, max: 999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9 })).map(([a, b]) => `${a}.${b}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.constantFrom('st', 'nd', 'rd', 'th')).map(([n, s]) => `${n}${s}`),
  fc.integer({ min: 1, max: 999 }).map((n) => `$${n}`),
  fc.integer({ min: 1, max: 99 }).map((n) => `${n}%`),
);
const glue = fc.constantFrom(' ', ' ', ' ', '', ', ', '-', '/', '.', ':', ' (', ') ');
const piece = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: number });
const text = fc.array(fc.tuple(piece, glue), { minLength: 1, maxLength: 8 }).map((parts) => `${parts.map(([p, g]) => p + g).join('')}.`);

describe('mayMentionDate (the test before chrono-node runs)', () => {
  it('passes every text in which chrono-node and the stance-shift parsers find a mention (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findDateMentions(t, REFERENCE, { parser })).toEqual(readDateMentions(t, REFERENCE, parser));
      }),
      { numRuns: Number(process.env.DATE_RUNS ?? 3000) },
    );
  });

  it.each([
    ['in 2003', true],
    ['on 2021-10-20', true],
    ['on 10/20', true],
    ['at 10:30', true],
    ['on the 5th', true],
    ['three days ago', true],
    ['within 3 days', true],
    ['in 48h', true],
    ['at 5 pm', true],
    ['tonight', true],
    ['He won 99 percent of the vote.', false],
    ['Some 5,000 troops and $2 billion.', false],
    ['Resolution 2593 was adopted.', true],
    ['It rained in Kabul.', false],
    ['Talks resumed this year.', false],
    ['after years of talks', false],
    ['in the coming weeks', false],
    ['Trade grew for months.', false],
    ['in several months', true],
    ['in a few weeks', true],
    ['within a month', true],
    ['for a year', true],
    ['this weekend', true],
    ['next year', true],
  ])('%s: %s', (t, expected) => {
    expect(mayMentionDate(t)).toBe(expected);
  });

  it('skips numbers that are no date, which chrono-node would have been run on', () => {
    expect(mayMentionDate('Turnout was 61 percent, officials said.')).toBe(false);
    expect(readDateMentions('Turnout was 61 percent, officials said.', REFERENCE, parser)).toEqual([]);
  });

  it('reads "now" as no date, with or without a number in the sentence', () => {
    expect(readDateMentions('Russia is now ready to talk.', REFERENCE, parser)).toEqual([]);
    expect(findDateMentions('Some 5 envoys are now ready to talk.', REFERENCE, { parser })).toEqual([]);
    expect(findDateMentions('Russia is now ready, it said on Monday.', REFERENCE, { parser }).map((m) => m.text)).toEqual(['on Monday']);
  });

  it('still finds the unit mentions it lets through, and "this year" is no mention either way', () => {
    const texts = ['It may happen in several months.', 'They meet within a month.', 'Envoys met this weekend.', 'Ties were cut for a year.'];
    expect(texts.map((t) => findDateMentions(t, REFERENCE, { parser }).map((m) => m.text))).toEqual([['in several months'], ['within a month'], ['this weekend'], ['for a year']]);
    expect(readDateMentions('Talks resumed this year.', REFERENCE, parser)).toEqual([]);
    expect(readDateMentions('Trade grew for months.', REFERENCE, parser)).toEqual([]);
  });

  it('reads "tonight" as the reference day even without a number', () => {
    expect(findDateMentions('The envoys meet tonight.', REFERENCE, { parser }).map((m) => m.date)).toEqual([REFERENCE]);
  });
});
