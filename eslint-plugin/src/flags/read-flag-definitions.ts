import type { FlagDefinition } from './flag-registry';
import { findEntry, type LocatedEntry, type LocatedObject, type LocatedValue, type SyntaxProblem } from './located-value';

/** A flag read from a document, positioned by offset (the caller turns offsets into lines and columns). */
export type DocumentFlag = Omit<FlagDefinition, 'location'> & { readonly offset: number };

/**
 * Validates a parsed flagd definition document (https://flagd.dev/schema/v0/flags.json) and reads its flags.
 * `flags` may be a map keyed by flag key or, as flagd also accepts, an array of flags with a `key`.
 * A flag with an invalid field is still returned (its key is registered) without that field.
 */
export function readFlagDefinitions(document: LocatedValue): { flags: DocumentFlag[]; problems: SyntaxProblem[] } {
  const problems: SyntaxProblem[] = [];
  const flags: DocumentFlag[] = [];
  if (document.kind !== 'object') {
    return { flags, problems: [{ message: 'A flag registry must be an object with a "flags" property', offset: document.start }] };
  }
  const flagsEntry = findEntry(document, 'flags');
  if (!flagsEntry) {
    return { flags, problems: [{ message: 'Missing the "flags" property: a flagd definition file is { "flags": { "<key>": { "state": ... } } }', offset: document.start }] };
  }
  const seen = new Map<string, number>();
  const addFlag = (key: string, keyOffset: number, definition: LocatedValue): void => {
    if (seen.has(key)) {
      problems.push({ message: `flags.${key} is defined twice; flagd keeps only one of them`, offset: keyOffset });
      return;
    }
    seen.set(key, keyOffset);
    flags.push(readFlag(key, keyOffset, definition, problems));
  };
  const list = flagsEntry.value;
  if (list.kind === 'object') {
    for (const entry of list.entries) addFlag(entry.key, entry.keyStart, entry.value);
  } else if (list.kind === 'array') {
    for (const item of list.items) {
      const keyEntry = item.kind === 'object' ? findEntry(item, 'key') : undefined;
      if (keyEntry?.value.kind === 'scalar' && typeof keyEntry.value.value === 'string' && keyEntry.value.value !== '') {
        addFlag(keyEntry.value.value, keyEntry.value.start, item);
      } else {
        problems.push({ message: 'Each flag in a "flags" array needs a non-empty string "key"', offset: item.start });
      }
    }
  } else {
    problems.push({ message: '"flags" must be an object keyed by flag key', offset: list.start });
  }
  return { flags, problems };
}

const STATES = ['ENABLED', 'DISABLED'] as const;

function readFlag(key: string, offset: number, definition: LocatedValue, problems: SyntaxProblem[]): DocumentFlag {
  const flag = { key, offset, state: undefined, variants: undefined, defaultVariant: undefined, owner: undefined, expires: undefined, archived: false };
  const where = `flags.${key}`;
  if (definition.kind !== 'object') {
    problems.push({ message: `${where} must be an object with "state" and "variants"`, offset: definition.start });
    return flag;
  }
  const variants = readVariants(definition, where, problems);
  const targeting = findEntry(definition, 'targeting');
  if (targeting && targeting.value.kind !== 'object') {
    problems.push({ message: `${where}.targeting must be a JsonLogic object`, offset: targeting.value.start });
  }
  return {
    ...flag,
    state: readState(definition, where, problems),
    variants,
    defaultVariant: readDefaultVariant(definition, variants, where, problems),
    ...readMetadata(definition, where, problems),
  };
}

function readState(definition: LocatedObject, where: string, problems: SyntaxProblem[]): DocumentFlag['state'] {
  const entry = findEntry(definition, 'state');
  if (!entry) {
    problems.push({ message: `${where} has no "state" (ENABLED or DISABLED)`, offset: definition.start });
    return undefined;
  }
  const value = scalarValue(entry);
  const state = STATES.find((candidate) => candidate === value);
  if (!state) problems.push({ message: `${where}.state must be "ENABLED" or "DISABLED", found ${describe(entry.value)}`, offset: entry.value.start });
  return state;
}

function readVariants(definition: LocatedObject, where: string, problems: SyntaxProblem[]): Record<string, unknown> | undefined {
  const entry = findEntry(definition, 'variants');
  if (!entry) return undefined;
  if (entry.value.kind !== 'object') {
    problems.push({ message: `${where}.variants must be an object of variant name to value`, offset: entry.value.start });
    return undefined;
  }
  const variants: Record<string, unknown> = {};
  const types = new Set<string>();
  for (const variant of entry.value.entries) {
    const value = variant.value.kind === 'scalar' ? variant.value.value : variant.value.kind;
    variants[variant.key] = value;
    types.add(variant.value.kind === 'scalar' ? (variant.value.value === null ? 'null' : typeof variant.value.value) : variant.value.kind);
  }
  if (types.size > 1) problems.push({ message: `${where}.variants mixes value types (${[...types].join(', ')}); flagd needs one type per flag`, offset: entry.value.start });
  return variants;
}

function readDefaultVariant(definition: LocatedObject, variants: Record<string, unknown> | undefined, where: string, problems: SyntaxProblem[]): string | null | undefined {
  const entry = findEntry(definition, 'defaultVariant');
  if (!entry) return undefined;
  const value = scalarValue(entry);
  if (value === null) return null;
  if (typeof value !== 'string') {
    problems.push({ message: `${where}.defaultVariant must be a variant name or null, found ${describe(entry.value)}`, offset: entry.value.start });
    return undefined;
  }
  if (variants && !Object.hasOwn(variants, value)) {
    problems.push({ message: `${where}.defaultVariant "${value}" is not one of its variants (${Object.keys(variants).join(', ')})`, offset: entry.value.start });
  }
  return value;
}

function readMetadata(definition: LocatedObject, where: string, problems: SyntaxProblem[]): Pick<DocumentFlag, 'owner' | 'expires' | 'archived'> {
  const entry = findEntry(definition, 'metadata');
  const metadata = { owner: undefined, expires: undefined, archived: false };
  if (!entry) return metadata;
  if (entry.value.kind !== 'object') {
    problems.push({ message: `${where}.metadata must be an object`, offset: entry.value.start });
    return metadata;
  }
  const owner = findEntry(entry.value, 'owner');
  const expires = findEntry(entry.value, 'expires');
  const archived = findEntry(entry.value, 'archived');
  const ownerValue = owner && scalarValue(owner);
  const expiresValue = expires && scalarValue(expires);
  const archivedValue = archived && scalarValue(archived);
  if (owner && (typeof ownerValue !== 'string' || ownerValue.trim() === '')) {
    problems.push({ message: `${where}.metadata.owner must be a non-empty string, found ${describe(owner.value)}`, offset: owner.value.start });
  }
  if (expires && (typeof expiresValue !== 'string' || parseExpiry(expiresValue) === undefined)) {
    problems.push({ message: `${where}.metadata.expires must be a date such as "2025-06-30", found ${describe(expires.value)}`, offset: expires.value.start });
  }
  if (archived && typeof archivedValue !== 'boolean') {
    problems.push({ message: `${where}.metadata.archived must be true or false, found ${describe(archived.value)}`, offset: archived.value.start });
  }
  return {
    owner: typeof ownerValue === 'string' && ownerValue.trim() !== '' ? ownerValue : undefined,
    expires: typeof expiresValue === 'string' && parseExpiry(expiresValue) !== undefined ? expiresValue : undefined,
    archived: archivedValue === true,
  };
}

/**
 * The moment a flag expires: a date (`2025-06-30`) expires at the end of that day (UTC), so it is still
 * current on the day itself; a full ISO date-time expires at that instant. Undefined when not a valid date.
 */
export function parseExpiry(expires: string): number | undefined {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expires);
  if (dateOnly) {
    const [, year, month, day] = dateOnly.map(Number) as [number, number, number, number];
    const start = Date.UTC(year, month - 1, day);
    const date = new Date(start);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return start + 24 * 60 * 60 * 1000;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(expires)) return undefined;
  const instant = Date.parse(expires);
  return Number.isNaN(instant) ? undefined : instant;
}

function scalarValue(entry: LocatedEntry): string | number | boolean | null | undefined {
  return entry.value.kind === 'scalar' ? entry.value.value : undefined;
}

function describe(value: LocatedValue): string {
  return value.kind === 'scalar' ? JSON.stringify(value.value) : `an ${value.kind}`;
}
