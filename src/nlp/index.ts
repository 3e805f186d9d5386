export { createNlp, DEFAULT_RENEW_WORDS } from './createNlp';
export type { CreateNlpOptions, EntitySpan, Nlp, NlpDoc, ReadOptions, SentenceSpan, Token } from './createNlp';
export { defaultNlp } from './defaultNlp';
