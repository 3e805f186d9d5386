/**
 * Draws the pictures in docs/img with the project's own renderer from the bundled seed articles:
 * `npx tsx scripts/docs-images.ts` rewrites docs/img/timeline.svg and docs/img/plane.svg.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { planeSpec } from '../src/report/planeSpec';
import { renderSvg } from '../src/report/renderSvg';
import { timelineSpec } from '../src/report/timelineSpec';
import { analyze } from '../src/stance/analyze';
import { timeline } from '../src/stance/timeline';
import type { DatedScore } from '../src/types';

const root = resolve(import.meta.dirname ?? '.', '..');
const data = join(root, 'examples/data');
const docs = readdirSync(data)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((id) => ({ id, text: readFileSync(join(data, id), 'utf8') }));
const { statements } = analyze(docs, { target: 'Taliban' });
const dated = statements.filter((s) => s.date !== null) as readonly DatedScore[];
const t = timeline(dated, { actor: 'Russia', target: 'Taliban', interval: 'quarter', from: '2021-07-01' });

const out = join(root, 'docs/img');
writeFileSync(join(out, 'timeline.svg'), `${await renderSvg(timelineSpec(t, { dimensions: ['engagement', 'recognition', 'threat'], title: 'Russia → Taliban in the five seed articles, by quarter' }))}\n`);
writeFileSync(join(out, 'plane.svg'), `${await renderSvg(planeSpec(t, { title: 'Russia → Taliban on the engagement-recognition plane (seed articles)' }))}\n`);
