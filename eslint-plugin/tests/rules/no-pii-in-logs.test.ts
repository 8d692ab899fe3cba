import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loggers } from '../../src/catalogs/loggers';
import { piiFields } from '../../src/catalogs/pii-fields';
import rule, { type Options } from '../../src/rules/no-pii-in-logs';
import { runRuleTests } from '../rule-tester';

const REDACTOR: Options = [{ redactor: { name: 'redact', from: './logging/redact' } }];
const PINO = "import pino from 'pino';\n";
const REDACT_IMPORT = "import { redact } from './logging/redact';\n";
const DOMAIN = "import type { Customer, Order, User } from './logging/domain';\n";

runRuleTests('no-pii-in-logs', rule, {
  valid: [
    // A child logger made by a factory in another module keeps the base logger's redaction.
    { code: "import { moduleLogger } from './logging/module-logger';\nconst log = moduleLogger('billing');\nlog.info({ email: subscriber.email }, 'renewal notice');", typed: true },
    {
      code: "import { moduleLogger } from './logging/module-logger';\ndeclare const subscriber: { id: string; email: string; plan: string };\nmoduleLogger('billing').info({ subscriber }, 'subscriber loaded');",
      typed: true,
    },
    { code: "import { Sentry } from './logging/telemetry';\nSentry.setUser({ id: user.id });", typed: true },
    // A redact path that names the body shows the team chose what to censor in it.
    `${PINO}const logger = pino({ redact: ['body.password', 'body.cardNumber'] });\nlogger.info({ body: req.body }, 'request');`,
    // Message text that mentions personal data is not personal data.
    "console.log('Password reset email sent');",
    'console.info(`Sent ${count} verification emails`);',
    "logger.info('User updated their phone number and address');",
    // Ids, counts, durations, statuses.
    "logger.info({ userId: user.id }, 'user logged in');",
    'logger.info({ customerId, accountId, userId });',
    'logger.info({ orderId: req.params.orderId });',
    'logger.info({ total: order.total, items: items.length });',
    'logger.info({ durationMs: Date.now() - started, statusCode: res.statusCode });',
    "logger.info('user %s logged in', user.id);",
    'console.log(`${users.length} users migrated`);',
    "logger.info({ queue: job.name, attempt: job.attemptsMade }, 'job started');",
    "logger.info({ fileName: upload.name, bytes: upload.size }, 'upload stored');",
    // Names whose other words make them something else than the data.
    'logger.info({ emailVerified: user.emailVerified });',
    'logger.info({ tokenCount: usage.totalTokens });',
    'logger.info({ passwordPolicy: policy.id });',
    'logger.info({ addressCount: customer.addresses.length });',
    'logger.debug({ isPhoneValid });',
    'logger.info({ cardBrand: card.brand, last4: card.last4 });',
    'logger.info({ lastNameLength: user.lastName.length });',
    'logger.info({ maxPasswordLength: 128, numAddresses: addresses.length });',
    "logger.info({ emailTemplate: 'password-reset', locale });",
    'logger.info({ emailDomain: email.split("@")[1] });',
    'logger.info({ tokenExpiresAt: token.expiresAt });',
    'logger.info({ nextPageToken: page.nextPageToken });',
    "logger.info({ cookieName: 'sid', sessionTtlSeconds: 3600 });",
    'logger.info({ ibanCountry: payout.iban.slice(0, 2) });',
    'logger.info({ userName: account.userName, username });',
    // Booleans derived from personal data.
    'logger.info({ hasPhone: !!user.phone });',
    'logger.info({ hasEmail: Boolean(user.email) });',
    'logger.info({ emailSet: user.email !== undefined, isAdmin: user.role === "admin" });',
    'logger.info({ emailValid: user.email.includes("@") });',
    // Redacted values.
    'logger.info({ email: redact(user.email) });',
    'logger.info({ email: maskEmail(user.email) });',
    'logger.info({ emailHash: sha256(user.email) });',
    'logger.info({ ip: anonymizeIp(req.ip) });',
    "logger.info({ digest: crypto.createHash('sha256').update(user.email).digest('hex') });",
    'const email = maskEmail(user.email);\nlogger.info({ email });',
    'logger.info({ maskedCard: maskedCardNumber, cardLast4 });',
    // Literals under personal keys.
    "logger.info({ password: '[REDACTED]', email: undefined, phone: null });",
    // Error objects.
    'logger.error(err);',
    "logger.error({ err }, 'payment failed');",
    "try { run(); } catch (error) { logger.error({ error }, 'run failed'); }",
    // Request metadata that is not personal.
    "logger.info({ userAgent: req.headers['user-agent'], method: req.method });",
    'logger.warn({ origin: req.headers.origin });',
    // Network addresses of the service itself.
    'logger.info(`listening on ${server.address()}`);',
    'logger.info({ host: config.redis.address, serverAddress });',
    "app.listen({ port: 3000 }).then((address) => app.log.info(`listening at ${address}`));",
    // Not sinks: caches, mailers, maths, unknown receivers.
    'cache.set(user.email, user);',
    'emailService.send(user.email);',
    'Math.log(user.age);',
    'auditTrail.record(user);',
    'notifier.warn({ email });',
    // Library loggers with clean values.
    "import winston from 'winston';\nwinston.info('Login page rendered');",
    "import log4js from 'log4js';\nconst logger = log4js.getLogger('payouts');\nlogger.info('payout %s done', payout.id);",
    "import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'clinic' });\nlog.info({ patientId: patient.id }, 'admitted');",
    "import { consola } from 'consola';\nconsola.success('Server ready on :3000');",
    "import createDebug from 'debug';\nconst debug = createDebug('auth');\ndebug('user %s logged in', userId);",
    "import { Logger } from '@nestjs/common';\nclass Jobs {\n  private readonly logger = new Logger(Jobs.name);\n  run(jobs: string[]) {\n    this.logger.log(`Processing ${jobs.length} jobs`);\n  }\n}",
    // Telemetry with clean attributes.
    "span.setAttribute('enduser.id', user.id);",
    "span.setAttribute('http.route', '/users/:id');",
    "span.addEvent('payment.captured', { 'charge.id': charge.id });",
    "import * as Sentry from '@sentry/node';\nSentry.setUser({ id: user.id });",
    "import * as Sentry from '@sentry/node';\nSentry.setTag('plan', account.plan);",
    "import { metrics } from '@opentelemetry/api';\nconst counter = metrics.getMeter('shop').createCounter('orders');\ncounter.add(1, { plan: customer.plan });",
    "import { metrics } from '@opentelemetry/api';\nconst latency = metrics.getMeter('shop').createHistogram('latency');\nlatency.record(ms, { route: '/checkout' });",
    // The logger's own redaction covers the field.
    `${PINO}const logger = pino({ redact: ['user.email'] });\nlogger.info({ user: { email: user.email } });`,
    `${PINO}const logger = pino({ redact: { paths: ['*.password', 'password'], censor: '***' } });\nlogger.info({ password });\nlogger.info({ form: { password } });`,
    `${PINO}const base = pino({ redact: ['email'] });\nconst log = base.child({ module: 'auth' });\nlog.info({ email });`,
    `${PINO}const logger = pino({ redact: ['req.headers.authorization'] });\nlogger.info({ req: { headers: { authorization: req.headers.authorization } } });`,
    { code: "import { appLogger } from './logging/app-logger';\nappLogger.info({ email }, 'email change requested');", typed: true },
    // Odd code: never a crash, and silence when the rule cannot tell.
    'logger.info(...args);',
    'logger.info();',
    'logger[level](message);',
    "span.setAttribute(...entry);",
    'const a = b;\nconst b = a;\nlogger.info(a);',
    'function log() {}\nlog();',
    'logger?.info?.({ requestId });',
    "logger.info({ [key]: value, ['static']: 1, get computed() { return 1; } });",
    {
      code: "import type { LoggerService } from '@nestjs/common';\nclass Signup {\n  constructor(private readonly out: LoggerService) {}\n  run(email: string) {\n    this.out.log(`signup for ${email}`);\n  }\n}",
      typed: false,
    },
    { code: "import type winston from 'winston';\nexport function audit(sink: winston.Logger, phone: string) {\n  sink.info('callback requested', { phone });\n}", typed: false },
    // Options: allowed names, more redactors.
    { code: 'logger.info({ zip });', options: [{ allowNames: ['zip'] }] },
    { code: 'logger.info({ email: toPublicEmail(user.email) });', options: [{ redactors: ['toPublicEmail'] }] },
    // With types, a whole object is judged by its type's fields, not its name.
    { code: "import type { Invoice } from './logging/domain';\ndeclare const invoice: Invoice;\nlogger.info({ invoice });", typed: true },
    { code: "import type { PublicProfile } from './logging/domain';\ndeclare const profile: PublicProfile;\nlogger.info({ profile });", typed: true },
    { code: 'declare const user: { id: string; role: string };\nlogger.info({ user });', typed: true },
    { code: 'declare const hasEmail: boolean;\nlogger.info({ email: hasEmail });', typed: true },
    // A session id names a chat, checkout or MCP session like a user id; only the request's session cookie is a credential.
    "logger.info({ sessionId }, 'chat session closed');",
    "log.warn({ err, sessionId: msg.sessionId }, 'could not forward the click');",
    "declare const session: { id: string; roomId: string };\nlogger.info({ sessionId: session.id, roomId: session.roomId }, 'session started');",
    // A computed key the file spells out is read like a named one.
    "const REQUEST_ID_HEADER = 'x-request-id';\nconst requestId = req.headers[REQUEST_ID_HEADER] ?? crypto.randomUUID();\nreq.log = logger.child({ requestId });",
    // What a name was bound to decides over what the name suggests: a login handle is not a user record.
    "const requestingUser = token.username;\nlogger.info({ requestingUser }, 'password reset requested');",
    // A helper of this file that builds only safe fields.
    "function orderSummary(order: { id: string; totalCents: number }) {\n  return { orderId: order.id, totalCents: order.totalCents };\n}\nlogger.info(orderSummary(order), 'order placed');",
    // What the code reads from a value tells what it holds: an S3 or SQS event carries no person.
    "export async function onUpload(event: any) {\n  console.log(JSON.stringify(event));\n  return event.Records.length;\n}",
    // `error.request` is the outgoing request of an HTTP client, not the incoming request.
    "async function fetchRates() {\n  try {\n    await http.get('/rates');\n  } catch (error: any) {\n    if (error.request) logger.warn('no response from rates');\n    logger.error(error);\n  }\n}",
    // `to` is a recipient only in mail code.
    "logger.info({ to: nextState, from: previousState }, 'order state changed');",
    // Records whose names are not a person's stay silent in their other forms too.
    'logger.debug({ orderData, cartDto });',
    // The whole request, when the logger censors its headers.
    `${PINO}const logger = pino({ redact: ['req.headers.authorization', 'req.headers.cookie'] });\nlogger.info({ req }, 'request');`,
    // A payload nothing is known about is not guessed at.
    'export function onWebhook(payload: unknown) {\n  logger.debug(JSON.stringify(payload));\n}',
    // A serializer of the team's own decides what is written under its key.
    `${PINO}const logger = pino({ serializers: { user: (user: { id: string }) => ({ id: user.id }) } });\nlogger.info({ user }, 'signed in');`,
    // pino's own `req` serializer writes the headers and the client address: all three are censored here.
    {
      code: `import type { Request } from 'express';\n${PINO}const logger = pino({\n  serializers: { req: pino.stdSerializers.req },\n  redact: ['req.headers.authorization', 'req.headers.cookie', 'req.remoteAddress'],\n});\nexport function access(req: Request) {\n  logger.info({ req }, 'request');\n}`,
      typed: true,
    },
  ],
  invalid: [
    {
      // `*.email` is written for every key: it says nothing about what the request body carries.
      code: "import { appLogger } from './logging/app-logger';\nappLogger.info({ body: req.body }, 'confirming checkout');",
      errors: [{ messageId: 'piiInLog', data: { values: '`req.body` may hold personal data (the request body)' }, suggestions: [] }],
    },
    {
      code: "import { requestLogger } from './logging/module-logger';\nrequestLogger('r-1').info({ body: req.body }, 'confirming checkout');",
      typed: true,
      errors: [{ messageId: 'piiInLog', data: { values: '`req.body` may hold personal data (the request body)' }, suggestions: [] }],
    },
    {
      code: "import { moduleLogger } from './logging/module-logger';\nconst log = moduleLogger('billing');\nlog.warn(`renewal failed for ${subscriber.email}`);",
      typed: true,
      errors: [{ messageId: 'piiInLog', data: { values: '`subscriber.email` is personal data (an email address)' }, suggestions: [] }],
    },
    {
      // Sentry re-exported by the service's telemetry module is still Sentry.
      code: "import { Sentry } from './logging/telemetry';\nSentry.setUser({ id: merchant.id, email: merchant.email });",
      typed: true,
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    {
      code: "import { setUser } from './logging/telemetry';\nsetUser({ id: merchant.id, email: merchant.email });",
      typed: true,
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    {
      code: `${PINO}const logger = pino();\nlogger.info({ email: user.email }, 'signup');`,
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.email` is personal data (an email address)' },
          suggestions: [
            { messageId: 'wrapInRedactor', output: `${PINO}${REDACT_IMPORT}const logger = pino();\nlogger.info({ email: redact(user.email) }, 'signup');` },
            { messageId: 'addRedactPaths', output: `${PINO}const logger = pino({ redact: ['email'] });\nlogger.info({ email: user.email }, 'signup');` },
          ],
        },
      ],
    },

    {
      // The redactor is already imported: no second import.
      code: `${REDACT_IMPORT}console.log(\`Welcome back, \${user.firstName}\`);`,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.firstName` is personal data (a personal name)' },
          suggestions: [{ messageId: 'wrapInRedactor', output: `${REDACT_IMPORT}console.log(\`Welcome back, \${redact(user.firstName)}\`);` }],
        },
      ],
    },
    {
      // No redactor configured and none in scope: the report stands without a wrap suggestion.
      code: "logger.warn('login failed for ' + email);",
      errors: [{ messageId: 'piiInLog', data: { values: '`email` is personal data (an email address)' }, suggestions: [] }],
    },
    {
      // Simple flow inside a function: the message names where the data came from.
      code: 'function onLogin(user: { email: string }) {\n  const e = user.email;\n  logger.info(e);\n}',
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.email` (via `e`) is personal data (an email address)' },
          suggestions: [
            {
              messageId: 'wrapInRedactor',
              output: `${REDACT_IMPORT}function onLogin(user: { email: string }) {\n  const e = user.email;\n  logger.info(redact(e));\n}`,
            },
          ],
        },
      ],
    },
    {
      code: 'function signup(req: { body: { email: string } }) {\n  const { email } = req.body;\n  log(email);\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`req.body.email` (via `email`) is personal data (an email address)' }, suggestions: [] }],
    },
    {
      code: "const { password, ...profile } = req.body;\nlogger.info({ profile }, 'profile update');",
      typed: false,
      errors: [{ messageId: 'piiInLog', data: { values: '`req.body` (via `profile`) may hold personal data (the request body)' }, suggestions: [] }],
    },
    {
      code: "logger.debug({ body: req.body }, 'request received');",
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`req.body` may hold personal data (the request body)' },
          suggestions: [{ messageId: 'wrapInRedactor', output: `${REDACT_IMPORT}logger.debug({ body: redact(req.body) }, 'request received');` }],
        },
      ],
    },
    {
      // Shorthand properties are expanded when wrapped.
      code: "declare const token: string;\nlogger.warn({ token }, 'invalid token');",
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`token` is a secret (a credential)' },
          suggestions: [{ messageId: 'wrapInRedactor', output: `${REDACT_IMPORT}declare const token: string;\nlogger.warn({ token: redact(token) }, 'invalid token');` }],
        },
      ],
    },
    {
      code: "logger.info({ contact: user.phone, ip: req.ip }, 'callback requested');",
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.phone` is personal data (a phone number); `req.ip` is personal data (an IP address)' },
          suggestions: [],
        },
      ],
    },
    {
      // A personal key names a value the rule cannot see into.
      code: "logger.info('sms failed', { to: job.phoneNumber, phone: recipient });",
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`job.phoneNumber` is personal data (a phone number); `phone` (via `recipient`) is personal data (a phone number)' },
          suggestions: [],
        },
      ],
    },
    {
      code: "logger.info({ a: user.email, b: user.phone, c: user.ssn }, 'three fields');",
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.email` is personal data (an email address); `user.phone` is personal data (a phone number); and 1 more value' },
          suggestions: [],
        },
      ],
    },
    {
      code: "logger.info({ apiKey: config.stripeApiKey, headers: { authorization: req.headers.authorization } });",
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`config.stripeApiKey` is a secret (a credential); `req.headers.authorization` is a secret (a credential)' },
          suggestions: [],
        },
      ],
    },
    {
      // Untyped, a value named after a person is a record about a person.
      code: "declare const user: object;\nlogger.info({ user }, 'loaded user');",
      typed: false,
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user` may hold personal data (a record about a person)' },
          suggestions: [{ messageId: 'wrapInRedactor', output: `${REDACT_IMPORT}declare const user: object;\nlogger.info({ user: redact(user) }, 'loaded user');` }],
        },
      ],
    },
    {
      // Typed, its type names the fields, and its id gives a safe replacement.
      code: `${DOMAIN}declare const user: User;\nlogger.info({ user }, 'loaded user');`,
      typed: true,
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.email` (via `user`) is personal data (an email address), and so is 1 more field of `user`' },
          suggestions: [
            { messageId: 'wrapInRedactor', output: `${DOMAIN}${REDACT_IMPORT}declare const user: User;\nlogger.info({ user: redact(user) }, 'loaded user');` },
            { messageId: 'keepId', output: `${DOMAIN}declare const user: User;\nlogger.info({ userId: user.id }, 'loaded user');` },
          ],
        },
      ],
    },
    {
      code: `${DOMAIN}declare const user: User | undefined;\nconsole.log(user);`,
      typed: true,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.email` (via `user`) is personal data (an email address), and so is 1 more field of `user`' },
          suggestions: [{ messageId: 'keepId', output: `${DOMAIN}declare const user: User | undefined;\nconsole.log({ userId: user?.id });` }],
        },
      ],
    },
    {
      code: `${DOMAIN}declare const user: User;\nlogger.info({ ...user, plan: 'pro' }, 'user snapshot');`,
      typed: true,
      errors: [
        {
          messageId: 'piiInLog',
          suggestions: [{ messageId: 'keepId', output: `${DOMAIN}declare const user: User;\nlogger.info({ userId: user.id, plan: 'pro' }, 'user snapshot');` }],
        },
      ],
    },
    {
      // One level of nesting: an order carries its customer's contact details.
      code: `${PINO}${DOMAIN}const logger = pino();\ndeclare const order: Order;\nlogger.info({ order }, 'order placed');`,
      typed: true,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`order.customer.name` (via `order`) is personal data (a personal name), and so is 1 more field of `order`' },
          suggestions: [
            { messageId: 'keepId', output: `${PINO}${DOMAIN}const logger = pino();\ndeclare const order: Order;\nlogger.info({ orderId: order.id }, 'order placed');` },
            {
              messageId: 'addRedactPaths',
              output: `${PINO}${DOMAIN}const logger = pino({ redact: ['order.customer.name', 'order.customer.email'] });\ndeclare const order: Order;\nlogger.info({ order }, 'order placed');`,
            },
          ],
        },
      ],
    },
    {
      // Built from a request, logged whole: with types the report names the object's own fields and offers its id.
      code: `${DOMAIN}function create(request: { email: string; firstName: string }) {\n  const user: User = { id: '1', email: request.email, emailVerified: false, firstName: request.firstName, role: 'member' };\n  logger.info({ user }, 'user created');\n}`,
      typed: true,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`user.email` (via `user`) is personal data (an email address), and so is 1 more field of `user`' },
          suggestions: [
            {
              messageId: 'keepId',
              output: `${DOMAIN}function create(request: { email: string; firstName: string }) {\n  const user: User = { id: '1', email: request.email, emailVerified: false, firstName: request.firstName, role: 'member' };\n  logger.info({ userId: user.id }, 'user created');\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${DOMAIN}function create(request: { email: string; firstName: string }) {\n  const user: User = { id: '1', email: request.email, emailVerified: false, firstName: request.firstName, role: 'member' };\n  logger.info({ user }, 'user created');\n}`,
      typed: false,
      errors: [{ messageId: 'piiInLog', data: { values: '`request.email` (via `user`) is personal data (an email address), and so is 1 more field of `user`' }, suggestions: [] }],
    },
    {
      code: `${DOMAIN}import { loadUser } from './logging/domain';\nasync function show(id: string) {\n  logger.debug({ user: await loadUser(id) });\n}`,
      typed: true,
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    {
      // pino: add the path to an existing `redact` list.
      code: `${PINO}const logger = pino({ level: 'info', redact: ['password'] });\nlogger.info({ userId, email }, 'email changed');`,
      errors: [
        {
          messageId: 'piiInLog',
          suggestions: [
            { messageId: 'addRedactPaths', output: `${PINO}const logger = pino({ level: 'info', redact: ['password', 'email'] });\nlogger.info({ userId, email }, 'email changed');` },
          ],
        },
      ],
    },
    {
      code: `${PINO}const logger = pino({ redact: { paths: ['password'], censor: '***' } });\nconst log = logger.child({ module: 'auth' });\nlog.info({ user: { email } });`,
      errors: [
        {
          messageId: 'piiInLog',
          suggestions: [
            {
              messageId: 'addRedactPaths',
              output: `${PINO}const logger = pino({ redact: { paths: ['password', 'user.email'], censor: '***' } });\nconst log = logger.child({ module: 'auth' });\nlog.info({ user: { email } });`,
            },
          ],
        },
      ],
    },
    {
      code: `${PINO}const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });\nlogger.info({ headers: req.headers });`,
      typed: false,
      errors: [
        {
          messageId: 'piiInLog',
          suggestions: [
            { messageId: 'addRedactPaths', output: `${PINO}const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: ['headers'] });\nlogger.info({ headers: req.headers });` },
          ],
        },
      ],
    },
    {
      // Child bindings are written on every record of the child: the child call is the leak.
      code: `${PINO}const logger = pino();\nconst requestLog = logger.child({ email: user.email });\nrequestLog.info('handling request');`,
      errors: [
        {
          messageId: 'piiInLog',
          suggestions: [{ messageId: 'addRedactPaths', output: `${PINO}const logger = pino({ redact: ['email'] });\nconst requestLog = logger.child({ email: user.email });\nrequestLog.info('handling request');` }],
        },
      ],
    },
    {
      // The shared logger redacts `email` but not `phone`; its creation is in another module, so no redact fix.
      code: "import { appLogger } from './logging/app-logger';\nappLogger.info({ email, phone }, 'contact details');",
      typed: true,
      errors: [{ messageId: 'piiInLog', data: { values: '`phone` is personal data (a phone number)' }, suggestions: [] }],
    },
    {
      code: "import { appLogger } from './logging/app-logger';\nappLogger.info({ email, phone }, 'contact details');",
      typed: false,
      errors: [{ messageId: 'piiInLog', data: { values: '`email` is personal data (an email address); `phone` is personal data (a phone number)' }, suggestions: [] }],
    },
    {
      code: "import winston from 'winston';\nconst logger = winston.createLogger({ transports: [new winston.transports.Console()] });\nlogger.log('warn', 'bounced address', { address: user.email });",
      errors: [{ messageId: 'piiInLog', data: { values: '`user.email` is personal data (an email address)' }, suggestions: [] }],
    },
    {
      code: "import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'clinic' });\nlog.info({ dob: patient.dateOfBirth }, 'age check');",
      errors: [{ messageId: 'piiInLog', data: { values: '`patient.dateOfBirth` is personal data (a date of birth)' }, suggestions: [] }],
    },
    {
      code: "import log4js from 'log4js';\nconst logger = log4js.getLogger('payouts');\nlogger.error('invalid IBAN %s', payout.iban);",
      errors: [{ messageId: 'piiInLog', data: { values: '`payout.iban` is personal data (bank account details)' }, suggestions: [] }],
    },
    {
      code: "import { consola } from 'consola';\nconsola.debug('echo request body', ctx.request.body);",
      errors: [{ messageId: 'piiInLog', data: { values: '`ctx.request.body` may hold personal data (the request body)' }, suggestions: [] }],
    },
    {
      code: "import createDebug from 'debug';\nconst debugPayload = createDebug('billing:payload');\ndebugPayload('customer %s now has email %s', id, stripeCustomer.email);",
      errors: [{ messageId: 'piiInLog', data: { values: '`stripeCustomer.email` is personal data (an email address)' }, suggestions: [] }],
    },
    {
      code: "import { Logger } from '@nestjs/common';\nclass Patients {\n  private readonly logger = new Logger(Patients.name);\n  admit(patient: { fullName: string }) {\n    this.logger.log(`Admitted ${patient.fullName}`);\n  }\n}",
      errors: [{ messageId: 'piiInLog', data: { values: '`patient.fullName` is personal data (a personal name)' }, suggestions: [] }],
    },
    {
      code: "import { Logger } from '@nestjs/common';\nLogger.log(`account deletion requested by ${user.email}`, 'Audit');",
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    {
      code: "import Fastify from 'fastify';\nconst app = Fastify();\napp.post('/cards', async (request) => {\n  request.log.warn({ cardNumber: (request.body as { cardNumber: string }).cardNumber }, 'short card');\n});",
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    {
      // A receiver named like a logger logs, whatever it is.
      code: 'class KycVerifier {\n  constructor(private readonly logger: { info(message: string, meta?: object): void }) {}\n  check(nationalId: string) {\n    this.logger.info(\'kyc check\', { nationalId });\n  }\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`nationalId` is personal data (a government identifier)' }, suggestions: [] }],
    },
    {
      code: 'console.error(\'manual transfer needed\', { accountNumber, sortCode });',
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    // Telemetry sinks: a message of their own, and no string replacing an attribute object.
    {
      code: "import { trace } from '@opentelemetry/api';\ntrace.getActiveSpan()?.setAttribute('user.email', user.email);",
      options: REDACTOR,
      errors: [
        {
          messageId: 'piiInTelemetry',
          data: { values: '`user.email` is personal data (an email address)', sink: 'OpenTelemetry spans' },
          suggestions: [
            { messageId: 'wrapInRedactor', output: `import { trace } from '@opentelemetry/api';\n${REDACT_IMPORT}trace.getActiveSpan()?.setAttribute('user.email', redact(user.email));` },
          ],
        },
      ],
    },
    {
      code: "import { trace } from '@opentelemetry/api';\nconst tracer = trace.getTracer('checkout');\ntracer.startActiveSpan('checkout', (span) => {\n  span.setAttribute('enduser.email', contact);\n  span.end();\n});",
      errors: [{ messageId: 'piiInTelemetry', data: { values: '`enduser.email` (via `contact`) is personal data (an email address)', sink: 'OpenTelemetry spans' }, suggestions: [] }],
    },
    {
      code: "span.setAttributes({ 'shipping.postcode': order.shippingAddress.postcode });",
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    {
      code: "import { metrics } from '@opentelemetry/api';\nconst signups = metrics.getMeter('auth').createCounter('signups');\nsignups.add(1, { email });",
      errors: [{ messageId: 'piiInTelemetry', data: { values: '`email` is personal data (an email address)', sink: 'OpenTelemetry metrics' }, suggestions: [] }],
    },
    {
      code: "import client from 'prom-client';\nconst logins = new client.Counter({ name: 'logins', help: 'Logins', labelNames: ['email'] });\nlogins.inc({ email: user.email });",
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nSentry.setUser({ id: user.id, email: user.email });",
      errors: [{ messageId: 'piiInTelemetry', data: { values: '`user.email` is personal data (an email address)', sink: 'Sentry' }, suggestions: [] }],
    },
    {
      code: `import * as Sentry from '@sentry/node';\n${DOMAIN}declare const user: User;\nSentry.setUser({ ...user });`,
      typed: true,
      errors: [
        {
          messageId: 'piiInTelemetry',
          suggestions: [{ messageId: 'keepId', output: `import * as Sentry from '@sentry/node';\n${DOMAIN}declare const user: User;\nSentry.setUser({ id: user.id });` }],
        },
      ],
    },
    {
      code: `import * as Sentry from '@sentry/node';\n${DOMAIN}declare const customer: Customer;\nSentry.setContext('customer', customer);`,
      typed: true,
      errors: [
        {
          messageId: 'piiInTelemetry',
          suggestions: [{ messageId: 'keepId', output: `import * as Sentry from '@sentry/node';\n${DOMAIN}declare const customer: Customer;\nSentry.setContext('customer', { customerId: customer.id });` }],
        },
      ],
    },
    {
      code: "import { captureMessage } from '@sentry/node';\ncaptureMessage(`checkout failed for ${customerEmail}`);",
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nSentry.withScope((scope) => {\n  scope.setExtra('customer_email', customerEmail);\n});",
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    // Recognised by type alone: receivers whose names say nothing (silent without types, see the valid cases).
    {
      code: "import type { LoggerService } from '@nestjs/common';\nclass Signup {\n  constructor(private readonly out: LoggerService) {}\n  run(email: string) {\n    this.out.log(`signup for ${email}`);\n  }\n}",
      typed: true,
      errors: [{ messageId: 'piiInLog', data: { values: '`email` is personal data (an email address)' }, suggestions: [] }],
    },
    {
      code: "import type winston from 'winston';\nexport function audit(sink: winston.Logger, phone: string) {\n  sink.info('callback requested', { phone });\n}",
      typed: true,
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    {
      code: "import type { Span } from '@opentelemetry/api';\nexport function tag(current: Span, email: string) {\n  current.setAttribute('customer', email);\n}",
      typed: true,
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    // Options.
    {
      code: 'audit.record({ email: user.email });',
      options: [{ loggers: [{ names: ['audit'], methods: ['record'] }] }],
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    {
      code: "analytics.track('signup', { phone });",
      options: [{ loggers: [{ names: ['analytics'], methods: ['track'], telemetry: true }] }],
      errors: [{ messageId: 'piiInTelemetry', data: { values: '`phone` is personal data (a phone number)', sink: 'analytics' }, suggestions: [] }],
    },
    {
      code: 'logger.info({ loyaltyNumber: member.loyaltyNumber });',
      options: [{ extraPiiNames: ['loyalty number'] }],
      errors: [{ messageId: 'piiInLog', data: { values: '`member.loyaltyNumber` is personal data (personal data named in `extraPiiNames`)' }, suggestions: [] }],
    },
    {
      code: 'import { scrub } from "./scrub";\nlogger.info({ email: user.email });',
      options: [{ redactor: { name: 'scrub' } }],
      errors: [{ messageId: 'piiInLog', suggestions: [{ messageId: 'wrapInRedactor', output: 'import { scrub } from "./scrub";\nlogger.info({ email: scrub(user.email) });' }] }],
    },
    // Untyped, a declared annotation still tells what a value holds.
    {
      code: 'interface Applicant { givenName: string; nationalId: string; status: string }\nfunction review(applicant: Applicant) {\n  logger.warn(\'manual review\', { applicant });\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`applicant.givenName` (via `applicant`) is personal data (a personal name), and so is 1 more field of `applicant`' }, suggestions: [] }],
    },
    // The whole request: pino's and bunyan's `req` serializers write its headers (authorization, cookies) and the client IP.
    {
      code: "logger.info({ req }, 'incoming request');",
      errors: [{ messageId: 'piiInLog', data: { values: '`req` may hold personal data (the whole request (its headers carry authorization and cookies, its socket the client IP))' }, suggestions: [] }],
    },
    {
      code: "import type { Request } from 'express';\nexport function accessLog(req: Request) {\n  logger.info({ req }, 'incoming request');\n}",
      typed: true,
      errors: [{ messageId: 'piiInLog', suggestions: [] }],
    },
    {
      code: "console.log('request', ctx.request);",
      errors: [{ messageId: 'piiInLog', data: { values: '`ctx.request` may hold personal data (the whole request (its headers carry authorization and cookies, its socket the client IP))' }, suggestions: [] }],
    },
    {
      // express-session's id is the session cookie's value.
      code: "logger.info({ sessionId: req.sessionID, userId: user.id }, 'signed in');",
      errors: [{ messageId: 'piiInLog', data: { values: '`req.sessionID` is a secret (a credential)' }, suggestions: [] }],
    },
    {
      // Untyped, a record's other forms are named after it: a DTO, its data, a sign-in payload.
      code: 'declare const createUserDto: object;\nlogger.log(`creating user ${JSON.stringify(createUserDto)}`);',
      typed: false,
      errors: [{ messageId: 'piiInLog', data: { values: '`createUserDto` may hold personal data (a record about a person)' }, suggestions: [] }],
    },
    {
      code: 'declare const signInDto: object;\nlogger.debug(`sign-in payload ${JSON.stringify(signInDto)}`);',
      typed: false,
      errors: [{ messageId: 'piiInLog', data: { values: '`signInDto` may hold personal data (sign-in or sign-up data (with the password))' }, suggestions: [] }],
    },
    {
      // What the code reads from a value it logs whole names the fields.
      code: 'export function login(dto: any) {\n  const { email, password } = dto;\n  logger.info(dto);\n  return check(email, password);\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`dto.email` (via `dto`) is personal data (an email address), and so is 1 more field of `dto`' }, suggestions: [] }],
    },
    {
      // An API Gateway event: its body and headers are read, so logging it whole logs them.
      code: "export const handler = async (event: any) => {\n  console.log('Event:', JSON.stringify(event, null, 2));\n  const input = JSON.parse(event.body);\n  return input.id;\n};",
      errors: [{ messageId: 'piiInLog', data: { values: '`event.body` (via `event`) may hold personal data (the request body)' }, suggestions: [] }],
    },
    {
      // A helper of this file builds the value.
      code: "import * as Sentry from '@sentry/node';\nfunction requestContext(req: { ip: string; method: string }) {\n  return { method: req.method, ip: req.ip };\n}\nexport function annotate(req: { ip: string; method: string }) {\n  Sentry.setContext('request', requestContext(req));\n}",
      typed: false,
      errors: [{ messageId: 'piiInTelemetry', data: { values: '`req.ip` (via `requestContext()`) is personal data (an IP address)', sink: 'Sentry' }, suggestions: [] }],
    },
    {
      code: "import * as Sentry from '@sentry/node';\nfunction requestContext(req: { ip: string; method: string }) {\n  return { method: req.method, ip: req.ip };\n}\nexport function annotate(req: { ip: string; method: string }) {\n  Sentry.setContext('request', requestContext(req));\n}",
      typed: true,
      errors: [{ messageId: 'piiInTelemetry', suggestions: [] }],
    },
    {
      // A member of a declared type literal has the type of its property.
      code: 'export function updateProfile(args: { input: { firstName?: string; bio?: string } }) {\n  logger.debug({ input: args.input }, \'updateProfile\');\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`args.input.firstName` (via `args.input`) is personal data (a personal name)' }, suggestions: [] }],
    },
    {
      code: 'logger.debug(`reset link for ${userId}: ${resetLink}`);',
      errors: [{ messageId: 'piiInLog', data: { values: '`resetLink` is a secret (a credential)' }, suggestions: [] }],
    },
    {
      code: 'logger.info(`connecting to ${config.databaseUrl}`);',
      errors: [{ messageId: 'piiInLog', data: { values: '`config.databaseUrl` is a secret (a connection string (with its credentials))' }, suggestions: [] }],
    },
    {
      code: 'console.log(`password reset mail sent to ${mailOptions.to}`);',
      errors: [{ messageId: 'piiInLog', data: { values: '`mailOptions.to` is personal data (an email address)' }, suggestions: [] }],
    },
    {
      code: 'logger.warn(`locking the account of ${account.displayName}`);',
      errors: [{ messageId: 'piiInLog', data: { values: '`account.displayName` is personal data (a personal name)' }, suggestions: [] }],
    },
    {
      // A configuration object whose secret the code reads elsewhere.
      code: 'export function start(config: any) {\n  connect(config.databaseUrl);\n  logger.info(config);\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`config.databaseUrl` (via `config`) is a secret (a connection string (with its credentials))' }, suggestions: [] }],
    },
    {
      code: "logger.debug({ sid: req.cookies.sessionId }, 'session cookie');",
      errors: [{ messageId: 'piiInLog', data: { values: '`req.cookies.sessionId` is a secret (a credential)' }, suggestions: [] }],
    },
    {
      // A slice of a list of records is records, also when only the declaration says so.
      code: 'export function preview(rows: Array<{ email: string; plan: string }>) {\n  logger.info(`first rows: ${JSON.stringify(rows.slice(0, 3))}`);\n}',
      errors: [{ messageId: 'piiInLog', data: { values: '`rows.email` (via `rows`) is personal data (an email address)' }, suggestions: [] }],
    },
    {
      // pino's own serializers write the request's credentials and address, whatever else the request holds.
      code: `import type { Request } from 'express';\n${PINO}const logger = pino({ serializers: pino.stdSerializers });\nexport function access(req: Request) {\n  logger.info({ req }, 'request');\n}`,
      typed: true,
      errors: [
        {
          messageId: 'piiInLog',
          data: { values: '`req.headers.authorization` (via `req`) is a secret (a credential), and so are 2 more fields of `req`' },
          suggestions: [
            {
              messageId: 'addRedactPaths',
              output: `import type { Request } from 'express';\n${PINO}const logger = pino({ serializers: pino.stdSerializers, redact: ['req.headers.authorization', 'req.headers.cookie', 'req.remoteAddress'] });\nexport function access(req: Request) {\n  logger.info({ req }, 'request');\n}`,
            },
          ],
        },
      ],
    },
  ],
});

describe('no-pii-in-logs docs', () => {
  const doc = readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules', 'no-pii-in-logs.md'), 'utf8');

  it('lists every phrase and word decision of catalogs/pii-fields.ts', () => {
    const words = piiFields.flatMap((entry) => {
      switch (entry.kind) {
        case 'field':
          return [...entry.phrases, ...(entry.onlyWith ?? []), ...(entry.unless ?? [])];
        case 'identifier':
          return entry.phrases;
        case 'holder':
          return [...entry.words, ...entry.paths];
        case 'qualifier':
        case 'redactor':
          return entry.words;
      }
    });
    expect(words.filter((word) => !doc.includes(`\`${word}\``))).toEqual([]);
  });

  it('lists every sink of catalogs/loggers.ts', () => {
    expect(loggers.filter((entry) => entry.name !== 'logger' && !doc.includes(`| ${entry.name}`)).map((entry) => entry.name)).toEqual([]);
  });
});
