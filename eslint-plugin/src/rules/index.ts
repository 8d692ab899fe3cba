import type { TSESLint } from '@typescript-eslint/utils';
import type { BalancedRuleDocs } from '../util/create-rule';
import instrumentCriticalPath from './instrument-critical-path';
import noOrphanedFlag from './no-orphaned-flag';
import noPiiInLogs from './no-pii-in-logs';
import noUnboundedRetry from './no-unbounded-retry';
import noUnguardedOutboundCall from './no-unguarded-outbound-call';
import retryRequiresJitter from './retry-requires-jitter';
import spanMustEnd from './span-must-end';

/** A rule as the plugin exposes it: its options and message ids are erased, its docs carry Balanced's fields. */
export type BalancedRule = TSESLint.RuleModule<string, readonly unknown[], BalancedRuleDocs>;

/** The only list of rules: name → module. The rule name is its file name. */
export const rules = {
  'instrument-critical-path': instrumentCriticalPath,
  'no-orphaned-flag': noOrphanedFlag,
  'no-pii-in-logs': noPiiInLogs,
  'no-unbounded-retry': noUnboundedRetry,
  'no-unguarded-outbound-call': noUnguardedOutboundCall,
  'retry-requires-jitter': retryRequiresJitter,
  'span-must-end': spanMustEnd,
} satisfies Record<string, BalancedRule>;
