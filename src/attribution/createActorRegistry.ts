import { DataValidationError } from '../errors';
import type { ActorEntry, ActorRegistryInput, OfficialEntry } from './ActorEntry';
import type { ActorRegistry, NameKind, RegistryMatch, ResolvedActor } from './ActorRegistry';
import { WORD_END, WORD_START, apostropheVariants, containsWords, escapeRegExp, literalAlternation, normaliseName } from './unicodeText';
import { validateRegistryInput } from './validateRegistryInput';

/** Options of {@link createActorRegistry}. */
export interface CreateActorRegistryOptions {
  /** File name used in validation errors (default `<actor registry>`). */
  readonly file?: string;
}

interface NameRecord {
  readonly kind: NameKind;
  readonly actor: ActorEntry;
  readonly official: OfficialEntry | null;
  readonly canonical: string | null;
  readonly entry: string;
}

/** Names in capitals (`US`, `IEA`) are matched with their case only: "us" is not the USA. */
const ACRONYM = /^[\p{Lu}\d.]+$/u;

/** Lower wins when two kinds of name compete for the same words. */
const PRIORITY: Readonly<Record<NameKind, number>> = { official: 0, institution: 1, name: 2, metonym: 3, demonym: 4 };

/** Phrases that name the same kind of body, so that "the Foreign Ministry" finds `Russian Foreign Ministry`. */
const INSTITUTION_FAMILIES: readonly (readonly string[])[] = [
  ['foreign ministry', 'ministry of foreign affairs', 'foreign office', 'ministry of external affairs', 'mfa', 'mea'],
  ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense'],
  ['interior ministry', 'ministry of interior', 'ministry of internal affairs'],
  ['state department'],
  ['security council'],
];

/**
 * Set when {@link validAt} looks at an official with dates of office: only then can a name's resolution depend on
 * the date (every use of the date goes through `validAt`), so resolutions made without it hold for any date.
 */
let datedOfficialSeen = false;

function validAt(official: OfficialEntry, date: string | undefined): boolean {
  if (official.from != null || official.to != null) datedOfficialSeen = true;
  if (date === undefined) return true;
  return (official.from == null || official.from <= date) && (official.to == null || date <= official.to);
}

function overlaps(a: OfficialEntry, b: OfficialEntry): boolean {
  const aFrom = a.from ?? '0000-01-01';
  const aTo = a.to ?? '9999-12-31';
  const bFrom = b.from ?? '0000-01-01';
  const bTo = b.to ?? '9999-12-31';
  return aFrom <= bTo && bFrom <= aTo;
}

/** Of officials sharing a name, the one valid at `date`, else the most recent. */
function pickOfficial(records: readonly NameRecord[], date: string | undefined): NameRecord | undefined {
  const valid = records.filter((r) => r.official !== null && validAt(r.official, date));
  const pool = valid.length > 0 ? valid : records;
  return [...pool].sort((a, b) => (b.official?.from ?? '').localeCompare(a.official?.from ?? ''))[0];
}


/** Resolutions kept per registry (see `resolveActor`); beyond it the cache starts afresh. */
const RESOLUTIONS_MAX = 8192;

function titleCase(text: string): string {
  // Small words of a name stay lower case: "Ministry of Commerce", "Ministry of Refugees and Repatriation".
  return text.replace(/(^|\s)(\p{Ll})(\p{L}*)/gu, (m, space: string, letter: string, rest: string) =>
    space !== '' && SMALL_WORDS.has(letter + rest) ? m : space + letter.toUpperCase() + rest,
  );
}

/** Words a title keeps in lower case inside a name. */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in']);

/**
 * Validates registry data and builds an immutable {@link ActorRegistry}. Rejected: duplicate ids, a name used by two
 * actors, an official alias shared with another official over overlapping dates, an official of an unknown actor,
 * bad dates and unknown fields (so `__proto__` or `constructor` keys cannot reach a prototype; lookups use `Map`).
 *
 * @example
 * const registry = createActorRegistry({
 *   actors: [{ id: 'Russia', kind: 'state', names: ['Russia'], demonyms: ['Russian'], metonyms: ['Moscow'] }],
 *   officials: [{ id: 'Sergey Lavrov', aliases: ['Lavrov'], actor: 'Russia', roles: ['foreign minister'] }],
 * });
 * registry.resolveActor('Lavrov'); // { actor: 'Russia', official: 'Sergey Lavrov', via: 'official', ... }
 * registry.resolveActor('Russian envoy Ivan Petrov')?.actor; // 'Russia' (through the demonym)
 * @throws DataValidationError naming the file, the entry and the fix.
 */
export function createActorRegistry(input: ActorRegistryInput | unknown, options: CreateActorRegistryOptions = {}): ActorRegistry {
  const file = options.file ?? '<actor registry>';
  const { actors, officials } = validateRegistryInput(input, file);
  return buildRegistry(actors, officials, file);
}

function buildRegistry(actors: readonly ActorEntry[], officials: readonly OfficialEntry[], file: string): ActorRegistry {
  const actorsById = new Map<string, ActorEntry>();
  actors.forEach((a, i) => {
    if (actorsById.has(a.id)) {
      throw new DataValidationError(file, `actors[${i}] "${a.id}"`, 'duplicate id: rename one entry or merge the two');
    }
    actorsById.set(a.id, a);
  });
  actors.forEach((a, i) => {
    for (const g of a.governs ?? []) {
      if (!actorsById.has(g) || g === a.id) {
        throw new DataValidationError(file, `actors[${i}] "${a.id}"`, `"governs" names unknown actor "${g}": use the id of another actor entry`);
      }
    }
  });
  const officialsById = new Map<string, OfficialEntry>();
  officials.forEach((o, i) => {
    const entry = `officials[${i}] "${o.id}"`;
    if (officialsById.has(o.id) || actorsById.has(o.id)) {
      throw new DataValidationError(file, entry, 'duplicate id: rename one entry or merge the two');
    }
    if (!actorsById.has(o.actor)) {
      throw new DataValidationError(file, entry, `unknown actor "${o.actor}": add an actor with this id or fix the spelling`);
    }
    officialsById.set(o.id, o);
  });

  const names = new Map<string, NameRecord[]>();
  const add = (surface: string, record: NameRecord): void => {
    const key = normaliseName(surface);
    if (key === '') return;
    // A name that opens with a particle in lower case ("al-Sharaa") opens a sentence in capitals ("Al-Sharaa said").
    const keys = /^\p{Ll}/u.test(key) ? [key, key.charAt(0).toUpperCase() + key.slice(1)] : [key];
    for (const variant of keys.flatMap(apostropheVariants)) {
      const existing = names.get(variant) ?? [];
      for (const other of existing) {
        if (other.official === null && record.official === null) {
          if (other.actor.id === record.actor.id) return;
        } else if (other.official !== null && record.official !== null) {
          if (other.official.id === record.official.id) return;
          if (!overlaps(other.official, record.official)) continue;
        }
        throw new DataValidationError(
          file,
          record.entry,
          `name "${surface}" is also used by ${other.entry}: keep it in one entry${
            record.official !== null && other.official !== null ? ' or give the two officials non-overlapping "from"/"to"' : ''
          }`,
        );
      }
      names.set(variant, [...existing, record]);
    }
  };
  actors.forEach((a, i) => {
    const entry = `actors[${i}] "${a.id}"`;
    const base = { actor: a, official: null, entry };
    add(a.id, { ...base, kind: 'name', canonical: null });
    for (const n of a.names) add(n, { ...base, kind: 'name', canonical: null });
    for (const n of a.metonyms ?? []) add(n, { ...base, kind: 'metonym', canonical: null });
    for (const n of a.demonyms ?? []) add(n, { ...base, kind: 'demonym', canonical: null });
    for (const n of a.institutions ?? []) add(n, { ...base, kind: 'institution', canonical: n });
  });
  officials.forEach((o, i) => {
    const actor = actorsById.get(o.actor) as ActorEntry;
    const record: NameRecord = { kind: 'official', actor, official: o, canonical: o.id, entry: `officials[${i}] "${o.id}"` };
    add(o.id, record);
    for (const alias of o.aliases) add(alias, record);
  });

  const lowerNames = new Map<string, NameRecord[]>();
  for (const [key, records] of names) {
    if (ACRONYM.test(key)) continue;
    const lower = key.toLowerCase();
    lowerNames.set(lower, [...(lowerNames.get(lower) ?? []), ...records]);
  }

  const keys = [...names.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const pattern = keys.length === 0 ? null : new RegExp(`${WORD_START}(?:${literalAlternation(keys)})${WORD_END}`, 'gu');

  const best = (records: readonly NameRecord[], date: string | undefined): NameRecord | undefined => {
    const officialsOnly = records.filter((r) => r.official !== null);
    if (officialsOnly.length > 0) return pickOfficial(officialsOnly, date);
    return [...records].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])[0];
  };

  const toMatch = (record: NameRecord, start: number, text: string, date: string | undefined): RegistryMatch => {
    const chosen = record.official !== null ? (pickOfficial(names.get(normaliseName(text)) ?? [record], date) ?? record) : record;
    return {
      start,
      end: start + text.length,
      text,
      kind: chosen.kind,
      actor: chosen.actor.id,
      actorKind: chosen.actor.kind,
      canonical: chosen.canonical,
    };
  };

  const scan = (text: string, date?: string): RegistryMatch[] => {
    if (pattern === null) return [];
    const out: RegistryMatch[] = [];
    for (const m of text.matchAll(pattern)) {
      const records = names.get(m[0]);
      const record = records === undefined ? undefined : best(records, date);
      if (record !== undefined) out.push(toMatch(record, m.index ?? 0, m[0], date));
    }
    return out;
  };

  const officialsWithRole = (phrase: string, actor: string | null, date?: string): OfficialEntry[] => {
    const lower = normaliseName(phrase).toLowerCase();
    let bestLength = 0;
    let found: OfficialEntry[] = [];
    for (const o of officials) {
      if ((actor !== null && o.actor !== actor) || !validAt(o, date)) continue;
      for (const role of o.roles ?? []) {
        const r = role.toLowerCase();
        if (!containsWords(lower, r)) continue;
        if (r.length > bestLength) {
          bestLength = r.length;
          found = [o];
        } else if (r.length === bestLength && !found.includes(o)) {
          found.push(o);
        }
      }
    }
    return found;
  };

  const resolved = (record: NameRecord, matched: string): ResolvedActor => ({
    actor: record.actor.id,
    kind: record.actor.kind,
    official: record.official?.id ?? null,
    via: record.kind,
    matched,
  });

  // Names recur from one document to the next ("Russia", "the Kremlin"): their resolutions, by date, are kept.
  const resolutions = new Map<string, ResolvedActor | null>();
  const resolveActor = (name: string, date?: string): ResolvedActor | null => {
    const anyDate = `\u0001${name}`;
    const dated = `${date ?? ''}\u0000${name}`;
    if (resolutions.has(anyDate)) return resolutions.get(anyDate)!;
    if (resolutions.has(dated)) return resolutions.get(dated)!;
    if (resolutions.size >= RESOLUTIONS_MAX) resolutions.clear();
    datedOfficialSeen = false;
    const result = resolveUncached(name, date);
    resolutions.set(datedOfficialSeen ? dated : anyDate, result === null ? null : Object.freeze(result));
    return result;
  };
  const resolveUncached = (name: string, date?: string): ResolvedActor | null => {
    const key = normaliseName(name);
    if (key === '') return null;
    const exact = names.get(key);
    const exactBest = exact === undefined ? undefined : best(exact, date);
    if (exactBest !== undefined) return resolved(exactBest, key);
    const folded = lowerNames.get(key.toLowerCase());
    if (folded !== undefined && new Set(folded.map((r) => r.actor.id)).size === 1) {
      const r = best(folded, date);
      if (r !== undefined) return resolved(r, key);
    }
    const found = scan(name, date);
    if (found.length === 0) return null;
    const top = [...found].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start)[0] as RegistryMatch;
    if (top.kind === 'official' || top.kind === 'institution') {
      return { actor: top.actor, kind: top.actorKind, official: top.kind === 'official' ? top.canonical : null, via: top.kind, matched: top.text };
    }
    const byRole = officialsWithRole(name, top.actor, date);
    if (byRole.length === 1 && byRole[0] !== undefined) {
      return { actor: top.actor, kind: top.actorKind, official: byRole[0].id, via: 'role', matched: name.trim() };
    }
    return { actor: top.actor, kind: top.actorKind, official: null, via: top.kind, matched: top.text };
  };

  const institutionOf = (actorId: string, generic: string): string => {
    const lower = normaliseName(generic).toLowerCase();
    const actor = actorsById.get(actorId);
    if (actor === undefined) return normaliseName(generic);
    const family = INSTITUTION_FAMILIES.find((f) => f.some((p) => lower.includes(p))) ?? [lower];
    const own = (actor.institutions ?? []).find((i) => family.some((p) => containsWords(i.toLowerCase(), p)));
    if (own !== undefined) return own;
    const prefix = actor.demonyms?.[0] ?? actor.id;
    return `${prefix} ${titleCase(normaliseName(generic))}`;
  };

  const extend = (input: ActorRegistryInput, options: { file?: string } = {}): ActorRegistry => {
    const extra = validateRegistryInput(input, options.file ?? '<extension>');
    const replaceById = <T extends { id: string }>(base: readonly T[], more: readonly T[]): T[] => {
      const incoming = new Map(more.map((e) => [e.id, e]));
      const merged = base.map((e) => incoming.get(e.id) ?? e);
      const known = new Set(base.map((e) => e.id));
      return merged.concat(more.filter((e) => !known.has(e.id)));
    };
    return buildRegistry(replaceById(actors, extra.actors), replaceById(officials, extra.officials), options.file ?? file);
  };

  return Object.freeze({
    actors: Object.freeze([...actors]),
    officials: Object.freeze([...officials]),
    actor: (id: string) => actorsById.get(id),
    official: (id: string) => officialsById.get(id),
    resolveActor,
    scan,
    officialsWithRole,
    institutionOf,
    extend,
    toJSON: () => ({ actors: [...actors], officials: [...officials] }),
  });
}
