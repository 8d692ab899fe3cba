// Lints Balanced's own sources (not the examples, fixtures or corpora, which are deliberately full of findings).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'examples/**', '**/fixtures/**', '**/corpus/**', 'test/bench/**', 'test/demo/**'],
  },
  {
    files: ['eslint-plugin/src/**/*.ts', 'eslint-plugin/tests/**/*.ts', 'eslint-plugin/tools/**/*.ts', 'language-server/src/**/*.ts', 'language-server/tests/**/*.ts', 'test/**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The CLI loads ESLint, TypeScript and the plugin with a lazy `require` only for the commands that need
    // them, so `balanced --help` and usage errors answer at once.
    files: ['language-server/src/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Architecture invariant: the engine speaks paths, text, offsets and edits; only src/server/ knows LSP.
    files: ['language-server/src/engine/**/*.ts', 'language-server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode-languageserver*', 'vscode-jsonrpc*'], message: 'The engine and the CLI never import LSP types: convert in src/server/convert.ts.' }] }],
    },
  },
  {
    // A rule never imports another rule: shared logic lives in util/ and knowledge in catalogs/.
    files: ['eslint-plugin/src/rules/*.ts'],
    ignores: ['eslint-plugin/src/rules/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['./*'], message: 'Rules do not import each other; move shared code to util/.' }] }],
    },
  },
);
