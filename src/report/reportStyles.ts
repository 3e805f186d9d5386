import { DIMENSION_COLORS } from './chartDefaults';

/**
 * The report's whole stylesheet, inlined into the page (no web fonts, no external sheet): a readable single
 * column, tinted cue marks per dimension and a sticky filter bar over the statements table.
 *
 * @example
 * REPORT_CSS.includes('.cue-engagement'); // true
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; --bg: #ffffff; --soft: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 64px; }
header h1 { font-size: 26px; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0 0 12px; }
nav { display: flex; gap: 16px; flex-wrap: wrap; border-bottom: 1px solid var(--line); padding-bottom: 10px; margin-bottom: 8px; }
nav a { color: #1a5fb4; text-decoration: none; font-size: 14px; }
nav a:hover { text-decoration: underline; }
h2 { font-size: 20px; margin: 32px 0 10px; }
h3 { font-size: 16px; margin: 18px 0 6px; }
.pairs { display: grid; grid-template-columns: repeat(auto-fit, minmax(400px, 1fr)); gap: 12px; }
.pair h3 { margin-top: 0; }
.pair { background: var(--soft); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.pair p { margin: 6px 0; }
.phase { display: inline-block; border-radius: 999px; padding: 1px 10px; font-size: 13px; font-weight: 600; }
.phase-isolation { background: #f2d7d5; }
.phase-engagement-without-recognition { background: #fcf3cf; }
.phase-toward-recognition { background: #d5f5e3; }
.phase-no-signal { background: #eeeeee; }
ol.runs { margin: 6px 0 0; padding-left: 22px; }
.figures { display: flex; flex-wrap: wrap; gap: 8px 28px; align-items: flex-start; }
figure { margin: 8px 0 16px; overflow-x: auto; max-width: 100%; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; width: 0; min-width: 100%; }
.shift { border-left: 4px solid #999; padding: 6px 14px; margin: 12px 0; background: var(--soft); border-radius: 0 8px 8px 0; }
.shift.dim-engagement { border-color: ${DIMENSION_COLORS.engagement}; }
.shift.dim-recognition { border-color: ${DIMENSION_COLORS.recognition}; }
.shift.dim-threat { border-color: ${DIMENSION_COLORS.threat}; }
.shift p { margin: 4px 0; }
.facts { color: var(--muted); font-size: 13px; }
.drivers { margin: 6px 0 4px; padding-left: 20px; }
.drivers li { margin: 3px 0; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; background: var(--bg); padding: 10px 0; border-bottom: 1px solid var(--line); }
.filters input[type=search] { flex: 1 1 260px; font: inherit; padding: 6px 10px; border: 1px solid #c7c7c7; border-radius: 6px; }
.filters select { font: inherit; padding: 5px 6px; border: 1px solid #c7c7c7; border-radius: 6px; background: #fff; }
#count { color: var(--muted); font-size: 13px; margin-left: auto; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
td.date, td.score { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.text { min-width: 320px; }
.who { color: var(--muted); font-size: 12px; display: block; margin-top: 2px; }
.pos { color: #1e7b34; }
.neg { color: #b3261e; }
.zero { color: #9aa0a6; }
mark { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.cue-engagement { background: ${DIMENSION_COLORS.engagement}33; box-shadow: inset 0 -2px 0 ${DIMENSION_COLORS.engagement}; }
mark.cue-recognition { background: ${DIMENSION_COLORS.recognition}33; box-shadow: inset 0 -2px 0 ${DIMENSION_COLORS.recognition}; }
mark.cue-threat { background: ${DIMENSION_COLORS.threat}33; box-shadow: inset 0 -2px 0 ${DIMENSION_COLORS.threat}; }
mark.cue-zero { background: transparent; text-decoration: line-through; }
mark.rule { background: transparent; text-decoration: underline wavy #8e44ad; text-underline-offset: 3px; }
.rule-id { display: inline-block; font-size: 11px; background: #efe6f5; color: #5b2c6f; border-radius: 4px; padding: 0 5px; margin: 1px 2px 1px 0; }
.legend { font-size: 13px; color: var(--muted); }
.problems li { font-family: ui-monospace, monospace; font-size: 13px; }
footer { margin-top: 48px; color: var(--muted); font-size: 12px; }
tr[hidden] { display: none; }
`;
