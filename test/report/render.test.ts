import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The renderer draws with vega and vega-lite, which are ESM-only; jest runs tests as CommonJS and cannot load them.
 * So the rendering runs for real in a child Node process (scripts/renderFixtures.ts through tsx) and this test checks
 * what it printed.
 */
const root = resolve(__dirname, '../..');
/** tsx's loader as a file URL, so that the child process finds it whatever its working directory. */
const TSX = pathToFileURL(require.resolve('tsx', { paths: [root] })).href;
type Rendered = Record<'emptyTimeline' | 'emptyPlane' | 'emptyReport' | 'timeline' | 'timelineAgain' | 'timelineScaled' | 'plane' | 'compare' | 'columns' | 'hostileNames' | 'report' | 'reportAgain' | 'badScale' | 'badSpec' | 'notASpec', string>;
let out: Rendered;

beforeAll(() => {
  const stdout = execFileSync(process.execPath, ['--import', TSX, resolve(__dirname, 'scripts/renderFixtures.ts')], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  out = JSON.parse(stdout) as Rendered;
});

const count = (svg: string, pattern: RegExp): number => (svg.match(pattern) ?? []).length;

describe('renderSvg (vega in a child process)', () => {
  it('draws the timeline as a standalone SVG with every layer', () => {
    expect(out.timeline.startsWith('<svg')).toBe(true);
    expect(out.timeline.trimEnd().endsWith('</svg>')).toBe(true);
    for (const mark of ['mark-area', 'mark-line', 'mark-rule', 'mark-symbol', 'mark-text']) expect(out.timeline).toContain(`class="${mark} role-mark`);
    // Three dimension panels, each titled with its dimension.
    for (const d of ['engagement', 'recognition', 'threat']) expect(out.timeline).toContain(`>${d}</text>`);
    // The change-point labels of the fixture's two explained shifts.
    expect(out.timeline).toContain('+0.17');
    expect(out.timeline).toContain('+0.70');
  });

  it('draws one point per raw estimate: 10 + 10 + 9 non-empty period estimates in the fixture', () => {
    const symbols = out.timeline.match(/<g class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/g) ?? [];
    const paths = symbols.map((g) => count(g, /<path /g)).reduce((a, b) => a + b, 0);
    expect(paths).toBe(29);
  });

  it('is deterministic and scales', () => {
    expect(out.timelineAgain).toBe(out.timeline);
    const width = (svg: string): number => Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
    expect(width(out.timelineScaled)).toBe(2 * width(out.timeline));
  });

  it('draws the plane with its phase names and period labels', () => {
    expect(out.plane).toContain('>isolation</text>');
    expect(out.plane).toContain('>toward recognition</text>');
    expect(out.plane).toContain('>2024-Q2</text>');
    expect(out.plane).toContain('mark-line');
  });

  it('draws comparisons layered (with a legend) and in columns', () => {
    expect(out.compare).toContain('>China → Taliban</text>');
    expect(out.compare).toContain('role-legend');
    expect(out.columns).toContain('>China → Taliban</text>');
    expect(out.columns).not.toContain('role-legend');
  });

  it('escapes names inside the SVG', () => {
    expect(out.hostileNames).not.toContain('<script>');
    expect(out.hostileNames).toContain('&lt;script&gt;');
  });

  it('draws a timeline without any period as empty charts, without crashing', () => {
    expect(out.emptyTimeline.startsWith('<svg')).toBe(true);
    expect(out.emptyPlane).toContain('>isolation</text>');
    expect(out.emptyReport).toContain('No period has a stance signal yet.');
  });

  it('fails with typed errors on a bad option or a spec vega cannot draw', () => {
    expect(out.badScale).toMatch(/^InvalidOptionError: Invalid option "scale"/);
    expect(out.badSpec).toMatch(/^StanceShiftError: Could not render the chart/);
    expect(out.notASpec).toMatch(/^InvalidOptionError: Invalid option "spec"/);
  });
});

describe('renderReport', () => {
  it('inlines the drawn charts: two per pair and a comparison', () => {
    expect(count(out.report, /<figure /g)).toBe(5);
    expect(count(out.report, /<svg /g)).toBe(5);
  });

  it('is deterministic byte for byte', () => {
    expect(out.reportAgain).toBe(out.report);
  });
});
