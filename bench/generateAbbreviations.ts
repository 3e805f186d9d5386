/**
 * Lists the abbreviations of the installed wink-nlp English model for the sentence splitter's cuts
 * (src/nlp/abbreviations.json). Run after upgrading wink-eng-lite-web-model:
 *
 *   npx tsx bench/generateAbbreviations.ts > src/nlp/abbreviations.json
 *
 * test/nlp/sentenceCuts.test.ts derives the list again and fails when the file is stale.
 */
import { deriveAbbreviations } from './deriveAbbreviations';

process.stdout.write(`${JSON.stringify(deriveAbbreviations(), null, 0)}\n`);
