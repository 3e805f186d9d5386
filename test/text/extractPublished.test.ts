import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidOptionError } from '../../src/errors';
import { createDateParser } from '../../src/time/createDateParser';
import { extractPublished } from '../../src/text/extractPublished';

const parser = createDateParser();

describe('extractPublished', () => {
  const cases: { text: string; date: string | null; source: string | null; spans: string[]; why: string }[] = [
    { text: 'date 2022-03-04 Moscow hosts a forum on Afghanistan.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04'], why: 'leading date header; the headline after it stays' },
    { text: '  date 2022-03-04\nMoscow hosts a forum.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04'], why: 'leading spaces' },
    { text: 'Published 09:15 IST, March 4th 2022\nMoscow hosts a forum.', date: '2022-03-04', source: 'header', spans: ['Published 09:15 IST, March 4th 2022'], why: 'Published line with time and zone' },
    { text: 'Updated March 5th, 2022 at 10:00 IST\n\nMoscow hosts a forum.\n\nPublished March 4th, 2022 at 09:15 IST', date: '2022-03-04', source: 'header', spans: ['Updated March 5th, 2022 at 10:00 IST', 'Published March 4th, 2022 at 09:15 IST'], why: 'Published beats Updated wherever they are' },
    { text: 'Moscow hosts a forum.\nUpdated March 5th, 2022 at 10:00 IST', date: '2022-03-05', source: 'header', spans: ['Updated March 5th, 2022 at 10:00 IST'], why: 'Updated alone is used' },
    { text: 'Moscow hosts a forum.\nFirst published on: 05-10-2024 at 09:15 IST\nPublished On 5 Oct 2024', date: '2024-10-05', source: 'header', spans: ['First published on: 05-10-2024 at 09:15 IST', 'Published On 5 Oct 2024'], why: 'a date in figures that reads both ways yields to one that reads one way' },
    { text: 'Moscow hosts a forum.\nFirst published on: 05-10-2024 at 09:15 IST\nLast Updated: 5 Oct 2024', date: '2024-10-05', source: 'header', spans: ['First published on: 05-10-2024 at 09:15 IST', 'Last Updated: 5 Oct 2024'], why: '... and takes the reading another header confirms, even an update' },
    { text: 'Moscow hosts a forum.\nPublished: 05-10-2024', date: '2024-05-10', source: 'header', spans: ['Published: 05-10-2024'], why: '... alone, it is read month first' },
    { text: 'Published: 23:30 IST, 4 March 2022\nText.', date: '2022-03-04', source: 'header', spans: ['Published: 23:30 IST, 4 March 2022'], why: 'the day as written, not converted to UTC' },
    { text: 'KABUL, March 4. /TASS/. The envoy said talks would continue, as agreed in January 2022.', date: '2022-03-04', source: 'dateline', spans: ['KABUL, March 4. /TASS/.'], why: 'TASS dateline, year from the text' },
    { text: 'KABUL, March 4. /TASS/. The envoy said talks would continue, as agreed in 2022.', date: null, source: null, spans: ['KABUL, March 4. /TASS/.'], why: '... but not from a year alone, which only bounds it' },
    {
      text: 'MADRID, May 28 (Reuters) - Three states said on Tuesday they would recognise it. Sweden recognised it in 2014.',
      date: null,
      source: null,
      spans: ['MADRID, May 28 (Reuters) -'],
      why: '... nor does a year alone start the search for the lead\'s weekday (2014 would fit, a decade off)',
    },
    { text: 'OSLO, Oct 28, 2019 -- Officials met.', date: '2019-10-28', source: 'dateline', spans: ['OSLO, Oct 28, 2019 --'], why: 'a double hyphen for a dash' },
    { text: 'OSLO, Oct 28, 2019 (AFP) -- Officials met.', date: '2019-10-28', source: 'dateline', spans: ['OSLO, Oct 28, 2019 (AFP) --'], why: 'a double hyphen after the agency' },
    { text: 'Kabul, Mar 4, 2022 (AFP) - Officials met.', date: '2022-03-04', source: 'dateline', spans: ['Kabul, Mar 4, 2022 (AFP) -'], why: 'a place in title case with an agency mark' },
    { text: 'Talks in Kazan\n\nKazan, 12 October 2022 — Officials met.', date: '2022-10-12', source: 'dateline', spans: ['Kazan, 12 October 2022 —'], why: '... or with a dash after a date that writes its year' },
    { text: 'Talks in Kazan\n\nKazan, October 12 — Officials met.', date: null, source: null, spans: [], why: '... but not a date without its year and no agency' },
    { text: 'Kabul, the envoys met on Mar 4, 2022 after long talks.', date: null, source: null, spans: [], why: 'a title-case place with no agency mark opens an ordinary sentence' },
    { text: 'date 2022-03-04\nKABUL (Reuters) - Officials met.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04', 'KABUL (Reuters) -'], why: 'a dateline with no date is still no statement' },
    { text: 'date 2022-03-04\nKabul (AFP) -- Officials met.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04', 'Kabul (AFP) --'], why: '... in title case too' },
    { text: 'date 2022-03-04\nISLAMABAD: Officials met.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04', 'ISLAMABAD:'], why: 'a place in capitals and a colon' },
    { text: 'date 2022-03-04\nSERGEY LAVROV: We are in no hurry.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04'], why: "... but not a speaker's label, before a speaker's words" },
    { text: 'date 2022-03-04\nANDREW PAGE: Officials met.\n\nMARIA VOLKOVA: They did.', date: '2022-03-04', source: 'header', spans: ['date 2022-03-04'], why: '... or in a transcript, where other lines open with labels' },
    { text: 'NEW DELHI, Mar 4, 2022 (Reuters) - Officials met.', date: '2022-03-04', source: 'dateline', spans: ['NEW DELHI, Mar 4, 2022 (Reuters) -'], why: 'Reuters dateline with its year' },
    { text: 'KABUL, March 3 (Reuters) - Envoys met, months after the group took power in August 2021.', date: '2022-03-03', source: 'dateline', spans: ['KABUL, March 3 (Reuters) -'], why: 'a dateline is not before the latest date the text tells of' },
    { text: 'PRISTINA, March 12 (Reuters) - Kosovo declared independence in February 2008. Madrid accepts its passports since 2018.', date: '2019-03-12', source: 'dateline', spans: ['PRISTINA, March 12 (Reuters) -'], why: 'a "since" year alone: the first later year (codebook), never one before it' },
    { text: 'CARACAS, Aug 1 (Reuters) - Brazil on Thursday urged the release of the tallies. Oil sanctions have applied since 2019.', date: '2024-08-01', source: 'dateline', spans: ['CARACAS, Aug 1 (Reuters) -'], why: "... so the lead's weekday is looked for from the year after it" },
    { text: 'New Delhi, Jan 9 (PTI) - Officials met in May 2021. A team has stayed in Kabul since June 2022.', date: '2023-01-09', source: 'dateline', spans: ['New Delhi, Jan 9 (PTI) -'], why: '... nor before the day a "since" gives' },
    { text: 'Envoys meet in Moscow\n04.03.2024 | 14:32\nThe envoys met.', date: '2024-03-04', source: 'header', spans: ['04.03.2024 | 14:32'], why: 'a dotted date is day first; a time beside it is a time word' },
    { text: 'Envoys meet in Moscow | Mar. 4, 2024\nThe envoys met.', date: '2024-03-04', source: 'header', spans: ['| Mar. 4, 2024'], why: 'a date after the last bar of a top line; the headline before it stays' },
    { text: 'Envoys met | the talks went on\nThe envoys met in 2024.', date: null, source: null, spans: [], why: 'no date after the bar' },
    { text: 'Press release\n\n2131-20-10-2021\n\nThe envoys met.', date: null, source: null, spans: [], why: "a release's number is no date of news, however it parses" },
    { text: 'MOSCOW, Dec 24 (Reuters) - The parliament passed a law on Tuesday. The movement, which seized power in August 2021, has been banned since 2003.', date: '2024-12-24', source: 'dateline', spans: ['MOSCOW, Dec 24 (Reuters) -'], why: "a past aside's date bounds the dateline's year from below" },
    { text: 'N1 | Region\n\n12. mar. 2025. 18:22\n\nThe envoys met on Monday.', date: '2025-03-12', source: 'header', spans: ['12. mar. 2025. 18:22'], why: 'a day and a short month with full stops' },
    { text: 'N1 | Region\n\n12.03.2025. 18:22\n\nThe envoys met on Monday.', date: '2025-03-12', source: 'header', spans: ['12.03.2025. 18:22'], why: 'a dotted date with a full stop after the year is day first' },
    { text: 'Envoys meet\n\nUpdated January 31st, 2024 at 20:15 BJT\n\nThe envoys met on Tuesday.', date: '2024-01-31', source: 'header', spans: ['Updated January 31st, 2024 at 20:15 BJT'], why: "Beijing's time zone" },
    { text: 'Press release\n\n4 October 2024 - 1817-04-10-2024\n\nThe envoys met on Friday.', date: '2024-10-04', source: 'header', spans: ['4 October 2024 - 1817-04-10-2024'], why: "a document's reference number after the date is no date" },
    { text: 'Rome\n\nFLASH — 12:47 CET, 02/10/2025\n\nThe minister spoke on Wednesday.', date: '2025-10-02', source: 'header', spans: ['FLASH — 12:47 CET, 02/10/2025'], why: 'a date in figures after a time, in a zone east of Greenwich: day first' },
    { text: 'Ministry of Foreign Affairs\n\nNews item | 26-09-2024 | 14:30\n\nThe envoy spoke on Monday.', date: '2024-09-26', source: 'header', spans: ['News item | 26-09-2024 | 14:30'], why: 'a date between bars' },
    { text: 'Federal Foreign Office\nRegular Press Conference of 23 July 2025 (excerpt)\n\nThe spokesman said the embassy stays open.', date: '2025-07-23', source: 'header', spans: ['Regular Press Conference of 23 July 2025 (excerpt)'], why: 'a title that ends on "of" its date' },
    { text: 'NRK | News\n\n23.01.2022 kl. 14:02\n\nThe delegation landed on Saturday.', date: '2022-01-23', source: 'header', spans: ['23.01.2022 kl. 14:02'], why: '"kl." before a time' },
    { text: 'LIVE: reactions\n\nLast updated: 4 July 2025, 14:32 Kabul time\n\nThe spokesman said on Friday the move was Moscow\'s matter.', date: '2025-07-04', source: 'header', spans: ['Last updated: 4 July 2025, 14:32 Kabul time'], why: "a city's time, not in brackets" },
    { text: 'Americans freed\n\nKABUL, Afghanistan (AP) — Jan. 21, 2025 — Two Americans were freed on Tuesday.', date: '2025-01-21', source: 'dateline', spans: ['KABUL, Afghanistan (AP) — Jan. 21, 2025 —'], why: 'the agency before the date, as AP prints it' },
    { text: 'Envoy urges talks\n8 January 2025 | Peace and Security\nThe envoy spoke.', date: '2025-01-08', source: 'header', spans: ['8 January 2025 | Peace and Security'], why: 'a date before the first bar, a section after it' },
    { text: 'Envoys meet in Moscow\nBy The Steppe Herald 26 October 2024\nThe envoys met.', date: '2024-10-26', source: 'header', spans: ['By The Steppe Herald 26 October 2024'], why: 'a byline with a date after it' },
    { text: 'Envoys meet in Moscow\nBy Jane Roe, March 3, 2024\nThe envoys met.', date: '2024-03-03', source: 'header', spans: ['By Jane Roe, March 3, 2024'], why: '... with a comma between' },
    { text: 'Envoys meet in Moscow\nBy the end of March 2024 the talks had ended.\nThe envoys met.', date: null, source: null, spans: [], why: 'a sentence that opens with "By" is no byline' },
    { text: 'TASHKENT, July 17 (Reuters) - Uzbekistan on Wednesday signed a deal with the group, in power since it took Kabul in August 2021.', date: '2024-07-17', source: 'dateline', spans: ['TASHKENT, July 17 (Reuters) -'], why: "the lead's weekday: the first year from 2022 in which July 17 is a Wednesday" },
    { text: 'KABUL, March 3 (Reuters) - Envoys met on Friday, months after the group took power in August 2021. Last Tuesday they spoke.', date: '2023-03-03', source: 'dateline', spans: ['KABUL, March 3 (Reuters) -'], why: '... March 3 is a Friday first in 2023' },
    { text: 'ANKARA, Oct 10 (Reuters) - Turkey said on Friday it would reopen its consulate, four years after the group seized power in August 2021.', date: '2025-10-10', source: 'dateline', spans: ['ANKARA, Oct 10 (Reuters) -'], why: '... also when the story is years past the latest year it states' },
    { text: 'KABUL, March 3 (Reuters) - Envoys met last Friday, after the group took power in August 2021.', date: '2022-03-03', source: 'dateline', spans: ['KABUL, March 3 (Reuters) -'], why: 'a weekday with "last" is another day' },
    { text: 'MOSCOW, October 4. /TASS/. Envoys met on Friday. The ban was lifted on July 3, 2025.', date: '2025-10-04', source: 'dateline', spans: ['MOSCOW, October 4. /TASS/.'], why: "the lead's weekday may be the day before: Saturday's story of Friday" },
    { text: 'MOSCOW, October 8. /TASS/. Envoys met on Monday. The ban was lifted on July 3, 2025.', date: '2025-10-08', source: 'dateline', spans: ['MOSCOW, October 8. /TASS/.'], why: 'no year near the stated one fits the weekday: the stated year stands' },
    { text: 'KABUL, March 3 (Reuters) - Envoys met after the group took power in August 2021. They meet again on Friday.', date: '2022-03-03', source: 'dateline', spans: ['KABUL, March 3 (Reuters) -'], why: 'a weekday after the lead is not the dateline day' },
    { text: 'DUBLIN/OSLO/MADRID, May 22 (Reuters) - Three states said on Wednesday they would act. Ties have grown since 2021.', date: '2024-05-22', source: 'dateline', spans: ['DUBLIN/OSLO/MADRID, May 22 (Reuters) -'], why: 'places joined by slashes; a "since" year bounds the search for the lead\'s weekday' },
    { text: 'RIGA, May 6, 2024 (LETA/BNS) -- Latvia said it would keep its embassy closed.', date: '2024-05-06', source: 'dateline', spans: ['RIGA, May 6, 2024 (LETA/BNS) --'], why: 'an agency with a slash in its brackets' },
    { text: 'ALMATY, Kazakhstan, March 14. Kazakhstan struck the group off its list on Thursday, years after the group seized power in August 2021.', date: '2024-03-14', source: 'dateline', spans: ['ALMATY, Kazakhstan, March 14.'], why: "a day's full stop ends a dateline without an agency; the lead's weekday gives its year" },
    { text: 'ALMATY, March 14. Kazakhstan acted on Thursday. Talks have gone on since the group returned to power in August 2021.', date: '2024-03-14', source: 'dateline', spans: ['ALMATY, March 14.'], why: 'the date a "since" clause states is no aside: it dates the event the story tells of' },
    { text: 'PRESS RELEASE\n\nMinistry of Foreign Affairs\nKabul, 12 Saratan 1404 (3 July 2025)\n\nThe minister received the ambassador today.', date: '2025-07-03', source: 'header', spans: ['Kabul, 12 Saratan 1404 (3 July 2025)'], why: 'a date in another calendar with the Gregorian one in brackets' },
    { text: 'INTER SERVICES PUBLIC RELATIONS\n\nNo PR-212/2025-ISPR            Rawalpindi - October 12, 2025\n\nTroops repulsed an attack.', date: '2025-10-12', source: 'header', spans: ['No PR-212/2025-ISPR            Rawalpindi - October 12, 2025'], why: "a release's number before its place and date" },
    { text: 'Ministry of Foreign Affairs\n\nJoint Press Conference of the Minister of Foreign Affairs and his guest, the Minister of Foreign Affairs of a neighbouring state, 15 January 2025, Ankara (Unofficial Translation)\n\nThe minister welcomed his guest.', date: '2025-01-15', source: 'header', spans: ['Joint Press Conference of the Minister of Foreign Affairs and his guest, the Minister of Foreign Affairs of a neighbouring state, 15 January 2025, Ankara (Unofficial Translation)'], why: 'a long title line that ends on its date and place after commas' },
    { text: 'Why capitals hold back\nBy a staff correspondent\nThe Steppe Herald in English, published September 24, 2025\nThe envoys met on Monday.', date: '2025-09-24', source: 'header', spans: ['The Steppe Herald in English, published September 24, 2025'], why: 'an outlet before "published"' },
    { text: 'Regional Briefing | Newsletter\nWeek of March 4, 2024\nThe envoys met on Tuesday.', date: '2024-03-04', source: 'header', spans: ['Week of March 4, 2024'], why: "a newsletter's week" },
    { text: 'DUSHANBE / ASHGABAT, September 20, 2018 — Two neighbours chose two paths.', date: '2018-09-20', source: 'dateline', spans: ['DUSHANBE / ASHGABAT, September 20, 2018 —'], why: 'places joined by a slash between spaces' },
    { text: 'OSLO, May 22 (Reuters) - Three states acted on Wednesday. Ties have grown since 2021. The authority gave commitments to hold elections in 2031.', date: '2024-05-22', source: 'dateline', spans: ['OSLO, May 22 (Reuters) -'], why: 'the year of a promised event is no year the story was written in or after' },
    { text: 'New Delhi [India], October 20 (ANI): Russia on Wednesday hosted a delegation, in contact since 2019.', date: '2021-10-20', source: 'dateline', spans: ['New Delhi [India], October 20 (ANI):'], why: "ANI's dateline: the country in brackets, a colon after the agency" },
    { text: 'PRISTINA, March 12 (Reuters) - Contacts have grown since 2018.', date: null, source: null, spans: ['PRISTINA, March 12 (Reuters) -'], why: '... which alone gives it no year' },
    { text: 'The talks began on Tuesday (June 4), a year after contacts resumed in 2022.', date: '2024-06-04', source: 'inferred', spans: [], why: 'June 4 is a Tuesday first in 2024 from 2022 on' },
    { text: 'On Saturday, May 18, the envoy spoke. Ties have grown since 2021.', date: '2024-05-18', source: 'inferred', spans: [], why: 'weekday and date in one phrase' },
    { text: 'The envoy arrived last Wednesday, October 15, and ties have grown since 2024.', date: null, source: null, spans: [], why: '"last Wednesday" is a day before the story, not its date' },
    { text: 'On Saturday, May 18, 2019, the envoy spoke.', date: '2019-05-18', source: 'inferred', spans: [], why: 'a weekday date with its year, weekday consistent' },
    { text: 'Spokesperson Li Wei’s Press Conference on June 3, 2024\n\nQ: Will the envoy visit?', date: '2024-06-03', source: 'inferred', spans: [], why: 'a full date in the title line, with nothing better' },
    { text: 'Envoys met on June 3, 2024.\n\nThey talked.', date: null, source: null, spans: [], why: "a first line that is a sentence gives its event's date, not the article's" },
    { text: 'Talks in Doha\n\nThe envoys met on June 3, 2024.', date: null, source: null, spans: [], why: 'a full date in the body is the event, not the publication' },
    { text: 'Press conference, June 3\n\nThe envoys met.', date: null, source: null, spans: [], why: 'a title date without its year is no full date' },
    { text: 'The envoy spoke on Saturday. Ties have grown since 2021.', date: null, source: null, spans: [], why: 'a weekday without a date cannot be placed' },
    { text: 'On Saturday (May 18) the envoy spoke.', date: null, source: null, spans: [], why: 'no year anywhere: undatable, never today' },
    { text: 'Russia has kept contacts since 2021.', date: null, source: null, spans: [], why: '"since 2021" alone is no publication date' },
    { text: 'Talks will be held in Moscow on October 20.', date: null, source: null, spans: [], why: 'a future meeting date is no publication date' },
    { text: '', date: null, source: null, spans: [], why: 'empty text' },
    { text: 'Moscow hosts a forum.\n\nPublished in Dawn, November 10th, 2023', date: '2023-11-10', source: 'header', spans: ['Published in Dawn, November 10th, 2023'], why: "a newspaper's footer names the paper before the date" },
    { text: 'Published in the Kabul Times, its sister paper, on Monday\nText.', date: null, source: null, spans: [], why: 'a footer without a full date is prose' },
    { text: 'Published by the ministry of foreign affairs today\nText.', date: null, source: null, spans: [], why: 'a "Published" line without a full date is prose' },
    { text: 'Moscow hosts a forum\n\nBy A. Writer\n\nSunday 3 March 2024, 10:05 GMT\n\nThe envoy spoke.', date: '2024-03-03', source: 'header', spans: ['Sunday 3 March 2024, 10:05 GMT'], why: 'a line near the top with a date alone is the date the page prints' },
    { text: 'Oslo eases its stance\n\nBrussels, 24 February 2025\n\nThe envoy spoke.', date: '2025-02-24', source: 'header', spans: ['Brussels, 24 February 2025'], why: 'a place and a date alone on a line near the top' },
    { text: 'Oslo eases its stance\n\nPublished time: 15 Oct, 2025 16:02\nEdited time: 15 Oct, 2025 17:30\n\nThe envoy spoke.', date: '2025-10-15', source: 'header', spans: ['Published time: 15 Oct, 2025 16:02', 'Edited time: 15 Oct, 2025 17:30'], why: '"Published time" and "Edited time" lines' },
    { text: 'Episode 214\n\nTranscript · Released February 23, 2024 · 38 min\n\nThe envoy spoke.', date: '2024-02-23', source: 'header', spans: ['Transcript · Released February 23, 2024 · 38 min'], why: '"Released" between middle dots' },
    { text: 'Foreign relations\n\nThe envoy spoke.\n\nThis page was last edited on 14 March 2025, at 08:12 (UTC).', date: '2025-03-14', source: 'header', spans: ['This page was last edited on 14 March 2025, at 08:12 (UTC).'], why: 'a wiki page\'s last edit, as an update line' },
    { text: 'Paper\nNewspaper No. 181 of 30.09.2023, p. 5\n\nThe envoy spoke.', date: '2023-09-30', source: 'header', spans: ['Newspaper No. 181 of 30.09.2023, p. 5'], why: "a newspaper's issue number and date" },
    { text: 'Oslo eases its stance\n\nJane Writer and John Writer  |13.08.2025 - Update : 13.08.2025\n\nThe envoy spoke.', date: '2025-08-13', source: 'header', spans: ['|13.08.2025 - Update : 13.08.2025'], why: 'a date after the last bar, with an update after it' },
    { text: 'OUTLET\nNews | Oslo\n\nOslo eases its stance\n\nA standfirst about it.\n\nJane Writer\nOslo, Bergen\nJuly 22, 2025 | 13:05\n\nThe envoy spoke.', date: '2025-07-22', source: 'header', spans: ['July 22, 2025 | 13:05'], why: 'a date line below a standfirst, bylines and places' },
    { text: 'Oslo eases its stance\n\nOslo / Mexico City - SEP 13, 2024 - 12:41 CEST\n\nThe envoy spoke.', date: '2024-09-13', source: 'header', spans: ['Oslo / Mexico City - SEP 13, 2024 - 12:41 CEST'], why: 'the places of two reporters between slashes' },
    { text: 'Analysis\n\nRome weighs its options\n\nA long standfirst on the vote.\n\nBy A. Writer\n\nPublished on May 14, 2024, at 7:30 am (Rome)\n\nThe envoy spoke.', date: '2024-05-14', source: 'header', spans: ['Published on May 14, 2024, at 7:30 am (Rome)'], why: 'a city in brackets after the time' },
    { text: 'Berlin and Kabul\n\nBy A. Writer\n14.05.2024, 09.10 Uhr\n\nThe envoy spoke.', date: '2024-05-14', source: 'header', spans: ['14.05.2024, 09.10 Uhr'], why: 'a dotted date and a time in hours and minutes with "Uhr"' },
    { text: 'MINISTRY OF FOREIGN AFFAIRS\nWeekly briefing of the press corps by the Spokesperson of the Ministry of Foreign Affairs, Ms Anna Example (Valletta, 2 May 2022)\n\nSPOKESPERSON: Good morning.', date: '2022-05-02', source: 'header', spans: ['Weekly briefing of the press corps by the Spokesperson of the Ministry of Foreign Affairs, Ms Anna Example (Valletta, 2 May 2022)'], why: 'a long title line that ends on its place and date in brackets' },
    { text: 'Moscow and the group\n\nPublished by Example News on March 14, 2023.\n\nThe envoy spoke.', date: '2023-03-14', source: 'header', spans: ['Published by Example News on March 14, 2023.'], why: '"Published by <outlet> on <date>"' },
    { text: 'Vienna and Kabul\n\nUpdated 04/06/2025 - 09:12 GMT+2\n\nThe envoy spoke.', date: '2025-06-04', source: 'header', spans: ['Updated 04/06/2025 - 09:12 GMT+2'], why: 'a date in figures beside a time zone east of Greenwich is read day first' },
    { text: 'Washington and Kabul\n\nUpdated 04/06/2025 - 09:12 EDT\n\nThe envoy spoke.', date: '2025-04-06', source: 'header', spans: ['Updated 04/06/2025 - 09:12 EDT'], why: '... and month first beside an American one' },
    { text: 'Oslo eases its stance\n\nIssued on: 22/09/2025 - 22:41 Modified: 23/09/2025 - 08:15\n\nThe envoy spoke.', date: '2025-09-22', source: 'header', spans: ['Issued on: 22/09/2025 - 22:41 Modified: 23/09/2025 - 08:15'], why: '"Issued on", with the time of a later change on the same line' },
    { text: 'Oslo eases its stance\n\nJane Writer   Sep 20, 2024\n\nThe envoy spoke.', date: '2024-09-20', source: 'header', spans: ['Jane Writer   Sep 20, 2024'], why: 'a name set apart from the date by a wide space' },
    { text: 'Oslo eases its stance\n\nJane Writer spoke on Sep 20, 2024\n\nThe envoy spoke.', date: null, source: null, spans: [], why: '... but not a name in a sentence' },
    { text: 'Oslo eases its stance\nNew York, Feb. 3, 2023 (AP)\nThe envoy spoke.', date: '2023-02-03', source: 'header', spans: ['New York, Feb. 3, 2023 (AP)'], why: '... with a news agency after it' },
    { text: 'Oslo eases its stance\n\nBy A. Writer | Published Oct 9, 2024, 05:00 PM\n\nThe envoy spoke.', date: '2024-10-09', source: 'header', spans: ['By A. Writer | Published Oct 9, 2024, 05:00 PM'], why: 'a labelled date beside a byline, between bars' },
    { text: 'Oslo eases its stance\nPublished: 01 April ,2022: 06:10 PM GST\n\nThe envoy spoke.', date: '2022-04-01', source: 'header', spans: ['Published: 01 April ,2022: 06:10 PM GST'], why: 'a comma set before the year' },
    { text: 'Oslo eases its stance\n\nWorld | Asia | Updated 3 March 2024\n\nThe envoy spoke.', date: '2024-03-03', source: 'header', spans: ['World | Asia | Updated 3 March 2024'], why: '... after section names' },
    { text: 'Oslo eases its stance\n\nTalks | Published soon\n\nThe envoy spoke.', date: null, source: null, spans: [], why: 'a label without a full date between bars is prose' },
    { text: 'Oslo eases its stance\nFeb. 3, 2023 (the day of the talks)\nThe envoy spoke.', date: null, source: null, spans: [], why: 'words in brackets after a date are prose' },
    { text: 'Oslo eases its stance\nRussia, China and Iran: talks in 2024\nThe envoy spoke.', date: null, source: null, spans: [], why: 'a year alone after names is no date line' },
    { text: 'Moscow hosts a forum.\n\nTalks began on March 3, 2024.', date: null, source: null, spans: [], why: 'a sentence with a date is not a date line' },
    {
      text: 'Who deals with the group?\n\nBy Agency Staff\n\nJuly 4 (Reuters) - Oslo on Thursday opened talks with the group. Kazakhstan took the same step in September 2024.',
      date: '2025-07-04',
      source: 'dateline',
      spans: ['July 4 (Reuters) -'],
      why: 'a dateline without a place, with an agency mark, takes its year from the text',
    },
    { text: 'July 4 was the day the talks opened. Oslo spoke in 2024.', date: null, source: null, spans: [], why: 'a month and a day in a sentence are no dateline' },
    {
      text: 'HANOI, Sept 5 (Reuters) - Leaders on Tuesday barred the generals again, as they had since 2021. Laos would chair the bloc in 2026.',
      date: '2023-09-05',
      source: 'dateline',
      spans: ['HANOI, Sept 5 (Reuters) -'],
      why: 'a year in a clause about the future does not bound the year of a dateline',
    },
    {
      text: 'Press release\n\nOn 14 November 2023, the Minister received the delegation.\n\nThe parties agreed to meet again.',
      date: '2023-11-14',
      source: 'inferred',
      spans: [],
      why: "a full date that opens a press release's lead",
    },
    {
      text: 'On August 15, 2021, the group entered the capital.\n\nIn March 2024, envoys met its leaders.',
      date: null,
      source: null,
      spans: [],
      why: '... but not one that a later date in the text shows to be a day in the past',
    },
    {
      text: 'LOME, Jan 1 (Reuters) - Togo signed a port deal on Monday with the region, which broke away in 1991.',
      date: null,
      source: null,
      spans: ['LOME, Jan 1 (Reuters) -'],
      why: 'a year in an aside about another event neither gives nor bounds the year of a dateline',
    },
    { text: 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nSeven.\n\nEight.\n\nMarch 3, 2024\n\nNine.\n\nTen.', date: null, source: null, spans: [], why: 'a date line far below the top and above the bottom is not the page date' },
    { text: 'One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nMarch 3, 2024', date: '2024-03-03', source: 'header', spans: ['March 3, 2024'], why: 'a date line at the very bottom is the date the page prints under the article' },
    { text: 'Envoy arrives\nMarch 3, 2025 7:42 PM GMT+3 Updated 2 hours ago\nThe envoy spoke.', date: '2025-03-03', source: 'header', spans: ['March 3, 2025 7:42 PM GMT+3 Updated 2 hours ago'], why: 'an update notice after the date, and an offset after its zone, stay in the header'},
  ];
  test.each(cases)('$why', ({ text, date, source, spans }) => {
    const r = extractPublished(text, { parser });
    expect(r.date).toBe(date);
    expect(r.source).toBe(source);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(spans);
    if (r.evidence !== null) expect(text.slice(r.evidence.span.start, r.evidence.span.end)).toBe(r.evidence.text);
  });

  test('metadata wins over headers, and header spans are still returned', () => {
    const text = 'Published March 4th, 2022 at 09:15 IST\nText.';
    const r = extractPublished(text, { published: '2022-03-06T08:00:00Z', parser });
    expect(r).toMatchObject({ date: '2022-03-06', source: 'metadata', evidence: null });
    expect(r.spans).toHaveLength(1);
  });
  test('null metadata falls back to the text', () => {
    expect(extractPublished('date 2022-03-04 Text.', { published: null, parser }).date).toBe('2022-03-04');
  });
  test.each([['04/03/2022'], ['2022-02-30'], ['soon']])('bad metadata %p throws InvalidOptionError naming "published"', (bad) => {
    expect(() => extractPublished('Text.', { published: bad })).toThrow(/Invalid option "published"/);
    expect(() => extractPublished('Text.', { published: bad })).toThrow(InvalidOptionError);
  });

  test.each([
    ['000_0a1e172f0e736020.txt', '2021-08-18', 'header'],
    ['001_92abfbba9e505c51.txt', '2021-10-25', 'header'],
    ['002_f354201d4758c607.txt', '2021-10-07', 'header'],
    ['003_d093af9fcdfad0bd.txt', '2021-09-10', 'header'],
    ['004_265c24f8302bdf36.txt', '2024-05-18', 'inferred'],
  ])('seed %s was published on %s (%s)', (file, date, source) => {
    const text = readFileSync(join(__dirname, '../../examples/data', file), 'utf8');
    expect(extractPublished(text, { parser })).toMatchObject({ date, source });
  });
});

describe('extractPublished with relative words', () => {
  test.each([
    ['Published today\nText.', 'a relative "today" is no header date'],
    ['MOSCOW, yesterday. /TASS/. Text in 2021.', 'a relative dateline is no dateline'],
    ['MOSCOW, April 17. /TASS/. The group has been banned in Russia since 2003.', 'a "since" year bounds the year from below: it cannot date a dateline'],
    ['On Saturday (May 18) they met. They met last year too.', '"last year" states no year for inference'],
  ])('%p -> null (%s)', (text) => {
    expect(extractPublished(text).date).toBeNull();
  });
});
