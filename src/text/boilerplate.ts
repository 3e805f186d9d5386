/**
 * Page furniture that news sites put into article text: it is not a statement. Kept as data; each pattern
 * says what it matches. Patterns are tried on the start of a line (after any header or dateline was removed).
 */

/** Photo credits ("AP", "Getty Images"); a credit is followed by the caption, which is a statement. */
export const PHOTO_CREDITS = [
  'AP Photo',
  'AP',
  'AFP',
  'PTI',
  'ANI',
  'IANS',
  'Reuters',
  'Getty Images',
  'Getty',
  'EPA',
  'TASS',
  'Sputnik',
  'RIA Novosti',
  'Xinhua',
  'Twitter',
  'Facebook',
  'Instagram',
  'Wikimedia Commons',
  'Shutterstock',
  'File Photo',
  'File',
  'Representative Image',
  'Representative',
  'self',
] as const;

const CREDIT = `(?:${[...PHOTO_CREDITS].sort((a, b) => b.length - a.length).map((c) => c.replace(/ /g, '\\s+')).join('|')}|@\\w+|[A-Z]{2,10})(?![\\p{L}\\p{N}])`;

/** A label word in its usual cases: `Photo`, `photo`, `PHOTO`. */
const label = (words: readonly string[]): string => words.flatMap((w) => [w, w.toLowerCase(), w.toUpperCase()]).join('|');
const IMAGE_LABEL = `(?:${label(['File Photo', 'File Picture', 'File Image', 'Image', 'Photo', 'Picture', 'Pic'])})`;

/**
 * `Image Source : AP`, `Image: AP | Image:self`, `Photo: Reuters`, `Photo credit: PTI`. Matched with the case as
 * written (labels in their usual cases): an acronym credit is capitals only, so `Photo: Lavrov in Moscow` is a
 * caption, not a credit "Lavrov".
 */
export const IMAGE_CREDIT = new RegExp(
  `^${IMAGE_LABEL}(?:\\s+(?:${label(['Source', 'Credit', 'Courtesy'])}))?\\s*:\\s*${CREDIT}(?:[\\s\\u00a0]*[|/,][\\s\\u00a0]*(?:${IMAGE_LABEL}(?:\\s+(?:${label(['Source', 'Credit'])}))?\\s*:\\s*)?${CREDIT})*[\\s\\u00a0]*`,
  'u',
);

/** `Photo: Lavrov in Moscow (AP)`: a label with no credit after it opens a caption. */
export const CAPTION_LABEL = new RegExp(`^${IMAGE_LABEL}\\s*:\\s*`, 'u');

/** "Follow us on" with the platforms named after it. */
export const FOLLOW_US = /^Follow\s+us\s+on(?:[\s,|]+(?:Google\s+News|Twitter|Facebook|Instagram|Telegram|WhatsApp|LinkedIn|YouTube|X)(?![\p{L}]))*[\s\u00a0,|]*/iu;

/**
 * Whole lines that are furniture: advertisement markers, bylines and agency credit lines ("Reporting by ...; Editing
 * by ...", also in brackets), "read more" links, agency notes, copyright lines, trust notices, sharing buttons ("Share
 * on Facebook ..."), reading times, "Listen to this article", cookie notices, a photo agency alone on its line
 * ("Getty Images"), breadcrumbs ("Home » World » Asia") and source and editor lines without a full stop ("Source:
 * Xinhua", "Editor: Liu Yang"); agency and press-office lines ("--With assistance from ...", "To contact the reporter on
 * this story: ...", "For media inquiries, please contact ...", "Press and information team of the Delegation ...");
 * a live page's "Get in touch", a newsletter's "You are receiving this because ...", the number of a UN meeting
 * ("9730TH MEETING (AM)") and lists of topics ("Related topics: ...", "Read more about: ..."); a wiki page's tag line,
 * hatnote and categories ("From Wikipedia, the free encyclopedia", "This article is about ...", "Categories: ..."),
 * press contacts ("Contact for media:", "Press service contacts: ...", a newsletter's "Welcome to this week's edition of ...", "For further information, please contact ..."), "Please contact us for ...", "Like X on Facebook ...", an agency's note on its subscribers' stories, "Sign up to ...", a desk's byline ("By our Middle East desk | ...") and an image's note in square brackets ("[Image: ... Photo: ...]").
 */
export const BOILERPLATE_LINE =
  /^(?:advertisement|sponsored|[(*]?\s*(?:additional\s+)?(?:reported|reporting|written|writing|edited|editing|compiled|produced)\s+by\b.*|(?:correction|clarification)\s*:.*|follow\s+\S+\s+on\s+(?:telegram|twitter|x|facebook|instagram|youtube|whatsapp)\b.*|(?:©|\(c\)|copyright\b).*|all\s+rights\s+reserved\.?|our\s+standards\s*:.*|by\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}|(?:also\s+)?read(?:\s+(?:more|also))?\s*[:|].*|\(?\s*with\s+inputs\s+from\b.*|\(?\s*this\s+story\s+has\s+not\s+been\s+edited\b.*|(?:share|tags?)\s*:.*|share\s+(?:on|via)\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|email)\b.*|[^.!?»›>\n]{1,30}(?:\s*[»›>]\s*[^.!?»›>\n]{1,30}){1,6}|(?:source|editor|editors)\s*:[^.!?]{1,100}|click\s+here\b.*|-*\s*with\s+assistance\s+from\b.*|to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b.*|for\s+(?:media|press)\s+(?:inquiries|enquiries|queries)\b.*|press\s+and\s+information\s+team\b.*|meetings\s+coverage(?:\s+and\s+press\s+releases)?|.{0,80}\bis\s+supported\s+(?:in\s+part\s+)?by\s+(?:its\s+)?(?:readers|donations|donors|a\s+grant|grants)\b.*|for\s+identifying\s+information\b.*|subscribe\b.*|sign\s+up\s+(?:to|for|here|now|today)\b.*|by\s+our\s+[^|.!?\n]{1,40}\s+(?:desk|staff|correspondents?|bureau)\b.*|\[\s*(?:image|photo|picture|video)\s*:[^\]\n]*\]|\d+\s+min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s*[(\d][^.!?]{0,20})?|we\s+use\s+cookies\b.*|(?:accept|manage)\s+(?:all\s+)?cookies\b.*|(?:getty\s+images|shutterstock|(?:ap|afp|reuters|epa)(?:\s+photos?)?)\s*(?:\/[^.!?]{0,60})?|follow\s+us\s+on\b[^.!?]*[.!]?|get\s+in\s+touch(?:\s+with\s+us)?[.!]?|you\s+(?:are\s+receiving|received|have\s+received)\s+this\s+(?:e-?mail|newsletter|message|because)\b.*|unsubscribe\b.*|[\p{L}\s]{0,40}?\d+(?:st|nd|rd|th)\s+meeting(?:\s*\((?:am|pm)(?:\s*(?:&|and)\s*(?:am|pm))?\))?|read\s+more\s+about\s*:.*|related(?:\s+(?:topics|content|tags|links|stories|articles|news))?\s*:\s*\S.*|from\s+wikipedia,\s+the\s+free\s+encyclopedia|categor(?:y|ies)\s*:.*|this\s+article\s+is\s+about\b.*|for\s+other\s+uses,\s+see\b.*|(?:press(?:\s+(?:service|office))?|media)\s+contacts?\s*:.*|share(?:\s+this(?:\s+(?:article|story|page))?)?\.?|more\s+to\s+follow\.?|(?:this\s+is\s+a\s+)?developing\s+story\.?|key\s+events|\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|ist|gmt|utc|bst|cet|cest|msk|et|edt|est|hrs)?|join\s+[^.!?]{0,40}\b(?:telegram|whatsapp)\s+channel\b.*|welcome\s+to\s+(?:this\s+week's\s+|this\s+month's\s+|today's\s+|the\s+latest\s+|our\s+|the\s+)?(?:edition|issue)\s+of\b.*|(?:media\s+)?contacts?\s+for\s+(?:the\s+)?(?:media|press)\s*:.*|(?:media|press)\s+contacts?\s*:?|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?(?:contact|call|email|e-mail|write\s+to|visit)\b.*|(?:please\s+)?contact\s+us\s+for\b.*|like\s+\S+(?:\s+\S+)?\s+on\s+facebook\b.*|.{0,60}\bwebsite\s+contains\s+only\s+a\s+portion\s+of\b.*)$/iu;

/**
 * A line that only announces links ("READ MORE", "Related", "Also read", "Read next", "Most Read from ..."): the short, headline-like lines after it
 * (at most {@link LINK_LIST_MAX}, blank lines between them allowed) are the titles of other articles.
 */
export const LINK_LIST_MARKER = /^(?:read\s+more|(?:also\s+)?read\s+also|also\s+read|related(?:\s+(?:stories|articles|news|coverage|content|reading))?|recommended(?:\s+(?:stories|articles|for\s+you))?|more\s+on\s+(?:this|the\s+topic)(?:\s+story)?|see\s+also|you\s+may\s+also\s+like|read\s+next|more\s+stories|top\s+stories|most\s+read(?:\s+from\s+[^.!?:]{1,30})?)\s*:?$/iu;

/** Most link titles read after a {@link LINK_LIST_MARKER}. */
export const LINK_LIST_MAX = 6;

/** Words a link title has at most. */
export const LINK_TITLE_MAX_WORDS = 20;
