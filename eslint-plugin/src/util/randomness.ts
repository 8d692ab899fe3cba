import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getStaticPropertyName, isFunction, skipTypeWrappers } from './ast';
import { resolveFunction } from './function-resolution';
import { GLOBAL_MODULE, isQualifiedName, resolveQualifiedName } from './module-bindings';
import { getDeclarationRandomness } from './randomness-across-files';
import { combineRandomness, isJitterHelperName, isServerRetryDelay, RANDOM_SOURCES, type Randomness } from './randomness-sources';
import type { TypeInformation } from './type-information';
import { walkSubtree } from './walk-subtree';

/** What the randomness analysis needs from the rule: the file, its types when linted with them, and the user's jitter helpers. */
export interface RandomnessContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly typeInformation: TypeInformation | undefined;
  /** Function names the user declared as adding jitter (the `jitterHelpers` option). */
  readonly jitterHelpers: ReadonlySet<string>;
}

/** How many variables and functions one question may follow before answering `unknown`. */
const MAX_STEPS = 60;

/** Globals whose members compute from their arguments without randomness (`Math.min`, `Number.parseInt`). */
const DETERMINISTIC_NAMESPACES = new Set(['Math', 'Number', 'Date', 'performance', 'JSON', 'String']);
const DETERMINISTIC_FUNCTIONS = new Set(['Number', 'parseInt', 'parseFloat', 'String', 'Boolean']);

/**
 * Whether an expression (a retry delay) has a random component. Follows `const`s to their initializers, `let`s
 * through every assignment (`delay *= 2`), and calls into functions of this file or, with type information, of
 * other modules. Parameters and plain property reads are data passed in, so they count as fixed; a call that cannot
 * be followed is `unknown` unless its name says it jitters. A delay the server chose (`Retry-After`) is `unknown`
 * too: it is neither this code's fixed choice nor something it could randomize.
 */
export function getRandomness(context: RandomnessContext, expression: TSESTree.Node): Randomness {
  return new RandomnessAnalysis(context).ofExpression(expression);
}

/** Whether what a function returns has a random component (a jitter helper, a `retryDelay` callback). */
export function getFunctionResultRandomness(context: RandomnessContext, fn: TSESTree.FunctionLike): Randomness {
  return new RandomnessAnalysis(context).ofFunctionResult(fn);
}

class RandomnessAnalysis {
  private readonly visited = new Set<TSESTree.Node>();
  private steps = 0;

  constructor(private readonly context: RandomnessContext) {}

  ofExpression(expression: TSESTree.Node): Randomness {
    const node = skipTypeWrappers(expression);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return 'fixed';
      case AST_NODE_TYPES.TemplateLiteral:
        return this.ofAll(node.expressions);
      case AST_NODE_TYPES.Identifier:
        return this.ofIdentifier(node);
      case AST_NODE_TYPES.ThisExpression:
        return 'fixed';
      case AST_NODE_TYPES.MemberExpression:
        return this.ofMember(node);
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
        return this.ofAll([node.left, node.right]);
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.AwaitExpression:
        return this.ofExpression(node.argument);
      case AST_NODE_TYPES.ConditionalExpression:
        return this.ofAll([node.test, node.consequent, node.alternate]);
      case AST_NODE_TYPES.ArrayExpression:
        return this.ofAll(node.elements.filter((element) => element !== null));
      case AST_NODE_TYPES.SpreadElement:
        return this.ofExpression(node.argument);
      case AST_NODE_TYPES.ObjectExpression:
        return this.ofAll(node.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property.argument)));
      case AST_NODE_TYPES.CallExpression:
        return this.ofCall(node);
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
        return this.ofFunctionResult(node);
      default:
        return 'unknown';
    }
  }

  ofFunctionResult(fn: TSESTree.FunctionLike): Randomness {
    if (!this.enter(fn)) return 'fixed';
    if (!fn.body) return 'unknown';
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.ofExpression(fn.body);
    const results: TSESTree.Expression[] = [];
    walkSubtree(this.context.sourceCode, fn.body, (node) => {
      if (node.type === AST_NODE_TYPES.ReturnStatement && node.argument) results.push(node.argument);
      return !isFunction(node);
    });
    return this.ofAll(results);
  }

  private ofAll(nodes: readonly TSESTree.Node[]): Randomness {
    return combineRandomness(nodes.map((node) => this.ofExpression(node)));
  }

  /** Marks a node as followed; false when it was already (a cycle: its other sources decide) or the budget is spent. */
  private enter(node: TSESTree.Node): boolean {
    if (this.visited.has(node)) return false;
    this.visited.add(node);
    return true;
  }

  private ofIdentifier(identifier: TSESTree.Identifier): Randomness {
    const variable = ASTUtils.findVariable(this.context.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs[0];
    if (!variable || !definition) return ['undefined', 'Infinity', 'NaN'].includes(identifier.name) ? 'fixed' : 'unknown';
    if (++this.steps > MAX_STEPS) return 'unknown';
    switch (definition.type) {
      case 'Parameter':
        return this.ofParameter(definition.name);
      case 'Variable':
        return this.ofVariable(variable, definition.node);
      case 'FunctionName':
        return definition.node.type === AST_NODE_TYPES.FunctionDeclaration ? this.ofFunctionResult(definition.node) : 'unknown';
      case 'ImportBinding':
        return this.ofImport(identifier);
      default:
        return 'unknown';
    }
  }

  /** A parameter's value comes from the caller; only its default value, when it has one, is visible here. */
  private ofParameter(name: TSESTree.Node): Randomness {
    if (name.type === AST_NODE_TYPES.Identifier && isServerRetryDelay(name.name)) return 'unknown';
    const parent = name.parent;
    return parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === name ? this.ofExpression(parent.right) : 'fixed';
  }

  /** A variable is random when its initializer or any assignment to it is; `delay *= 2` keeps what it had. */
  private ofVariable(variable: TSESLint.Scope.Variable, declarator: TSESTree.VariableDeclarator): Randomness {
    if (!this.enter(declarator)) return 'fixed';
    const sources: Randomness[] = [];
    if (declarator.init) sources.push(this.ofExpression(declarator.init));
    else if (declarator.parent.parent?.type === AST_NODE_TYPES.ForOfStatement || declarator.parent.parent?.type === AST_NODE_TYPES.ForInStatement) {
      return 'unknown';
    }
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const writer = reference.identifier.parent;
      if (writer.type === AST_NODE_TYPES.AssignmentExpression && writer.left === reference.identifier) sources.push(this.ofExpression(writer.right));
      else if (writer.type !== AST_NODE_TYPES.UpdateExpression) sources.push('unknown');
    }
    return combineRandomness(sources);
  }

  /** An imported value: followed to its declaration with type information; without it, a value read is data and fixed. */
  private ofImport(identifier: TSESTree.Identifier): Randomness {
    const { typeInformation, jitterHelpers } = this.context;
    if (isJitterHelperName(identifier.name, jitterHelpers)) return 'random';
    if (!typeInformation) return 'fixed';
    const resolved = resolveFunction(this.context.sourceCode, typeInformation, identifier);
    if (resolved?.where === 'other-file') return getDeclarationRandomness(typeInformation, resolved.declaration, jitterHelpers);
    return resolved ? this.ofFunctionResult(resolved.node) : 'unknown';
  }

  /**
   * A property read is configuration or state (`this.baseDelayMs`, `options.delay`): fixed, unless it indexes a
   * table of delays in this file (`DELAYS[attempt]`) or reads a call's result (`getRandomValues(buffer)[0]`),
   * which then decide.
   */
  private ofMember(member: TSESTree.MemberExpression): Randomness {
    const name = getStaticPropertyName(member);
    if (name !== undefined && isJitterHelperName(name, this.context.jitterHelpers)) return 'random';
    // `headers['retry-after']`, `error.retryAfter`
    if (name !== undefined && isServerRetryDelay(name)) return 'unknown';
    const object = skipTypeWrappers(member.object);
    if (object.type === AST_NODE_TYPES.CallExpression || (member.computed && object.type === AST_NODE_TYPES.Identifier)) {
      return combineRandomness([this.ofExpression(object), member.computed ? this.ofExpression(member.property) : 'fixed']);
    }
    return 'fixed';
  }

  private ofCall(call: TSESTree.CallExpression): Randomness {
    const { sourceCode, typeInformation, jitterHelpers } = this.context;
    const qualified = resolveQualifiedName(sourceCode, call.callee);
    if (qualified && RANDOM_SOURCES.some((source) => isQualifiedName(qualified, source.module, source.path))) return 'random';
    const argumentsRandomness = this.ofAll(call.arguments);
    if (argumentsRandomness === 'random') return 'random';
    if (qualified?.module === GLOBAL_MODULE && isDeterministicGlobal(qualified.path)) return argumentsRandomness;
    const name = getCalleeName(call);
    if (name !== undefined && jitterHelpers.has(name)) return 'random';
    const resolved = resolveFunction(sourceCode, typeInformation, call.callee);
    if (resolved?.where === 'this-file') return combineRandomness([this.ofFunctionResult(resolved.node), argumentsRandomness]);
    if (resolved && typeInformation) {
      return combineRandomness([getDeclarationRandomness(typeInformation, resolved.declaration, jitterHelpers), argumentsRandomness]);
    }
    return name !== undefined && isJitterHelperName(name, jitterHelpers) ? 'random' : 'unknown';
  }
}

function isDeterministicGlobal(path: readonly string[]): boolean {
  const [first] = path;
  if (first === undefined) return false;
  return path.length === 1 ? DETERMINISTIC_FUNCTIONS.has(first) : DETERMINISTIC_NAMESPACES.has(first);
}
