/**
 * Heap used by the NLP adapter on text whose vocabulary never stops growing (a third of the words are new, as
 * with names, numbers and identifiers in years of news), with wink-nlp instances renewed once they keep
 * DEFAULT_RENEW_WORDS new words (the default) and never renewed:
 *
 *   node --expose-gc --import tsx bench/vocabulary.ts [--words 400000]
 */
import { createNlp, DEFAULT_RENEW_WORDS } from '../src/nlp';

const arg = process.argv.indexOf('--words');
const target = arg >= 0 ? Number(process.argv[arg + 1]) : 400_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc --import tsx bench/vocabulary.ts');

function heapMB(): number {
  gc!();
  return process.memoryUsage().heapUsed / 1e6;
}

for (const [label, renewWords] of [
  [`renewed at ${DEFAULT_RENEW_WORDS.toLocaleString('en')} new words (default)`, DEFAULT_RENEW_WORDS],
  ['never renewed', Number.MAX_SAFE_INTEGER],
] as const) {
  const nlp = createNlp({ renewWords });
  nlp.read('Warm up.', { entities: false });
  const start = heapMB();
  let words = 0;
  let chars = 0;
  let peak = 0;
  while (words < target) {
    const parts: string[] = [];
    for (let j = 0; j < 99; j += 1) {
      if (j % 3 === 0) {
        words += 1;
        parts.push(`w${words.toString(36)}x`);
      } else parts.push('the');
    }
    const text = `${parts.join(' ')}.`;
    chars += text.length;
    nlp.read(text, { entities: false });
    if (words % 3_300 === 0) peak = Math.max(peak, heapMB() - start);
  }
  const end = heapMB() - start;
  // Still in use here, so the collector cannot take the adapter and its caches before the measure above.
  nlp.read('Done.', { entities: false });
  console.log(`${label}: ${words.toLocaleString('en')} new words in ${(chars / 1e6).toFixed(1)} MB of text; heap growth ${end.toFixed(1)} MB at the end, ${Math.max(peak, end).toFixed(1)} MB at most (measured every 3,300 new words)`);
}
