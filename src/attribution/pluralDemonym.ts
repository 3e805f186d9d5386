/**
 * The people of a demonym as a noun ("the Israelis", "Afghans"), or null when the word has no such plural
 * ("Chinese", "Swiss", "British", "French").
 *
 * @example
 * pluralDemonym('Israeli'); // 'Israelis'
 * pluralDemonym('Chinese'); // null
 */
export function pluralDemonym(demonym: string): string | null {
  return /^\p{Lu}/u.test(demonym) && !/(?:sh|ch|ese|ss|ic|z|ois|sy|que|otho|men|rn)$/u.test(demonym) ? `${demonym}s` : null;
}
