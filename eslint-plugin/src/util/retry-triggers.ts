import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { connectionLossEvents } from '../catalogs/connection-loss-events';
import { getStaticPropertyName } from './ast';

/**
 * What makes a function run again in a hand-written retry, besides a `catch`: a promise's rejection handler, or a
 * listener told that the connection was lost.
 */

/** EventEmitter and EventTarget methods that register a listener: `(event, listener)`. */
const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'addEventListener', 'prependListener', 'prependOnceListener']);

const LOSS_EVENTS: ReadonlySet<string> = new Set(connectionLossEvents.flatMap((entry) => entry.events));
const LOSS_HANDLER_PROPERTIES: ReadonlySet<string> = new Set(connectionLossEvents.flatMap((entry) => entry.handlerProperties));

/** `.catch(handler)` or `.then(onFulfilled, handler)`. */
export function isRejectionHandler(fn: TSESTree.FunctionLike): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticPropertyName(call.callee);
  return (method === 'catch' && call.arguments[0] === fn) || (method === 'then' && call.arguments[1] === fn);
}

/** `socket.on('close', listener)`, `ws.addEventListener('error', listener)`, `ws.onclose = listener`: the connection was lost. */
export function isConnectionLossListener(fn: TSESTree.FunctionLike): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression) {
    const [event, listener] = parent.arguments;
    const isRegistration = parent.callee.type === AST_NODE_TYPES.MemberExpression && LISTENER_METHODS.has(getStaticPropertyName(parent.callee) ?? '');
    return isRegistration && listener === fn && event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string' && LOSS_EVENTS.has(event.value);
  }
  return (
    parent?.type === AST_NODE_TYPES.AssignmentExpression &&
    parent.right === fn &&
    parent.left.type === AST_NODE_TYPES.MemberExpression &&
    LOSS_HANDLER_PROPERTIES.has(getStaticPropertyName(parent.left) ?? '')
  );
}
