import { createRule } from '../util/create-rule';

// SKELETON: detection lands with its own issue.
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'instrument-critical-path',
  meta: {
    type: 'problem',
    docs: { description: 'Require critical code paths such as checkout, payment and signup to record a tracing span or a metric.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
