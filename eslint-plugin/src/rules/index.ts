import type { TSESLint } from '@typescript-eslint/utils';
import type { BalancedRuleDocs } from '../util/create-rule';
import noUnguardedOutboundCall from './no-unguarded-outbound-call';
import noUnboundedRetry from './no-unbounded-retry';
import retryRequiresJitter from './retry-requires-jitter';

/** A rule as the plugin exposes it: its options and message ids are erased, its docs carry Balanced's fields. */
export type BalancedRule = TSESLint.RuleModule<string, readonly unknown[], BalancedRuleDocs>;

/** The only list of rules: name → module. The rule name is its file name. */
export const rules = {
  'no-unbounded-retry': noUnboundedRetry,
  'no-unguarded-outbound-call': noUnguardedOutboundCall,
  'retry-requires-jitter': retryRequiresJitter,
} satisfies Record<string, BalancedRule>;
