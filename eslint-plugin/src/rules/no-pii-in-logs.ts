import { createRule } from '../util/create-rule';

// SKELETON: detection lands with its own issue.
export type Options = [];
export type MessageId = 'todo';

export default createRule<Options, MessageId>({
  name: 'no-pii-in-logs',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow personal data and secrets in log and telemetry calls.', recommended: 'recommended' },
    messages: { todo: 'Not implemented yet.' },
    schema: [],
    defaultOptions: [],
  },
  create() {
    return {};
  },
});
