import { createRule } from '../util/create-rule';

// SKELETON: detection lands with the Foundation issue (#2).
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'retry-requires-jitter',
  meta: {
    type: 'problem',
    docs: { description: 'Require retry delays to include random jitter.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
