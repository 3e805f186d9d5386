import { DataValidationError } from '../errors';
import { ACTOR_KINDS, type ActorEntry, type ActorKind, type OfficialEntry } from './ActorEntry';

const ACTOR_KEYS = new Set(['id', 'kind', 'names', 'demonyms', 'metonyms', 'institutions', 'governs', 'governsSince']);
const OFFICIAL_KEYS = new Set(['id', 'aliases', 'actor', 'roles', 'gender', 'from', 'to']);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is an ISO calendar date (`2021-02-29` is not). */
function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks the shape of a registry file and returns fresh, frozen copies of its entries (never the caller's objects,
 * so a `__proto__` or `constructor` key in a JSON file cannot reach a prototype: unknown keys are rejected).
 * Cross-entry checks (duplicates, unknown actors) are made by `createActorRegistry`.
 *
 * @example
 * validateRegistryInput({ actors: [{ id: 'Qatar', kind: 'state', names: ['Qatar'] }] }, 'my.json').actors.length; // 1
 * @throws DataValidationError naming the file, the entry and the fix.
 */
export function validateRegistryInput(
  input: unknown,
  file: string,
): { actors: ActorEntry[]; officials: OfficialEntry[] } {
  if (!isRecord(input)) {
    throw new DataValidationError(file, '(root)', 'expected an object { "actors": [...], "officials": [...] }');
  }
  const actorsRaw = input['actors'] ?? [];
  const officialsRaw = input['officials'] ?? [];
  if (!Array.isArray(actorsRaw)) throw new DataValidationError(file, 'actors', 'must be an array of actor entries');
  if (!Array.isArray(officialsRaw)) throw new DataValidationError(file, 'officials', 'must be an array of official entries');
  const actors = actorsRaw.map((raw: unknown, i: number) => validateActor(raw, `actors[${i}]`, file));
  const officials = officialsRaw.map((raw: unknown, i: number) => validateOfficial(raw, `officials[${i}]`, file));
  return { actors, officials };
}

function label(where: string, raw: Record<string, unknown>): string {
  return typeof raw['id'] === 'string' ? `${where} "${raw['id']}"` : where;
}

function checkKeys(raw: Record<string, unknown>, allowed: Set<string>, entry: string, file: string): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) {
      throw new DataValidationError(file, entry, `unknown field "${key}": remove it or use one of ${[...allowed].join(', ')}`);
    }
  }
}

function text(value: unknown, field: string, entry: string, file: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DataValidationError(file, entry, `"${field}" must be a non-empty string`);
  }
  return value.trim().replace(/\s+/gu, ' ');
}

function texts(value: unknown, field: string, entry: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new DataValidationError(file, entry, `"${field}" must be an array of strings`);
  return value.map((v: unknown, i: number) => text(v, `${field}[${i}]`, entry, file));
}

function date(value: unknown, field: string, entry: string, file: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new DataValidationError(file, entry, `"${field}" must be an ISO date YYYY-MM-DD or null, got ${JSON.stringify(value)}`);
  }
  return value;
}

function validateActor(raw: unknown, where: string, file: string): ActorEntry {
  if (!isRecord(raw)) throw new DataValidationError(file, where, 'expected an object with "id", "kind" and "names"');
  const entry = label(where, raw);
  checkKeys(raw, ACTOR_KEYS, entry, file);
  const id = text(raw['id'], 'id', entry, file);
  const kind = raw['kind'];
  if (typeof kind !== 'string' || !(ACTOR_KINDS as readonly string[]).includes(kind)) {
    throw new DataValidationError(file, entry, `"kind" must be one of ${ACTOR_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
  return Object.freeze({
    id,
    kind: kind as ActorKind,
    names: Object.freeze(texts(raw['names'], 'names', entry, file)),
    demonyms: Object.freeze(texts(raw['demonyms'], 'demonyms', entry, file)),
    metonyms: Object.freeze(texts(raw['metonyms'], 'metonyms', entry, file)),
    institutions: Object.freeze(texts(raw['institutions'], 'institutions', entry, file)),
    governs: Object.freeze(texts(raw['governs'], 'governs', entry, file)),
    ...governsSince(raw, entry, file),
  });
}

function governsSince(raw: Record<string, unknown>, entry: string, file: string): { governsSince?: string } {
  const since = date(raw['governsSince'], 'governsSince', entry, file);
  if (since === null) return {};
  if (raw['governs'] === undefined || (Array.isArray(raw['governs']) && raw['governs'].length === 0)) {
    throw new DataValidationError(file, entry, '"governsSince" needs "governs": name the actors governed since that day');
  }
  return { governsSince: since };
}

function validateOfficial(raw: unknown, where: string, file: string): OfficialEntry {
  if (!isRecord(raw)) throw new DataValidationError(file, where, 'expected an object with "id", "aliases" and "actor"');
  const entry = label(where, raw);
  checkKeys(raw, OFFICIAL_KEYS, entry, file);
  const id = text(raw['id'], 'id', entry, file);
  const gender = raw['gender'];
  if (gender !== undefined && gender !== null && gender !== 'm' && gender !== 'f') {
    throw new DataValidationError(file, entry, `"gender" must be "m", "f" or null, got ${JSON.stringify(gender)}`);
  }
  const from = date(raw['from'], 'from', entry, file);
  const to = date(raw['to'], 'to', entry, file);
  if (from !== null && to !== null && from > to) {
    throw new DataValidationError(file, entry, `"from" (${from}) is after "to" (${to}): swap them`);
  }
  return Object.freeze({
    id,
    aliases: Object.freeze(texts(raw['aliases'], 'aliases', entry, file)),
    actor: text(raw['actor'], 'actor', entry, file),
    roles: Object.freeze(texts(raw['roles'], 'roles', entry, file)),
    gender: gender === 'm' || gender === 'f' ? gender : null,
    from,
    to,
  });
}
