import { ESLintUtils } from '@typescript-eslint/utils';

/** Extra `meta.docs` fields every Balanced rule declares; the config generator and the docs test read them. */
export interface BalancedRuleDocs {
  /** The lowest shipped config that enables the rule. `strict` includes everything in `recommended`. */
  recommended: 'recommended' | 'strict';
  /**
   * Options the `strict` config passes to this rule, when they differ from the defaults
   * (for example `requireOwner` on flags). The config generator copies them verbatim.
   */
  strictOptions?: readonly unknown[];
}

/** Where each rule's documentation page lives; `meta.docs.url` is derived from the rule name. */
export const DOCS_BASE_URL = 'https://github.com/balanced-tools/balanced/blob/main/eslint-plugin/docs/rules/';

export const createRule = ESLintUtils.RuleCreator<BalancedRuleDocs>((name) => `${DOCS_BASE_URL}${name}.md`);
