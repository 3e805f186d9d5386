/**
 * `stance-shift/report`: charts (Vega-Lite specs), rendering to SVG in Node, and the one-file HTML report.
 * vega and vega-lite are loaded only when something is rendered.
 */
export type { VegaLiteSpec } from './VegaLiteSpec';
export { timelineSpec, type TimelineSpecOptions } from './timelineSpec';
export { planeSpec, type PlaneSpecOptions } from './planeSpec';
export { compareSpec, PAIR_COLORS, type CompareSpecOptions } from './compareSpec';
export { timelineRows, type TimelineChartRow } from './timelineRows';
export { pairLabel } from './pairLabel';
export { renderSvg, type RenderSvgOptions } from './renderSvg';
export { renderReport, REPORT_TIMELINE_WIDTH, REPORT_PLANE_SIZE, type ReportInput, type RenderReportOptions } from './renderReport';
export { reportHtml, REPORT_CSP, type ReportChart, type ReportContent } from './reportHtml';
export { highlightText, type HighlightedText } from './highlightText';
export { phaseRuns, type PhaseRun } from './phaseRuns';
export { escapeHtml } from './escapeHtml';
export { formatSigned } from './formatSigned';
export {
  VEGA_LITE_SCHEMA,
  TIMELINE_WIDTH,
  TIMELINE_HEIGHT,
  PLANE_SIZE,
  DIMENSION_COLORS,
  PHASE_COLORS,
  BAND_OPACITY,
  CHART_FONT,
} from './chartDefaults';
export { statementFromRecord, type StatementRecordResult } from './statementFromRecord';
