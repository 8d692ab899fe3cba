import { createRule } from '../util/create-rule';

// SKELETON: detection lands with its own issue.
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'no-orphaned-flag',
  meta: {
    type: 'problem',
    docs: { description: 'Require feature flag keys to exist in the flag registry and to be neither archived nor expired.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
