// A chat backend: Express session auth, websocket chat sessions, config dumps, winston and debug loggers.
import createDebug from 'debug';
import type { Request } from 'express';
import winston from 'winston';

const logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });
const debug = createDebug('chat:sessions');

interface ChatSession {
  id: string;
  roomId: string;
  participantCount: number;
  startedAt: Date;
}

interface AppConfig {
  port: number;
  databaseUrl: string;
  openaiApiKey: string;
  logLevel: string;
}

export function logStartup(config: AppConfig): void {
  logger.info('starting chat service', { port: config.port, logLevel: config.logLevel }); // clean
  logger.info(config); // pii
  logger.log('debug', `database at ${config.databaseUrl}`); // pii
  debug('config %o', config); // pii
}

export function onLogin(req: Request & { sessionID: string }, user: { id: string; email: string; displayName: string }): void {
  logger.log('info', `User ${user.id} logged in`); // clean
  logger.log('info', 'login', { sessionId: req.sessionID, userId: user.id }); // pii
  debug('session user %o', user); // pii
  logger.info(`welcome back ${user.displayName}`); // pii
}

export function onSessionStarted(session: ChatSession): void {
  logger.info('chat session started', { sessionId: session.id, roomId: session.roomId }); // clean
  debug('session %s has %d participants', session.id, session.participantCount); // clean
}

export function onSessionClosed(sessionId: string, reason: string): void {
  logger.info(`chat session ${sessionId} closed: ${reason}`); // clean
}

export function onMessage(sessionId: string, author: { id: string; userName: string }, text: string): void {
  logger.debug('message', { sessionId, authorId: author.id, length: text.length }); // clean
  logger.debug(`message from ${author.userName}`); // clean
}
