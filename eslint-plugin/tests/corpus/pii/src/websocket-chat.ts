// A support-chat websocket server with winston, tracing each message with OpenTelemetry.
import { trace } from '@opentelemetry/api';
import winston from 'winston';

const logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });
const tracer = trace.getTracer('chat');

interface ChatMessage {
  conversationId: string;
  senderId: string;
  senderName: string;
  body: string;
  attachments: Array<{ fileName: string; sizeBytes: number }>;
}

interface ConnectionInfo {
  connectionId: string;
  remoteAddress: string;
  agentId?: string;
}

export function onConnect(connection: ConnectionInfo): void {
  logger.info('chat connection opened', { connectionId: connection.connectionId }); // clean
  logger.info('chat connection origin', { remoteAddress: connection.remoteAddress }); // pii
}

export function onMessage(connection: ConnectionInfo, message: ChatMessage): void {
  tracer.startActiveSpan('chat.message', (span) => {
    span.setAttribute('chat.conversation_id', message.conversationId); // clean
    span.setAttribute('chat.attachments', message.attachments.length); // clean
    span.setAttribute('chat.sender_name', message.senderName); // pii
    span.end();
  });
  logger.debug('message received', { conversationId: message.conversationId, bodyLength: message.body.length }); // clean
  logger.debug(`message from ${message.senderName}: ${message.body.slice(0, 80)}`); // pii
  for (const attachment of message.attachments) {
    logger.info('attachment', { fileName: attachment.fileName, sizeBytes: attachment.sizeBytes }); // clean
  }
  if (connection.agentId) logger.info('agent replied', { agentId: connection.agentId, conversationId: message.conversationId }); // clean
}

export function onError(connection: ConnectionInfo, error: Error): void {
  logger.error('chat error', { connectionId: connection.connectionId, message: error.message, stack: error.stack }); // clean
}
