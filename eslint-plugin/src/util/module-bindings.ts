import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getStaticPropertyName, skipTypeWrappers } from './ast';

/**
 * A value named by where it comes from rather than by its local name:
 * `import axios from 'axios'; axios.get` is `{ module: 'axios', path: ['get'] }` however it was imported.
 */
export interface QualifiedName {
  /** Module specifier with any `node:` prefix removed, or `GLOBAL_MODULE` for globals such as `fetch`. */
  readonly module: string;
  /** Properties read from the module's main export. A default import, a namespace import and `require()` all start at `[]`. */
  readonly path: readonly string[];
}

/** The pseudo-module of unshadowed globals (`fetch`, `globalThis.fetch`, `AbortSignal`). */
export const GLOBAL_MODULE = '<global>';

/** Node builtins are the same module with or without the `node:` scheme. */
export function normalizeModuleSpecifier(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}

/**
 * Resolves an expression such as `axios.get`, `http.request`, `fetch` or `require('undici').request`
 * to the module export it denotes. Returns undefined for locals, parameters and anything dynamic.
 */
export function resolveQualifiedName(sourceCode: Readonly<TSESLint.SourceCode>, expression: TSESTree.Node): QualifiedName | undefined {
  const properties: string[] = [];
  let current = skipTypeWrappers(expression);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticPropertyName(current);
    if (name === undefined) return undefined;
    properties.unshift(name);
    current = skipTypeWrappers(current.object);
  }
  const root = resolveRoot(sourceCode, current);
  if (!root) return undefined;
  const path = [...root.path, ...properties];
  // `globalThis.fetch` is `fetch`; `ns.default.get` on a namespace import is `get` on the default export.
  if (root.module === GLOBAL_MODULE && path[0] === 'globalThis') path.shift();
  if (root.module !== GLOBAL_MODULE && path[0] === 'default') path.shift();
  return { module: root.module, path };
}

function resolveRoot(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): QualifiedName | undefined {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const specifier = getRequiredModule(node);
    return specifier === undefined ? undefined : { module: specifier, path: [] };
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (!variable || variable.defs.length === 0) {
    // Unresolved or implicit global: `fetch`, `globalThis`, `AbortSignal`.
    return { module: GLOBAL_MODULE, path: [node.name] };
  }
  const definition = variable.defs[0];
  if (!definition) return undefined;
  if (definition.type === 'ImportBinding') return resolveImportDefinition(definition.node);
  if (definition.type === 'Variable' && definition.node.type === AST_NODE_TYPES.VariableDeclarator) {
    return resolveRequireDeclarator(definition.node, node.name);
  }
  return undefined;
}

function resolveImportDefinition(node: TSESTree.Node): QualifiedName | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier: {
      const declaration = node.parent as TSESTree.ImportDeclaration;
      const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
      return { module: normalizeModuleSpecifier(declaration.source.value), path: imported === 'default' ? [] : [imported] };
    }
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier: {
      const declaration = node.parent as TSESTree.ImportDeclaration;
      return { module: normalizeModuleSpecifier(declaration.source.value), path: [] };
    }
    case AST_NODE_TYPES.TSImportEqualsDeclaration: {
      const reference = node.moduleReference;
      if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference || reference.expression.type !== AST_NODE_TYPES.Literal) return undefined;
      return { module: normalizeModuleSpecifier(String(reference.expression.value)), path: [] };
    }
    default:
      return undefined;
  }
}

/** `const x = require('m')`, `const x = require('m').a`, `const { a: x } = require('m')`. */
function resolveRequireDeclarator(declarator: TSESTree.VariableDeclarator, localName: string): QualifiedName | undefined {
  if (!declarator.init) return undefined;
  const properties: string[] = [];
  let init = skipTypeWrappers(declarator.init);
  while (init.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticPropertyName(init);
    if (name === undefined) return undefined;
    properties.unshift(name);
    init = skipTypeWrappers(init.object);
  }
  if (init.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const specifier = getRequiredModule(init);
  if (specifier === undefined) return undefined;
  if (declarator.id.type === AST_NODE_TYPES.Identifier) return { module: specifier, path: properties };
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of declarator.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value.type === AST_NODE_TYPES.Identifier && value.name === localName) {
        const key = getStaticPropertyName(property);
        return key === undefined ? undefined : { module: specifier, path: [...properties, key] };
      }
    }
  }
  return undefined;
}

/** The module of a `require('m')` call with a literal specifier. */
function getRequiredModule(call: TSESTree.CallExpression): string | undefined {
  const [argument] = call.arguments;
  if (
    call.callee.type === AST_NODE_TYPES.Identifier &&
    call.callee.name === 'require' &&
    argument?.type === AST_NODE_TYPES.Literal &&
    typeof argument.value === 'string'
  ) {
    return normalizeModuleSpecifier(argument.value);
  }
  return undefined;
}

/** Whether a qualified name is exactly `module` + `path`. */
export function isQualifiedName(name: QualifiedName | undefined, module: string, path: readonly string[]): boolean {
  return name !== undefined && name.module === module && name.path.length === path.length && name.path.every((part, index) => part === path[index]);
}
