import { createRule } from '../util/create-rule';
import { describeCriticalReason, findCriticalPaths, withCriticalPathDefaults, type CriticalPath, type CriticalPathOptionsInput } from '../util/critical-paths';
import { createSpanWrappingFix } from '../util/span-wrapping-fix';
import { getTypeInformation } from '../util/type-information';

export type Options = [CriticalPathOptionsInput];
export type MessageId = 'uninstrumented' | 'instrumentWithSpan';

export default createRule<Options, MessageId>({
  name: 'instrument-critical-path',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require critical code paths such as checkout, payment and signup to record a tracing span or a metric.',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      uninstrumented:
        '{{subject}} is a critical path ({{reason}}), but no tracing span or metric was found in it or in a wrapper around it: when it fails or slows down in production, nobody sees it. Start a span or record a metric for it.',
      instrumentWithSpan: "Instrument with an OpenTelemetry span '{{spanName}}'",
    },
    schema: [
      {
        type: 'object',
        properties: {
          critical: {
            type: 'object',
            description: 'What counts as critical besides `@critical` JSDoc tags.',
            properties: {
              names: {
                type: 'array',
                description: 'Function names (`placeOrder`) or `Class.method` names that are critical.',
                items: { type: 'string', minLength: 1 },
                uniqueItems: true,
              },
              routes: {
                type: 'array',
                description: 'Routes that are critical: `POST /orders`, or `/orders/*` for any method; `*` matches one path segment, `**` the rest.',
                items: { type: 'string', pattern: '^(?:[A-Za-z]+\\s+)?(?:/\\S*|\\*)$' },
                uniqueItems: true,
              },
              vocabulary: {
                type: 'string',
                enum: ['default', 'none'],
                description: '`default` treats names and routes matching the built-in vocabulary (checkout, payment, signup...) as critical; `none` keeps only tags, `names` and `routes`.',
              },
            },
            additionalProperties: false,
          },
          instrumenters: {
            type: 'array',
            description: 'Names of wrappers and decorators that instrument the function they wrap (`withSpan`, `Traced`), for ones the rule cannot read.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ critical: { names: [], routes: [], vocabulary: 'default' }, instrumenters: [] }],
  },
  create(context, [options]) {
    const typeInformation = getTypeInformation(context);
    const analysisOptions = withCriticalPathDefaults(options);
    return {
      'Program:exit'() {
        const { sourceCode, filename } = context;
        for (const criticalPath of findCriticalPaths({ sourceCode, fileName: filename, typeInformation }, analysisOptions)) {
          if (criticalPath.isInstrumented) continue;
          const fix = createSpanWrappingFix({ sourceCode, fileName: filename, fn: criticalPath.fn, spanName: criticalPath.spanName, typeInformation });
          context.report({
            loc: criticalPath.loc,
            messageId: 'uninstrumented',
            data: { subject: describeSubject(criticalPath), reason: describeCriticalReason(criticalPath.reasons[0], filename) },
            suggest: fix ? [{ messageId: 'instrumentWithSpan', data: { spanName: criticalPath.spanName }, fix }] : [],
          });
        }
      },
    };
  },
});

function describeSubject(criticalPath: CriticalPath): string {
  return criticalPath.isNamed ? `'${criticalPath.name}'` : `The ${criticalPath.name} handler`;
}
