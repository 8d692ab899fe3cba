import { createRule } from '../util/create-rule';

// SKELETON: detection lands with the Foundation issue (#2).
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'no-unguarded-outbound-call',
  meta: {
    type: 'problem',
    docs: { description: 'Require outbound network calls to have a timeout, an abort signal or a circuit breaker.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
