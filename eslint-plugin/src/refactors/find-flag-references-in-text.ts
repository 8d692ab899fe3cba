import * as path from 'node:path';
import * as parser from '@typescript-eslint/parser';
import { TSESLint } from '@typescript-eslint/utils';
import { collectFlagReferences, type FlagReference } from '../flags/flag-references';
import type { CustomFlagEvaluator } from '../util/match-flag-evaluation';

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/i;

/**
 * The flag evaluations of a file's text, found by the same code the rule uses, through ESLint's own parser and
 * scope analysis (without type information). A file that does not parse gives a message instead.
 */
export function findFlagReferencesInText(
  text: string,
  fileName: string,
  evaluators: readonly CustomFlagEvaluator[] = [],
): { references: FlagReference[] } | { problem: string } {
  let references: FlagReference[] = [];
  const collector: TSESLint.RuleModule<never, []> = {
    meta: { type: 'problem', messages: {}, schema: [] },
    defaultOptions: [],
    create: (context) => ({
      Program() {
        references = collectFlagReferences(context.sourceCode, { evaluators });
      },
    }),
  };
  const baseName = path.basename(fileName);
  const lintedName = SOURCE_EXTENSIONS.test(baseName) ? baseName : `${baseName}.ts`;
  const messages = new TSESLint.Linter().verify(
    text,
    [
      {
        files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
        languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: /x$/i.test(lintedName) } } },
        plugins: { balanced: { rules: { 'collect-flag-references': collector } } },
        rules: { 'balanced/collect-flag-references': 'error' },
      },
    ],
    lintedName,
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { problem: `Cannot parse ${baseName} (line ${fatal.line}, column ${fatal.column}): ${fatal.message}` };
  return { references };
}
