import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getMemberPath, getStaticPropertyName } from './ast';
import type { PersonalValue } from './personal-values';

/** The function a redaction fix wraps values in, and the module it is imported from when the file lacks it. */
export interface RedactorSetting {
  readonly name: string;
  readonly from?: string;
}

type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

/** How a fix names the redactor where it is used, and the edits that make the name available. */
export interface RedactorReference {
  readonly text: string;
  readonly addImport: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/**
 * The redactor as named at `usedAt`: the binding already in scope (an import or a local function of that name), or a new
 * `import { name } from 'from'` when the file has none. Undefined when it is not in scope and no `from` says where it lives.
 */
export function findRedactor(sourceCode: Readonly<TSESLint.SourceCode>, redactor: RedactorSetting, usedAt: TSESTree.Node): RedactorReference | undefined {
  if (ASTUtils.findVariable(sourceCode.getScope(usedAt), redactor.name)) return { text: redactor.name, addImport: () => [] };
  if (!redactor.from) return undefined;
  const declaration = `import { ${redactor.name} } from '${redactor.from.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}';`;
  const lastImport = sourceCode.ast.body.filter((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration).at(-1);
  return {
    text: redactor.name,
    addImport: (fixer) => [lastImport ? fixer.insertTextAfter(lastImport, `\n${declaration}`) : fixer.insertTextBeforeRange([0, 0], `${declaration}\n`)],
  };
}

/** `user.email` → `redact(user.email)`; a shorthand `{ email }` becomes `{ email: redact(email) }`. Undefined inside a spread. */
export function fixWrapInRedactor(sourceCode: Readonly<TSESLint.SourceCode>, value: PersonalValue, redactor: RedactorReference): Fix | undefined {
  const { node } = value;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const wrapped = `${redactor.text}(${sourceCode.getText(node)})`;
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) {
    return (fixer) => [fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${wrapped}`), ...redactor.addImport(fixer)];
  }
  return (fixer) => [fixer.replaceText(node, wrapped), ...redactor.addImport(fixer)];
}

/**
 * Replaces an object logged whole by its id: `logger.info(user)` → `logger.info({ userId: user.id })`, `{ user }` →
 * `{ userId: user.id }`, `...user` → `userId: user.id`. Only for a typed object with an id, named by a plain reference
 * (a call would run twice), where it is an argument, a property value or a spread.
 */
export function fixKeepId(sourceCode: Readonly<TSESLint.SourceCode>, value: PersonalValue, idKey: string | undefined): { replacement: string; fix: Fix } | undefined {
  const { node, typedObject } = value;
  const isReference = node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression;
  const path = isReference ? getMemberPath(node) : undefined;
  const idProperty = typedObject?.idProperty;
  if (!typedObject || typedObject.isArray || idProperty === undefined || !path) return undefined;
  const parent = node.parent;
  const name = parent?.type === AST_NODE_TYPES.Property && !parent.computed ? getStaticPropertyName(parent) : path.at(-1);
  if (name === undefined || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const replacement = `${idKey ?? `${name}Id`}: ${sourceCode.getText(node)}${typedObject.isNullable ? '?.' : '.'}${idProperty}`;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === node) return { replacement, fix: (fixer) => [fixer.replaceText(parent, replacement)] };
  if (parent?.type === AST_NODE_TYPES.SpreadElement) return { replacement, fix: (fixer) => [fixer.replaceText(parent, replacement)] };
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
    return { replacement: `{ ${replacement} }`, fix: (fixer) => [fixer.replaceText(node, `{ ${replacement} }`)] };
  }
  return undefined;
}
