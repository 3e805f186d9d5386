export { compilePattern } from './compilePattern';
export type { CompiledPattern, PatternToken } from './compilePattern';
export { createLexicon } from './createLexicon';
export type { CompiledCue, CompiledModifier, Lexicon } from './createLexicon';
export { defaultLexicon } from './defaultLexicon';
export { extendLexicon } from './extendLexicon';
export type { ExtendLexiconOptions } from './extendLexicon';
export type { CueEntry, CueSign, LexiconData, ModifierDirection, ModifierEntry, ModifierKind, NegationClass } from './types';
