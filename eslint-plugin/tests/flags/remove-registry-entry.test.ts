import { describe, expect, it } from 'vitest';
import { removeFlagFromRegistry } from '../../src/flags/remove-registry-entry';

const json = `{
  "$schema": "https://flagd.dev/schema/v0/flags.json",
  "flags": {
    "checkout-v2": {
      "state": "ENABLED",
      "variants": { "on": true, "off": false },
      "defaultVariant": "on"
    },
    "dark-mode": { "state": "DISABLED", "metadata": { "archived": true } },
    "gift-wrap": { "state": "ENABLED" }
  }
}
`;

const yaml = `# Flags of the shop service.
flags:
  checkout-v2:
    state: ENABLED
    variants: { on: true, off: false }
    defaultVariant: on
  # Retired with the 2024 redesign.
  dark-mode:
    state: DISABLED
    metadata:
      archived: true
  gift-wrap:
    state: ENABLED # seasonal
`;

describe('removeFlagFromRegistry', () => {
  it('removes a JSON flag in the middle, keeping the rest as written', () => {
    expect(removeFlagFromRegistry(json, 'flags.json', 'dark-mode')).toEqual({
      text: json.replace('    "dark-mode": { "state": "DISABLED", "metadata": { "archived": true } },\n', ''),
      changed: true,
      problems: [],
    });
  });

  it('removes the first and the last JSON flag with their commas', () => {
    const checkoutV2 = json.slice(json.indexOf('    "checkout-v2"'), json.indexOf('    "dark-mode"'));
    expect(removeFlagFromRegistry(json, 'flags.json', 'checkout-v2').text).toBe(json.replace(checkoutV2, ''));
    expect(removeFlagFromRegistry(json, 'flags.json', 'gift-wrap').text).toBe(json.replace(',\n    "gift-wrap": { "state": "ENABLED" }', ''));
  });

  it('empties the flags object when the last flag goes', () => {
    expect(removeFlagFromRegistry('{ "flags": { "a": { "state": "ENABLED" } } }', 'flags.json', 'a').text).toBe('{ "flags": {} }');
  });

  it('removes a flag from the array form', () => {
    expect(removeFlagFromRegistry('{ "flags": [{ "key": "a", "state": "ENABLED" }, { "key": "b", "state": "ENABLED" }] }', 'flags.json', 'b').text).toBe(
      '{ "flags": [{ "key": "a", "state": "ENABLED" }] }',
    );
  });

  it('removes a YAML flag by its lines, keeping the comments of the others', () => {
    const checkoutV2 = '  checkout-v2:\n    state: ENABLED\n    variants: { on: true, off: false }\n    defaultVariant: on\n';
    expect(removeFlagFromRegistry(yaml, 'flags.yaml', 'checkout-v2').text).toBe(yaml.replace(checkoutV2, ''));
    expect(removeFlagFromRegistry(yaml, 'flags.yaml', 'gift-wrap').text).toBe(yaml.replace('  gift-wrap:\n    state: ENABLED # seasonal\n', ''));
  });

  it('rewrites flow-style YAML and a last remaining YAML flag through the YAML library', () => {
    expect(removeFlagFromRegistry('flags: { a: { state: ENABLED }, b: { state: ENABLED } }\n', 'flags.yml', 'a').text).toBe('flags: { b: { state: ENABLED } }\n');
    expect(removeFlagFromRegistry('flags:\n  a:\n    state: ENABLED\n', 'flags.yaml', 'a').text).toBe('flags: {}\n');
  });

  it('leaves the text alone and says why when the flag is missing or the registry is broken', () => {
    expect(removeFlagFromRegistry(json, 'flags.json', 'no-such-flag')).toEqual({ text: json, changed: false, problems: ['Flag `no-such-flag` is not in flags.json'] });
    expect(removeFlagFromRegistry('{ "flags": { ', 'flags.json', 'a')).toMatchObject({ changed: false, problems: [expect.stringMatching(/^flags\.json does not parse/)] });
  });
});
