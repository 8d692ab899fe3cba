import { createRule } from '../util/create-rule';

// SKELETON: detection lands with its own issue.
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'span-must-end',
  meta: {
    type: 'problem',
    docs: { description: 'Require every started tracing span to be ended on every path, including the throwing one.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
