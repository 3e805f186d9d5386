/**
 * Renders the report fixtures with the real vega and vega-lite and prints the results as JSON on stdout.
 * vega and vega-lite 6 are ESM-only (with top-level await), which jest's CommonJS module system cannot load, so
 * test/report/render.test.ts runs this script in a child Node process (through tsx) and checks its output.
 */
import { compareSpec } from '../../../src/report/compareSpec';
import { planeSpec } from '../../../src/report/planeSpec';
import { renderReport } from '../../../src/report/renderReport';
import { renderSvg } from '../../../src/report/renderSvg';
import { timelineSpec } from '../../../src/report/timelineSpec';
import { secondTimeline, seedTimeline } from '../fixtures/seedTimeline';
import { statements } from '../fixtures/statements';

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'no error';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

/** A timeline with no period at all: charts and report must still draw, empty. */
const empty = { ...seedTimeline, points: [], smoothed: [], changePoints: [], shifts: [] };

const result = {
  timeline: await renderSvg(timelineSpec(seedTimeline)),
  timelineAgain: await renderSvg(timelineSpec(seedTimeline)),
  timelineScaled: await renderSvg(timelineSpec(seedTimeline), { scale: 2 }),
  plane: await renderSvg(planeSpec(seedTimeline)),
  compare: await renderSvg(compareSpec([seedTimeline, secondTimeline])),
  columns: await renderSvg(compareSpec([seedTimeline, secondTimeline], { layout: 'columns' })),
  hostileNames: await renderSvg(timelineSpec({ ...seedTimeline, actor: '<script>x</script>', target: 'A & B' })),
  emptyTimeline: await renderSvg(timelineSpec(empty)),
  emptyPlane: await renderSvg(planeSpec(empty)),
  emptyReport: await renderReport({ timeline: empty, statements: [] }),
  report: await renderReport({ timelines: [seedTimeline, secondTimeline], statements, title: 'Fixture report' }),
  reportAgain: await renderReport({ timelines: [seedTimeline, secondTimeline], statements, title: 'Fixture report' }),
  badScale: await failure(() => renderSvg(timelineSpec(seedTimeline), { scale: 0 })),
  badSpec: await failure(() => renderSvg({ $schema: 'x', mark: 'no-such-mark', data: { values: [] } })),
  notASpec: await failure(() => renderSvg(null as never)),
};
process.stdout.write(JSON.stringify(result));
