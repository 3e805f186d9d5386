import { CHART_FONT } from './chartDefaults';

/**
 * The Vega-Lite `config` block shared by every chart: one font, quiet axes, no border around panels.
 *
 * @example
 * chartConfig().font; // 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
 */
export function chartConfig(): Record<string, unknown> {
  return {
    font: CHART_FONT,
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 11, gridColor: '#e6e6e6', domainColor: '#999999', tickColor: '#999999' },
    header: { labelFontSize: 12, titleFontSize: 12, labelFontWeight: 'bold' },
    legend: { labelFontSize: 11, titleFontSize: 11 },
    title: { fontSize: 14, anchor: 'start', offset: 10 },
  };
}
