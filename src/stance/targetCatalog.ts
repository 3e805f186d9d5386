import data from '../../data/targets.json';
import { DataValidationError } from '../errors';

/** A target with the names news uses for it. */
export interface TargetEntry {
  readonly id: string;
  readonly aliases: readonly string[];
  /** The actor (a registry id) that claims the target's territory as its own: Somalia for Somaliland. */
  readonly claimant?: string;
  readonly note: string;
}

/** A validated set of targets, looked up by id or alias (case-insensitive). */
export interface TargetCatalog {
  readonly targets: readonly TargetEntry[];
  /** The entry whose id or alias is `name`, if any. */
  find(name: string): TargetEntry | undefined;
  /** A new catalogue with `entries` added (an entry with an existing id replaces it). */
  extend(entries: unknown, source?: string): TargetCatalog;
}

function validate(input: unknown, source: string): TargetEntry[] {
  const list = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { targets?: unknown }).targets : input;
  if (!Array.isArray(list)) throw new DataValidationError(source, '(file)', 'expected { "targets": [ { "id", "aliases", "note" } ] }');
  const seen = new Set<string>();
  return list.map((raw, i): TargetEntry => {
    if (typeof raw !== 'object' || raw === null) throw new DataValidationError(source, `targets[${i}]`, 'each target must be an object');
    const { id, aliases, claimant, note, ...rest } = raw as Record<string, unknown>;
    const where = typeof id === 'string' ? id : `targets[${i}]`;
    if (typeof id !== 'string' || id.trim() === '') throw new DataValidationError(source, where, 'needs an "id" string');
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw new DataValidationError(source, where, `unknown key "${extra}"; use "id", "aliases", "claimant" and "note"`);
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' || a.trim() === '')) {
      throw new DataValidationError(source, where, '"aliases" must be an array of non-empty strings');
    }
    if (claimant !== undefined && (typeof claimant !== 'string' || claimant.trim() === '')) {
      throw new DataValidationError(source, where, '"claimant" must be the id of the actor that claims the territory, a non-empty string');
    }
    if (seen.has(id.toLowerCase())) throw new DataValidationError(source, where, 'duplicate id');
    seen.add(id.toLowerCase());
    return { id, aliases: [...aliases] as string[], ...(typeof claimant === 'string' ? { claimant } : {}), note: typeof note === 'string' ? note : '' };
  });
}

function build(targets: readonly TargetEntry[]): TargetCatalog {
  const byName = new Map<string, TargetEntry>();
  for (const t of targets) byName.set(t.id.toLowerCase(), t);
  for (const t of targets) for (const a of t.aliases) if (!byName.has(a.toLowerCase())) byName.set(a.toLowerCase(), t);
  return Object.freeze({
    targets,
    find: (name: string) => byName.get(name.trim().toLowerCase()),
    extend(entries: unknown, source = '<targets>') {
      const added = validate(entries, source);
      const ids = new Set(added.map((t) => t.id.toLowerCase()));
      return build([...targets.filter((t) => !ids.has(t.id.toLowerCase())), ...added]);
    },
  });
}

let cached: TargetCatalog | undefined;

/**
 * The default target catalogue (data/targets.json): the founding case's Taliban and other contested authorities,
 * each with the aliases news uses. Extend it with your own entries; aliases given on a call are always added.
 *
 * @example
 * defaultTargets().find('Islamic Emirate')?.id; // 'Taliban'
 */
export function defaultTargets(): TargetCatalog {
  cached ??= build(validate(data, 'data/targets.json'));
  return cached;
}

/**
 * The aliases to use for a target: the catalogue's (when it knows the target) plus the caller's own, deduplicated.
 *
 * @example
 * targetAliases('Taliban', ['the Kabul government']).includes('Islamic Emirate'); // true
 */
export function targetAliases(target: string, extra: readonly string[] = [], catalog: TargetCatalog = defaultTargets()): string[] {
  const known = catalog.find(target)?.aliases ?? [];
  return [...new Set([...known, ...extra])];
}
