// Account routes that log through the shared, redacting pino logger from ./logger.
import express, { type Request, type Response } from 'express';
import { logger } from './logger';
import { users } from './services';

export const accountRouter = express.Router();
const log = logger.child({ module: 'account' }); // clean

accountRouter.post('/account/email', async (req: Request, res: Response) => {
  const { userId, email } = req.body as { userId: string; email: string };
  logger.info({ userId, email }, 'email change requested'); // clean
  log.info({ userId, user: { email } }, 'email change pending verification'); // clean
  log.info(`email change requested for ${email}`); // pii
  const user = await users.findById(userId);
  if (!user) {
    log.warn({ userId }, 'unknown user'); // clean
    res.status(404).end();
    return;
  }
  log.info({ userId, headers: { authorization: req.headers.authorization } }, 'authorized email change'); // clean
  log.info({ userId, phone: user.phone }, 'contact details on file'); // pii
  res.status(202).end();
});

accountRouter.get('/account/:id', async (req: Request<{ id: string }>, res: Response) => {
  const started = process.hrtime.bigint();
  const user = await users.findById(req.params.id);
  log.info({ userId: req.params.id, found: user !== null, durationNs: Number(process.hrtime.bigint() - started) }, 'account lookup'); // clean
  log.debug({ lastLoginAt: user?.lastLoginAt, tenantId: user?.tenantId }, 'account metadata'); // clean
  res.json(user ? { id: user.id, role: user.role } : null);
});
