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
  return {
    kind: verdict.kind,
    reason: verdict.reason,
    node: option ?? getSettingsNode(match),
    setting: describeSetting(match.library.jitter, verdict),
    fix: planFix(sourceCode, match, match.library.jitter, verdict),
  };
}

/** Where the call's retry settings are written: ky's `retry: 3`, the settings object, or the call itself when it passes none. */
function getSettingsNode(match: RetryLibraryCall): TSESTree.Node {
  if (match.settings.kind === 'number') return match.settings.value.parent;
  return match.settings.kind === 'object' ? match.settings.object : match.call.callee;
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
      if (jitter.jitteredValues.includes(value)) return JITTERED;
      const reason = option.kind === 'absent' ? `\`${jitter.option}\` is not set and defaults to \`'${jitter.default}'\`` : `\`${jitter.option}: '${value}'\``;
      return { jittered: false, kind: 'no-jitter', reason, option };
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
    case 'strategy-option':
      return `${jitter.option}: '${jitter.fixValue}'`;
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
  const usedAt = match.call;
  if (verdict.jittered || !module) return undefined;
  switch (jitter.kind) {
    case 'boolean-option':
      return setSetting(sourceCode, match, jitter.option, 'true');
    case 'strategy-option':
      // A string written into an object declared apart from the call widens to `string` and would not type-check.
      return isWrittenInCall(match) ? setSetting(sourceCode, match, jitter.option, `'${jitter.fixValue}'`) : undefined;
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

/** Whether the settings are an object literal written in the call's arguments, so they take the parameter's type. */
function isWrittenInCall(match: RetryLibraryCall): boolean {
  if (match.settings.kind !== 'object') return true;
  for (let node: TSESTree.Node | undefined = match.settings.object; node; node = node.parent) {
    if (node.parent === match.call) return true;
    if (node.type !== AST_NODE_TYPES.ObjectExpression && node.type !== AST_NODE_TYPES.Property) return false;
  }
  return false;
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
  const index = shape.optionsArguments[0];
  if (index === undefined || call.arguments.length !== index) return undefined;
  return (fixer) => {
    const added = addOptionsArgument(fixer, sourceCode, call, index, `{ ${name}: ${valueText} }`);
    return added ? [added] : [];
  };
}
