import type { TSESLint } from '@typescript-eslint/utils';
import * as parser from '@typescript-eslint/parser';
import { recommendedRules } from './configs/recommended';
import { strictRules } from './configs/strict';
import { rules } from './rules';

// Read at run time so the published version is the package's own, not a copy that drifts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require('../package.json') as { name: string; version: string };

/** Files the shipped configs apply to; the parser reads TypeScript, TSX and plain JavaScript alike. */
const SOURCE_FILES = ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'];

function createFlatConfig(configName: string, configRules: TSESLint.FlatConfig.Rules): TSESLint.FlatConfig.Config {
  return {
    name: `balanced/${configName}`,
    files: SOURCE_FILES,
    languageOptions: { parser, sourceType: 'module' },
    plugins: { balanced: plugin },
    rules: configRules,
  };
}

const plugin = {
  meta: { name, version },
  rules,
  configs: {} as { recommended: TSESLint.FlatConfig.Config; strict: TSESLint.FlatConfig.Config },
};
plugin.configs.recommended = createFlatConfig('recommended', recommendedRules);
plugin.configs.strict = createFlatConfig('strict', strictRules);

export = plugin;
