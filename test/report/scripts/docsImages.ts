/**
 * Draws the pictures in docs/img with the project's own renderer, from the seed-like fixture timeline:
 * `npx tsx test/report/scripts/docsImages.ts` rewrites docs/img/timeline.svg and docs/img/plane.svg.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planeSpec } from '../../../src/report/planeSpec';
import { renderSvg } from '../../../src/report/renderSvg';
import { timelineSpec } from '../../../src/report/timelineSpec';
import { seedTimeline } from '../fixtures/seedTimeline';

const out = resolve(import.meta.dirname ?? '.', '../../../docs/img');
writeFileSync(resolve(out, 'timeline.svg'), `${await renderSvg(timelineSpec(seedTimeline, { dimensions: ['engagement', 'recognition'], title: 'Russia → Taliban (illustrative data)' }))}\n`);
writeFileSync(resolve(out, 'plane.svg'), `${await renderSvg(planeSpec(seedTimeline, { title: 'Russia → Taliban on the engagement-recognition plane (illustrative data)' }))}\n`);
