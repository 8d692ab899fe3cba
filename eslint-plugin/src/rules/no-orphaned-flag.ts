import * as path from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { formatRegistryPath, formatRegistryProblem, REGISTRY_FILE_NAMES, type FlagDefinition, type FlagRegistry } from '../flags/flag-registry';
import { collectFlagReferences, isCamelCasedKey, type FlagReference } from '../flags/flag-references';
import { findNearestRegistry, loadFlagRegistry } from '../flags/load-registry';
import { parseExpiry } from '../flags/read-flag-definitions';
import { removeFlagEvaluations } from '../refactors/flag-cleanup';
import { createRule } from '../util/create-rule';
import { findClosestStrings } from '../util/edit-distance';
import type { CustomFlagEvaluator } from '../util/match-flag-evaluation';
import { getTypeInformation } from '../util/type-information';

export type Options = [
  {
    registry?: string | string[];
    evaluators?: CustomFlagEvaluator[];
    now?: string;
    requireOwner?: boolean;
    requireExpiry?: boolean;
  },
];

export type MessageId =
  | 'unknownFlag'
  | 'unknownFlagProperty'
  | 'archivedFlag'
  | 'expiredFlag'
  | 'missingOwner'
  | 'missingExpiry'
  | 'invalidRegistry'
  | 'noRegistry'
  | 'useRegisteredKey'
  | 'removeFlagKeepOn'
  | 'removeFlagKeepOff';

const REMOVE_FLAG = 'Remove the flag and keep the path that shipped';

export default createRule<Options, MessageId>({
  name: 'no-orphaned-flag',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require feature flag keys to exist in the flag registry and to be neither archived nor expired.',
      recommended: 'recommended',
      strictOptions: [{ requireOwner: true, requireExpiry: true }],
    },
    hasSuggestions: true,
    messages: {
      unknownFlag:
        'Flag `{{key}}` is not in the flag registry ({{registry}}). In production an unknown key silently evaluates to the code default, so the feature stays dark. Fix the key or add the flag to the registry.',
      unknownFlagProperty:
        'No flag in the flag registry ({{registry}}) is read as `{{name}}`: {{method}}() camel-cases flag keys (`dark-mode` is read as `darkMode`). An unknown flag reads as undefined, so the feature stays dark. Fix the name or add the flag to the registry.',
      archivedFlag: 'Flag `{{key}}` is archived in {{registry}}: it may stop being served at any time, and then this evaluation silently returns the code default. ' + `${REMOVE_FLAG}.`,
      expiredFlag:
        'Flag `{{key}}` expired on {{expires}} ({{registry}}): a stale flag keeps a dead branch and an unowned switch in production code. ' + `${REMOVE_FLAG}, or extend its \`expires\` date.`,
      missingOwner: 'Flag `{{key}}` has no `metadata.owner` in {{registry}}: when it misbehaves in production, nobody knows who may turn it off. Add an owner.',
      missingExpiry: 'Flag `{{key}}` has no `metadata.expires` date in {{registry}}: without one it stays in the code long after its rollout. Add an expiry date.',
      invalidRegistry: 'Cannot use the flag registry: {{problem}}. Flag keys are not checked against it until it is fixed.',
      noRegistry:
        'No flag registry found for this file (no {{names}} in {{directory}} or its parents), so flag keys cannot be checked. Set the `registry` option of balanced/no-orphaned-flag to your flagd definition file, or turn the rule off.',
      useRegisteredKey: 'Did you mean `{{key}}`? Use the registered key.',
      removeFlagKeepOn: 'Remove flag `{{key}}`, keep the on path',
      removeFlagKeepOff: 'Remove flag `{{key}}`, keep the off path',
    },
    schema: [
      {
        type: 'object',
        properties: {
          registry: {
            description: 'The flagd definition file(s) (JSON or YAML), relative to ESLint\'s working directory. Default: the nearest flags.flagd.json, flagd.json or flags.json from the linted file upwards.',
            oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
          },
          evaluators: {
            description: 'Your own flag evaluation functions or wrappers, recognised in addition to the SDK catalog.',
            type: 'array',
            items: {
              type: 'object',
              properties: {
                callee: { description: 'The callee as written, matched against the end of the call\'s callee: `flags.isOn` matches `this.flags.isOn(...)`.', type: 'string', minLength: 1 },
                keyArgument: { description: 'Index of the argument holding the flag key. Default 0.', type: 'integer', minimum: 0 },
                returns: { description: '`boolean` when the call returns whether the flag is on (enables the cleanup suggestions); default `value`.', type: 'string', enum: ['boolean', 'value'] },
              },
              required: ['callee'],
              additionalProperties: false,
            },
          },
          now: {
            description: 'The date expiry is judged against (ISO 8601, e.g. 2025-06-30), for reproducible runs. Default: the current time.',
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:\\d{2})?)?$',
          },
          requireOwner: { description: 'Report flags whose registry entry has no `metadata.owner` (on in the strict config).', type: 'boolean' },
          requireExpiry: { description: 'Report flags whose registry entry has no `metadata.expires` (on in the strict config).', type: 'boolean' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ evaluators: [], requireOwner: false, requireExpiry: false }],
  },
  create(context, [options]) {
    const typeInformation = getTypeInformation(context);
    return {
      Program() {
        const references = collectFlagReferences(context.sourceCode, { typeInformation, evaluators: options.evaluators });
        const [first] = references;
        if (!first) return;
        const registryFiles = getRegistryFiles(context, options.registry);
        if (registryFiles.length === 0) {
          const directory = formatRegistryPath(path.dirname(path.resolve(context.cwd, context.filename)), context.cwd) || '.';
          context.report({ loc: first.keyLoc, messageId: 'noRegistry', data: { names: REGISTRY_FILE_NAMES.join(', '), directory } });
          return;
        }
        const registry = loadFlagRegistry(registryFiles);
        const [problem] = registry.problems;
        if (problem) {
          const more = registry.problems.length > 1 ? ` (and ${registry.problems.length - 1} more)` : '';
          context.report({ loc: first.keyLoc, messageId: 'invalidRegistry', data: { problem: formatRegistryProblem(problem, context.cwd) + more } });
        }
        const checker = new FlagChecker(context, options, registry, references);
        for (const reference of references) checker.check(reference);
      },
    };
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/** `registry` resolved against ESLint's working directory, or the nearest registry file from the linted file. */
function getRegistryFiles(context: Context, registry: string | string[] | undefined): string[] {
  if (registry !== undefined) return (Array.isArray(registry) ? registry : [registry]).map((file) => path.resolve(context.cwd, file));
  // ESLint passes `<input>` or `<text>` for code given on stdin; search from the working directory then.
  const start = path.isAbsolute(context.filename) ? path.dirname(context.filename) : context.cwd;
  const nearest = findNearestRegistry(start);
  return nearest ? [nearest] : [];
}

/** Checks each flag reference of a file against the registry and reports what is wrong, with its suggestions. */
class FlagChecker {
  private readonly now: number;
  private readonly registryName: string;
  private readonly reportedMetadata = new Set<string>();
  private readonly cleanups = new Map<string, string | undefined>();

  constructor(
    private readonly context: Context,
    private readonly options: Options[0],
    private readonly registry: FlagRegistry,
    private readonly references: readonly FlagReference[],
  ) {
    this.now = options.now === undefined ? Date.now() : Date.parse(options.now.length === 10 ? `${options.now}T00:00:00Z` : options.now);
    this.registryName = registry.files.map((file) => formatRegistryPath(file, context.cwd)).join(', ');
  }

  check(reference: FlagReference): void {
    const flag = this.findFlag(reference);
    if (!flag) {
      if (this.registry.isComplete) this.reportUnknown(reference);
      return;
    }
    const { key } = flag;
    const registry = formatRegistryPath(flag.location.file, this.context.cwd);
    const expiresAt = flag.expires === undefined ? undefined : parseExpiry(flag.expires);
    if (flag.archived) {
      this.context.report({ loc: reference.keyLoc, messageId: 'archivedFlag', data: { key, registry }, suggest: this.suggestCleanup(reference, key) });
    } else if (expiresAt !== undefined && expiresAt <= this.now) {
      const data = { key, registry, expires: flag.expires };
      this.context.report({ loc: reference.keyLoc, messageId: 'expiredFlag', data, suggest: this.suggestCleanup(reference, key) });
    }
    this.reportMissingMetadata(reference, flag, registry);
  }

  private findFlag(reference: FlagReference): FlagDefinition | undefined {
    if (reference.key !== undefined) return this.registry.flags.get(reference.key);
    const name = reference.camelCasedKey;
    return name === undefined ? undefined : [...this.registry.flags.values()].find((flag) => isCamelCasedKey(flag.key, name));
  }

  private reportUnknown(reference: FlagReference): void {
    const { key } = reference;
    if (key === undefined) {
      const name = reference.camelCasedKey;
      const data = { name: name ?? '', method: reference.method, registry: this.registryName };
      if (name !== undefined) this.context.report({ loc: reference.keyLoc, messageId: 'unknownFlagProperty', data });
      return;
    }
    const closest = reference.isKeyLiteral ? findClosestStrings(key, this.registry.flags.keys()) : [];
    const source = this.context.sourceCode.text;
    const quote = source[reference.keyRange[0]] ?? "'";
    const suggest = closest.map((candidate) => ({
      messageId: 'useRegisteredKey' as const,
      data: { key: candidate },
      fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange([reference.keyRange[0], reference.keyRange[1]], `${quote}${candidate}${quote}`),
    }));
    this.context.report({ loc: reference.keyLoc, messageId: 'unknownFlag', data: { key, registry: this.registryName }, suggest });
  }

  /** Owner and expiry are facts about the registry entry, so they are reported once per flag and file. */
  private reportMissingMetadata(reference: FlagReference, flag: FlagDefinition, registry: string): void {
    if (this.reportedMetadata.has(flag.key) || flag.archived) return;
    this.reportedMetadata.add(flag.key);
    const data = { key: flag.key, registry };
    if (this.options.requireOwner && flag.owner === undefined) this.context.report({ loc: reference.keyLoc, messageId: 'missingOwner', data });
    if (this.options.requireExpiry && flag.expires === undefined) this.context.report({ loc: reference.keyLoc, messageId: 'missingExpiry', data });
  }

  /**
   * "Remove flag, keep the on/off path" for boolean flags: the whole-file cleanup of every evaluation of the key,
   * offered as one edit spanning what changed. Offered only when the cleanup can replace every evaluation.
   */
  private suggestCleanup(reference: FlagReference, key: string): TSESLint.SuggestionReportDescriptor<MessageId>[] {
    if (!reference.isBoolean) return [];
    const suggestions: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
    for (const keep of [true, false]) {
      const text = this.getCleanedText(key, keep);
      if (text === undefined) continue;
      const edit = getChangedRange(this.context.sourceCode.text, text);
      suggestions.push({ messageId: keep ? 'removeFlagKeepOn' : 'removeFlagKeepOff', data: { key }, fix: (fixer) => fixer.replaceTextRange([edit.start, edit.end], edit.text) });
    }
    return suggestions;
  }

  private getCleanedText(key: string, keep: boolean): string | undefined {
    const cacheKey = `${keep}:${key}`;
    if (!this.cleanups.has(cacheKey)) {
      const sites = this.references.filter((reference) => reference.key === key);
      const result = removeFlagEvaluations(this.context.sourceCode.text, this.context.filename, sites, keep);
      this.cleanups.set(cacheKey, result.changed && result.problems.length === 0 ? result.text : undefined);
    }
    return this.cleanups.get(cacheKey);
  }
}

/** The one edit that turns `before` into `after`: the span between their common prefix and common suffix. */
function getChangedRange(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
