import type { FlagDefinition, FlagRegistry } from './flag-registry';
import { isCamelCasedKey, type FlagReference } from './flag-references';

/**
 * The registry flags that no reference names, in registry order (file, then position), each with its location
 * in the registry file for reporting. References with a dynamic key name no flag; a workspace that builds keys
 * at run time may therefore see a used flag listed, which is why the engine reports these as warnings.
 */
export function findUnusedFlags(registry: FlagRegistry, references: Iterable<Pick<FlagReference, 'key' | 'camelCasedKey'>>): FlagDefinition[] {
  const referenced = new Set<string>();
  const camelCasedNames: string[] = [];
  for (const reference of references) {
    if (reference.key !== undefined) referenced.add(reference.key);
    if (reference.camelCasedKey !== undefined) camelCasedNames.push(reference.camelCasedKey);
  }
  const fileOrder = new Map(registry.files.map((file, index) => [file, index]));
  return [...registry.flags.values()]
    .filter((flag) => !referenced.has(flag.key) && !camelCasedNames.some((name) => isCamelCasedKey(flag.key, name)))
    .sort((a, b) => (fileOrder.get(a.location.file) ?? 0) - (fileOrder.get(b.location.file) ?? 0) || a.location.offset - b.location.offset);
}
