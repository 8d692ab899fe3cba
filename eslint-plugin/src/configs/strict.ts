// This file is generated from each rule's meta.docs; do not edit it by hand.
// Regenerate with: npm run generate:configs -w eslint-plugin

import type { TSESLint } from '@typescript-eslint/utils';

export const strictRules: TSESLint.FlatConfig.Rules = {
  'balanced/instrument-critical-path': 'error',
  'balanced/no-orphaned-flag': ["error",{"requireOwner":true,"requireExpiry":true}],
  'balanced/no-pii-in-logs': 'error',
  'balanced/no-unbounded-retry': 'error',
  'balanced/no-unguarded-outbound-call': 'error',
  'balanced/retry-requires-jitter': 'error',
  'balanced/span-must-end': 'error',
};
