/**
 * A Vega-Lite specification as plain JSON: what the spec builders return and {@link renderSvg} draws. It is kept as
 * a plain object type (not vega-lite's own `TopLevelSpec`) so that the main entry's types do not depend on vega-lite;
 * Jupyter, Observable, VS Code and the Vega editor read it as it is.
 *
 * @example
 * const spec: VegaLiteSpec = { $schema: VEGA_LITE_SCHEMA, mark: 'point', data: { values: [] } };
 */
export interface VegaLiteSpec {
  readonly $schema: string;
  readonly [key: string]: unknown;
}
