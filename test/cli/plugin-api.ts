import { createRequire } from 'node:module';

const pluginApi = createRequire(import.meta.url)('eslint-plugin-balanced/api') as Record<string, unknown>;

/**
 * Whether the built eslint-plugin-balanced exports the functions a workspace analysis needs. The workspace
 * analyses run the plugin's own detection (one copy of the logic); tests of an analysis whose functions the
 * plugin does not export yet are skipped, and run as soon as it does.
 */
export function hasPluginApi(...names: readonly string[]): boolean {
  return names.every((name) => typeof pluginApi[name] === 'function');
}

export const HAS_FLAG_API = hasPluginApi('collectFlagReferences', 'findUnusedFlags', 'loadFlagRegistry', 'findNearestRegistry');
export const HAS_CRITICAL_PATH_API = hasPluginApi('findCriticalPaths');
