import { DataValidationError } from '../errors';
import { DIMENSIONS, type Dimension } from '../types';
import { compilePattern, type CompiledPattern } from './compilePattern';
import type { CueEntry, LexiconData, ModifierDirection, ModifierEntry, ModifierKind, NegationClass } from './types';

/** A validated cue with its compiled pattern. */
export interface CompiledCue {
  readonly entry: CueEntry;
  readonly pattern: CompiledPattern;
}

/** A validated modifier with its compiled pattern. */
export interface CompiledModifier {
  readonly entry: ModifierEntry;
  readonly pattern: CompiledPattern;
}

/** A validated, compiled, immutable lexicon. */
export interface Lexicon {
  readonly name: string;
  readonly cues: readonly CompiledCue[];
  readonly modifiers: readonly CompiledModifier[];
  /** The validated entries, as data (for saving, inspecting or extending). */
  toData(): Required<LexiconData>;
}

const KINDS: readonly ModifierKind[] = ['negator', 'hedge', 'condition', 'intensifier', 'contrast', 'concession', 'trap', 'reporting', 'other-party'];
const DIRECTIONS: readonly ModifierDirection[] = ['forward', 'backward', 'both'];
const CUE_KEYS = new Set(['id', 'pattern', 'dimension', 'sign', 'weight', 'note', 'implicitTarget', 'targetObject', 'targetSubject', 'mentionRequired', 'noOpposite', 'claimantOwner']);
const MODIFIER_KEYS = new Set(['id', 'pattern', 'kind', 'direction', 'factor', 'dimensions', 'requiresModal', 'negation', 'note']);
const NEGATION_CLASSES: readonly NegationClass[] = ['grammatical', 'denial', 'reversal', 'condemnation'];
const ID = /^[a-z0-9][a-z0-9._-]*$/i;
/** Largest factor a hedge or intensifier may have: stronger boosts would let one adverb dominate a score. */
const MAX_FACTOR = 2;

type Raw = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates lexicon data and compiles its patterns. Every problem throws a {@link DataValidationError} naming the
 * file (`data.name` or `options.source`), the entry and the fix; unknown keys (including `__proto__`) are rejected.
 *
 * @example
 * const lexicon = createLexicon({ name: 'mine', cues: [
 *   { id: 'eng.summit', pattern: 'summit', dimension: 'engagement', sign: 1, weight: 0.7, note: 'meeting at the top' },
 * ] });
 * lexicon.cues.length; // 1
 */
export function createLexicon(data: unknown, options: { readonly source?: string } = {}): Lexicon {
  const source = options.source ?? (isRecord(data) && typeof data.name === 'string' ? data.name : '<lexicon>');
  if (!isRecord(data)) throw new DataValidationError(source, '(file)', 'a lexicon must be an object with "cues" and/or "modifiers" arrays');
  for (const key of Object.keys(data)) {
    if (!['name', 'cues', 'modifiers'].includes(key)) throw new DataValidationError(source, '(file)', `unknown key "${key}"; use "name", "cues" or "modifiers"`);
  }
  const seen = new Set<string>();
  const checkId = (raw: Raw, index: number, section: string): string => {
    const id = raw.id;
    if (typeof id !== 'string' || !ID.test(id)) {
      throw new DataValidationError(source, `${section}[${index}]`, 'needs an "id": letters, digits, ".", "_" or "-"');
    }
    if (seen.has(id)) throw new DataValidationError(source, id, 'duplicate id; each entry needs its own id');
    seen.add(id);
    return id;
  };
  const checkKeys = (raw: Raw, allowed: ReadonlySet<string>, id: string): void => {
    for (const key of Object.keys(raw)) {
      if (!allowed.has(key)) throw new DataValidationError(source, id, `unknown key "${key}"; allowed: ${[...allowed].join(', ')}`);
    }
  };
  const checkNote = (raw: Raw, id: string): string => {
    if (typeof raw.note !== 'string' || raw.note.trim() === '') throw new DataValidationError(source, id, 'needs a "note" saying where the entry comes from');
    return raw.note;
  };
  const checkDimension = (value: unknown, id: string): Dimension => {
    if (typeof value !== 'string' || !DIMENSIONS.includes(value as Dimension)) {
      throw new DataValidationError(source, id, `unknown dimension ${JSON.stringify(value)}; use one of ${DIMENSIONS.join(', ')}`);
    }
    return value as Dimension;
  };
  const section = (value: unknown, name: string): readonly unknown[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw new DataValidationError(source, name, `"${name}" must be an array`);
    return value;
  };

  const seenPatterns = new Map<string, string>();
  const cues = section(data.cues, 'cues').map((value, index): CompiledCue => {
    if (!isRecord(value)) throw new DataValidationError(source, `cues[${index}]`, 'each cue must be an object');
    const id = checkId(value, index, 'cues');
    checkKeys(value, CUE_KEYS, id);
    if (typeof value.pattern !== 'string') throw new DataValidationError(source, id, 'needs a "pattern" string');
    const dimension = checkDimension(value.dimension, id);
    if (value.sign !== 1 && value.sign !== -1) throw new DataValidationError(source, id, '"sign" must be 1 or -1');
    if (typeof value.weight !== 'number' || !(value.weight > 0 && value.weight <= 1)) {
      throw new DataValidationError(source, id, '"weight" must be a number in (0, 1]');
    }
    for (const flag of ['implicitTarget', 'targetObject', 'targetSubject', 'mentionRequired', 'noOpposite', 'claimantOwner'] as const) {
      if (value[flag] !== undefined && typeof value[flag] !== 'boolean') throw new DataValidationError(source, id, `"${flag}" must be true or false`);
    }
    const key = `${dimension} ${value.pattern.trim().toLowerCase()}`;
    const twin = seenPatterns.get(key);
    if (twin !== undefined) throw new DataValidationError(source, id, `same pattern and dimension as "${twin}"; merge the two entries`);
    seenPatterns.set(key, id);
    const entry: CueEntry = {
      id,
      pattern: value.pattern,
      dimension,
      sign: value.sign,
      weight: value.weight,
      note: checkNote(value, id),
      ...(value.implicitTarget === true ? { implicitTarget: true } : {}),
      ...(value.targetObject === true ? { targetObject: true } : {}),
      ...(value.targetSubject === true ? { targetSubject: true } : {}),
      ...(value.mentionRequired === true ? { mentionRequired: true } : {}),
      ...(value.noOpposite === true ? { noOpposite: true } : {}),
      ...(value.claimantOwner === true ? { claimantOwner: true } : {}),
    };
    return { entry, pattern: compilePattern(entry.pattern, { file: source, entry: id }) };
  });

  const modifiers = section(data.modifiers, 'modifiers').map((value, index): CompiledModifier => {
    if (!isRecord(value)) throw new DataValidationError(source, `modifiers[${index}]`, 'each modifier must be an object');
    const id = checkId(value, index, 'modifiers');
    checkKeys(value, MODIFIER_KEYS, id);
    if (typeof value.pattern !== 'string') throw new DataValidationError(source, id, 'needs a "pattern" string');
    if (typeof value.kind !== 'string' || !KINDS.includes(value.kind as ModifierKind)) {
      throw new DataValidationError(source, id, `unknown kind ${JSON.stringify(value.kind)}; use one of ${KINDS.join(', ')}`);
    }
    if (typeof value.direction !== 'string' || !DIRECTIONS.includes(value.direction as ModifierDirection)) {
      throw new DataValidationError(source, id, `"direction" must be one of ${DIRECTIONS.join(', ')}`);
    }
    if (value.factor !== undefined && (typeof value.factor !== 'number' || !(value.factor >= 0 && value.factor <= MAX_FACTOR))) {
      throw new DataValidationError(source, id, `"factor" must be a number in [0, ${MAX_FACTOR}]`);
    }
    if ((value.kind === 'hedge' || value.kind === 'intensifier') && value.factor === undefined) {
      throw new DataValidationError(source, id, `a ${value.kind} needs a "factor"`);
    }
    let dimensions: Dimension[] | undefined;
    if (value.dimensions !== undefined) {
      if (!Array.isArray(value.dimensions) || value.dimensions.length === 0) {
        throw new DataValidationError(source, id, '"dimensions" must be a non-empty array of dimension names');
      }
      dimensions = value.dimensions.map((d) => checkDimension(d, id));
    }
    if (value.requiresModal !== undefined && typeof value.requiresModal !== 'boolean') {
      throw new DataValidationError(source, id, '"requiresModal" must be true or false');
    }
    if (value.negation !== undefined && (value.kind !== 'negator' || !NEGATION_CLASSES.includes(value.negation as NegationClass))) {
      throw new DataValidationError(source, id, `"negation" is for negators only and must be one of ${NEGATION_CLASSES.join(', ')}`);
    }
    const entry: ModifierEntry = {
      id,
      pattern: value.pattern,
      kind: value.kind as ModifierKind,
      direction: value.direction as ModifierDirection,
      ...(typeof value.factor === 'number' ? { factor: value.factor } : {}),
      ...(dimensions !== undefined ? { dimensions } : {}),
      ...(value.requiresModal === true ? { requiresModal: true } : {}),
      ...(value.negation !== undefined ? { negation: value.negation as NegationClass } : {}),
      note: checkNote(value, id),
    };
    return { entry, pattern: compilePattern(entry.pattern, { file: source, entry: id }) };
  });

  const frozenCues = Object.freeze(cues);
  const frozenModifiers = Object.freeze(modifiers);
  return Object.freeze({
    name: source,
    cues: frozenCues,
    modifiers: frozenModifiers,
    toData: () => ({ name: source, cues: frozenCues.map((c) => c.entry), modifiers: frozenModifiers.map((m) => m.entry) }),
  });
}
