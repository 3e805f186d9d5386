import type { LexiconData } from './types';
import { createLexicon, type Lexicon } from './createLexicon';

/** Options of {@link extendLexicon}. */
export interface ExtendLexiconOptions {
  /** Name for errors and evidence; defaults to `<base>+<extension>`. */
  readonly name?: string;
  /** Ids of base entries to drop (for example a cue that misfires on your corpus). */
  readonly remove?: readonly string[];
}

/**
 * Returns a new lexicon with the extension's entries added to the base. An extension entry with the id of a base
 * entry replaces it; everything is validated again, so a bad entry names the extension's file.
 *
 * @example
 * const mine = extendLexicon(defaultLexicon(), { name: 'eu-syria.json', cues: [
 *   { id: 'eng.caesar-waiver', pattern: 'waive|waiver caesar', dimension: 'engagement', sign: 1, weight: 0.6, note: 'US sanctions relief' },
 * ] });
 */
export function extendLexicon(base: Lexicon, extension: LexiconData, options: ExtendLexiconOptions = {}): Lexicon {
  const extensionName = extension.name ?? '<extension>';
  // Validate the extension alone first so that its errors name its own file.
  createLexicon(extension, { source: extensionName });
  const remove = new Set(options.remove ?? []);
  const replaced = new Set([...(extension.cues ?? []).map((c) => c.id), ...(extension.modifiers ?? []).map((m) => m.id)]);
  const keep = (id: string): boolean => !remove.has(id) && !replaced.has(id);
  const data = base.toData();
  return createLexicon(
    {
      cues: [...data.cues.filter((c) => keep(c.id)), ...(extension.cues ?? [])],
      modifiers: [...data.modifiers.filter((m) => keep(m.id)), ...(extension.modifiers ?? [])],
    },
    { source: options.name ?? `${base.name}+${extensionName}` },
  );
}
