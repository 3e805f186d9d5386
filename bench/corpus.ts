import { seededRandom } from '../src/changepoint/seededRandom';
import type { Document } from '../src/types';

/** Options of {@link generateCorpus}. */
export interface GenerateCorpusOptions {
  /** Seed of the pseudo-random generator: the same seed gives the same corpus. */
  readonly seed?: number;
  /** Stop once the documents' texts add up to at least this many UTF-8 bytes. */
  readonly bytes: number;
  /** Share of body sentences about the target (default 0.15). */
  readonly targetShare?: number;
}

const ACTORS = ['Russia', 'Moscow', 'the Kremlin', 'Foreign Minister Sergey Lavrov', 'Kremlin spokesman Dmitry Peskov', 'Zamir Kabulov', 'China', 'Pakistan', 'Iran', 'India', 'Uzbekistan'];
const TARGETS = ['the Taliban', 'the Taliban government', 'the Islamic Emirate', 'Taliban officials', 'the movement'];
const SAID = ['said', 'told reporters', 'said on Tuesday', 'stressed', 'noted', 'added', 'said in a statement'];
const STANCE = [
  '{a} held talks with {t} in Moscow',
  '{a} is not planning to recognise {t} for now',
  '{a} will keep its embassy in Kabul open and maintain contacts with {t}',
  '{a} hosted a delegation of {t} at the Kazan forum',
  '{a} called on {t} to form an inclusive government before any recognition',
  '{a} warned that {t} posed a threat to the region',
  'there is no rush to remove {t} from the list of terrorist organisations, {a} said',
  '{a} accepted the credentials of an envoy appointed by {t}',
  '{a} signed a trade agreement with {t} on fuel and wheat supplies',
  '{a} met representatives of {t} on the sidelines of the conference',
  '{a} refused to invite {t} to the summit',
  '{a} praised {t} for their efforts against drug trafficking',
  '{a} could establish full diplomatic relations with {t} once the conditions are met',
  '{a} suspended flights to Kabul after talks with {t} broke down',
];
const PLACES = ['Kazan', 'Novosibirsk', 'the Volga region', 'Siberia', 'the capital', 'the port city', 'the northern provinces', 'the coastal towns', 'Lisbon', 'Nairobi', 'Ottawa', 'Hanoi'];
const SUBJECTS = ['The city council', 'Local farmers', 'The central bank', 'A regional court', 'Train operators', 'The football club', 'Hospital staff', 'The weather service', 'Investors', 'The university', 'Shop owners', 'The ministry of health', 'Police', 'Fishermen', 'The museum'];
const VERBS = ['reported', 'announced', 'expected', 'described', 'estimated', 'complained about', 'celebrated', 'postponed', 'reviewed', 'criticised', 'measured', 'prepared for', 'ignored', 'debated'];
const OBJECTS = [
  'a sharp rise in grain prices', 'heavy snowfall across {p}', 'the opening of a new bridge', 'record tourist numbers', 'a delay in pension payments',
  'the renovation of the old market', 'a shortage of nurses', 'lower inflation in March', 'a strike by bus drivers', 'the harvest in {p}',
  'the results of the annual survey', 'a fire at a warehouse in {p}', 'plans for a new airport terminal', 'an outbreak of seasonal flu', 'a festival of folk music',
  'the quarterly figures of the largest bank', 'flooding along the river', 'the cost of heating in winter', 'a vote on the city budget', 'the final of the regional cup',
];
const TAILS = ['', ' on Monday', ' last week', ' this year', ' according to officials', ' despite the protests', ', officials said', ' for the third time', ' in a brief statement', ' after months of delays'];
const HEADLINES = ['Prices climb as winter nears', 'Council approves new budget', 'Talks on Afghanistan open in Moscow', 'Harvest season ends early', 'Region braces for storms', 'Envoy meets delegation', 'Markets close higher'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function stanceSentence(rand: () => number): string {
  const body = pick(rand, STANCE).replace('{a}', pick(rand, ACTORS)).replace('{t}', pick(rand, TARGETS));
  return rand() < 0.5 ? `${capitalise(body)}.` : `"${capitalise(body)}," ${pick(rand, ACTORS)} ${pick(rand, SAID)}.`;
}

function fillerSentence(rand: () => number): string {
  const object = pick(rand, OBJECTS).replace('{p}', pick(rand, PLACES));
  const number = rand() < 0.3 ? ` by ${Math.floor(rand() * 90) + 2} percent` : '';
  return `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${object}${number}${pick(rand, TAILS)}.`;
}

/**
 * Generates a seeded, news-like corpus: each document has a headline and paragraphs of body sentences, a minority
 * of them (`targetShare`) about Russia and the Taliban with stance cues (talks, recognition, threats, negations,
 * quotes), the rest ordinary news with varied vocabulary and no cue. Dates run from 2021 to 2024 in metadata.
 *
 * @example
 * [...generateCorpus({ seed: 1, bytes: 10_000 })].length; // a few documents, the same ones for seed 1
 */
export function* generateCorpus(options: GenerateCorpusOptions): Generator<Document> {
  const rand = seededRandom(options.seed ?? 1);
  const share = options.targetShare ?? 0.15;
  let bytes = 0;
  for (let i = 0; bytes < options.bytes; i += 1) {
    const day = Math.floor(rand() * 1200);
    const published = new Date(Date.UTC(2021, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const paragraphs: string[] = [pick(rand, HEADLINES)];
    const count = 3 + Math.floor(rand() * 5);
    for (let p = 0; p < count; p += 1) {
      const sentences: string[] = [];
      const n = 2 + Math.floor(rand() * 4);
      for (let s = 0; s < n; s += 1) sentences.push(rand() < share ? stanceSentence(rand) : fillerSentence(rand));
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n');
    bytes += Buffer.byteLength(text);
    yield { id: `doc-${String(i).padStart(7, '0')}`, published, text };
  }
}
