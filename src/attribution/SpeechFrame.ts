import type { Span } from '../types';
import type { Mention } from './Mention';

/**
 * Which pattern found a frame's speaker: `adjacent` ("Peskov has said", "..., the Foreign Ministry said"),
 * `appositive` ("Kabulov, director of ..., said"), `clause-subject` (the first person of the clause: "the
 * ambassador after his meeting with them described"), `inverted` ("..., said Putin") or `according-to`.
 */
export type FrameRule = 'adjacent' | 'appositive' | 'clause-subject' | 'inverted' | 'according-to' | 'colon';

/**
 * A speech frame: a speech verb ("said", "stressed", "told", "welcomed"...) or "according to", its speaker and the
 * part of the text it introduces.
 *
 * @example
 * // "Kabulov told TASS that talks continue." gives
 * // { verb: { start: 8, end: 12 }, verbText: 'told', speaker: <Kabulov>, rule: 'adjacent', content: { start: 12, end: 38 }, quoted: false }
 */
export interface SpeechFrame {
  readonly verb: Span;
  readonly verbText: string;
  readonly speaker: Mention;
  readonly rule: FrameRule;
  /** What the speaker says, as far as the frame shows it: after the verb, or before a postposed "..., X said". */
  readonly content: Span;
  /** The verb stands inside a direct quote (the frame is someone's speech reported by the quoted speaker). */
  readonly quoted: boolean;
}
