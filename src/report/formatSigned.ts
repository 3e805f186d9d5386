/**
 * Formats a score with an explicit sign and a typographic minus, as the report and chart labels show scores.
 * Non-finite values (and null) print as an en dash.
 *
 * @example
 * formatSigned(0.5); // '+0.50'
 * formatSigned(-0.25, 1); // '−0.3'
 * formatSigned(null); // '–'
 */
export function formatSigned(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const rounded = Math.abs(value).toFixed(digits);
  if (Number(rounded) === 0) return (0).toFixed(digits);
  return `${value > 0 ? '+' : '−'}${rounded}`;
}
