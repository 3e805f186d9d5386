import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Nlp } from '../../src/nlp';
import { extractPublished } from '../../src/text/extractPublished';
import { segmentDocument } from '../../src/text/segmentDocument';
import type { TextUnit } from '../../src/types';

const rows = (text: string, units: TextUnit[]): [string, string][] => units.map((u) => [u.kind, text.slice(u.start, u.end)]);

/** Invariants every segmentation must keep. */
function checkInvariants(text: string, units: TextUnit[]): void {
  let end = 0;
  let paragraph = 0;
  for (const u of units) {
    expect(text.slice(u.start, u.end)).toBe(u.text);
    expect(u.start).toBeGreaterThanOrEqual(end);
    expect(u.end).toBeGreaterThan(u.start);
    expect(u.text.trim()).toBe(u.text);
    expect(u.paragraph).toBeGreaterThanOrEqual(paragraph);
    end = u.end;
    paragraph = u.paragraph;
  }
}

describe('segmentDocument', () => {
  const cases: { text: string; want: [string, string][]; why: string }[] = [
    {
      text: 'Published 18:46 IST, March 4th 2022\nMoscow to host talks\nThe envoy said talks would start. The group agreed.\nUpdated 18:46 IST, March 4th 2022',
      want: [['headline', 'Moscow to host talks'], ['body', 'The envoy said talks would start.'], ['body', 'The group agreed.']],
      why: 'header lines are not units; a short unpunctuated first line is a headline',
    },
    {
      text: 'date 2022-03-04 Russian envoy says contacts will go on.\n\nThe envoy spoke to reporters.',
      want: [['body', 'Russian envoy says contacts will go on.'], ['body', 'The envoy spoke to reporters.']],
      why: 'a leading date header is stripped from its line',
    },
    {
      text: 'date 2022-03-04 Follow us on Image Source : AP The envoy, left, greets a delegate\n\nTalks began.',
      want: [['caption', 'The envoy, left, greets a delegate'], ['body', 'Talks began.']],
      why: '"Follow us on" and the photo credit are furniture; the caption text is a unit',
    },
    {
      text: 'Talks began.\n\n* *** *\n\n---\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'a line without a letter is a separator, not a unit',
    },
    {
      text: 'Talks began.\n\nReported by: A. Writer\nImage: AP | Image:self\nAdvertisement\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'byline, bare credits and advertisement markers are not units',
    },
    {
      text: 'Talks began.\n\nReporting by A. Writer; Editing by B. Editor\n\n(Writing by D. Author; Editing by E. Desk)\n\nAdditional reporting by C. Scribe\n\nOur Standards: The Trust Principles.\n\n© 2024 Agency. All rights reserved.\n\nCopyright 2024 Agency\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'agency credit lines, trust notices and copyright lines are furniture',
    },
    {
      text: 'Talks began.\n\n--With assistance from A. Writer.\n\nMEETINGS COVERAGE\n\nCorrection: An earlier version misstated the date.\n\nFollow Outlet on Telegram\n\n*Writing by A. Writer\n\nALSO READ | Talks resume\n\nThe outlet coverage of the region is supported in part by readers.\n\nTo contact the reporter on this story: B. Writer in Oslo at b@example.org\n\nFor media inquiries, please contact the press office.\n\nPress and information team of the Delegation to the region\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'agency and press-office lines are furniture',
    },
    {
      text: 'Talks began.\n\nSECURITY COUNCIL\n9730TH MEETING (AM)\n\nGet in touch\n\nYou are receiving this because you subscribed to the letter. Unsubscribe | Update preferences\n\nRelated topics: Kabul, Envoys, Talks\n\nRead more about: Kabul, Envoys\n\nThe group came.',
      want: [['body', 'Talks began.'], ['subhead', 'SECURITY COUNCIL'], ['body', 'The group came.']],
      why: 'a meeting number, a live page contact line, newsletter notices and topic lists are furniture',
    },
    {
      text: 'Talks began.\n\nRead next:\nEnvoys meet in Doha\n\nMost Read from Outlet\nKabul reopens its embassy\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: '"Read next" and "Most Read from ..." announce link titles',
    },
    {
      text: 'Relations of the group\n\nFrom Wikipedia, the free encyclopedia\n\nThis article is about the relations of the group since 2021. For other periods, see the history.\n\nTalks began.\n\nCategories: Relations of the group | Diplomatic recognition\n\nPress contact: press desk, tel. +47 00 00 00 00\n\nThe outlet website contains only a portion of the stories offered to subscribers. Please contact us for subscription options.\n\nLike Outlet on Facebook, follow @Outlet on X to join the conversation.\n\nThe group came.',
      want: [['headline', 'Relations of the group'], ['body', 'Talks began.'], ['body', 'The group came.']],
      why: "a wiki page's tag line, hatnote and categories, press contacts and subscription notes are furniture",
    },
    {
      text: 'Talks began.\n\nContact for media:\n\nFor further information, please contact the press office at press@example.org.\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'a contact for the media and "For further information, please contact ..." are furniture',
    },
    {
      text: "Welcome to this week's edition of the Regional Briefing.\n\nTalks began.\n\nPress service contacts: +998 71 555 01 02\n\nWelcome to the talks, the minister told the group.",
      want: [['body', 'Talks began.'], ['body', 'Welcome to the talks, the minister told the group.']],
      why: "a newsletter's welcome to its edition and a press service's contacts are furniture; a welcome to talks is not",
    },
    {
      text: "Share\n\n20:45 IST\n\nKey Events\n\nTalks began.\n\nMore to follow.\n\nJoin the Herald's Telegram channel for the latest news.\n\nMoscow will share intelligence with the group.",
      want: [['body', 'Talks began.'], ['body', 'Moscow will share intelligence with the group.']],
      why: 'a live page\'s "Share", a time stamp, "Key Events", "More to follow." and a channel\'s invitation are furniture; "share" in a sentence is not',
    },
    {
      text: 'Talks began.\n\nBy our Asia desk | Follow us on Telegram\n\nSign up to receive this newsletter every Friday.\n\nShare this article.\n\n[Image: Delegates meet. Photo: Staff]\n\nEnvoys will sign up to the plan.',
      want: [['body', 'Talks began.'], ['body', 'Envoys will sign up to the plan.']],
      why: 'a desk\'s byline, "Sign up to ...", "Share this article." and an image note in square brackets are furniture; "sign up" in a sentence is not',
    },
    {
      text: 'Talks began.\n\nRead also:\n- Oslo and Kabul sign a trade deal\n- Envoys meet in Doha\n\nAlso Read:\n- The group deserves recognition, says its minister\n\nRelated: Airline suspends flights / Border crossing closes\n\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'a "Read also:" line is furniture and still announces the link titles after it; "Related:" with titles on its line is furniture',
    },
    {
      text: 'Talks began.\n\nSource: Agency| 2024-02-01 10:00:00| Editor: Desk One\n\nEditor: Lin Qi\n\nSource: a senior official said the talks would resume.',
      want: [['body', 'Talks began.'], ['body', 'Source: a senior official said the talks would resume.']],
      why: 'source and editor lines are furniture, a sentence after "Source:" is not',
    },
    {
      text: 'Talks began.\n\nREAD MORE\nKabul reopens its embassy\n\nWho leads the Taliban?\nThe group came.\n\nEnvoys met again.',
      want: [['body', 'Talks began.'], ['body', 'The group came.'], ['body', 'Envoys met again.']],
      why: 'a "READ MORE" line and the link titles after it are furniture, up to the first sentence',
    },
    {
      text: 'Talks began.\n\nRelated:\nEnvoys met again.\n\nMoscow hosts the forum',
      want: [['body', 'Talks began.'], ['body', 'Envoys met again.'], ['subhead', 'Moscow hosts the forum']],
      why: 'a sentence ends the link list: a subhead after it is kept',
    },
    {
      text: 'Talks began.\n\nPhoto: Kabulov in Kazan (AP Photo/A. Snapper)\n\nFollow us on Telegram for more news.\n\nThe group came.',
      want: [['body', 'Talks began.'], ['caption', 'Kabulov in Kazan (AP Photo/A. Snapper)'], ['body', 'The group came.']],
      why: 'a label without a credit opens a caption (its first word is no credit); a "follow us" line with a full stop is furniture',
    },
    {
      text: 'World » Asia » Afghanistan\nTalks began.\nShare on Facebook Share on X WhatsApp\nALSO READ: Envoys meet in Doha\nThe group came.',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'a breadcrumb, sharing buttons and an "ALSO READ:" link in capitals (no place before a colon) are furniture',
    },
    {
      text: 'Talks began.\n2 min read\nListen to this article\nGetty Images\nWe use cookies to improve your experience.\nFILE PHOTO: Envoys in Kabul, May 2, 2022. REUTERS/A. Person/File Photo\nThe group came.',
      want: [['body', 'Talks began.'], ['caption', 'Envoys in Kabul, May 2, 2022. REUTERS/A. Person/File Photo'], ['body', 'The group came.']],
      why: 'reading times, "Listen to this article", an agency alone on its line and cookie notices are furniture; "FILE PHOTO:" opens a caption',
    },
    {
      text: 'Talks began.\n\nMoscow hosts the forum\n\nThe group came.',
      want: [['body', 'Talks began.'], ['subhead', 'Moscow hosts the forum'], ['body', 'The group came.']],
      why: 'a short unpunctuated line between paragraphs is a subhead',
    },
    {
      text: 'He said, “The talks went well. We will meet again.” Then he left.',
      want: [['body', 'He said, “The talks went well.'], ['body', 'We will meet again.”'], ['body', 'Then he left.']],
      why: 'a quotation of several sentences stays as several units, closing quote kept with its sentence',
    },
    {
      text: 'The U.S. envoy met Gen. Ivanov on Oct. 20 in Doha. They agreed.',
      want: [['body', 'The U.S. envoy met Gen. Ivanov on Oct. 20 in Doha.'], ['body', 'They agreed.']],
      why: 'no break inside abbreviations',
    },
    {
      text: 'Sanctions were imposed by the U.S. The group objected.',
      want: [['body', 'Sanctions were imposed by the U.S.'], ['body', 'The group objected.']],
      why: 'an initialism can end a sentence when a sentence opener follows',
    },
    {
      text: 'He said "it is fine.” and left the room.',
      want: [['body', 'He said "it is fine.” and left the room.']],
      why: 'a lower-case continuation is not a new sentence',
    },
    {
      text: 'Talks began.\r\n\r\nThe group came.\r\n',
      want: [['body', 'Talks began.'], ['body', 'The group came.']],
      why: 'CRLF line ends',
    },
    {
      text: 'The envoy said the group had\npromised to keep the peace in the\nregion.',
      want: [['body', 'The envoy said the group had\npromised to keep the peace in the\nregion.']],
      why: 'hard-wrapped lines are one paragraph',
    },
    {
      text: 'MOSCOW, August 15. /TASS/. Russia will keep its embassy open. It said so in 2021.',
      want: [['body', 'Russia will keep its embassy open.'], ['body', 'It said so in 2021.']],
      why: 'a dateline is not part of the first sentence',
    },
    {
      text: 'Debate\n\nJane Holt (Northfield) (Lab): I beg to move,\nThat this House calls for talks.',
      want: [['headline', 'Debate'], ['body', 'Jane Holt (Northfield) (Lab): I beg to move,'], ['body', 'That this House calls for talks.']],
      why: "a record's label with a bracket before its colon, or a line that ends with a comma, is no headline",
    },
    { text: '', want: [], why: 'empty text' },
    { text: ' \n\u00a0\n\t', want: [], why: 'whitespace only' },
    { text: '“Unbalanced quote. Still fine.', want: [['body', '“Unbalanced quote.'], ['body', 'Still fine.']], why: 'unbalanced quotes' },
  ];
  test.each(cases)('$why', ({ text, want }) => {
    const units = segmentDocument(text);
    expect(rows(text, units)).toEqual(want);
    checkInvariants(text, units);
  });

  test('paragraph indexes count blocks', () => {
    const units = segmentDocument('A headline here\nFirst one. Second one.\n\nThird one.');
    expect(units.map((u) => u.paragraph)).toEqual([0, 1, 1, 2]);
  });

  test('explicit exclusions replace the built-in header search', () => {
    const text = 'Keep this line. Drop this one.';
    const units = segmentDocument(text, { exclude: [{ start: 16, end: 30 }] });
    expect(rows(text, units)).toEqual([['body', 'Keep this line.']]);
  });

  test('offsets always point into the original text (property)', () => {
    const piece = fc.constantFrom(
      'The envoy said talks went well. ',
      '“We will meet again,” he said. ',
      'U.S. officials met Gen. Ivanov on Oct. 20. ',
      'Erdoğan spoke in İstanbul 🇹🇷. ',
      '\n',
      '\r\n',
      '\n\n',
      'Advertisement\n',
      'Image: AP\n',
      'Image Source : PTI A caption here\n',
      'Published 18:46 IST, October 7th 2021\n',
      'A short headline\n',
      '"',
      '”',
      '\u00a0',
      '\u200b',
      'word ',
      '...',
      'e\u0301',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        checkInvariants(text, segmentDocument(text));
      }),
      { numRuns: 150 },
    );
  });

  test.each([
    ['one name', 'Lorne Cook'],
    ['two names', 'Lorne Cook and Samuel Petrequin'],
    ['a name and its agency', 'Ayaz Gul, Reuters'],
  ])('drops a bare byline (%s) between the headline and the dateline', (_why, byline) => {
    const text = `EU eases sanctions on Syria\n\n${byline}\n\nBRUSSELS, Feb. 24, 2025 (AP) — The EU suspended some sanctions.`;
    const units = segmentDocument(text, { exclude: extractPublished(text).spans });
    checkInvariants(text, units);
    expect(rows(text, units)).toEqual([
      ['headline', 'EU eases sanctions on Syria'],
      ['body', 'The EU suspended some sanctions.'],
    ]);
  });

  test('keeps a title-case subhead that no dateline follows', () => {
    const text = 'EU eases sanctions on Syria\n\nKallas Welcomes Change\n\nThe EU suspended some sanctions.';
    expect(rows(text, segmentDocument(text, { exclude: extractPublished(text).spans }))).toEqual([
      ['headline', 'EU eases sanctions on Syria'],
      ['headline', 'Kallas Welcomes Change'],
      ['body', 'The EU suspended some sanctions.'],
    ]);
  });

  test('the seed articles segment with offsets into the original text and without furniture', () => {
    const dir = join(__dirname, '../../examples/data');
    for (const file of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, file), 'utf8');
      const units = segmentDocument(text, { exclude: extractPublished(text).spans });
      checkInvariants(text, units);
      for (const u of units) expect(u.text).not.toMatch(/^(Advertisement|Reported by|Image:|Image Source|Follow us on|Published |Updated |date \d)/);
    }
  });

  test('5 MB without a line break is split into bounded units, linearly (fake sentence splitter)', () => {
    const calls: number[] = [];
    const fake: Nlp = {
      read: () => {
        throw new Error('not used');
      },
      sentences: (t) => {
        calls.push(t.length);
        const out: { start: number; end: number }[] = [];
        let s = 0;
        for (let i = t.indexOf('. '); i >= 0; i = t.indexOf('. ', i + 2)) {
          out.push({ start: s, end: i + 1 });
          s = i + 2;
        }
        if (s < t.length) out.push({ start: s, end: t.length });
        return out;
      },
    };
    const text = 'The envoy met the delegation in Kabul and said talks were useful. '.repeat(76_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const units = segmentDocument(text, { nlp: fake });
    expect(units).toHaveLength(76_000);
    expect(Math.max(...calls)).toBeLessThanOrEqual(20_000);
    expect(units[12_345]!.text).toBe(text.slice(units[12_345]!.start, units[12_345]!.end));
    const noStops = 'word '.repeat(1_000_000);
    const long = segmentDocument(noStops, { nlp: fake });
    expect(long.length).toBeGreaterThan(200);
    expect(Math.max(...long.map((u) => u.end - u.start))).toBeLessThanOrEqual(20_000);
  });

  test('a long text through the real splitter keeps every unit within the text', () => {
    const text = 'Erdoğan met the envoy. “It went well,” he said; the U.S. side agreed. '.repeat(1_500);
    const units = segmentDocument(text);
    expect(units.length).toBeGreaterThan(2_500);
    checkInvariants(text, units);
  });
});

describe('segmentDocument: opening quotes', () => {
  it('gives an opening straight quote left at the end of a sentence to the sentence it opens', () => {
    const text = 'date 2022-01-10\nRussia will talk. "We are ready," Lavrov said.';
    const units = segmentDocument(text).map((u) => u.text);
    expect(units).toEqual(['Russia will talk.', '"We are ready," Lavrov said.']);
  });
});
