import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { flagSdks } from '../catalogs/flag-sdks';
import type { FlagEvaluationMethod, FlagMapSource, FlagSdkEntry } from '../catalogs/types';
import { AssignedValues } from './assigned-values';
import { getCalleeName, getMemberPath, skipTypeWrappers } from './ast';
import { findDeclaredTypeNames } from './declared-type';
import { resolveQualifiedName, type QualifiedName } from './module-bindings';
import { getTypeOrigin } from './type-origin';
import type { TypeInformation } from './type-information';
import { traceInitializer } from './value-origin';

/**
 * A project's own evaluation function or wrapper, declared in the rule's `evaluators` option:
 * `{ callee: 'featureFlags.isOn', keyArgument: 0, returns: 'boolean' }`.
 */
export interface CustomFlagEvaluator {
  /** The callee as written, matched against the end of the call's callee: `flags.isOn` matches `this.flags.isOn(...)`. */
  readonly callee: string;
  readonly keyArgument?: number;
  /** `boolean` lets the flag cleanup replace the call by `true`/`false`; the default `value` does not. */
  readonly returns?: 'boolean' | 'value';
}

/** Which SDK method a call evaluates a flag with. `sdk` is the catalog entry's name, or `custom` for the `evaluators` option. */
export interface FlagEvaluationMatch {
  readonly sdk: string;
  readonly method: FlagEvaluationMethod;
  readonly isAsync: boolean;
}

/** A call returning every flag as one object (`useFlags()`), whose property reads are evaluations. */
export interface FlagMapMatch {
  readonly sdk: string;
  readonly keyCase: FlagMapSource['keyCase'];
}

/** How many initializers and derived-client calls to follow back to where a client was created. */
const MAX_CLIENT_TRACE_DEPTH = 4;

/**
 * Tells whether a call evaluates a feature flag. A call qualifies when its method is an evaluation method of a
 * catalog SDK and its receiver is that SDK's client: confirmed by the receiver's type with type information,
 * otherwise by how the client was obtained in the file (imported, created by the SDK's factory, or declared with
 * the SDK's client type). When unsure it answers no: `settings.isEnabled('x')` is not a flag evaluation.
 */
export class FlagEvaluationMatcher {
  private readonly entriesByMethod = new Map<string, FlagSdkEntry[]>();
  private readonly customEvaluators: readonly (CustomFlagEvaluator & { readonly path: readonly string[] })[];
  private readonly assignedValues: AssignedValues;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly typeInformation: TypeInformation | undefined,
    customEvaluators: readonly CustomFlagEvaluator[] = [],
  ) {
    for (const entry of flagSdks) {
      for (const { method } of entry.evaluations) this.entriesByMethod.set(method, [...(this.entriesByMethod.get(method) ?? []), entry]);
    }
    this.customEvaluators = customEvaluators.map((evaluator) => ({ ...evaluator, path: evaluator.callee.split('.') }));
    this.assignedValues = new AssignedValues(sourceCode);
  }

  /** Whether a call returns all flags as one object: an SDK export named in a catalog entry's `flagMaps`. */
  matchFlagMap(call: TSESTree.CallExpression): FlagMapMatch | undefined {
    const qualified = this.resolveFunction(call.callee);
    if (!qualified) return undefined;
    for (const entry of flagSdks as readonly FlagSdkEntry[]) {
      if (!entry.modules.includes(qualified.module)) continue;
      const source = entry.flagMaps?.find((candidate) => candidate.path.length === qualified.path.length && candidate.path.every((part, index) => part === qualified.path[index]));
      if (source) return { sdk: entry.name, keyCase: source.keyCase };
    }
    return undefined;
  }

  match(call: TSESTree.CallExpression): FlagEvaluationMatch | undefined {
    const name = getCalleeName(call);
    if (name === undefined) return undefined;
    const path = this.customEvaluators.length > 0 ? getMemberPath(call.callee) : undefined;
    const evaluator = path && this.customEvaluators.find((candidate) => endsWith(path, candidate.path));
    if (evaluator) {
      const method = { method: name, keyArgument: evaluator.keyArgument ?? 0, returns: evaluator.returns ?? 'value' } as const;
      return { sdk: 'custom', method, isAsync: false };
    }
    return this.matchSdkCall(call, name);
  }

  private matchSdkCall(call: TSESTree.CallExpression, name: string): FlagEvaluationMatch | undefined {
    const candidates = this.entriesByMethod.get(name);
    if (!candidates) return undefined;
    const callee = skipTypeWrappers(call.callee);
    let entry: FlagSdkEntry | undefined;
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const receiver = callee.object;
      const origin = this.typeInformation && getTypeOrigin(this.typeInformation, receiver);
      // A type the checker knows decides; `any` (an SDK whose types are not installed) falls back to the syntax.
      entry =
        origin && (origin.names.size > 0 || origin.packages.size > 0)
          ? candidates.find((candidate) => candidate.typePackages.some((typePackage) => origin.packages.has(typePackage)))
          : candidates.find((candidate) => this.isClientOf(candidate, receiver, 0));
    } else {
      // An evaluation function exported by the SDK module itself: `import { isEnabled } from 'unleash-client'`.
      const qualified = this.resolveFunction(callee);
      const moduleItself = qualified && { ...qualified, path: qualified.path.slice(0, -1) };
      entry = candidates.find((candidate) => isClientSource(candidate, moduleItself, 'value'));
    }
    const method = entry?.evaluations.find((evaluation) => evaluation.method === name);
    return entry && method ? { sdk: entry.name, method, isAsync: entry.isAsync } : undefined;
  }

  /** The import a called name stands for, also through a local alias (`const useFlag: (name: Flag) => boolean = useUnleashFlag`). */
  private resolveFunction(callee: TSESTree.Node): QualifiedName | undefined {
    const qualified = resolveQualifiedName(this.sourceCode, callee);
    if (qualified || skipTypeWrappers(callee).type !== AST_NODE_TYPES.Identifier) return qualified;
    const aliased = traceInitializer(this.sourceCode, callee);
    return aliased && resolveQualifiedName(this.sourceCode, aliased);
  }

  /** Whether an expression is a client of the SDK, judging by how it was obtained in this file. */
  private isClientOf(entry: FlagSdkEntry, node: TSESTree.Node, depth: number): boolean {
    let expression = skipTypeWrappers(node);
    if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = skipTypeWrappers(expression.argument);
    if (isClientSource(entry, resolveQualifiedName(this.sourceCode, expression), 'value')) return true;
    if (expression.type === AST_NODE_TYPES.NewExpression || expression.type === AST_NODE_TYPES.CallExpression) {
      const use = expression.type === AST_NODE_TYPES.NewExpression ? 'new' : 'call';
      if (isClientSource(entry, resolveQualifiedName(this.sourceCode, expression.callee), use)) return true;
      const callee = skipTypeWrappers(expression.callee);
      const isDerived = callee.type === AST_NODE_TYPES.MemberExpression && entry.derivedClientMethods.includes(getCalleeName(expression) ?? '');
      return isDerived && depth < MAX_CLIENT_TRACE_DEPTH && this.isClientOf(entry, (callee as TSESTree.MemberExpression).object, depth + 1);
    }
    if (findDeclaredTypeNames(this.sourceCode, expression).some((name) => isClientType(entry, name))) return true;
    if (depth >= MAX_CLIENT_TRACE_DEPTH) return false;
    const initializer = traceInitializer(this.sourceCode, expression);
    if (initializer !== undefined && this.isClientOf(entry, initializer, depth + 1)) return true;
    // Assigned later: `client = init(key)` in a start function, `req.growthbook = new GrowthBook()` in a middleware.
    return this.assignedValues.of(expression).some((value) => this.isClientOf(entry, value, depth + 1));
  }
}

function isClientSource(entry: FlagSdkEntry, name: QualifiedName | undefined, use: 'call' | 'new' | 'value'): boolean {
  return (
    name !== undefined &&
    entry.modules.includes(name.module) &&
    entry.clients.some((source) => source.use === use && source.path.length === name.path.length && source.path.every((part, index) => part === name.path[index]))
  );
}

function isClientType(entry: FlagSdkEntry, name: QualifiedName): boolean {
  return entry.modules.includes(name.module) && name.path.length === 1 && entry.clientTypeNames.includes(name.path[0] ?? '');
}

function endsWith(path: readonly string[], suffix: readonly string[]): boolean {
  return suffix.length <= path.length && suffix.every((part, index) => path[path.length - suffix.length + index] === part);
}
