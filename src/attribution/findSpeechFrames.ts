import type { Span } from '../types';
import { APPOSITIVE_MAX_CHARS } from './constants';
import { CLAIM_NOUNS, DECLARED_ACT, EVENT_NOUNS, FILLER_WORDS, SPEECH_VERBS, SUBJECT_PREFIX } from './attributionLexicon';
import type { QuoteSpan } from './findQuotes';
import type { Mention } from './Mention';
import type { FrameRule, SpeechFrame } from './SpeechFrame';
import { WORD_END, WORD_START, eitherCase, escapeRegExp } from './unicodeText';

/** Options of {@link findSpeechFrames}. */
export interface FindSpeechFramesOptions {
  /** Quotes of the text (from `findQuotes`), to mark frames inside direct speech. */
  readonly quotes?: readonly QuoteSpan[];
  /** Longest appositive between a speaker and its verb (default {@link APPOSITIVE_MAX_CHARS}). */
  readonly appositiveMaxChars?: number;
}

/** An auxiliary right after a noun phrase: the subject of a reported clause, not an inverted speaker ("said its envoy had met"). */
const REPORTED_PREDICATE_AFTER = /^\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|must|did|does|do|may|might)(?![\p{L}])/u;
const words = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');

const VERB_PATTERN = new RegExp(`${WORD_START}(?:${words(SPEECH_VERBS)})${WORD_END}`, 'gu');
const ACCORDING_PATTERN = /(?<![\p{L}])[Aa]ccording\s+to\s+/gu;
const FILLER = new RegExp(
  `^(?:[\\s,]+|(?:${words(FILLER_WORDS)})${WORD_END}|on\\s+\\p{Lu}\\p{L}*(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|on\\s+\\d{1,2}\\s+\\p{Lu}\\p{L}*|\\([^()]{0,40}\\))*$`,
  'u',
);
/**
 * ", a move the Taliban hailed as ...", ", in a step its foreign policy chief described as ...", ", a charge Kabul
 * rejects": a speaker inside a clause that describes the event or the claim of the sentence comments on it; the
 * sentence is not that speaker's words.
 */
const DESCRIBED_EVENT =
  new RegExp(`,\\s*(?:in\\s+)?(?:a|an|the|what)\\s+(?:\\p{L}+\\s+)?(?:${[...EVENT_NOUNS, ...CLAIM_NOUNS].join('|')})\\s+(?:that\\s+|which\\s+)?(?:(?:the|its|their|\\p{Lu}\\p{L}*['’]s)\\s+)?$`, 'iu');
const PASSIVE_BEFORE = /(?:^|[^\p{L}])(?:was|were|been|being|is|are|be|the)\s+(?:\p{L}+ly\s+)?$/u;
const CLAUSE_BOUNDARY = /[;:!?\n“”"]|\.(?=\s)|(?<![\p{L}])that(?![\p{L}])/gu;
const SENTENCE_BOUNDARY = /[;:!?\n“”"]|\.(?=\s)/gu;
const OWN_SUBJECT_AFTER_COMMA = /,\s+(?:the|a|an)\s+[^,;:"“”()]{1,60}$/iu;
/** ", and announced": a predicate coordinated with the one before, whose subject is that one's, not an appositive. */
const COORDINATED_PREDICATE = /^\s*,\s*(?:and|or|but)\s/u;
/** A clause that "that" opens, as a reported one. */
const REPORTED_CLAUSE_START = /(?<![\p{L}])that$/iu;
/** A verb right after ", and" (maybe with an adverb), with no subject of its own. */
const AFTER_COMMA_AND = /,\s*(?:and|but)\s+(?:\p{L}+ly\s+)?$/u;
const COORDINATION = /^\s*,?\s+(?:and|as well as)\s+(?:\p{Ll}+\s+)?$/u;
const SPEAKER_KINDS = new Set(['official', 'person', 'role', 'group', 'pronoun', 'institution', 'generic-institution', 'name', 'metonym']);
const PERSON_KINDS = new Set(['official', 'person', 'role', 'pronoun']);
/**
 * What may stand before the name that heads a quote with a colon: a courtesy title ("MR MILLER:", "Ms. Mao Ning:"),
 * an office of speaking, and the rest of a longer form of the name ("Spokesperson Dr. Majed bin Mohammed Al-Ansari:").
 */
const LABEL_OPENING = new RegExp(
  `^[^\\p{L}]*(?:(?:${eitherCase('spokesperson')}|${eitherCase('spokesman')}|${eitherCase('spokeswoman')})\\s+)?(?:(?:${['mr', 'mrs', 'ms', 'dr', 'shri', 'smt', 'shrimati', 'amb', 'ambassador'].map((t) => `${t}|${t[0]!.toUpperCase()}${t.slice(1)}|${t.toUpperCase()}`).join('|')}|[Hh]\\.\\s?[Ee])\\.?\\s+)?(?:(?:\\p{Lu}[\\p{L}'’-]*|bin|ibn)\\s+){0,3}$`,
  'u',
);

/** Lower-case words that describe a person named after a verb: "said political analyst Aziz Rafiee", "said activist X". */
const DESCRIPTION_BEFORE_NAME = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){1,3}$/u;

/** Named people: who may head a quote with a colon. */
const PERSONAL_KINDS = new Set(['official', 'person']);

function canSpeak(m: Mention): boolean {
  return SPEAKER_KINDS.has(m.kind) && !m.oblique && !m.possessive && !m.modifier;
}

function inQuote(quotes: readonly QuoteSpan[], at: number): boolean {
  return quotes.some((q) => q.contentStart <= at && at < q.contentEnd);
}

function clauseStart(text: string, from: number, to: number, boundary: RegExp = CLAUSE_BOUNDARY): number {
  let start = from;
  for (const m of text.slice(from, to).matchAll(boundary)) start = from + (m.index ?? 0) + m[0].length;
  return start;
}

/** Of mentions that overlap (a role and the demonym in it), keep the longest. */
function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
}

/** What may follow the verb of a frame that closes its sentence: a time at most ("said Friday.", "said on Monday."). */
const FRAME_TAIL = /^\s*(?:(?:on|late|early|last|this)\s+)?(?:\p{L}+\s*){0,2}[.!?"”’]*\s*$/u;

function contentOf(text: string, unit: Span, speaker: Mention, verbEnd: number, rule: FrameRule): Span {
  const speakerStart = speaker.title?.start ?? speaker.start;
  const head = text.slice(unit.start, speakerStart);
  // "..., the Afghan administration said on Friday.": a frame after a comma whose verb ends the sentence with at most a
  // time, the words before the comma being what it says.
  const closing = /,\s*(?:(?:the|a|an)\s+)?(?:\p{L}[\p{L}-]*\s+){0,2}$/u.test(head) && FRAME_TAIL.test(text.slice(verbEnd, unit.end));
  const postposed = rule === 'inverted' || (/[,”"]\s*$/u.test(head) && /\p{L}/u.test(head));
  if (postposed) return { start: unit.start, end: speakerStart };
  if (closing) return { start: unit.start, end: unit.start + head.lastIndexOf(',') };
  const that = /^\s*(?:,|:)?\s*(?:that\s+)?/u.exec(text.slice(verbEnd, unit.end));
  return { start: verbEnd + (that?.[0].length ?? 0), end: unit.end };
}

/** The appositive test by its length limit: one pattern per limit, not one per unit. */
const appositives = new Map<number, RegExp>();

function appositivePattern(maxChars: number): RegExp {
  let re = appositives.get(maxChars);
  if (re === undefined) {
    re = new RegExp(`^\\s*,[^.;!?“”"]{1,${maxChars}}$`, 'u');
    if (appositives.size >= 64) appositives.clear();
    appositives.set(maxChars, re);
  }
  return re;
}

/**
 * The subject of a sentence whose verb follows the comma that closes an appositive or relative clause about it:
 * "Spain, one of five EU states that do not recognise Kosovo, said ...", "Moscow, which hosted the talks, said ...".
 * A comma right before the verb never closes the speaker's own name, so the mention right before it is inside the
 * aside. Not when a name follows the verb ("..., said Lavrov").
 */
function apposedSubject(
  text: string,
  unit: Span,
  verbStart: number,
  verbEnd: number,
  mentions: readonly Mention[],
  appositive: RegExp,
): Mention | undefined {
  if (!/,\s*$/u.test(text.slice(unit.start, verbStart))) return undefined;
  if (mentions.some((m) => m.start >= verbEnd && /^\s*$/u.test(text.slice(verbEnd, m.title?.start ?? m.start)) && !REPORTED_PREDICATE_AFTER.test(text.slice(m.end, m.end + 12)))) return undefined;
  const sentence = clauseStart(text, unit.start, verbStart, SENTENCE_BOUNDARY);
  return mentions.find(
    (m) =>
      m.start >= sentence &&
      m.end <= verbStart &&
      canSpeak(m) &&
      m.kind !== 'pronoun' &&
      SUBJECT_PREFIX.test(text.slice(sentence, m.title?.start ?? m.start)) &&
      appositive.test(text.slice(m.end, verbStart)),
  );
}

/** A relative clause between a person and the verb: "who has served in Kabul", "who attended the meeting". */
const RELATIVE_CLAUSE = /^\s+(?:who|whose)\s+(?:[^,.;:!?"“”()]{1,80}\s+)?$/u;
/** What may open a sentence before its subject: a determiner and a word or two ("A senior", "One Western"). */
const DESCRIBED_SUBJECT_PREFIX = /^\s*(?:(?:the|a|an|one|another)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The subject of a sentence whose verb follows a relative clause about it without commas, or ends it: "A senior
 * Russian diplomat who has served in Kabul said ...", "A Western envoy who has repeatedly said ...". Only a person
 * opening the sentence, even an indefinite one.
 */
function relativeSubject(text: string, unit: Span, verbStart: number, mentions: readonly Mention[]): Mention | undefined {
  const sentence = clauseStart(text, unit.start, verbStart, SENTENCE_BOUNDARY);
  return mentions.find((m) => {
    if (m.start < sentence || m.end > verbStart || !PERSON_KINDS.has(m.kind) || m.kind === 'pronoun' || !canSpeak(m)) return false;
    if (!DESCRIBED_SUBJECT_PREFIX.test(text.slice(sentence, m.title?.start ?? m.start))) return false;
    return RELATIVE_CLAUSE.test(text.slice(m.end, verbStart));
  });
}

/**
 * A body or place that opens the last comma-separated part before the verb is its subject, not a phrase inside an
 * aside about a person before it: "Lavrov held talks with Amir Khan Muttaqi, on the sidelines of the forum, the
 * Russian Foreign Ministry said". A person there may be the unclosed aside itself ("Balkhi, the spokesman of the
 * ministry said").
 */
function endsAside(text: string, unitStart: number, adjacent: Mention, verbStart: number): boolean {
  return (
    !PERSON_KINDS.has(adjacent.kind) &&
    !text.slice(adjacent.end, verbStart).includes(',') &&
    /,\s*(?:the\s+)?$/iu.test(text.slice(unitStart, adjacent.title?.start ?? adjacent.start))
  );
}

/** Words before "X states" that make it a noun phrase: "five EU states", "the Gulf states", "other Arab states". */
const STATES_NOUN_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:the|of|other|all|many|some|several|most|few|both|member|\p{N}+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|dozens?)\s+$/iu;

/**
 * "states" after a name is the noun, not the speech verb, when the name is a demonym ("Arab states") or follows a
 * determiner, a number or a quantifier ("one of five EU states that do not recognise Kosovo").
 */
function isStatesNoun(text: string, unitStart: number, verbStart: number, verb: string, mentions: readonly Mention[]): boolean {
  if (verb.toLowerCase() !== 'states') return false;
  const subject = mentions.find((m) => m.end <= verbStart && /^\s+$/u.test(text.slice(m.end, verbStart)));
  if (subject === undefined || PERSON_KINDS.has(subject.kind)) return false;
  return subject.kind === 'demonym' || STATES_NOUN_BEFORE.test(text.slice(Math.max(unitStart, subject.start - 20), subject.start));
}

/**
 * Finds the speech frames of one unit (a sentence) of a text: every speech verb with the mention that speaks it,
 * and "according to X". The speaker is, in order of preference: a person followed by an appositive ("Kabulov,
 * director of the department, said") when the adjacent candidate lies inside that appositive; the mention right
 * before the verb with only auxiliaries, adverbs or a time phrase between ("Putin last week emphasised", "the
 * Taliban, meanwhile, have welcomed"); the mention right after a verb that follows a comma or a closing quote
 * ("..., said Putin"); the first person of the clause. Passive verbs ("was told") are not frames. Objects and places
 * ("with the Taliban", "in Moscow"), possessives ("Putin's envoy") and modifiers ("Putin-led") never speak.
 * Pronouns and roles should be resolved first (`resolveMentions`).
 *
 * @example
 * const text = 'The talks will go on, the Foreign Ministry said.';
 * findSpeechFrames(text, { start: 0, end: text.length }, resolveMentions(findMentions(text, reg), reg))[0]?.rule; // 'adjacent'
 */
export function findSpeechFrames(
  text: string,
  unit: Span,
  mentions: readonly Mention[],
  options: FindSpeechFramesOptions = {},
): SpeechFrame[] {
  const quotes = options.quotes ?? [];
  const appositive = appositivePattern(options.appositiveMaxChars ?? APPOSITIVE_MAX_CHARS);
  const inUnit = outermost(mentions.filter((m) => m.start >= unit.start && m.end <= unit.end));
  const slice = text.slice(unit.start, unit.end);
  const frames: SpeechFrame[] = [];

  for (const v of slice.matchAll(VERB_PATTERN)) {
    const verbStart = unit.start + (v.index ?? 0);
    const verbEnd = verbStart + v[0].length;
    if (PASSIVE_BEFORE.test(text.slice(Math.max(unit.start, verbStart - 30), verbStart))) continue;
    if (isStatesNoun(text, unit.start, verbStart, v[0], inUnit)) continue;
    if (DECLARED_ACT.test(text.slice(verbStart, Math.min(unit.end, verbEnd + 40)))) continue;
    const clause = clauseStart(text, unit.start, verbStart);
    const before = inUnit.filter((m) => m.start >= clause && m.end <= verbStart && canSpeak(m));
    let speaker: Mention | undefined;
    let rule: FrameRule = 'adjacent';

    const adjacent = [...before].reverse().find((m) => FILLER.test(text.slice(m.end, verbStart)));
    const apposed = before.find(
      (m) =>
        PERSON_KINDS.has(m.kind) &&
        m.kind !== 'pronoun' &&
        appositive.test(text.slice(m.end, verbStart)) &&
        !COORDINATED_PREDICATE.test(text.slice(m.end, verbStart)) &&
        // An aside left open ("Balkhi, the spokesman of the ministry said") follows the subject, not an object:
        // "The Emiratis have accepted a Taliban ambassador, officials said" is the officials' report. A relative
        // "who" speaks for the object it follows ("remarks by Israel's ambassador, who said").
        (/,[^,]*,|^\s*,\s*who\s/u.test(text.slice(m.end, verbStart)) || SUBJECT_PREFIX.test(text.slice(clause, m.title?.start ?? m.start))),
    );
    const found = apposed ?? apposedSubject(text, unit, verbStart, verbEnd, inUnit, appositive) ?? relativeSubject(text, unit, verbStart, inUnit);
    // "Speaking on the sidelines of the General Assembly in New York, Lavrov said": a named person right before the
    // verb, with only a comma after the name before it, is the speaker; the name before the comma ends an opening phrase.
    const opens =
      found !== undefined &&
      adjacent !== undefined &&
      PERSONAL_KINDS.has(adjacent.kind) &&
      /^\s*,\s*$/u.test(text.slice(found.end, adjacent.title?.start ?? adjacent.start)) &&
      !/,/u.test(text.slice(adjacent.end, verbStart));
    const subject = opens ? undefined : found;
    if (subject !== undefined && (adjacent === undefined || (adjacent.start > subject.end && !endsAside(text, unit.start, adjacent, verbStart)))) {
      // "Russia's top envoy for Afghanistan, Zamir Kabulov, said": a role whose appositive is a name is that person.
      const named =
        subject.kind === 'role' &&
        adjacent !== undefined &&
        (adjacent.kind === 'official' || adjacent.kind === 'person') &&
        /^\s*,\s*$/u.test(text.slice(subject.end, adjacent.title?.start ?? adjacent.start));
      speaker = named ? adjacent : subject;
      rule = 'appositive';
    } else if (adjacent !== undefined) {
      // A coordinated subject ("Putin and other Russian officials said"): the named person speaks.
      const coordinated = before.find(
        (m) => m.end <= adjacent.start && PERSON_KINDS.has(m.kind) && COORDINATION.test(text.slice(m.end, adjacent.title?.start ?? adjacent.start)),
      );
      speaker = coordinated !== undefined && !PERSON_KINDS.has(adjacent.kind) ? coordinated : adjacent;
    }
    if (speaker === undefined && /[,”"]\s*$/u.test(text.slice(unit.start, verbStart))) {
      // Not the subject of the clause it reports: "Laos, which chairs the bloc, said its special envoy had met ...".
      speaker = inUnit.find(
        (m) =>
          m.start >= verbEnd &&
          (/^\s*$/u.test(text.slice(verbEnd, m.title?.start ?? m.start)) || (PERSON_KINDS.has(m.kind) && DESCRIPTION_BEFORE_NAME.test(text.slice(verbEnd, m.title?.start ?? m.start)))) &&
          SPEAKER_KINDS.has(m.kind) &&
          !REPORTED_PREDICATE_AFTER.test(text.slice(m.end, m.end + 12)),
      );
      // "said Islamabad-based security analyst Amir Rana": a place that only describes the speaker names them after it.
      const placed = speaker;
      if (placed !== undefined && placed.oblique) {
        speaker = inUnit.find((m) => m.start > placed.end && PERSON_KINDS.has(m.kind) && /^[^,.;:!?"“”]{0,60}$/u.test(text.slice(placed.end, m.title?.start ?? m.start))) ?? placed;
      }
      rule = 'inverted';
    }
    // "..., the daily Kommersant reported": a verb after a comma with its own noun phrase before it has that
    // subject, known or not; the subject of the clause it reports is not its speaker.
    // "The EU said that Maduro lacked legitimacy, and announced sanctions": a verb after ", and" in a reported clause
    // goes on with the one who reports it, not with the reported clause's subject.
    const goesOnReporting = REPORTED_CLAUSE_START.test(text.slice(Math.max(unit.start, clause - 6), clause)) && AFTER_COMMA_AND.test(text.slice(clause, verbStart));
    if (speaker === undefined && !goesOnReporting && !OWN_SUBJECT_AFTER_COMMA.test(text.slice(Math.max(clause, verbStart - 80), verbStart))) {
      speaker = before.find(
        (m) => (PERSON_KINDS.has(m.kind) || m.kind === 'group') && !m.indefinite && SUBJECT_PREFIX.test(text.slice(clause, m.title?.start ?? m.start)),
      );
      rule = 'clause-subject';
    }
    if (speaker === undefined) continue;
    if (DESCRIBED_EVENT.test(text.slice(Math.max(unit.start, (speaker.title?.start ?? speaker.start) - 60), speaker.title?.start ?? speaker.start))) continue;
    frames.push({
      verb: { start: verbStart, end: verbEnd },
      verbText: v[0],
      speaker,
      rule,
      content: contentOf(text, unit, speaker, verbEnd, rule),
      quoted: inQuote(quotes, verbStart),
    });
  }

  for (const a of slice.matchAll(ACCORDING_PATTERN)) {
    const at = unit.start + (a.index ?? 0);
    const after = at + a[0].length;
    // The source is the phrase up to the next comma: "according to Serbian media, Moscow ..." names no speaker.
    const phraseEnd = after + (/^[^,.;:!?“”"]*/u.exec(text.slice(after, unit.end))?.[0].length ?? 0);
    const speaker = inUnit.find((m) => m.start >= after && m.end <= phraseEnd && (m.title?.start ?? m.start) - after <= 25 && SPEAKER_KINDS.has(m.kind));
    if (speaker === undefined) continue;
    const leading = !/\p{L}/u.test(text.slice(unit.start, at));
    const content = leading ? { start: Math.min(unit.end, speaker.end + 1), end: unit.end } : { start: unit.start, end: at };
    frames.push({ verb: { start: at, end: after }, verbText: a[0].trim(), speaker, rule: 'according-to', content, quoted: inQuote(quotes, at) });
  }

  // "Lavrov: Moscow in no hurry to recognise ...": a person named first, then a colon, speaks the rest (the usual
  // headline form of a quote).
  const first = inUnit.find((m) => PERSONAL_KINDS.has(m.kind) && m.who !== null && LABEL_OPENING.test(text.slice(unit.start, m.title?.start ?? m.start)));
  const colon = first === undefined ? null : /^\s*:\s+/u.exec(text.slice(first.end, Math.min(unit.end, first.end + 4)));
  if (first !== undefined && colon !== null) {
    const at = first.end + colon[0].indexOf(':');
    frames.push({ verb: { start: at, end: at + 1 }, verbText: ':', speaker: first, rule: 'colon', content: { start: first.end + colon[0].length, end: unit.end }, quoted: false });
  }
  return frames.sort((a, b) => a.verb.start - b.verb.start);
}
