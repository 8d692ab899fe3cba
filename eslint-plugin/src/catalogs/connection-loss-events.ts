import type { ConnectionLossEntry } from './types';

/**
 * How connections, sockets and streams report that they were lost. A function that connects again from such a
 * listener (`ws.on('close', () => setTimeout(() => this.connect(), 5000))`) is a reconnect loop: when a server
 * restarts, every client loses its connection at the same instant, and a fixed reconnect delay brings them all back
 * at the same instant too. Read by `util/retry-triggers.ts`.
 */
export const connectionLossEvents = [
  {
    name: 'WebSocket (browsers, Node.js 22)',
    events: ['close', 'error'],
    handlerProperties: ['onclose', 'onerror'],
    source: { url: 'https://websockets.spec.whatwg.org/#the-websocket-interface', version: 'WHATWG Living Standard' },
  },
  {
    name: 'EventSource',
    events: ['error'],
    handlerProperties: ['onerror'],
    source: { url: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#the-eventsource-interface', version: 'WHATWG Living Standard' },
  },
  {
    name: 'ws',
    events: ['close', 'error'],
    handlerProperties: ['onclose', 'onerror'],
    source: { url: 'https://github.com/websockets/ws/blob/8.23.0/doc/ws.md', version: '8.23.0' },
  },
  {
    name: 'socket.io-client',
    events: ['disconnect', 'connect_error'],
    handlerProperties: [],
    source: { url: 'https://socket.io/docs/v4/client-socket-instance/#events', version: '4.8.4' },
  },
  {
    name: 'Node.js net.Socket and streams',
    events: ['close', 'end', 'error'],
    handlerProperties: [],
    source: { url: 'https://nodejs.org/docs/latest-v20.x/api/net.html#class-netsocket', version: 'Node.js 20' },
  },
  {
    name: 'amqplib',
    events: ['close', 'error'],
    handlerProperties: [],
    source: { url: 'https://amqp-node.github.io/amqplib/channel_api.html#model_events', version: '0.10' },
  },
  {
    name: 'ioredis',
    events: ['close', 'end', 'error'],
    handlerProperties: [],
    source: { url: 'https://github.com/redis/ioredis/blob/v5.11.1/README.md#connection-events', version: '5.11.1' },
  },
  {
    name: 'pg',
    events: ['end', 'error'],
    handlerProperties: [],
    source: { url: 'https://node-postgres.com/apis/client#events', version: '8.x' },
  },
  {
    name: 'mqtt',
    events: ['close', 'offline', 'error'],
    handlerProperties: [],
    source: { url: 'https://github.com/mqttjs/MQTT.js/blob/v5.16.0/README.md#event-close', version: '5.16.0' },
  },
] as const satisfies readonly ConnectionLossEntry[];
