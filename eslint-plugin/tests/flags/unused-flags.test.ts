import { describe, expect, it } from 'vitest';
import { mergeRegistryFiles, parseFlagRegistry } from '../../src/flags/flag-registry';
import { findUnusedFlags } from '../../src/flags/unused-flags';
import { findFlagReferencesInText } from '../../src/refactors/find-flag-references-in-text';

const registry = mergeRegistryFiles([
  parseFlagRegistry('{\n  "flags": {\n    "checkout-v2": { "state": "ENABLED" },\n    "dark-mode": { "state": "ENABLED" },\n    "gift-wrap": { "state": "ENABLED" }\n  }\n}', '/repo/flags.json'),
  parseFlagRegistry('flags:\n  legacy-tax:\n    state: DISABLED\n', '/repo/more.yaml'),
]);

function referencesOf(code: string) {
  const found = findFlagReferencesInText(code, 'service.ts');
  if ('problem' in found) throw new Error(found.problem);
  return found.references;
}

describe('collectFlagReferences', () => {
  it('finds every evaluation with its key, SDK, kind and position, dynamic keys included', () => {
    const code = `import { OpenFeature } from '@openfeature/server-sdk';
const flags = OpenFeature.getClient();
export async function f(name: string) {
  const enabled = await flags.getBooleanValue('checkout-v2', false);
  const color = await flags.getStringValue(name, 'blue');
  return [enabled, color];
}`;
    expect(referencesOf(code)).toEqual([
      {
        key: 'checkout-v2',
        sdk: 'OpenFeature (server)',
        method: 'getBooleanValue',
        returns: 'boolean',
        isAsync: true,
        isBoolean: true,
        isKeyLiteral: true,
        callRange: [code.indexOf('flags.getBooleanValue'), code.indexOf(', false);') + ', false)'.length],
        keyRange: [code.indexOf("'checkout-v2'"), code.indexOf("'checkout-v2'") + "'checkout-v2'".length],
        keyLoc: { start: { line: 4, column: 46 }, end: { line: 4, column: 59 } },
      },
      expect.objectContaining({ key: undefined, method: 'getStringValue', returns: 'value', isBoolean: false, isKeyLiteral: false }),
    ]);
  });

  it('reads flags from LaunchDarkly React useFlags() by their camel-cased names, which name no exact key', () => {
    const code = `import { useFlags } from 'launchdarkly-react-client-sdk';
export function useTheme(name: string) {
  const { darkMode } = useFlags();
  const flags = useFlags();
  return [darkMode, flags.giftWrap, flags[name]];
}`;
    expect(referencesOf(code)).toEqual([
      expect.objectContaining({ key: undefined, camelCasedKey: 'darkMode', sdk: 'LaunchDarkly (React)', method: 'useFlags', keyRange: [code.indexOf('darkMode'), code.indexOf('darkMode') + 8] }),
      expect.objectContaining({ key: undefined, camelCasedKey: 'giftWrap', isBoolean: false, callRange: [code.indexOf('flags.giftWrap'), code.indexOf('flags.giftWrap') + 14] }),
    ]);
  });

  it('finds nothing in a file without flag clients', () => {
    expect(referencesOf(`const settings = new Map<string, boolean>();\nexport const on = settings.get('checkout-v2');`)).toEqual([]);
  });

  it('explains a file that does not parse', () => {
    expect(findFlagReferencesInText('export const = ;', 'broken.ts')).toEqual({ problem: 'Cannot parse broken.ts (line 1, column 13): Parsing error: Variable declaration expected.' });
  });
});

describe('findUnusedFlags', () => {
  it('lists the registry flags no reference names, in registry order, with their location', () => {
    const references = referencesOf(`import { OpenFeature } from '@openfeature/server-sdk';
const flags = OpenFeature.getClient();
export async function f(name: string) {
  return [await flags.getBooleanValue('dark-mode', false), await flags.getBooleanValue(name, false)];
}`);
    expect(findUnusedFlags(registry, references).map((flag) => `${flag.key} ${flag.location.file}:${flag.location.line}:${flag.location.column}`)).toEqual([
      'checkout-v2 /repo/flags.json:3:5',
      'gift-wrap /repo/flags.json:5:5',
      'legacy-tax /repo/more.yaml:2:3',
    ]);
  });

  it('counts a camel-cased read as a use of every registry key that camel-cases to it', () => {
    expect(findUnusedFlags(registry, [{ key: undefined, camelCasedKey: 'checkoutV2' }, { key: undefined, camelCasedKey: 'giftwrap' }]).map((flag) => flag.key)).toEqual(['dark-mode', 'legacy-tax']);
  });

  it('lists nothing when every flag is referenced, and everything when nothing is', () => {
    const keys = ['checkout-v2', 'dark-mode', 'gift-wrap', 'legacy-tax', 'not-registered'].map((key) => ({ key }));
    expect(findUnusedFlags(registry, keys)).toEqual([]);
    expect(findUnusedFlags(registry, [])).toHaveLength(4);
  });
});
