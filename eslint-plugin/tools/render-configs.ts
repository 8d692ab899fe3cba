import { rules } from '../src/rules';

/** The generated config modules: file name (under src/configs/) → TypeScript source. */
export function renderConfigs(): Record<string, string> {
  return {
    'recommended.ts': renderConfig('recommendedRules', (docs) => docs.recommended === 'recommended', () => undefined),
    'strict.ts': renderConfig('strictRules', () => true, (docs) => docs.strictOptions),
  };
}

type Docs = (typeof rules)[keyof typeof rules]['meta']['docs'];

function renderConfig(exportName: string, isIncluded: (docs: Docs) => boolean, getOptions: (docs: Docs) => readonly unknown[] | undefined): string {
  const entries = Object.entries(rules)
    .filter(([, rule]) => isIncluded(rule.meta.docs))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, rule]) => {
      const options = getOptions(rule.meta.docs);
      const setting = options ? JSON.stringify(['error', ...options]) : `'error'`;
      return `  'balanced/${name}': ${setting},`;
    });
  return [
    '// This file is generated from each rule\'s meta.docs; do not edit it by hand.',
    '// Regenerate with: npm run generate:configs -w eslint-plugin',
    '',
    "import type { TSESLint } from '@typescript-eslint/utils';",
    '',
    `export const ${exportName}: TSESLint.FlatConfig.Rules = {`,
    ...entries,
    '};',
    '',
  ].join('\n');
}
