/**
 * stance-shift: measure how a government's stance toward a contested regime shifts over time.
 * This barrel only re-exports; nothing runs at import.
 */
export * from './types';
export * from './errors';
export { createNlp, defaultNlp } from './nlp';
export type { CreateNlpOptions, Nlp, NlpDoc, Token, SentenceSpan, EntitySpan } from './nlp';
