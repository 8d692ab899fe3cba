// A Koa API gateway with consola for developer-facing logs.
import Koa from 'koa';
import { consola } from 'consola';

const app = new Koa();
const gatewayLog = consola.withTag('gateway');

app.use(async (ctx, next) => {
  const started = Date.now();
  await next();
  gatewayLog.info(`${ctx.method} ${ctx.path} -> ${ctx.status} in ${Date.now() - started}ms`); // clean
});

app.use(async (ctx, next) => {
  if (ctx.path === '/debug/echo') {
    consola.debug('echo request body', (ctx.request as unknown as { body: unknown }).body); // pii
    consola.debug('echo request headers', ctx.request.headers); // pii
  }
  await next();
});

app.use(async (ctx, next) => {
  const apiKey = ctx.get('x-api-key');
  if (!apiKey) {
    gatewayLog.warn(`rejected ${ctx.path}: no api key`); // clean
    ctx.status = 401;
    return;
  }
  gatewayLog.debug(`api key ${apiKey} used for ${ctx.path}`); // pii
  gatewayLog.info({ apiKeyPrefix: apiKey.slice(0, 6), path: ctx.path }); // clean
  ctx.state.clientIp = ctx.ip;
  gatewayLog.info('client connected from', ctx.ip); // pii
  await next();
});

app.on('error', (err: Error, ctx: Koa.Context) => {
  consola.error(err); // clean
  consola.error(`error on ${ctx.path}: ${err.message}`); // clean
});

app.listen(8080, () => {
  consola.success('gateway listening on :8080'); // clean
});
