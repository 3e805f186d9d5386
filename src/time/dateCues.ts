/**
 * Word patterns the statement dater uses, kept as data in one place. Each says what it is for and why; none
 * reads a date (chrono-node does that), they only decide whether a date the text mentions dates the statement.
 */

/**
 * Words before a date (in its clause) that make it a point of reference, not the time of the statement:
 * "since 2021", "until March", "although ... in 2003", "Russia's stand as on September 25", an earlier event told in
 * the passive after "after being" ("will attend, after being excluded from a similar meeting in February").
 */
export const NOT_AN_ANCHOR_BEFORE = /\b(?:since|until|till|although|though|despite|unless|ever|after\s+being)\b|\bas\s+(?:of|on|at)\s*$/i;

/**
 * Future markers in a date's clause: the date is of a planned or promised event ("talks will be held on October 20",
 * "commitments to hold elections in 2026"); the stance about it is expressed when the text is published, so the
 * date does not move the statement.
 */
export const FUTURE_MARKER =
  /\b(?:will|would|shall|going\s+to|set\s+to|scheduled|plans?\s+to|planning\s+to|planned\s+for|expected\s+to|due\s+to|next|upcoming|to\s+be\s+held|(?:pledged|promised|vowed|committed|commitments?|pledges?|promises?|intends?|aims?)\s+to|to\s+hold|coming\s+up)\b|'ll\b|’ll\b/i;

/**
 * A speech verb: a future marker after it is reported ("On Friday, Lavrov said Moscow would keep ..."), so it
 * does not make a fronted date the date of a future event.
 */
export const SPEECH_VERB = /\b(?:said|says|told|stated|announced|added|noted|stressed|declared|explained|confirmed|insisted|argued|warned|claimed|reported|emphasi[sz]ed|pointed\s+out)\b/i;

/** Characters that end a clause, for finding the clause a date belongs to. */
export const CLAUSE_BOUNDARY = /[,;:()[\]—–"“”]/u;

/**
 * Past-perfect reporting ("He had said that ...", "Lavrov had stressed"): the remark is earlier than the article
 * and takes the date of the latest earlier date the document gives for a remark.
 */
export const PAST_PERFECT_REPORT =
  /\bhad\s+(?:\w+ly\s+)?(?:said|stated|told|added|noted|stressed|emphasi[sz]ed|announced|declared|claimed|remarked|explained|insisted|warned|argued|asserted|suggested|indicated|acknowledged|admitted|underlined|pointed\s+out|confirmed|affirmed|reiterated|described|called|urged|hinted|tweeted|written|wrote)\b/i;

/**
 * A sentence about the present: the present perfect of an act ("Uzbekistan has expanded trade", "Fidan has called
 * on ..."), a remark or a state in the present tense ("Beijing says ...", "Doha remains the main channel", "the
 * movement is banned in Russia", "its ministers remain under sanctions"), readiness ("China is ready to ..."), "now", "so far", "to date" or "currently". It
 * does not take the date of the sentence
 * before it: what it tells runs up to the time of writing. (Present-perfect reporting of a remark, "Putin has said",
 * is {@link PRESENT_PERFECT_REPORT}'s.)
 */
export const PRESENT_TIME =
  /\b(?:has|have)\s+(?:(?:not|never|also|already|long|yet|still|since|\w+ly)\s+)*(?:been|become|made|held|met|kept|sent|built|begun|taken|given|sought|won|led|left|paid|put|set|spent|stood|struck|brought|grown|shown|drawn|done|gone|\w+ed)\b|\b(?:says|tells|insists|argues|maintains|believes|stresses|warns|notes|remains|continues)\b|\b(?:they|\w+s)\s+(?:still\s+)?(?:remain|continue)\b|\b(?:is|are)\s+(?:(?:still|now|not|also|officially|formally)\s+)*(?:\w+ed|held|kept|seen|known|considered)\b|\bnow\b|\b(?:so|thus)\s+far\b|\bto\s+date\b|\bas\s+yet\b|\bat\s+present\b|\bcurrently\b|\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:ready|willing|prepared|open|committed|determined|keen|eager|unwilling)\b/i;

/**
 * The narrator's present, in a sentence that reports no remark: "Neither state recognises it", "There are no
 * longer any obstacles", "It is not yet clear when ...". In a quote, or after a verb of speech, the same words are the speaker's, of the remark's time.
 */
export const NARRATED_NOW = /\b(?:does|do)\s+not\b|\b(?:doesn|don)['’]t\b|\bthere\s+(?:is|are)\b|\bno\s+longer\b|\bit\s+(?:is|remains)\s+(?:not\s+)?(?:yet\s+|still\s+)?(?:clear|unclear|known|unknown)\b/i;

/**
 * Present-perfect reporting in a news lead ("..., Putin has said."): the time of the remark is given by a later
 * sentence of the same paragraph ("Putin last week emphasised ..."), which then dates the lead too.
 */
export const PRESENT_PERFECT_REPORT =
  /\b(?:has|have)\s+(?:\w+ly\s+)?(?:said|stated|told|added|noted|stressed|emphasi[sz]ed|announced|declared|claimed|remarked|explained|insisted|warned|argued|asserted|suggested|indicated|acknowledged|admitted|underlined|pointed\s+out|confirmed|affirmed|reiterated|urged|tweeted)\b/i;

/**
 * Words that continue the time of the sentence before ("Soon they took a u-turn", "At the same time, Putin
 * underlined ..."), optionally after a connective.
 */
export const CONTINUATION_MARKER =
  /^[\s"'“‘]*(?:(?:but|and|however|yet|so)\s*,?\s+)?(?:soon(?:\s+after(?:wards)?)?|then|later|shortly\s+(?:after|afterwards|thereafter)|thereafter|afterwards|at\s+the\s+same\s+time|at\s+that\s+time|at\s+the\s+time|on\s+the\s+same\s+day|the\s+same\s+day)\b/i;

/**
 * Words that break a carried date: the sentence is about another, unstated time ("previously", "meanwhile", "this
 * time"), tells of
 * something said many times ("had repeatedly said"), or runs from the time before up to now ("Moscow has since sought
 * to keep its bases", "ever since").
 */
export const CARRY_BREAKER = /\b(?:previously|earlier|meanwhile|recently|(?<!at\s)this\s+time|repeatedly|consistently|time\s+and\s+again|on\s+several\s+occasions|for\s+years|in\s+the\s+past|before\s+that|these\s+days|nowadays|(?:has|have)\s+(?:\w+ly\s+)?since|since\s+then|ever\s+since)\b/i;

/**
 * A sentence of the future or of what would be, with no past verb of speech that reports it ("China will continue to
 * engage", "I would not call it a first"): it speaks from the time of writing, not of the event before it.
 */
export const MODAL_NOW = /\b(?:will|shall|would|can|could)\b|['’]ll\b/i;
export const PAST_SPEECH = /\b(?:said|told|added|stated|stressed|noted|explained|insisted|argued|warned|claimed|declared|announced|replied|answered|wrote|tweeted|confirmed|promised|pledged|vowed|asked)\b/i;

/**
 * A remark said "at the time" ('..., an EU spokesperson said at the time.'): it goes on with the time of the sentence
 * before, wherever the words stand ("at the time of writing" is now).
 */
export const AT_THE_TIME = /\b(?:said|told|added|wrote|stated|noted|argued|insisted)\b[^.!?]{0,40}\bat\s+the\s+time\b(?!\s+of\b)/i;
