import * as path from 'node:path';
import * as parser from '@typescript-eslint/parser';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturesDir, getIntroducedTypeErrors } from './type-check';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * Which linting runs a case belongs to. Every case runs both with type information (typed linting through
 * the fixture project) and without it (plain parser), unless it says otherwise because the answer
 * legitimately differs: `typed: true` only with types, `typed: false` only without.
 */
interface TypeRunSelector {
  readonly typed?: boolean;
}

export type ValidCase<Options extends readonly unknown[]> = string | (ValidTestCase<Options> & TypeRunSelector);
export type InvalidCase<MessageIds extends string, Options extends readonly unknown[]> = InvalidTestCase<MessageIds, Options> & TypeRunSelector;

export interface RuleTests<MessageIds extends string, Options extends readonly unknown[]> {
  readonly valid: readonly ValidCase<Options>[];
  readonly invalid: readonly InvalidCase<MessageIds, Options>[];
}

const typedTester = new RuleTester({
  languageOptions: {
    parser,
    parserOptions: {
      // Test files exist on disk (empty stand-ins) so the fixture tsconfig owns them, as in a real project.
      projectService: true,
      tsconfigRootDir: fixturesDir,
      ecmaFeatures: { jsx: true },
    },
  },
});

const untypedTester = new RuleTester({
  languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

function toFixturePath(filename: string | undefined): string {
  return path.join(fixturesDir, filename ?? 'file.ts');
}

function selectRun<Case extends TypeRunSelector>(cases: readonly Case[], typed: boolean): Omit<Case, 'typed'>[] {
  return cases
    .filter((testCase) => testCase.typed === undefined || testCase.typed === typed)
    .map(({ typed: _selector, ...testCase }) => testCase);
}

/**
 * Runs a rule's cases with and without type information, and checks that every suggestion and autofix
 * output parses and type-checks in the fixture project (it may not add a type error the input lacked).
 * Every rule test goes through here.
 */
export function runRuleTests<MessageIds extends string, Options extends readonly unknown[]>(
  name: string,
  rule: TSESLint.RuleModule<MessageIds, Options>,
  tests: RuleTests<MessageIds, Options>,
): void {
  const valid = tests.valid.map((testCase) =>
    typeof testCase === 'string' ? { code: testCase, filename: toFixturePath(undefined) } : { ...testCase, filename: toFixturePath(testCase.filename) },
  );
  const invalid = tests.invalid.map((testCase) => ({ ...testCase, filename: toFixturePath(testCase.filename) }));

  describe(`${name}: fixes type-check`, () => {
    const fixes = invalid.flatMap((testCase) => collectFixOutputs(testCase));
    it.each(fixes.length > 0 ? fixes : [undefined])('%s', (fix) => {
      if (!fix) return;
      expect(getIntroducedTypeErrors(fix.filename, fix.input, fix.output)).toEqual([]);
    });
  });

  typedTester.run(`${name} (typed)`, rule, { valid: selectRun(valid, true), invalid: selectRun(invalid, true) });
  untypedTester.run(`${name} (untyped)`, rule, { valid: selectRun(valid, false), invalid: selectRun(invalid, false) });
}

interface FixOutput {
  readonly filename: string;
  readonly input: string;
  readonly output: string;
  toString(): string;
}

function collectFixOutputs<MessageIds extends string, Options extends readonly unknown[]>(
  testCase: InvalidTestCase<MessageIds, Options> & { filename: string },
): FixOutput[] {
  const outputs: string[] = [];
  if (typeof testCase.output === 'string') outputs.push(testCase.output);
  if (Array.isArray(testCase.output)) outputs.push(...(testCase.output as string[]));
  for (const error of testCase.errors) {
    for (const suggestion of error.suggestions ?? []) outputs.push(suggestion.output);
  }
  return outputs.map((output, index) => ({
    filename: testCase.filename,
    input: testCase.code,
    output,
    toString: () => `${path.basename(testCase.filename)}: fix ${index + 1} of ${JSON.stringify(testCase.code.slice(0, 60))}`,
  }));
}
