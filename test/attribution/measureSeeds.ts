/**
 * Measures speaker and actor accuracy of `attributeUnits` on the seed articles against the dev gold
 * (../shared/data/seeds-gold.jsonl by default). Evaluation only: run `npx tsx test/attribution/measureSeeds.ts
 * [gold.jsonl] [--verbose]`. A gold statement matches the unit whose span contains the first occurrence of its text.
 * Ambiguous gold items are reported, not scored.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeUnits } from '../../src/attribution/attributeUnits';
import { extractPublished } from '../../src/text/extractPublished';
import { segmentDocument } from '../../src/text/segmentDocument';

interface Gold {
  doc: string;
  text: string;
  speaker: string | null;
  actor: string | null;
  target: string | null;
  ambiguous?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const goldPath = args.find((a) => !a.startsWith('--')) ?? join(here, '../../../shared/data/seeds-gold.jsonl');
const gold = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Gold);

const cache = new Map<string, { text: string; units: ReturnType<typeof segmentDocument>; out: ReturnType<typeof attributeUnits> }>();
function analyse(doc: string) {
  let hit = cache.get(doc);
  if (hit === undefined) {
    const text = readFileSync(join(here, '../../examples/data', doc), 'utf8');
    const published = extractPublished(text);
    const units = segmentDocument(text, { exclude: published.spans });
    const out = attributeUnits(text, units, { target: 'Taliban', date: published.date, source: doc });
    hit = { text, units, out };
    cache.set(doc, hit);
  }
  return hit;
}

let n = 0;
let speakerOk = 0;
let actorOk = 0;
let targetOk = 0;
let unmatched = 0;
let ambiguous = 0;
for (const g of gold) {
  if (g.ambiguous === true) {
    ambiguous += 1;
    continue;
  }
  const { text, units, out } = analyse(g.doc);
  const at = text.indexOf(g.text);
  const i = units.findIndex((u) => u.start <= at && at + g.text.length <= u.end);
  const a = out.units[i];
  if (at < 0 || a === undefined) {
    unmatched += 1;
    if (verbose) console.log(`UNMATCHED ${g.doc}: ${g.text.slice(0, 60)}`);
    continue;
  }
  n += 1;
  const s = a.speaker === g.speaker;
  const ac = a.actor === g.actor;
  const t = a.target === g.target;
  speakerOk += s ? 1 : 0;
  actorOk += ac ? 1 : 0;
  targetOk += t ? 1 : 0;
  if (verbose && (!s || !ac || !t)) {
    console.log(`${g.doc.slice(0, 3)} ${JSON.stringify(g.text.slice(0, 70))}`);
    console.log(`   gold speaker=${g.speaker} actor=${g.actor} target=${g.target}`);
    console.log(`   got  speaker=${a.speaker} actor=${a.actor} target=${a.target} | ${a.reason}`);
  }
}
const pct = (k: number): string => (n === 0 ? 'n/a' : (k / n).toFixed(3));
console.log(`scored ${n} (ambiguous ${ambiguous}, unmatched ${unmatched})`);
console.log(`speaker accuracy ${pct(speakerOk)} (${speakerOk}/${n})`);
console.log(`actor accuracy   ${pct(actorOk)} (${actorOk}/${n})`);
console.log(`target accuracy  ${pct(targetOk)} (${targetOk}/${n})`);
