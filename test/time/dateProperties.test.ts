import fc from 'fast-check';
import { createDateParser } from '../../src/time/createDateParser';
import { dateUnits } from '../../src/time/dateUnits';
import { extractPublished } from '../../src/text/extractPublished';

const parser = createDateParser();

const phrase = fc.constantFrom(
  'on Wednesday',
  'last week',
  'earlier this week',
  'in March',
  'in December',
  'on September 25',
  'on Oct. 20',
  'in 2003',
  'since 2021',
  'next Friday',
  'will meet on October 20',
  'yesterday',
  'three days ago',
  'in the last years',
  'earlier this year',
  'on Saturday (May 18)',
  '',
);
const clause = fc.constantFrom('The envoy said', 'Russia hosted talks', 'He had said that contacts go on', 'At the same time, officials met', 'Soon they agreed', 'Meanwhile, the group replied');
const sentence = fc.tuple(clause, phrase).map(([c, p]) => `${c} ${p}.`.replace(' .', '.'));
const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('statement date invariants (properties)', () => {
  test('no statement is dated after publication; ranges contain their date; evidence points at its words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.integer({ min: 0, max: 2 })), { maxLength: 8 }), day, (rows, published) => {
        let at = 0;
        let paragraph = 0;
        const text: string[] = [];
        const units = rows.map(([t, step]) => {
          paragraph += step === 0 ? 0 : 1;
          const u = { text: t, start: at, paragraph };
          text.push(t);
          at += t.length + 1;
          return u;
        });
        const doc = text.join(' ');
        const dates = dateUnits(units, { published, parser });
        expect(dates).toHaveLength(units.length);
        for (const d of dates) {
          expect(d.date).not.toBeNull();
          expect(d.date! <= published).toBe(true);
          if (d.dateRange) {
            expect(d.dateRange.start <= d.date!).toBe(true);
            expect(d.date! <= d.dateRange.end).toBe(true);
          }
          if (d.evidence) expect(doc.slice(d.evidence.span.start, d.evidence.span.end)).toBe(d.evidence.text);
          else expect(d.dateSource).toBe('published');
        }
      }),
      { numRuns: 60 },
    );
  });

  test('a text without any year is never given a publication date (never today)', () => {
    const piece = fc.constantFrom('On Saturday (May 18) the envoy spoke.', 'Talks were held last week.', 'Published today\n', 'Updated yesterday\n', 'MOSCOW, August 15. /TASS/. ', 'in March ', 'on Wednesday ', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        expect(extractPublished(parts.join(''), { parser }).date).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
