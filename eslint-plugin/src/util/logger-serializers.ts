import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { LoggerEntry } from '../catalogs/types';
import { findProperty, getStaticPropertyName } from './ast';
import { matchesModule, matchesPath } from './catalog-patterns';
import type { LoggerCreation } from './logger-sinks';
import { resolveQualifiedName } from './module-bindings';

/** How a logger writes the value under a record key: through the team's own function, or one of the library's. */
export type KeySerializer =
  | { readonly kind: 'custom' }
  /** The library's serializer, with the key paths below the record key it writes that may be personal. */
  | { readonly kind: 'standard'; readonly writes: readonly (readonly string[])[] };

/**
 * The serializers a logger applies, by record key, read where it is created and from its child calls' options:
 * `pino({ serializers: { req: pino.stdSerializers.req, user: (user) => ({ id: user.id }) } })`, also
 * `serializers: pino.stdSerializers` and `{ ...pino.stdSerializers }`. Empty when the logger's creation is not visible.
 * https://github.com/pinojs/pino/blob/main/docs/api.md#serializers-object
 */
export function readSerializers(creation: LoggerCreation | undefined, entry: LoggerEntry): ReadonlyMap<string, KeySerializer> {
  const serializers = new Map<string, KeySerializer>();
  const setting = entry.serializers;
  if (!creation || !setting) return serializers;
  const optionObjects = [creation.factoryCall.arguments[0], ...creation.childCalls.map((call) => call.arguments[1])];
  const isStandard = (node: TSESTree.Node, key: string[]): boolean => {
    const qualified = resolveQualifiedName(creation.sourceCode, node);
    return qualified !== undefined && entry.modules.some((module) => matchesModule(module, qualified.module)) && matchesPath([...setting.standardExport, ...key], qualified.path);
  };
  const addStandard = (key: string): void => {
    const writes = setting.standardWrites[key];
    serializers.set(key, writes ? { kind: 'standard', writes } : { kind: 'custom' });
  };
  for (const options of optionObjects) {
    if (options?.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const value = findProperty(options, setting.option)?.value;
    if (!value) continue;
    if (isStandard(value, [])) Object.keys(setting.standardWrites).forEach(addStandard);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) continue;
    for (const property of value.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        if (isStandard(property.argument, [])) Object.keys(setting.standardWrites).forEach(addStandard);
        continue;
      }
      const key = getStaticPropertyName(property);
      if (key === undefined) continue;
      if (isStandard(property.value, [key])) addStandard(key);
      else serializers.set(key, { kind: 'custom' });
    }
  }
  return serializers;
}
