import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { webFrameworks } from '../catalogs/web-frameworks';
import type { ProcedureFrameworkEntry, WebFrameworkEntry } from '../catalogs/types';
import { getCalleeName, getMemberPath, getStaticPropertyName, skipTypeWrappers } from './ast';
import type { RouteRegistration } from './route-handlers';
import { splitWords } from './words';

const PROCEDURE_FRAMEWORKS = (webFrameworks as readonly WebFrameworkEntry[]).filter((entry): entry is ProcedureFrameworkEntry => entry.kind === 'procedure');

/**
 * Procedures that change state, registered as properties of a router object: tRPC
 * `export const billingRouter = createTRPCRouter({ createCheckout: protectedProcedure.mutation(async () => ...) })`.
 * Each is a POST route whose path is the procedure's dotted name, from the router's variable (`billing`, without its
 * `Router` suffix) through the keys of nested routers to its own key: `billing.createCheckout`.
 */
export function findProcedureRoutes(calls: readonly TSESTree.CallExpression[]): RouteRegistration[] {
  return calls.flatMap((call) => {
    for (const entry of PROCEDURE_FRAMEWORKS) {
      const found = readProcedure(entry, call);
      if (found) return [found];
    }
    return [];
  });
}

function readProcedure(entry: ProcedureFrameworkEntry, call: TSESTree.CallExpression): RouteRegistration | undefined {
  const callee = skipTypeWrappers(call.callee);
  const handler = call.arguments[0];
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !entry.writeMethods.includes(getStaticPropertyName(callee) ?? '') || !handler) return undefined;
  if (!startsAtBuilder(entry, callee.object)) return undefined;
  const path = getProcedurePath(entry, call);
  return path === undefined ? undefined : { framework: entry.name, method: 'POST', path, handler, wrappers: [] };
}

/** `protectedProcedure.input(schema).use(auth)` and `t.procedure`: the chain's root names a procedure builder. */
function startsAtBuilder(entry: ProcedureFrameworkEntry, chain: TSESTree.Node): boolean {
  let current = skipTypeWrappers(chain);
  while (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    current = skipTypeWrappers(current.callee.object);
  }
  return (getMemberPath(current) ?? []).flatMap(splitWords).includes(entry.builderWord);
}

/** The dotted name of the procedure a call defines, when it is the value of a key in a router object. */
function getProcedurePath(entry: ProcedureFrameworkEntry, procedure: TSESTree.CallExpression): string | undefined {
  const keys: string[] = [];
  let value: TSESTree.Node = procedure;
  for (;;) {
    const property: TSESTree.Node | undefined = value.parent;
    const object: TSESTree.Node | undefined = property?.parent;
    const factory: TSESTree.Node | undefined = object?.parent;
    const key = property?.type === AST_NODE_TYPES.Property && property.value === value ? getStaticPropertyName(property) : undefined;
    if (key === undefined || object?.type !== AST_NODE_TYPES.ObjectExpression || factory?.type !== AST_NODE_TYPES.CallExpression || factory.arguments[0] !== object) return undefined;
    if (!entry.routerFactories.includes(getCalleeName(factory) ?? '')) return undefined;
    keys.unshift(key);
    // A nested router (`payments: createTRPCRouter({ ... })`) is itself the value of a key.
    if (factory.parent?.type !== AST_NODE_TYPES.Property) return [...getRouterName(factory), ...keys].join('.');
    value = factory;
  }
}

/** `export const billingRouter = createTRPCRouter(...)` → `billing`; nothing for an anonymous router. */
function getRouterName(factory: TSESTree.CallExpression): string[] {
  const declarator = factory.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const name = declarator.id.name.replace(/_?router$/i, '');
  return name.length > 0 ? [name] : [];
}
