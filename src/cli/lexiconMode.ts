/** The usage error for a bad `--lexicon-mode`, or null. */
export function checkLexiconMode(values: ReadonlyMap<string, string>): string | null {
  const mode = values.get('lexicon-mode');
  return mode === undefined || mode === 'extend' || mode === 'replace' ? null : `--lexicon-mode must be extend or replace, got "${mode}"`;
}
