/**
 * Word lists of the attribution layer: role nouns, speech verbs, the filler allowed between a speaker and its verb,
 * and generic descriptions of bodies and parties. Data, not logic; lower-case unless noted.
 */

/** Role nouns that make a title ("Foreign Minister Lavrov") or a description ("the envoy"); longer first. */
export const ROLE_HEADS: readonly string[] = [
  'secretary of state', 'press secretary', 'prime minister', 'foreign minister', "charge d'affaires", 'chargé d’affaires',
  'under-secretary-general', 'under secretary-general', 'under-secretary', 'secretary-general', 'head of state', 'envoy', 'ambassador', 'diplomat', 'representative', 'delegate', 'emissary', 'minister',
  'spokesman', 'spokeswoman', 'spokesperson', 'president', 'premier', 'secretary', 'official', 'director', 'chief',
  'leader', 'commander', 'adviser', 'advisor', 'negotiator', 'head', 'governor', 'chancellor', 'emir', 'general',
  'taoiseach', 'tanaiste', 'tánaiste', 'king', 'queen', 'crown prince', 'sheikh', 'vice-president', 'counsellor',
  'consul', 'attaché', 'attache', 'senator', 'lawmaker', 'councilor', 'councillor', 'state councilor',
  'state councillor',
];

/** Plural role nouns: a group speaks ("the Taliban representatives said"), not a person. */
export const GROUP_HEADS: readonly string[] = [
  'officials', 'representatives', 'diplomats', 'leaders', 'envoys', 'authorities', 'delegation', 'delegates',
  'ministers', 'spokesmen', 'negotiators', 'commanders',
];

/** Words that may stand in a title before the role noun ("senior", "acting", "presidential"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'senior', 'top', 'deputy', 'acting', 'former', 'special', 'presidential', 'chief', 'foreign', 'interim', 'permanent',
  'veteran', 'first', 'vice', 'regional', 'new', 'then', 'caretaker', 'supreme', 'de facto', 'political', 'defence',
  'defense', 'external affairs', 'interior', 'press', 'state', 'ministry', 'department', 'foreign ministry', 'policy',
  'foreign policy', 'security', 'national security', 'chief of staff', 'government', 'office', 'foreign office',
];

/** Role nouns that describe the same kind of post: "the envoy" fits an ambassador, "the spokesman" a press secretary. */
export const ROLE_FAMILIES: readonly (readonly string[])[] = [
  ['envoy', 'ambassador', 'diplomat', 'representative', 'delegate', 'emissary', "charge d'affaires", 'chargé d’affaires'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  ['president', 'leader', 'head of state', 'chief'],
  ['minister', 'foreign minister', 'diplomat'],
  ['adviser', 'advisor'],
];

/**
 * Verbs that introduce speech or a public stance, in the forms news uses. "welcomed", "commended" and the like
 * report a reaction, which is a stance of its subject (codebook rule 6).
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'was quoted as saying', 'is quoted as saying', 'were quoted as saying', 'was cited as saying',
  'told', 'tells', 'stressed', 'stresses', 'noted', 'notes', 'added', 'adds', 'pointed out',
  'points out', 'clarified', 'clarifies', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'indicated',
  'indicates', 'hinted', 'hints', 'informed', 'informs', 'stated', 'states', 'tweeted', 'tweets', 'posted on X',
  'mentioned', 'mentions', 'described', 'describes', 'explained', 'explains', 'asserted', 'asserts', 'declared',
  'declares', 'announced', 'announces', 'remarked', 'underlined', 'underlines', 'underscored', 'reiterated',
  'reiterates', 'insisted', 'insists', 'warned', 'warns', 'confirmed', 'confirms', 'claimed', 'claims', 'argued',
  'argues', 'responded', 'replied', 'commented', 'ascertained', 'touted', 'recalled', 'recalls', 'acknowledged',
  'admitted', 'urged', 'urges', 'wrote', 'writes', 'highlighted', 'highlights', 'observed', 'affirmed', 'reaffirmed',
  'assured', 'assures', 'believes', 'welcomed', 'welcomes', 'praised', 'praises', 'commended', 'commends', 'hailed',
  'condemned', 'condemns', 'criticised', 'criticized', 'rejected', 'rejects', 'denounced', 'slammed', 'reported',
  'quoted', 'cited', 'suggested',
];

/** "declared independence", "announced a ceasefire": an act done by declaring it, not words reported. */
export const DECLARED_ACT =
  /^(?:declared|declares|declare|announced|announces|proclaimed|proclaims)\s+(?:(?:its|their|a|an|the|unilateral|formal)\s+)*(?:independence|war|ceasefire|truce|victory|martial\s+law|(?:state\s+of\s+)?emergency|sovereignty|statehood|amnesty)(?![\p{L}])/iu;

/** Speech verbs after which the text goes on with the speech itself ("said that ...", "told TASS ..."). */
export const FRAME_COMPLEMENTISERS: readonly string[] = ['that', 'how', 'whether', 'what'];

/**
 * Words allowed between a speaker and the speech verb ("Peskov has also said", "Putin last week emphasised",
 * "Kabulov, on October 7, hinted").
 */
export const FILLER_WORDS: readonly string[] = [
  'has', 'have', 'had', 'also', 'then', 'further', 'later', 'previously', 'recently', 'earlier', 'again', 'once',
  'repeatedly', 'publicly', 'reportedly', 'in fact', 'today', 'yesterday', 'meanwhile', 'however', 'too', 'now',
  'last week', 'last month', 'last year', 'this week', 'this month', 'would', 'will', 'had earlier',
  'clearly', 'firmly', 'openly', 'once again', 'separately', 'personally', 'herself', 'himself', 'itself', 'themselves',
  'had already', 'already',
];

/** Nouns that sum up the event of a sentence before someone comments on it: ", a move the Taliban hailed as ...". */
export const EVENT_NOUNS: readonly string[] = ['move', 'step', 'decision', 'visit', 'deal', 'development', 'gesture', 'measure', 'trip', 'shift', 'breakthrough', 'milestone'];

/** Nouns that sum up what a sentence says as a claim before someone answers it: ", a charge Kabul rejects". */
export const CLAIM_NOUNS: readonly string[] = ['charge', 'charges', 'claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'assertion'];

/** Prepositions after which a name is an object or a place, not an agent ("talks in Moscow", "with Russia"). */
export const OBLIQUE_PREPOSITIONS: readonly string[] = [
  'in', 'at', 'to', 'from', 'into', 'across', 'near', 'inside', 'within', 'of', 'on', 'over', 'towards', 'toward',
  'with', 'against', 'for', 'about', 'between', 'among', 'via', 'through', 'around', 'upon', 'like', 'unlike',
  'than', 'including', 'and', 'or',
];

/** Descriptions of a body that stand for the actor in context ("the Foreign Ministry said"). */
export const GENERIC_INSTITUTIONS: readonly string[] = [
  'Foreign Ministry', 'foreign ministry', 'Ministry of Foreign Affairs', 'Foreign Office', 'Defence Ministry',
  'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense', 'Interior Ministry', 'Ministry', 'ministry', 'government',
  'administration', 'bloc', 'National Security Council',
];

/** Texts that speak for whoever issued them ("the statement said", "the readout added"). */
export const ISSUED_TEXTS: readonly string[] = ['statement', 'communique', 'communiqué', 'readout', 'press release'];

/** Plural people who, opening a sentence with nobody's name before a speech verb, are those of the actor just named ("Officials say"). */
export const UNOWNED_GROUPS: readonly string[] = ['Officials', 'Diplomats'];

/** Descriptions of parties other than the target ("all countries concerned"), for the scorer's other-party check. */
export const GENERIC_PARTIES: readonly string[] = [
  'all countries concerned', 'all the countries concerned', 'countries concerned', 'all countries', 'other countries',
  'many countries', 'neighbouring countries', 'neighboring countries', 'neighbouring nations', 'neighboring nations',
  'neighbouring states', 'regional countries', 'regional states', 'world countries', 'Western countries',
  'Western nations', 'Western powers', 'the West', 'ex-Soviet allies', 'Central Asian states', 'Central Asian countries',
  'the world', 'partners', 'allies',
];

/** Head nouns of a state's formal style ("the Republic of Kazakhstan", "the Kingdom of Saudi Arabia"). */
export const STATE_STYLE_HEADS: readonly string[] = ['republic', 'kingdom', 'federation', 'sultanate', 'emirate'];
/** Words before such a head ("the Islamic Republic of"). */
export const STATE_STYLE_MODIFIERS: readonly string[] = ['islamic', 'federal', 'democratic'];

/** Words that start a capitalised sequence but are never part of a person's name. */
export const NOT_NAMES: readonly string[] = [
  'The', 'A', 'An', 'On', 'In', 'At', 'But', 'And', 'However', 'Meanwhile', 'Then', 'He', 'She', 'They', 'It', 'We',
  'I', 'This', 'That', 'These', 'Those', 'When', 'While', 'Although', 'Since', 'After', 'Before', 'Earlier', 'Later',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Dame', 'Image', 'Source', 'Follow', 'Advertisement', 'Updated', 'Published', 'Reported',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Department', 'Ministry',
  'Affairs', 'Council', 'Club', 'Session', 'Office', 'Committee', 'Assembly', 'Agency', 'News',
  ...STATE_STYLE_HEADS.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
];

/**
 * Family names written first (Chinese, Korean): a later mention takes the first word, not the last ("Wang Wenbin ...
 * Wang said", "Kim Jong Un ... Kim said"). Two-letter names count here ("Li Qiang ... Li said").
 */
export const FAMILY_NAMES_FIRST: readonly string[] = [
  'Bai', 'Cai', 'Cao', 'Chen', 'Cheng', 'Cui', 'Dai', 'Deng', 'Ding', 'Dong', 'Du', 'Duan', 'Fan', 'Fang', 'Feng', 'Fu',
  'Gao', 'Geng', 'Gong', 'Gu', 'Guo', 'Han', 'Hao', 'He', 'Hou', 'Hu', 'Hua', 'Huang', 'Jia', 'Jiang', 'Jin', 'Kong',
  'Lei', 'Li', 'Liang', 'Liao', 'Lin', 'Liu', 'Long', 'Lu', 'Luo', 'Ma', 'Mao', 'Meng', 'Pan', 'Peng', 'Qian', 'Qin',
  'Qiu', 'Ren', 'Shao', 'Shen', 'Shi', 'Song', 'Su', 'Sun', 'Tan', 'Tang', 'Tian', 'Wan', 'Wang', 'Wei', 'Wen', 'Wu',
  'Xia', 'Xiao', 'Xie', 'Xiong', 'Xu', 'Xue', 'Yan', 'Yang', 'Yao', 'Ye', 'Yin', 'Yu', 'Yuan', 'Zeng', 'Zhang', 'Zhao',
  'Zheng', 'Zhong', 'Zhou', 'Zhu', 'Zou', 'Yue', 'Qi', 'Kou', 'Lai', 'Lou', 'Mu', 'Niu', 'Pei', 'Qu', 'Rong', 'Tao', 'Xing',
  'Zhan',
  'Ahn', 'Baek', 'Cho', 'Choi', 'Chung', 'Hwang', 'Jang', 'Jeong', 'Jung', 'Kang', 'Kim', 'Ko', 'Kwon', 'Lee', 'Lim',
  'Moon', 'Nam', 'Oh', 'Park', 'Seo', 'Shin', 'Yoo', 'Yoon',
];

/** Connectives and adverbs that may open a clause before its subject. */
const CONNECTIVES = '[Hh]owever|[Mm]eanwhile|[Tt]hen|[Pp]reviously|[Ee]arlier|[Ll]ater|[Aa]lso|[Aa]lthough|[Tt]hough|[Ww]hile|[Bb]ut|[Aa]nd|[Nn]ow|[Ss]o|[Bb]esides|[Nn]otably|[Aa]dditionally|[Ss]ince|[Aa]fter|[Ww]hen|[Oo]nce|[Ss]oon|[Ff]inally|[Ee]ventually|[Aa]gain|[Ss]till|[Rr]ecently';

/**
 * What may stand before a clause's subject: comma-closed introductions ("Then in March, "), up to two connectives or
 * adverbs ("However, soon"), an article and up to two capitalised first names ("Jamir Kabulov").
 *
 * @example
 * SUBJECT_PREFIX.test('However, on Thursday, '); // true
 * SUBJECT_PREFIX.test('No state has recognised the '); // false
 */

export const SUBJECT_PREFIX = new RegExp(
  `^\\s*(?:[^,.;:!?“”"]{0,60},\\s*)*(?:(?:${CONNECTIVES})(?![\\p{L}]),?\\s*){0,2}(?:(?:[Tt]he|[Aa]n?)\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){0,2}$`,
  'u',
);
