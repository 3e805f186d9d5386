/**
 * Derives the irregular lemma forms of the installed wink-nlp English model for the prefilter
 * (src/stance/prefilter/lemmaForms.json): every surface form whose lemma cannot be found in the text by looking for
 * the lemma's regular stem. Run after upgrading wink-eng-lite-web-model:
 *
 *   npx tsx bench/generateLemmaForms.ts > src/stance/prefilter/lemmaForms.json
 *
 * test/stance/prefilterLemmaForms.test.ts re-derives the table and fails when it is stale.
 */
import { deriveLemmaForms } from './deriveLemmaForms';

process.stdout.write(`${JSON.stringify(deriveLemmaForms(), null, 0)}\n`);
