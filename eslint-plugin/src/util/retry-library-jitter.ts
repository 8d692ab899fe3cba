import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { RetryBackoffStrategy, RetryJitterSetting } from '../catalogs/types';
import { findProperty, skipTypeWrappers } from './ast';
import { resolveFunction } from './function-resolution';
import { referenceModuleExport } from './import-fixes';
import { isQualifiedName, resolveQualifiedName } from './module-bindings';
import { addOptionsArgument, setObjectProperty } from './option-fixes';
import { resolveObjectLiteral, type OptionLookup } from './option-lookup';
import { getFunctionResultRandomness, getRandomness, type RandomnessContext } from './randomness';
import { disablesRetries, findRetrySetting, getSettingValue, type RetryLibraryCall } from './retry-library-calls';
import { traceInitializer } from './value-origin';

/** A retry-library call whose delays are not randomized. */
export interface LibraryJitterProblem {
  /** `no-jitter`: fixed delays; `no-delay`: no wait at all between attempts. */
  readonly kind: 'no-jitter' | 'no-delay';
  /** What in the call causes it, for the message (`` `randomize` is not set ``). */
  readonly reason: string;
  /** Where to report: the offending option, else the options object, else the callee. */
  readonly node: TSESTree.Node;
  /** The library's own jitter setting that fixes it (`` randomize: true ``, `` backoff: new ExponentialBackoff() ``). */
  readonly setting: string;
  /** Writes that setting, as a quick fix; undefined when it cannot be written safely (a `require`d module, a name clash). */
  readonly fix: Fix | undefined;
}

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

type Verdict =
  | { readonly jittered: true }
  | {
      readonly jittered: false;
      readonly kind: 'no-jitter' | 'no-delay';
      readonly reason: string;
      /** The setting that causes it, when it is written out. */
      readonly option: OptionLookup;
      /** An unjittered generator inside a backoff object (cockatiel's `noJitterGenerator`), which the fix swaps. */
      readonly generator?: { readonly option: string; readonly value: TSESTree.Expression };
      /** Another setting the fix must change too, because the jitter strategy needs it (retry-axios's `backoffType`). */
      readonly requirement?: { readonly option: string; readonly value: string };
    };

const JITTERED: Verdict = { jittered: true };

/**
 * Judges a retry-library call against its catalog entry: the jitter option and its default, delay functions, backoff
 * objects. Silent (undefined) when retrying is off, when a setting cannot be read, and when it is jittered.
 */
export function findLibraryJitterProblem(context: RandomnessContext, match: RetryLibraryCall): LibraryJitterProblem | undefined {
  const { sourceCode } = context;
  if (disablesRetries(sourceCode, match)) return undefined;
  const delayFunctions = match.library.delayFunctionOptions.map((name) => findRetrySetting(sourceCode, match, name));
  if (delayFunctions.some((lookup) => lookup.kind === 'found' && getRandomness(context, lookup.value) === 'random')) return undefined;
  const verdict = judgeJitter(context, match, match.library.jitter);
  if (!verdict || verdict.jittered) return undefined;
  const option = verdict.option?.kind === 'found' ? verdict.option.value.parent : undefined;
  const setting = describeSetting(match.library.jitter, verdict);
  const { settingsProperty } = match.library;
  return {
    kind: verdict.kind,
    reason: verdict.reason,
    node: option ?? getSettingsNode(match),
    // retry-axios's `attach()` takes no options: the setting goes into a `raxConfig` object.
    setting: settingsProperty !== undefined && match.settings.kind === 'absent' ? `${settingsProperty}: { ${setting} }` : setting,
    fix: planFix(sourceCode, match, match.library.jitter, verdict),
  };
}

/** Where the call's retry settings are written: ky's `retry: 3`, the settings object, or the call itself when it passes none. */
function getSettingsNode(match: RetryLibraryCall): TSESTree.Node {
  if (match.settings.kind === 'number') return match.settings.value.parent;
  return match.settings.kind === 'object' ? match.settings.object : (match.call?.callee ?? match.site);
}

function judgeJitter(context: RandomnessContext, match: RetryLibraryCall, jitter: RetryJitterSetting): Verdict | undefined {
  const { sourceCode } = context;
  const option = findRetrySetting(sourceCode, match, jitter.option);
  if (option.kind === 'unknown') return undefined;
  const known = getSettingValue(sourceCode, option);
  switch (jitter.kind) {
    case 'boolean-option': {
      if (option.kind === 'absent') return jitter.default ? JITTERED : { jittered: false, kind: 'no-jitter', reason: `\`${jitter.option}\` is not set and defaults to \`false\``, option };
      if (known === 'unknown') return judgeFunction(context, option.value, `\`${jitter.option}\` computes no random value`, option);
      return known?.value === true ? JITTERED : { jittered: false, kind: 'no-jitter', reason: `\`${jitter.option}: ${String(known?.value)}\``, option };
    }
    case 'strategy-option': {
      const value = option.kind === 'absent' ? jitter.default : known === 'unknown' ? undefined : known?.value;
      if (typeof value !== 'string') return undefined;
      const unmet = jitter.requires && judgeRequirement(sourceCode, match, jitter.requires);
      if (unmet === 'unknown') return undefined;
      if (unmet) return unmet;
      if (jitter.jitteredValues.includes(value)) return JITTERED;
      const reason = option.kind === 'absent' ? `\`${jitter.option}\` is not set and defaults to \`'${jitter.default}'\`` : `\`${jitter.option}: '${value}'\``;
      return { jittered: false, kind: 'no-jitter', reason, option };
    }
    case 'delay-function-only': {
      if (option.kind === 'absent') return { jittered: false, kind: 'no-jitter', reason: `it has no jitter setting and \`${jitter.option}\` is not set`, option };
      if (known === 'unknown') return judgeFunction(context, option.value, `\`${jitter.option}\` computes no random delay`, option);
      return typeof known?.value === 'string' ? { jittered: false, kind: 'no-jitter', reason: `\`${jitter.option}: '${known.value}'\``, option } : undefined;
    }
    case 'noise-option':
      return known !== 'unknown' && known?.value === 0 ? { jittered: false, kind: 'no-jitter', reason: `\`${jitter.option}: 0\``, option } : JITTERED;
    case 'delay-function-option':
      if (option.kind === 'absent') return { jittered: false, kind: 'no-delay', reason: `\`${jitter.option}\` is not set`, option };
      return judgeDelayFunction(context, match, jitter.jitteredExports, jitter.unjitteredFactories, option.value, option);
    case 'backoff-option':
      if (option.kind === 'absent') return { jittered: false, kind: 'no-delay', reason: `\`${jitter.option}\` is not set`, option };
      return judgeBackoff(context, match, jitter.strategies, option.value, option);
  }
}

/**
 * A setting the jitter strategy needs (retry-axios jitters `backoffType: 'exponential'` only): undefined when it holds,
 * a verdict naming the setting that disables jitter when it does not, `unknown` when it cannot be read.
 */
function judgeRequirement(
  sourceCode: Readonly<TSESLint.SourceCode>,
  match: RetryLibraryCall,
  requires: { readonly option: string; readonly value: string; readonly default: string },
): Verdict | 'unknown' | undefined {
  const lookup = findRetrySetting(sourceCode, match, requires.option);
  const known = getSettingValue(sourceCode, lookup);
  const value = lookup.kind === 'absent' ? requires.default : known === 'unknown' ? undefined : known?.value;
  if (typeof value !== 'string') return 'unknown';
  if (value === requires.value) return undefined;
  const reason = `\`${requires.option}: '${value}'\` is never randomized`;
  return { jittered: false, kind: 'no-jitter', reason, option: lookup, requirement: { option: requires.option, value: requires.value } };
}

/** A function value (ky `jitter: (delay) => ...`, axios-retry `retryDelay`): random when what it returns is. */
function judgeFunction(context: RandomnessContext, value: TSESTree.Expression, reason: string, option: OptionLookup): Verdict | undefined {
  const fn = resolveFunction(context.sourceCode, context.typeInformation, value);
  if (fn?.where !== 'this-file') return undefined;
  const randomness = getFunctionResultRandomness(context, fn.node);
  if (randomness === 'unknown') return undefined;
  return randomness === 'random' ? JITTERED : { jittered: false, kind: 'no-jitter', reason, option };
}

/** axios-retry `retryDelay`: the library's jittered export, a factory of unjittered delays, or the user's own function. */
function judgeDelayFunction(
  context: RandomnessContext,
  match: RetryLibraryCall,
  jitteredExports: readonly string[],
  unjitteredFactories: readonly string[],
  value: TSESTree.Expression,
  option: OptionLookup,
): Verdict | undefined {
  const { sourceCode } = context;
  const isExport = (node: TSESTree.Node, names: readonly string[]): string | undefined => {
    const qualified = resolveQualifiedName(sourceCode, node);
    return qualified && match.library.modules.includes(qualified.module) ? names.find((name) => isQualifiedName(qualified, qualified.module, [name])) : undefined;
  };
  if (isExport(value, jitteredExports)) return JITTERED;
  const made = skipTypeWrappers(value);
  const factory = made.type === AST_NODE_TYPES.CallExpression ? isExport(made.callee, unjitteredFactories) : undefined;
  if (factory) return { jittered: false, kind: 'no-jitter', reason: `\`${factory}()\` adds no jitter`, option };
  return judgeFunction(context, value, 'the delay function computes no random value', option);
}

/** cockatiel `backoff`: which constructor made it, and what its arguments say about randomness. */
function judgeBackoff(
  context: RandomnessContext,
  match: RetryLibraryCall,
  strategies: readonly RetryBackoffStrategy[],
  value: TSESTree.Expression,
  option: OptionLookup,
): Verdict | undefined {
  const { sourceCode } = context;
  const made = traceInitializer(sourceCode, value) ?? skipTypeWrappers(value);
  if (made.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const qualified = resolveQualifiedName(sourceCode, made.callee);
  const strategy = qualified && match.library.modules.includes(qualified.module) ? strategies.find((candidate) => isQualifiedName(qualified, qualified.module, [candidate.className])) : undefined;
  const [first] = made.arguments;
  const noJitter = (reason: string): Verdict => ({ jittered: false, kind: 'no-jitter', reason, option });
  switch (strategy?.jitter) {
    case undefined:
      return undefined;
    case 'never':
      return noJitter(`\`${strategy.className}\` waits a fixed delay`);
    case 'delays-argument':
    case 'delay-function-argument': {
      const randomness = first ? getRandomness(context, first) : 'unknown';
      if (randomness === 'unknown') return undefined;
      return randomness === 'random' ? JITTERED : noJitter(`\`${strategy.className}\` computes no random delay`);
    }
    case 'generator-option': {
      const option = strategy.generatorOption;
      const options = first && resolveObjectLiteral(sourceCode, first);
      const property = options && option !== undefined ? findProperty(options, option) : undefined;
      const generator = property && (property.value as TSESTree.Expression);
      const name = generator && resolveQualifiedName(sourceCode, generator);
      const unjittered = name && match.library.modules.includes(name.module) ? strategy.unjitteredGenerators?.find((candidate) => isQualifiedName(name, name.module, [candidate])) : undefined;
      if (!unjittered || !generator || option === undefined) return JITTERED;
      return { jittered: false, kind: 'no-jitter', reason: `\`${option}: ${unjittered}\``, option: { kind: 'found', value: generator }, generator: { option, value: generator } };
    }
  }
}

/** The setting a message recommends, as the library documents it. */
function describeSetting(jitter: RetryJitterSetting, verdict: Verdict): string {
  switch (jitter.kind) {
    case 'boolean-option':
      return `${jitter.option}: true`;
    case 'strategy-option': {
      const requirement = !verdict.jittered ? verdict.requirement : undefined;
      const setting = `${jitter.option}: '${jitter.fixValue}'`;
      return requirement ? `${requirement.option}: '${requirement.value}', ${setting}` : setting;
    }
    case 'delay-function-only':
      return `${jitter.option}: ${jitter.fixFunction}`;
    case 'noise-option':
      return `${jitter.option}: ${jitter.default}`;
    case 'delay-function-option':
      return `${jitter.option}: ${jitter.fixExport}`;
    case 'backoff-option': {
      const generator = !verdict.jittered ? verdict.generator : undefined;
      return generator ? `${generator.option}: ${jitter.fixGenerator}` : `${jitter.option}: new ${jitter.fixConstructor}()`;
    }
  }
}

/** The library's own jitter setting, written where the call keeps its retry settings. */
function planFix(sourceCode: Readonly<TSESLint.SourceCode>, match: RetryLibraryCall, jitter: RetryJitterSetting, verdict: Verdict): Fix | undefined {
  const module = match.library.modules[0];
  const usedAt = match.site;
  if (verdict.jittered || !module) return undefined;
  switch (jitter.kind) {
    case 'boolean-option':
      return setSetting(sourceCode, match, jitter.option, 'true');
    case 'strategy-option': {
      // A string written into an object declared apart from its use widens to `string` and would not type-check.
      const fix = isContextuallyTyped(match) ? setSetting(sourceCode, match, jitter.option, `'${jitter.fixValue}'`) : undefined;
      const requirement = verdict.requirement;
      const required = requirement && setSetting(sourceCode, match, requirement.option, `'${requirement.value}'`);
      if (!requirement || !fix) return fix;
      return required && ((fixer) => [...required(fixer), ...fix(fixer)]);
    }
    case 'delay-function-only':
      // The function's parameters take their types from the library's option type, which an object declared apart lacks.
      return isContextuallyTyped(match) ? setSetting(sourceCode, match, jitter.option, jitter.fixFunction) : undefined;
    case 'noise-option':
      return setSetting(sourceCode, match, jitter.option, String(jitter.default));
    case 'delay-function-option':
      return withExport(sourceCode, module, jitter.fixExport, usedAt, (name) => setSetting(sourceCode, match, jitter.option, name));
    case 'backoff-option': {
      const generator = verdict.generator?.value;
      if (generator) return withExport(sourceCode, module, jitter.fixGenerator, usedAt, (name) => (fixer) => [fixer.replaceText(generator, name)]);
      return withExport(sourceCode, module, jitter.fixConstructor, usedAt, (name) => setSetting(sourceCode, match, jitter.option, `new ${name}()`));
    }
  }
}

/**
 * Whether the settings object takes its type from where it is written, so a string literal or a callback written into
 * it keeps the library's type: an object literal inside a call's arguments, or assigned to a typed property
 * (`api.defaults.raxConfig = { ... }`), as opposed to a variable declared apart.
 */
function isContextuallyTyped(match: RetryLibraryCall): boolean {
  if (match.settings.kind !== 'object') return true;
  for (let node: TSESTree.Node = match.settings.object; ; node = node.parent) {
    const parent = node.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) return parent.arguments.includes(node as TSESTree.CallExpressionArgument);
    if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.right === node && parent.left.type === AST_NODE_TYPES.MemberExpression;
    if (node.type !== AST_NODE_TYPES.ObjectExpression && node.type !== AST_NODE_TYPES.Property) return false;
  }
}

/** A fix that names an export of the library, adding it to the file's import of the module when needed. */
function withExport(sourceCode: Readonly<TSESLint.SourceCode>, module: string, exportName: string, usedAt: TSESTree.Node, build: (name: string) => Fix | undefined): Fix | undefined {
  const reference = referenceModuleExport(sourceCode, module, exportName, usedAt);
  const fix = reference && build(reference.text);
  return fix && reference && ((fixer) => [...fix(fixer), ...reference.addImport(fixer)]);
}

/** Sets `name: valueText` in the call's retry settings, creating the options argument or expanding ky's `retry: 3` when needed. */
function setSetting(sourceCode: Readonly<TSESLint.SourceCode>, match: RetryLibraryCall, name: string, valueText: string): Fix | undefined {
  const { settings, library, shape, call } = match;
  if (settings.kind === 'object') return (fixer) => [setObjectProperty(fixer, sourceCode, settings.object, name, valueText)];
  if (settings.kind === 'number') {
    const limit = library.settings?.numberMeans ?? 'limit';
    return (fixer) => [fixer.replaceText(settings.value, `{ ${limit}: ${sourceCode.getText(settings.value)}, ${name}: ${valueText} }`)];
  }
  const index = shape?.optionsArguments[0];
  if (!call || index === undefined || call.arguments.length !== index) return undefined;
  return (fixer) => {
    const added = addOptionsArgument(fixer, sourceCode, call, index, `{ ${name}: ${valueText} }`);
    return added ? [added] : [];
  };
}
