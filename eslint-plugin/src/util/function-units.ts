import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getMemberPath, getStaticPropertyName, skipTypeWrappers } from './ast';
import { normalizeModuleSpecifier } from './module-bindings';
import { unwrapHandler } from './route-handlers';
import { walkSubtree } from './walk-subtree';

/** The class or object literal a method belongs to. */
export interface UnitOwner {
  readonly kind: 'class' | 'object';
  /** The class name, or the variable an object literal is assigned to (`paymentController`). */
  readonly name: string;
  readonly node: TSESTree.ClassDeclaration | TSESTree.ClassExpression | TSESTree.ObjectExpression;
  /** The node whose JSDoc describes the owner (`@critical` on a class). */
  readonly declaration: TSESTree.Node;
  /** The local name that exports would refer to. */
  readonly localName: string | undefined;
  readonly isDirectlyExported: boolean;
  readonly decorators: readonly TSESTree.Decorator[];
}

/**
 * A named function written in the file: a function declaration, a function assigned to a variable (possibly through
 * wrapper calls such as `traced(async () => ...)`), a class method or arrow-function field, or a method of an object
 * literal assigned to a variable.
 */
export interface FunctionUnit {
  readonly fn: TSESTree.FunctionLike;
  readonly name: string;
  readonly owner: UnitOwner | undefined;
  /** Where a report about the function goes: its name. */
  readonly nameNode: TSESTree.Node;
  /** The node whose JSDoc describes the function. */
  readonly declaration: TSESTree.Node;
  /** The declaration that binds the function's name in its scope (for references), when it has one. */
  readonly binding: TSESTree.FunctionDeclaration | TSESTree.VariableDeclarator | undefined;
  readonly isDirectlyExported: boolean;
  /** False for `private`, `protected`, `#private` and `_underscored` members. */
  readonly isPublic: boolean;
  /** Calls between the declaration and the function, outermost first. */
  readonly wrappers: readonly TSESTree.CallExpression[];
  readonly decorators: readonly TSESTree.Decorator[];
  /** The method definition, for decorator-routed frameworks. */
  readonly method: TSESTree.MethodDefinition | undefined;
}

/** What one walk of the file collects for the critical-path analysis. */
export interface FileIndex {
  /** Every call, in source order. */
  readonly calls: readonly TSESTree.CallExpression[];
  readonly units: readonly FunctionUnit[];
  /** Local names exported by `export { local as name }` and `export default local`, with their exported names. */
  readonly exportedLocals: ReadonlyMap<string, readonly string[]>;
  /** Modules the file imports or requires (`node:` removed). */
  readonly importedModules: ReadonlySet<string>;
}

/** Walks the file once and collects its calls, named functions, exports and imports. */
export function indexFile(sourceCode: Readonly<TSESLint.SourceCode>): FileIndex {
  const calls: TSESTree.CallExpression[] = [];
  const units: FunctionUnit[] = [];
  const exportedLocals = new Map<string, string[]>();
  const importedModules = new Set<string>();
  const addExport = (local: string, exported: string): void => {
    exportedLocals.set(local, [...(exportedLocals.get(local) ?? []), exported]);
  };
  walkSubtree(sourceCode, sourceCode.ast, (node) => {
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        calls.push(node);
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require' && node.arguments[0]?.type === AST_NODE_TYPES.Literal) {
          importedModules.add(normalizeModuleSpecifier(String(node.arguments[0].value)));
        }
        break;
      case AST_NODE_TYPES.ImportDeclaration:
        importedModules.add(normalizeModuleSpecifier(node.source.value));
        break;
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (!node.source) {
          for (const specifier of node.specifiers) {
            if (specifier.local.type === AST_NODE_TYPES.Identifier) addExport(specifier.local.name, getModuleExportName(specifier.exported));
          }
        }
        break;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        if (node.declaration.type === AST_NODE_TYPES.Identifier) addExport(node.declaration.name, 'default');
        break;
      case AST_NODE_TYPES.FunctionDeclaration:
        if (node.body) units.push(toFunctionDeclarationUnit(node));
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        units.push(...toVariableUnits(node));
        break;
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        units.push(...toClassUnits(node));
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        units.push(...toCommonJsExportUnits(node, addExport));
        break;
      default:
        break;
    }
    return true;
  });
  return { calls, units, exportedLocals, importedModules };
}

function toFunctionDeclarationUnit(node: TSESTree.FunctionDeclaration): FunctionUnit {
  return {
    fn: node,
    name: node.id?.name ?? 'default',
    owner: undefined,
    nameNode: node.id ?? node,
    declaration: node,
    binding: node,
    isDirectlyExported: isExportParent(node.parent),
    isPublic: true,
    wrappers: [],
    decorators: [],
    method: undefined,
  };
}

/**
 * `const checkout = traced(async () => ...)`, `const paymentController = { charge() { ... } }`, and the methods of an
 * object handed to a constructor or factory (Vendure's `new PaymentMethodHandler({ createPayment() { ... } })`).
 */
function toVariableUnits(declarator: TSESTree.VariableDeclarator): FunctionUnit[] {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return [];
  const declaration = declarator.parent;
  const isDirectlyExported = isExportParent(declaration.parent);
  const init = skipTypeWrappers(declarator.init);
  const found = findFunction(init);
  if (found) return [{ ...found, name: declarator.id.name, owner: undefined, nameNode: declarator.id, declaration, binding: declarator, isDirectlyExported, isPublic: true, decorators: [], method: undefined }];
  const object = init.type === AST_NODE_TYPES.ObjectExpression ? init : getOptionsObject(init);
  if (!object) return [];
  const owner: UnitOwner = { kind: 'object', name: declarator.id.name, node: object, declaration, localName: declarator.id.name, isDirectlyExported, decorators: [] };
  return object.properties.flatMap((property) => {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') return [];
    const name = getStaticPropertyName(property);
    // In an options object only functions written there are its methods: `create: procedure.mutation(fn)` is a tRPC procedure.
    const method = object === init || isFunctionValue(property.value) ? findFunction(property.value) : undefined;
    if (name === undefined || !method) return [];
    return [{ ...method, name, owner, nameNode: property.key, declaration: property, binding: undefined, isDirectlyExported: false, isPublic: !name.startsWith('_'), decorators: [], method: undefined }];
  });
}

/** The object literal a constructor or factory is configured with: `new PaymentMethodHandler({ ... })`. */
function getOptionsObject(init: TSESTree.Node): TSESTree.ObjectExpression | undefined {
  if (init.type !== AST_NODE_TYPES.NewExpression && init.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const [options] = init.arguments;
  return options?.type === AST_NODE_TYPES.ObjectExpression ? options : undefined;
}

function isFunctionValue(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression;
}

function toClassUnits(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): FunctionUnit[] {
  const declarator = node.parent.type === AST_NODE_TYPES.VariableDeclarator ? node.parent : undefined;
  const localName = node.id?.name ?? (declarator?.id.type === AST_NODE_TYPES.Identifier ? declarator.id.name : undefined);
  const owner: UnitOwner = {
    kind: 'class',
    name: localName ?? 'default',
    node,
    declaration: declarator ? declarator.parent : node,
    localName,
    isDirectlyExported: isExportParent(node.parent) || (declarator !== undefined && isExportParent(declarator.parent.parent)),
    decorators: node.decorators,
  };
  return node.body.body.flatMap((member) => {
    if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) return [];
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind !== 'method') return [];
    const name = getStaticPropertyName(member);
    const found = member.value ? findFunction(member.value) : undefined;
    if (name === undefined || !found) return [];
    const isPublic = member.accessibility !== 'private' && member.accessibility !== 'protected' && member.key.type !== AST_NODE_TYPES.PrivateIdentifier && !name.startsWith('_');
    return [{
      ...found,
      name,
      owner,
      nameNode: member.key,
      declaration: member,
      binding: undefined,
      isDirectlyExported: false,
      isPublic,
      decorators: member.decorators,
      method: member.type === AST_NODE_TYPES.MethodDefinition ? member : undefined,
    }];
  });
}

/**
 * CommonJS exports: `exports.signup = async (req, res) => ...` and `module.exports.charge = ...` are exported functions;
 * `module.exports = { processPayment, refund: async () => ... }` exports locals (recorded through `addExport`) and
 * functions, and `module.exports = handler` is the default export.
 */
function toCommonJsExportUnits(node: TSESTree.AssignmentExpression, addExport: (local: string, exported: string) => void): FunctionUnit[] {
  const target = getMemberPath(node.left)?.join('.');
  const value = skipTypeWrappers(node.right);
  if (target === 'module.exports') {
    if (value.type === AST_NODE_TYPES.Identifier) addExport(value.name, 'default');
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return [];
    return value.properties.flatMap((property) => {
      const name = property.type === AST_NODE_TYPES.Property ? getStaticPropertyName(property) : undefined;
      if (property.type !== AST_NODE_TYPES.Property || name === undefined) return [];
      if (property.value.type === AST_NODE_TYPES.Identifier) addExport(property.value.name, name);
      const found = findFunction(property.value);
      return found ? [toCommonJsExport(found, name, property.key, property)] : [];
    });
  }
  const name = /^(?:module\.)?exports\.([^.]+)$/.exec(target ?? '')?.[1];
  if (name === undefined || node.left.type !== AST_NODE_TYPES.MemberExpression) return [];
  const found = findFunction(value);
  return found ? [toCommonJsExport(found, name, node.left.property, node.parent)] : [];
}

function toCommonJsExport(
  found: { fn: TSESTree.FunctionLike; wrappers: TSESTree.CallExpression[] },
  name: string,
  nameNode: TSESTree.Node,
  declaration: TSESTree.Node,
): FunctionUnit {
  return { ...found, name, owner: undefined, nameNode, declaration, binding: undefined, isDirectlyExported: true, isPublic: true, decorators: [], method: undefined };
}

/** A function value, directly or inside wrapper calls; generators and functions without a body included, declarations (`declare`) not. */
function findFunction(value: TSESTree.Node): { fn: TSESTree.FunctionLike; wrappers: TSESTree.CallExpression[] } | undefined {
  const { handler, wrappers } = unwrapHandler(value);
  if ((handler.type === AST_NODE_TYPES.FunctionExpression || handler.type === AST_NODE_TYPES.ArrowFunctionExpression) && handler.body) return { fn: handler, wrappers };
  return undefined;
}

function isExportParent(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.ExportNamedDeclaration || node?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

function getModuleExportName(name: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return name.type === AST_NODE_TYPES.Identifier ? name.name : name.value;
}
