import type { CriticalTerm, NonCriticalNameWords } from './types';

/**
 * The default vocabulary of critical operations (`critical.vocabulary: 'default'`): money moving, orders placed,
 * accounts created and signed in. Matched on the words of a name or route (`capturePayment` → capture, payment),
 * never on substrings: `display`, `repaint` and `payload` are not payments.
 */
/**
 * Payment service providers, and the abbreviation for one: next to `capture` or `webhook` they make it a payment step
 * (`PspClient.capture`, `StripeService.handleWebhook`).
 */
const PAYMENT_PROVIDERS = [
  'psp', 'stripe', 'paypal', 'braintree', 'adyen', 'razorpay', 'mollie', 'paddle', 'paystack', 'flutterwave', 'klarna', 'lemonsqueezy',
  'chargebee', 'recurly', 'gocardless', 'mercadopago',
];

export const criticalVocabulary = [
  {
    topic: 'checkout',
    // Medusa completes a cart into an order (`POST /store/carts/:id/complete`, `completeCartWorkflow`).
    phrases: ['checkout', 'check out', 'complete cart', 'cart complete', 'carts complete'],
    unless: ['branch', 'repo', 'repository', 'book', 'books'],
  },
  {
    topic: 'payment',
    phrases: ['payment', 'payments', 'pay'],
    // Managing saved cards and reading history are not the payment itself; `pay period` and `pay rate` are payroll data.
    unless: ['method', 'methods', 'history', 'settings', 'period', 'rate', 'slip', 'scale', 'grade', 'link', 'links', 'terms', 'wall'],
  },
  // `personInCharge`, battery charge.
  { topic: 'charge', phrases: ['charge', 'charges'], unless: ['in', 'battery', 'free'] },
  {
    topic: 'payment capture',
    phrases: ['capture'],
    // Sentry's `captureException`, screenshots and media: capture is a payment step only next to a payment word.
    qualifiers: ['payment', 'payments', 'charge', 'charges', 'funds', 'authorization', 'intent', 'order', 'transaction', 'billing', ...PAYMENT_PROVIDERS],
    unless: ['exception', 'error', 'message', 'event', 'screenshot', 'screen', 'image', 'photo', 'video', 'audio', 'stack', 'console'],
  },
  { topic: 'refund', phrases: ['refund', 'refunds'] },
  // A bare `order` is a sort order or a read model; placing one is the critical step.
  { topic: 'order placement', phrases: ['place order', 'create order', 'submit order', 'place orders', 'create orders', 'submit orders'] },
  { topic: 'purchase', phrases: ['purchase', 'purchases'], unless: ['history'] },
  {
    topic: 'subscription',
    phrases: ['subscribe'],
    // `eventBus.subscribe(listener)`, `subscribeToTopic`, RxJS: subscribing is billing only next to a billing word.
    qualifiers: ['plan', 'plans', 'tier', 'premium', 'membership', 'billing', 'subscription', 'subscriptions', 'customer', 'customers', 'user', 'users'],
    unless: ['topic', 'topics', 'event', 'events', 'channel', 'channels', 'listener', 'changes', 'stream', 'queue', 'store', 'state'],
  },
  {
    topic: 'subscription',
    phrases: ['subscription', 'subscriptions'],
    unless: ['graphql', 'pubsub', 'topic', 'topics', 'event', 'events', 'webhook', 'webhooks', 'websocket', 'socket', 'channel', 'push'],
  },
  { topic: 'signup', phrases: ['signup', 'sign up', 'signups'] },
  {
    topic: 'signup',
    phrases: ['register'],
    // `registerRoutes`, `register(app)` for Fastify plugins, DI containers and metric registries are plumbing.
    qualifiers: ['user', 'users', 'account', 'accounts', 'customer', 'customers', 'member', 'members', 'auth', 'authentication', 'identity', 'signup'],
    unless: ['route', 'routes', 'plugin', 'plugins', 'module', 'modules', 'handler', 'handlers', 'webhook', 'webhooks', 'device', 'devices', 'metric', 'metrics'],
  },
  { topic: 'login', phrases: ['login', 'log in', 'signin', 'sign in', 'logon', 'log on'] },
  {
    topic: 'login',
    phrases: ['authenticate'],
    // Per-request credential checks (middleware, guards, API keys) are not the sign-in.
    unless: ['token', 'tokens', 'jwt', 'request', 'req', 'middleware', 'guard', 'key', 'api', 'header', 'socket', 'connection', 'client', 'webhook'],
  },
  { topic: 'withdrawal', phrases: ['withdraw', 'withdrawal', 'withdrawals'], unless: ['consent', 'application', 'offer'] },
  {
    topic: 'money transfer',
    phrases: ['transfer', 'transfers'],
    // `transferOwnership`, `dataTransfer`, `transferEncoding`.
    qualifiers: ['funds', 'fund', 'money', 'balance', 'amount', 'wallet', 'bank', 'payment', 'payments', 'account', 'accounts', 'credit', 'credits'],
    unless: ['ownership', 'owner', 'file', 'files', 'data', 'encoding', 'domain'],
  },
  { topic: 'payout', phrases: ['payout', 'payouts', 'pay out'] },
  {
    topic: 'payment webhook',
    phrases: ['webhook', 'webhooks'],
    // A payment provider's webhook marks orders paid and subscriptions active (`POST /webhooks/stripe`,
    // `StripeService.handleWebhook`); a GitHub or Slack webhook is not critical, in a route as in a name.
    qualifiers: [...PAYMENT_PROVIDERS, 'billing', 'payment', 'payments'],
    routesNeedQualifier: true,
  },
] as const satisfies readonly CriticalTerm[];

/**
 * Words that make a name matching the vocabulary something other than the operation: `getPaymentMethods` reads,
 * `isSubscribed` asks, `PaymentSchema` describes, `checkoutRouter` wires. Applied to code names only, not routes.
 */
export const nonCriticalNameWords = {
  leadingVerbs: [
    'get', 'list', 'fetch', 'find', 'load', 'read', 'retrieve', 'query', 'search', 'lookup', 'look', 'count', 'exists',
    'is', 'has', 'can', 'should', 'was', 'did', 'does', 'will', 'needs', 'allows', 'supports',
    'validate', 'verify', 'check', 'assert', 'ensure', 'expect', 'audit', 'inspect',
    'format', 'render', 'display', 'show', 'print', 'parse', 'serialize', 'deserialize', 'normalize', 'sanitize',
    'to', 'from', 'map', 'convert', 'transform', 'build', 'compute', 'calculate', 'calc', 'estimate', 'preview', 'describe',
    'sort', 'filter', 'group', 'compare', 'equals', 'clone', 'copy', 'export', 'download', 'mock', 'fake', 'stub',
    'use', 'with', 'on', 'require', 'track', 'log', 'emit', 'notify', 'set', 'reset', 'clear', 'init', 'setup', 'seed', 'migrate', 'schedule', 'enqueue',
  ],
  trailingNouns: [
    'schema', 'dto', 'type', 'types', 'props', 'config', 'options', 'settings', 'url', 'uri', 'link', 'path', 'key', 'id', 'ids',
    'status', 'state', 'error', 'errors', 'exception', 'message', 'messages', 'label', 'text', 'title', 'name',
    'page', 'button', 'form', 'view', 'component', 'modal', 'dialog', 'screen', 'template', 'icon', 'layout',
    'router', 'routes', 'route', 'module', 'plugin', 'plugins', 'provider', 'middleware', 'guard', 'strategy', 'hook', 'listener',
    'factory', 'builder', 'validator', 'mapper', 'serializer', 'formatter', 'parser', 'client', 'api', 'sdk', 'repository', 'cache',
    'mock', 'stub', 'fake', 'fixture', 'fixtures', 'test', 'tests', 'spec',
    'metric', 'metrics', 'logger', 'log', 'event', 'events', 'email', 'notification', 'confirmation', 'receipt', 'reminder',
    'data', 'info', 'details', 'amount', 'total', 'fee', 'fees', 'price', 'summary', 'count', 'enabled', 'disabled', 'allowed',
    'policy', 'policies', 'rule', 'rules', 'window', 'deadline', 'eligibility', 'reason', 'reasons', 'limit', 'limits', 'threshold',
    'reducer', 'selector', 'saga', 'slice', 'store', 'context', 'at', 'date', 'time', 'timestamp', 'number',
  ],
  classSuffixes: [
    'repository', 'repo', 'dao', 'store', 'cache', 'entity', 'model', 'dto', 'schema', 'mapper', 'serializer', 'validator',
    'factory', 'builder', 'error', 'exception', 'event', 'module', 'mock', 'fake', 'stub', 'fixture', 'test', 'spec', 'registry',
    // Data-access modules named by their file (`db.ts`, `queries.ts`), like repository classes.
    'db', 'database', 'queries', 'dal',
  ],
} as const satisfies NonCriticalNameWords;
