import type { Mention } from './Mention';

/** The speaker name and actor a mention stands for. */
export interface SpeakerOf {
  readonly speaker: string | null;
  readonly actor: string | null;
}

/**
 * The speaker a mention names: an official or a titled person by name, an institution by its canonical name, a
 * resolved pronoun or role by the person it refers to (an unresolved role by its description), a state or movement
 * by its id, a metonym as written ("the Kremlin" stays "Kremlin"); a group names no speaker, only an actor.
 *
 * @example
 * mentionSpeaker(lavrovMention); // { speaker: 'Sergey Lavrov', actor: 'Russia' }
 */
export function mentionSpeaker(m: Mention): SpeakerOf {
  switch (m.kind) {
    case 'official':
    case 'person':
    case 'institution':
    case 'generic-institution':
    case 'pronoun':
      return { speaker: m.who, actor: m.actor };
    case 'role':
      return { speaker: m.who ?? m.text.replace(/^(?:the|an?)\s+/iu, ''), actor: m.actor };
    case 'name':
      return { speaker: m.actor, actor: m.actor };
    case 'metonym':
      return { speaker: m.text, actor: m.actor };
    default:
      return { speaker: null, actor: m.actor };
  }
}
