import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, skipTypeWrappers } from './ast';
import { findEnclosingClassBody } from './value-origin';
import { walkSubtree } from './walk-subtree';

type Variable = NonNullable<ReturnType<typeof ASTUtils.findVariable>>;

/**
 * The values a file assigns to a name or property outside its declaration, where `findInitializer` does not look:
 * `let client; async function start() { client = init(key); }`, `this.ldClient = init(key)` in an `init()` method,
 * and Express's `req.growthbook = new GrowthBook()` in a middleware, read back as `req.growthbook` by every handler.
 * Assignments are collected in one pass over the file, the first time any are asked for.
 */
export class AssignedValues {
  private collected?: {
    readonly variables: Map<Variable, TSESTree.Expression[]>;
    /** `this.<name>` assignments, per class body, since another class's `this.client` is another field. */
    readonly thisMembers: Map<TSESTree.ClassBody, Map<string, TSESTree.Expression[]>>;
    /** `<object>.<name>` assignments on anything but `this`, by property name: the object is usually a parameter (`req`). */
    readonly members: Map<string, TSESTree.Expression[]>;
  };

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  /** What `name`, `this.name` or `object.name` is assigned with `=` anywhere in the file (declarations excluded). */
  of(expression: TSESTree.Node): readonly TSESTree.Expression[] {
    const node = skipTypeWrappers(expression);
    const collected = this.collect();
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
      return (variable && collected.variables.get(variable)) ?? [];
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression) return [];
    const name = getStaticPropertyName(node);
    if (name === undefined) return [];
    if (skipTypeWrappers(node.object).type !== AST_NODE_TYPES.ThisExpression) return collected.members.get(name) ?? [];
    const classBody = findEnclosingClassBody(node);
    return (classBody && collected.thisMembers.get(classBody)?.get(name)) ?? [];
  }

  private collect(): NonNullable<AssignedValues['collected']> {
    if (this.collected) return this.collected;
    const collected = { variables: new Map<Variable, TSESTree.Expression[]>(), thisMembers: new Map(), members: new Map() } satisfies AssignedValues['collected'];
    walkSubtree(this.sourceCode, this.sourceCode.ast, (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') this.record(collected, node.left, node.right);
      return true;
    });
    this.collected = collected;
    return collected;
  }

  private record(collected: NonNullable<AssignedValues['collected']>, target: TSESTree.Node, value: TSESTree.Expression): void {
    if (target.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(target), target);
      if (variable) append(collected.variables, variable, value);
      return;
    }
    if (target.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = getStaticPropertyName(target);
    if (name === undefined) return;
    if (skipTypeWrappers(target.object).type !== AST_NODE_TYPES.ThisExpression) {
      append(collected.members, name, value);
      return;
    }
    const classBody = findEnclosingClassBody(target);
    if (!classBody) return;
    const members = collected.thisMembers.get(classBody) ?? new Map<string, TSESTree.Expression[]>();
    collected.thisMembers.set(classBody, members);
    append(members, name, value);
  }
}

function append<K>(map: Map<K, TSESTree.Expression[]>, key: K, value: TSESTree.Expression): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}
