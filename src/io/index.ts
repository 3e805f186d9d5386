/**
 * `stance-shift/io`: Node-only readers (files, directories, JSONL, standard input). Nothing runs at import.
 */
export { readDocuments, DEFAULT_MAX_FILE_BYTES } from './readDocuments';
export type { DocumentReader, ReadDocumentsOptions } from './readDocuments';
export { readJsonl } from './readJsonl';
export type { JsonlReader, JsonlRecord, ReadJsonlOptions } from './readJsonl';
export { readLines, DEFAULT_MAX_LINE_BYTES } from './readLines';
export type { Line, LineSource, ReadLinesOptions } from './readLines';
export type { OnInvalidUtf8, ReadStats } from './problems';
export { loadLexicon } from '../lexicon/loadLexicon';
export type { LoadLexiconOptions } from '../lexicon/loadLexicon';
export { loadActorRegistry } from '../attribution/loadActorRegistry';
export type { LoadActorRegistryOptions } from '../attribution/loadActorRegistry';
