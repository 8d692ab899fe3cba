import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeRegistryFiles, parseFlagRegistry, type RegistryFile } from '../../src/flags/flag-registry';
import { findNearestRegistry, loadFlagRegistry, RegistryFileCache } from '../../src/flags/load-registry';
import { parseExpiry } from '../../src/flags/read-flag-definitions';
import { fixturesDir } from '../type-check';

const flagsDir = path.join(fixturesDir, 'flags');
const temporaryDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'balanced-registry-'));
afterAll(() => fs.rmSync(temporaryDirectory, { recursive: true, force: true }));

/** The problems of a registry text as `line:column message`. */
function problemsOf(text: string, fileName = 'flags.json'): string[] {
  return parseFlagRegistry(text, fileName).problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

function writeFile(relativePath: string, text: string): string {
  const file = path.join(temporaryDirectory, relativePath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe('parsing flagd definition files', () => {
  it('reads JSON flags with their metadata and the position of each key', () => {
    const file = parseFlagRegistry(fs.readFileSync(path.join(flagsDir, 'flags.flagd.json'), 'utf8'), 'flags.flagd.json');
    expect(file.problems).toEqual([]);
    expect(file.isUsable).toBe(true);
    const byKey = new Map(file.flags.map((flag) => [flag.key, flag]));
    expect([...byKey.keys()]).toEqual(['checkout-v2', 'new-checkout-flow', 'dark-mode', 'black-friday-banner', 'banner-color', 'search-ranking']);
    expect(byKey.get('checkout-v2')).toMatchObject({
      state: 'ENABLED',
      defaultVariant: 'off',
      variants: { on: true, off: false },
      owner: 'team-checkout',
      expires: '2030-01-31',
      archived: false,
      location: { file: 'flags.flagd.json', line: 4, column: 5 },
    });
    expect(byKey.get('dark-mode')).toMatchObject({ archived: true, expires: undefined, state: 'DISABLED' });
    expect(byKey.get('search-ranking')).toMatchObject({ owner: undefined, expires: undefined });
  });

  it('reads YAML, keeping dates as written and positions of keys', () => {
    const file = parseFlagRegistry(fs.readFileSync(path.join(flagsDir, 'flags.yaml'), 'utf8'), 'flags.yaml');
    expect(file.problems).toEqual([]);
    expect(file.flags.map((flag) => [flag.key, flag.expires, flag.archived, flag.defaultVariant, flag.location.line, flag.location.column])).toEqual([
      ['checkout-v2', '2030-01-31', false, 'off', 3, 3],
      ['yaml-only-flag', undefined, true, 'on', 12, 3],
    ]);
  });

  it('accepts the array form flagd also reads', () => {
    const file = parseFlagRegistry('{ "flags": [ { "key": "a", "state": "ENABLED" }, { "key": "b", "state": "DISABLED" } ] }', 'flags.json');
    expect(file.problems).toEqual([]);
    expect(file.flags.map((flag) => `${flag.key}@${flag.location.column}`)).toEqual(['a@23', 'b@59']);
  });

  it('gives the line and column of JSON syntax errors', () => {
    expect(problemsOf('{\n  "flags": {\n    "a": { "state": "ENABLED" },\n  }\n}')).toEqual(["3:32 Invalid JSON: Trailing comma before '}' (JSON allows none)"]);
    expect(problemsOf('{\n  "flags": {\n    "a": { "state": "ENABLED" }\n    "b": {}\n  }\n}')).toEqual([
      '4:5 Invalid JSON: Expected \',\' or \'}\' after the value of "a" but found character "\\""',
    ]);
    expect(problemsOf('{ "flags": { "a": { "state": "ENABLED } } }')).toEqual(['1:30 Invalid JSON: Unterminated string']);
    expect(problemsOf('{\n  // our flags\n  "flags": {}\n}')).toEqual(['2:3 Invalid JSON: Expected a property name in double quotes but found comment (JSON has no comments)']);
    expect(problemsOf('{ flags: {} }')).toEqual(['1:3 Invalid JSON: Expected a property name in double quotes but found character "f"']);
    expect(problemsOf('')).toEqual(['1:1 Invalid JSON: Expected a value but found end of file']);
    expect(problemsOf('{ "flags": {} } }')).toEqual(['1:17 Invalid JSON: Unexpected character "}" after the end of the document']);
    expect(parseFlagRegistry('{ "flags": { "a": ', 'flags.json').isUsable).toBe(false);
  });

  it('gives the line and column of YAML syntax errors', () => {
    const [problem] = parseFlagRegistry('flags:\n  a:\n    state: ENABLED\n   variants: [on, off\n', 'flags.yaml').problems;
    expect(problem).toMatchObject({ file: 'flags.yaml', line: expect.any(Number), column: expect.any(Number) });
    expect(problem?.message).toMatch(/^Invalid YAML: /);
  });

  it('validates the flagd schema and still registers keys whose fields are wrong', () => {
    const text = `{
  "flags": {
    "bad-state": { "state": "ON" },
    "no-state": { "variants": { "on": true } },
    "bad-default": { "state": "ENABLED", "variants": { "on": true, "off": false }, "defaultVariant": "maybe" },
    "mixed": { "state": "ENABLED", "variants": { "on": true, "blue": "blue" } },
    "bad-metadata": { "state": "ENABLED", "metadata": { "owner": "", "expires": "2025-02-30", "archived": "yes" } },
    "bad-targeting": { "state": "ENABLED", "targeting": "always" },
    "not-an-object": true,
    "bad-state": { "state": "ENABLED" }
  }
}`;
    expect(problemsOf(text)).toEqual([
      '3:29 flags.bad-state.state must be "ENABLED" or "DISABLED", found "ON"',
      '4:17 flags.no-state has no "state" (ENABLED or DISABLED)',
      '5:102 flags.bad-default.defaultVariant "maybe" is not one of its variants (on, off)',
      '6:48 flags.mixed.variants mixes value types (boolean, string); flagd needs one type per flag',
      '7:66 flags.bad-metadata.metadata.owner must be a non-empty string, found ""',
      '7:81 flags.bad-metadata.metadata.expires must be a date such as "2025-06-30", found "2025-02-30"',
      '7:107 flags.bad-metadata.metadata.archived must be true or false, found "yes"',
      '8:57 flags.bad-targeting.targeting must be a JsonLogic object',
      '9:22 flags.not-an-object must be an object with "state" and "variants"',
      '10:5 flags.bad-state is defined twice; flagd keeps only one of them',
    ]);
    const file = parseFlagRegistry(text, 'flags.json');
    expect(file.isUsable).toBe(true);
    expect(file.flags.map((flag) => flag.key)).toEqual(['bad-state', 'no-state', 'bad-default', 'mixed', 'bad-metadata', 'bad-targeting', 'not-an-object']);
    expect(file.flags.find((flag) => flag.key === 'bad-metadata')).toMatchObject({ owner: undefined, expires: undefined, archived: false });
  });

  it('explains a registry without flags', () => {
    expect(problemsOf('[]')).toEqual(['1:1 A flag registry must be an object with a "flags" property']);
    expect(problemsOf('{ "flag": {} }')).toEqual(['1:1 Missing the "flags" property: a flagd definition file is { "flags": { "<key>": { "state": ... } } }']);
    expect(problemsOf('{ "flags": "all" }')).toEqual(['1:12 "flags" must be an object keyed by flag key']);
  });
});

describe('expiry dates', () => {
  it('lets a date run to the end of its day (UTC) and a date-time to its instant', () => {
    expect(parseExpiry('2025-06-30')).toBe(Date.parse('2025-07-01T00:00:00Z'));
    expect(parseExpiry('2025-06-30T12:00:00Z')).toBe(Date.parse('2025-06-30T12:00:00Z'));
    expect(parseExpiry('2025-06-30T12:00+02:00')).toBe(Date.parse('2025-06-30T10:00:00Z'));
    expect(parseExpiry('2025-02-29')).toBeUndefined();
    expect(parseExpiry('30/06/2025')).toBeUndefined();
    expect(parseExpiry('next quarter')).toBeUndefined();
  });
});

describe('loading registry files', () => {
  it('reports a file that cannot be read, without throwing', () => {
    const missing = path.join(temporaryDirectory, 'nowhere', 'flags.json');
    expect(loadFlagRegistry([missing])).toMatchObject({ isComplete: false, problems: [{ file: missing, message: 'Cannot read the flag registry: the file does not exist' }] });
    expect(loadFlagRegistry([temporaryDirectory]).problems[0]?.message).toBe('Cannot read the flag registry: it is a directory');
  });

  it('serves an unchanged file from the cache and rereads it when it changes on disk', () => {
    const file = writeFile('cache/flags.json', '{ "flags": { "a": { "state": "ENABLED" } } }');
    const cache = new RegistryFileCache();
    const first = cache.read(file);
    expect(cache.read(file)).toBe(first);
    fs.writeFileSync(file, '{ "flags": { "b": { "state": "ENABLED" } } }');
    fs.utimesSync(file, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    const second = cache.read(file);
    expect(second).not.toBe(first);
    expect(second.flags.map((flag) => flag.key)).toEqual(['b']);
    // Same size, only the modification time differs: still reread.
    fs.writeFileSync(file, '{ "flags": { "c": { "state": "ENABLED" } } }');
    fs.utimesSync(file, new Date('2031-01-01T00:00:00Z'), new Date('2031-01-01T00:00:00Z'));
    expect(cache.read(file).flags.map((flag) => flag.key)).toEqual(['c']);
    fs.rmSync(file);
    expect(cache.read(file).isUsable).toBe(false);
  });

  it('merges several files, the first definition of a key winning', () => {
    const files: RegistryFile[] = [
      parseFlagRegistry('{ "flags": { "a": { "state": "ENABLED" } } }', 'one.json'),
      parseFlagRegistry('flags:\n  a:\n    state: DISABLED\n  b:\n    state: ENABLED\n', 'two.yaml'),
    ];
    const registry = mergeRegistryFiles(files);
    expect(registry.files).toEqual(['one.json', 'two.yaml']);
    expect([...registry.flags.values()].map((flag) => `${flag.key}:${flag.state}:${flag.location.file}`)).toEqual(['a:ENABLED:one.json', 'b:ENABLED:two.yaml']);
    expect(registry.isComplete).toBe(true);
    expect(mergeRegistryFiles([...files, parseFlagRegistry('{', 'three.json')]).isComplete).toBe(false);
  });
});

describe('finding the registry of a file', () => {
  it('takes the nearest directory upwards, and flags.flagd.json before flagd.json before flags.json', () => {
    const root = path.join(temporaryDirectory, 'discovery');
    writeFile('discovery/flags.json', '{ "flags": {} }');
    writeFile('discovery/service/flagd.json', '{ "flags": {} }');
    writeFile('discovery/service/flags.json', '{ "flags": {} }');
    fs.mkdirSync(path.join(root, 'service', 'src', 'routes'), { recursive: true });
    fs.mkdirSync(path.join(root, 'other'), { recursive: true });
    expect(findNearestRegistry(path.join(root, 'service', 'src', 'routes'))).toBe(path.join(root, 'service', 'flagd.json'));
    expect(findNearestRegistry(path.join(root, 'other'))).toBe(path.join(root, 'flags.json'));
    writeFile('discovery/service/src/flags.flagd.json', '{ "flags": {} }');
    expect(findNearestRegistry(path.join(root, 'service', 'src', 'routes'))).toBe(path.join(root, 'service', 'src', 'flags.flagd.json'));
  });

  it('finds nothing when no directory up to the root has a registry', () => {
    const lonely = path.join(temporaryDirectory, 'lonely', 'src');
    fs.mkdirSync(lonely, { recursive: true });
    expect(findNearestRegistry(lonely)).toBeUndefined();
  });
});
