import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStaticValue } from '../util/ast';
import { createRule } from '../util/create-rule';
import { createImportedDeclarationFinder } from '../util/imported-declarations';
import { fixAddRedactPaths, formatRedactPath, isRedacted, readRedactPatterns } from '../util/logger-redaction';
import { readSerializers } from '../util/logger-serializers';
import { createSinkMatcher, type ConfiguredLogger, type SinkCall } from '../util/logger-sinks';
import { createPiiVocabulary } from '../util/pii-names';
import { createPersonalTypeScanner } from '../util/pii-types';
import { excerpt, findPersonalKeyedValues, findPersonalValues, type PersonalValue, type ValueContext } from '../util/personal-values';
import { findRedactor, fixKeepId, fixWrapInRedactor, type RedactorSetting } from '../util/redaction-fixes';
import { getTypeInformation } from '../util/type-information';
import { splitWords } from '../util/words';

export type Options = [
  {
    loggers?: ConfiguredLogger[];
    extraPiiNames?: string[];
    allowNames?: string[];
    redactors?: string[];
    redactor?: RedactorSetting;
  },
];
export type MessageId = 'piiInLog' | 'piiInTelemetry' | 'wrapInRedactor' | 'keepId' | 'addRedactPaths';

/** The redactor a fix uses when none is configured, if the file already has one by that name. */
const DEFAULT_REDACTOR: RedactorSetting = { name: 'redact' };
/** Values a report names and offers fixes for; a call leaking more says how many more. */
const MAX_DESCRIBED = 2;

const NAME_LIST = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export default createRule<Options, MessageId>({
  name: 'no-pii-in-logs',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow personal data and secrets in log and telemetry calls.', recommended: 'recommended' },
    hasSuggestions: true,
    messages: {
      piiInLog:
        '{{values}}. Logs are copied to many systems with broad access and long retention, so everyone who can read them can read this. Redact it, log a non-personal id instead, or drop it with the logger\'s own redaction.',
      piiInTelemetry:
        '{{values}}, sent to {{sink}}. Telemetry is exported to tracing, metrics and error-tracking backends with broad access and long retention. Redact it or send a non-personal id instead.',
      wrapInRedactor: 'Wrap `{{value}}` in `{{redactor}}(…)`.',
      keepId: 'Keep only `{{replacement}}` instead of the whole `{{value}}`.',
      addRedactPaths: 'Add {{paths}} to the `redact` paths of the logger created on line {{line}}.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: {
            type: 'array',
            description: 'More loggers or telemetry sinks, recognised by the name of the receiver or function (`audit.record(...)`, `track(...)`).',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['names'],
              properties: {
                names: { ...NAME_LIST, minItems: 1, description: 'Receiver or function names, matched on their last words (`audit` matches `this.audit`).' },
                methods: { ...NAME_LIST, description: 'Methods that write a record; by default the usual level names (`info`, `warn`, `error`, ...).' },
                telemetry: { type: 'boolean', description: 'Report these calls as telemetry rather than logs.' },
              },
            },
          },
          extraPiiNames: { ...NAME_LIST, description: 'More names (or word sequences) that denote personal data in this code base, e.g. `loyaltyNumber`.' },
          allowNames: { ...NAME_LIST, description: 'Names (or word sequences) that are never personal data here, e.g. `billingCountryZip`.' },
          redactors: { ...NAME_LIST, description: 'More functions whose result is safe to log (matched on words, like the built-in `redact`, `mask`, `hash`).' },
          redactor: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            description: 'The function the "wrap in redactor" suggestion uses, and the module it is imported from when a file lacks it.',
            properties: {
              name: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*$', description: 'The exported function name, e.g. `redact`.' },
              from: { type: 'string', minLength: 1, description: 'The module to import it from, e.g. `@acme/logging` or `./lib/redact`.' },
            },
          },
        },
      },
    ],
    defaultOptions: [{ loggers: [], extraPiiNames: [], allowNames: [], redactors: [] }],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const typeInformation = getTypeInformation(context);
    const vocabulary = createPiiVocabulary({
      extraPiiNames: options.extraPiiNames ?? [],
      allowNames: options.allowNames ?? [],
      redactors: [...(options.redactors ?? []), ...(options.redactor ? [options.redactor.name] : [])],
    });
    const values: ValueContext = { sourceCode, vocabulary, types: typeInformation && createPersonalTypeScanner(typeInformation, vocabulary) };
    const matchSink = createSinkMatcher({
      sourceCode,
      typeInformation,
      declarations: typeInformation && createImportedDeclarationFinder(typeInformation, sourceCode, context.filename),
      configured: options.loggers ?? [],
    });

    return {
      CallExpression(call) {
        const sink = matchSink(call);
        if (!sink) return;
        const leaks = withoutRedactedFields(sink, throughSerializers(values, sink, findSinkValues(values, sink, call)));
        if (leaks.length === 0) return;
        const isTelemetry = sink.entry.kind === 'telemetry';
        context.report({
          node: call,
          messageId: isTelemetry ? 'piiInTelemetry' : 'piiInLog',
          data: { values: describeLeaks(leaks), sink: sink.entry.name },
          suggest: leaks.slice(0, MAX_DESCRIBED).flatMap((leak) => suggestFixes(values, sink, leak, options.redactor ?? DEFAULT_REDACTOR)),
        });
      },
    };
  },
});

/** The personal data a sink call writes, by how its arguments carry data. */
function findSinkValues(values: ValueContext, sink: SinkCall, call: TSESTree.CallExpression): PersonalValue[] {
  const found =
    sink.methods.arguments === 'key-value'
      ? findKeyValueArguments(values, call)
      : call.arguments.flatMap((argument, index) => findPersonalValues(values, argument, index === 0 ? [] : undefined));
  // One value can be reached twice (`a ?? a`); a report names it once.
  return found.filter((value, index) => found.findIndex((other) => other.node === value.node) === index);
}

/** `span.setAttribute('user.email', value)`: the key names the value. */
function findKeyValueArguments(values: ValueContext, call: TSESTree.CallExpression): PersonalValue[] {
  const [key, value] = call.arguments;
  if (!key || !value) return [];
  const keyValue = getStaticValue(values.sourceCode, key)?.value;
  return [...findPersonalKeyedValues(values, typeof keyValue === 'string' ? keyValue : undefined, value, undefined)];
}

/**
 * What the logger writes of values under serialized record keys: nothing the rule can judge for the team's own
 * serializer (it decides), the fields the library's serializer writes for its own (`req` → `req.headers.authorization`).
 */
function throughSerializers(values: ValueContext, sink: SinkCall, found: readonly PersonalValue[]): PersonalValue[] {
  const serializers = readSerializers(sink.creation, sink.entry);
  if (serializers.size === 0) return [...found];
  return found.flatMap((value) => {
    const [key, ...below] = value.recordPath ?? [];
    const serializer = key === undefined ? undefined : serializers.get(key);
    if (!serializer || key === undefined) return [value];
    if (serializer.kind === 'custom') return [];
    if (below.length > 0) return [value];
    const fields = serializer.writes.flatMap((path) => {
      const verdict = values.vocabulary.classifyName(path.at(-1) ?? '', { words: splitWords(path.at(-2) ?? key) });
      return verdict.kind === 'personal' ? [{ field: `${key}.${path.join('.')}`, description: verdict.description, isSecret: verdict.isSecret, subPath: path }] : [];
    });
    return fields.length === 0 ? [] : [{ ...value, fields, isUntypedHolder: false, typedObject: undefined }];
  });
}

/** Drops the fields a pino-style logger censors itself; a value whose every field is censored is no leak. */
function withoutRedactedFields(sink: SinkCall, found: readonly PersonalValue[]): PersonalValue[] {
  const patterns = readRedactPatterns(sink.creation, sink.entry.redactOption);
  if (!patterns) return [...found];
  return found.flatMap((value) => {
    const { recordPath } = value;
    if (!recordPath) return [value];
    const fields = value.fields.filter((field) => !isRedacted(patterns, [...recordPath, ...field.subPath], value.isUntypedHolder === true));
    return fields.length === 0 ? [] : [{ ...value, fields }];
  });
}

function describeLeaks(leaks: readonly PersonalValue[]): string {
  const described = leaks.slice(0, MAX_DESCRIBED).map(describeLeak);
  const more = leaks.length - MAX_DESCRIBED;
  return more > 0 ? `${described.join('; ')}; and ${more} more value${more === 1 ? '' : 's'}` : described.join('; ');
}

/** "`user.email` (via `user`) is personal data (an email address), and so are 2 more fields of `user`". */
function describeLeak(leak: PersonalValue): string {
  const [first, ...others] = leak.fields;
  if (!first) return '';
  const via = leak.via !== undefined && leak.via !== first.field ? ` (via \`${leak.via}\`)` : '';
  if (leak.isUntypedHolder) return `\`${first.field}\`${via} may hold personal data (${first.description})`;
  const kind = first.isSecret ? 'a secret' : 'personal data';
  const owner = leak.via ?? first.field;
  const more = others.length === 0 ? '' : `, and so ${others.length === 1 ? 'is 1 more field' : `are ${others.length} more fields`} of \`${owner}\``;
  return `\`${first.field}\`${via} is ${kind} (${first.description})${more}`;
}

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageId>;

/** Redact the value, keep only the object's id, or add the path to the logger's own `redact` list. */
function suggestFixes(values: ValueContext, sink: SinkCall, leak: PersonalValue, redactorSetting: RedactorSetting): Suggestion[] {
  const { sourceCode } = values;
  const suggestions: Suggestion[] = [];
  const valueText = excerpt(values, leak.node);
  const isObject = leak.typedObject !== undefined || leak.isUntypedHolder === true;
  // Telemetry attributes must stay attribute values or objects, so a whole object is not replaced by a string there.
  const redactor = sink.entry.kind === 'log' || !isObject ? findRedactor(sourceCode, redactorSetting, leak.node) : undefined;
  const wrap = redactor && fixWrapInRedactor(sourceCode, leak, redactor);
  if (redactor && wrap) suggestions.push({ messageId: 'wrapInRedactor', data: { value: valueText, redactor: redactor.text }, fix: wrap });
  const keepId = fixKeepId(sourceCode, leak, sink.methods.idKey);
  if (keepId) suggestions.push({ messageId: 'keepId', data: { value: valueText, replacement: keepId.replacement }, fix: keepId.fix });
  const redactPaths = suggestRedactPaths(sourceCode, sink, leak);
  if (redactPaths) suggestions.push(redactPaths);
  return suggestions;
}

function suggestRedactPaths(sourceCode: Readonly<TSESLint.SourceCode>, sink: SinkCall, leak: PersonalValue): Suggestion | undefined {
  const { creation } = sink;
  const { recordPath } = leak;
  if (!creation?.isInLintedFile || !sink.entry.redactOption || !recordPath) return undefined;
  const paths = [...new Set(leak.fields.map((field) => formatRedactPath([...recordPath, ...field.subPath])))];
  if (paths.some((path) => path === '')) return undefined;
  const fix = fixAddRedactPaths(sourceCode, creation.factoryCall, sink.entry.redactOption, paths);
  if (!fix) return undefined;
  return {
    messageId: 'addRedactPaths',
    data: { paths: paths.map((path) => `'${path}'`).join(', '), line: String(creation.factoryCall.loc.start.line) },
    fix,
  };
}
