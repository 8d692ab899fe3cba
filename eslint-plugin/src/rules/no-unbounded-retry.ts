import { createRule } from '../util/create-rule';

// SKELETON: detection lands with the Foundation issue (#2).
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'no-unbounded-retry',
  meta: {
    type: 'problem',
    docs: { description: 'Require retry loops and retry libraries to stop after a bounded number of attempts or a deadline.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
