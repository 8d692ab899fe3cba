import { describe, expect, it } from 'vitest';
import { removeFlag, type FlagValue } from '../../src/refactors/flag-cleanup';
import { getTypeErrors } from '../type-check';
import { cleanupCases, type CleanupCase } from './flag-cleanup-cases';

/** Runs one golden case: the exact output, and both the input and the output type-check in the fixture project. */
function check(testCase: CleanupCase, keep: FlagValue, expected: string): void {
  const fileName = testCase.fileName ?? 'file.ts';
  expect(getTypeErrors(fileName, testCase.input), 'the input type-checks').toEqual([]);
  const result = removeFlag(testCase.input, fileName, { key: testCase.key, keep, evaluators: testCase.evaluators });
  expect(result).toEqual({ text: expected, changed: true, problems: [] });
  expect(getTypeErrors(fileName, result.text), 'the output type-checks').toEqual([]);
}

describe.each(cleanupCases)('flag cleanup: $name', (testCase) => {
  it('keeps the on path', () => check(testCase, testCase.values?.[0] ?? true, testCase.on));
  it('keeps the off path', () => check(testCase, testCase.values?.[1] ?? false, testCase.off));
});

const openFeature = `import { OpenFeature } from '@openfeature/server-sdk';
const flags = OpenFeature.getClient();
`;

describe('flag cleanup: what it refuses, leaving the file as it was', () => {
  it('an evaluation returning a details object', () => {
    const input = `${openFeature}export async function f() { return (await flags.getBooleanDetails('k', false)).value; }\n`;
    expect(removeFlag(input, 'file.ts', { key: 'k', keep: true })).toEqual({
      text: input,
      changed: false,
      problems: ["`flags.getBooleanDetails('k', false)` returns a getBooleanDetails result object, which no literal can replace; rewrite it to read the value, then clean up"],
    });
  });

  it('a kept value that does not fit the evaluation', () => {
    const input = `${openFeature}export async function f() { return [await flags.getBooleanValue('k', false), await flags.getStringValue('s', 'a')]; }\n`;
    expect(removeFlag(input, 'file.ts', { key: 'k', keep: 'on' }).problems).toEqual(["`flags.getBooleanValue('k', false)` evaluates a boolean flag; keep true (on) or false (off)"]);
    expect(removeFlag(input, 'file.ts', { key: 's', keep: true }).problems).toEqual(["`flags.getStringValue('s', 'a')` evaluates a getStringValue value, not on/off; give the value to keep"]);
  });

  it('a file without the flag, or that does not parse', () => {
    expect(removeFlag(`${openFeature}export const x = 1;\n`, 'src/file.ts', { key: 'k', keep: true })).toMatchObject({ changed: false, problems: ['No evaluation of flag `k` in file.ts'] });
    expect(removeFlag('export const = ;', 'file.ts', { key: 'k', keep: true })).toMatchObject({ changed: false, problems: [expect.stringMatching(/^Cannot parse file\.ts/)] });
  });

  it('leaves every other flag alone', () => {
    const input = `${openFeature}export async function f() {\n  if (await flags.getBooleanValue('other', false)) return 1;\n  return (await flags.getBooleanValue('k', false)) ? 2 : 3;\n}\n`;
    expect(removeFlag(input, 'file.ts', { key: 'k', keep: false }).text).toBe(`${openFeature}export async function f() {\n  if (await flags.getBooleanValue('other', false)) return 1;\n  return 3;\n}\n`);
  });
});
