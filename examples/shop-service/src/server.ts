import express from 'express';
import { checkoutRouter } from './routes/checkout.js';
import { ordersRouter } from './routes/orders.js';
import { logger } from './lib/logger.js';

const app = express();
app.use(express.json());
app.use(checkoutRouter);
app.use(ordersRouter);

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => {
  logger.info({ port }, 'shop-service listening');
});
