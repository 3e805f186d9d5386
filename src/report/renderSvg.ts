import { InvalidOptionError, StanceShiftError } from '../errors';
import { importEsm } from './importEsm';
import type { VegaLiteSpec } from './VegaLiteSpec';

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Multiplies the drawing's size (the SVG stays vector). Default 1. */
  readonly scale?: number;
}

/**
 * Renders a Vega-Lite spec to an SVG string in Node, without a browser: vega-lite compiles it to Vega, and a
 * headless Vega view (renderer `none`) draws it. vega and vega-lite are ESM-only and heavy, so they are imported
 * here, on the first call, never when the package or this subpath is loaded; the CommonJS build reaches them through
 * a real dynamic `import()` as well (see {@link importEsm}). Specs carry their data inline, so nothing is fetched. Deterministic: the same spec
 * gives the same SVG.
 *
 * @example
 * const svg = await renderSvg(timelineSpec(timeline));
 * svg.startsWith('<svg'); // true
 */
export async function renderSvg(spec: VegaLiteSpec, options: RenderSvgOptions = {}): Promise<string> {
  const scale = options.scale ?? 1;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0 || scale > 20) {
    throw new InvalidOptionError('scale', `expected a number above 0 and at most 20, got ${String(scale)}.`);
  }
  if (spec === null || typeof spec !== 'object' || typeof spec.$schema !== 'string') {
    throw new InvalidOptionError('spec', 'expected a Vega-Lite specification object with a "$schema".');
  }
  const [vegaLite, vega] = await Promise.all([importEsm<typeof import('vega-lite')>('vega-lite'), importEsm<typeof import('vega')>('vega')]);
  let view: InstanceType<typeof vega.View> | undefined;
  try {
    // The spec is plain JSON by contract; vega-lite validates what it needs while compiling.
    const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
    view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
    return await view.toSVG(scale);
  } catch (error) {
    throw new StanceShiftError('render-failed', `Could not render the chart: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    view?.finalize();
  }
}
