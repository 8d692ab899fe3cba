// Express authentication routes with a pino logger, as in a typical Node API.
import express, { type NextFunction, type Request, type Response } from 'express';
import pino from 'pino';
import { maskEmail, sha256 } from './redaction';
import { generateResetToken, mailer, sessions, users, verifyJwt } from './services';
import type { SignupBody } from './domain';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const RESET_TTL_MINUTES = 30;

export const authRouter = express.Router();

authRouter.post('/signup', async (req: Request, res: Response) => {
  logger.debug({ body: req.body }, 'signup request received'); // pii
  const { email, password, firstName, lastName } = req.body as SignupBody;
  if (!email || !password) {
    logger.warn({ hasEmail: Boolean(email), hasPassword: Boolean(password) }, 'signup rejected: missing fields'); // clean
    res.status(400).json({ error: 'missing_fields' });
    return;
  }
  const existing = await users.findByEmail(email);
  if (existing) {
    logger.info(`signup attempt for existing account ${email}`); // pii
    res.status(409).end();
    return;
  }
  const user = await users.create({ email, password, firstName, lastName });
  logger.info({ userId: user.id, emailDomain: email.split('@')[1] }, 'user signed up'); // clean
  await mailer.send({ to: email, template: 'welcome', data: { firstName } });
  logger.info({ userId: user.id, template: 'welcome' }, 'welcome email queued'); // clean
  res.status(201).json({ id: user.id });
});

authRouter.post('/login', async (req: Request, res: Response) => {
  const { email, password } = req.body as { email: string; password: string };
  const user = await users.findByEmail(email);
  if (!user) {
    logger.warn({ email }, 'login failed: unknown account'); // pii
    res.status(401).end();
    return;
  }
  if (user.passwordHash !== sha256(password)) {
    logger.warn({ userId: user.id, attempt: req.headers['x-attempt'] }, 'login failed: bad password'); // clean
    res.status(401).end();
    return;
  }
  const session = await sessions.create(user.id);
  logger.info({ userId: user.id, sessionExpiresAt: session.expiresAt }, 'login succeeded'); // clean
  logger.debug({ user }, 'loaded user for session'); // pii
  res.cookie('sid', session.id, { httpOnly: true, secure: true });
  res.json({ ok: true });
});

authRouter.post('/password-reset', async (req: Request, res: Response) => {
  const email = String(req.body.email ?? '');
  const user = await users.findByEmail(email);
  if (!user) {
    logger.info({ emailHash: sha256(email) }, 'password reset requested for unknown email'); // clean
    res.status(204).end();
    return;
  }
  const token = generateResetToken();
  logger.debug({ userId: user.id, token }, 'issued password reset token'); // pii
  await mailer.send({ to: user.email, template: 'password-reset', data: { token } });
  logger.info('Password reset email sent'); // clean
  logger.info({ to: maskEmail(user.email), ttlMinutes: RESET_TTL_MINUTES }, 'reset link mailed'); // clean
  res.status(204).end();
});

authRouter.post('/password', async (req: Request, res: Response) => {
  const { userId, newPassword } = req.body as { userId: string; newPassword: string };
  logger.info({ userId, passwordLength: newPassword.length }, 'changing password'); // clean
  await users.updatePassword(userId, newPassword);
  logger.info({ userId }, 'password changed'); // clean
  res.status(204).end();
});

export async function requireAuth(req: Request, res: Response, next: NextFunction): Promise<void> {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    logger.warn({ path: req.path, hasAuthorization: header !== undefined }, 'missing bearer token'); // clean
    res.status(401).end();
    return;
  }
  try {
    const claims = await verifyJwt(header.slice('Bearer '.length));
    logger.debug({ sub: claims.sub, scope: claims.scope }, 'token verified'); // clean
    next();
  } catch (err) {
    logger.warn({ err, authorization: header }, 'token verification failed'); // pii
    res.status(401).end();
  }
}

authRouter.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  logger.error({ err, method: req.method, route: req.route?.path }, 'unhandled error in auth router'); // clean
  logger.error({ err, headers: req.headers }, 'request context for unhandled error'); // pii
  res.status(500).end();
});
