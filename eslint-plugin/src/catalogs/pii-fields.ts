import type { PiiWordEntry } from './types';

/**
 * The vocabulary of personal data and secrets (`balanced/no-pii-in-logs`, through `util/pii-names.ts`): what names
 * denote such values, which other words in a name make it something else, which values hold personal data as a whole,
 * and which calls redact. Names are matched on words, never on substrings. Every decision here is listed in
 * `docs/rules/no-pii-in-logs.md`.
 */

const GDPR = { url: 'https://gdpr-info.eu/art-4-gdpr/', version: 'GDPR Art. 4(1)' };
const OWASP_LOGGING = { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude', version: 'OWASP Logging Cheat Sheet, 2024' };
const PCI_DSS = { url: 'https://docs-prv.pcisecuritystandards.org/PCI%20DSS/Standard/PCI-DSS-v4_0_1.pdf', version: 'PCI DSS v4.0.1, requirement 3' };

// Words that make `name` the name of a person (`user.name`, `customerName`, `c.name` where `c: Customer`).
const PERSON_WORDS = [
  'user', 'customer', 'patient', 'cardholder', 'holder', 'contact', 'person', 'member', 'employee', 'applicant', 'recipient',
  'sender', 'guest', 'passenger', 'buyer', 'beneficiary', 'payee', 'profile', 'author', 'owner', 'viewer', 'participant', 'attendee',
];

// Words that make `address` and `ip` name a machine rather than a person (`serverAddress`, `config.redis.address`, `podIp`).
const INFRASTRUCTURE_WORDS = [
  'server', 'host', 'hostname', 'listen', 'bind', 'local', 'localhost', 'proxy', 'node', 'pod', 'upstream',
  'service', 'broker', 'gateway', 'endpoint', 'smtp', 'redis', 'db', 'database', 'network', 'http', 'grpc', 'tcp', 'udp', 'port',
  'dns', 'subnet', 'cidr', 'contract', 'wallet', 'mac', 'memory', 'base', 'webhook', 'callback', 'file', 'url',
];

export const piiFields: readonly PiiWordEntry[] = [
  {
    kind: 'field',
    description: 'an email address',
    isSecret: false,
    phrases: ['email', 'emails', 'e mail', 'email address', 'email addresses', 'mail address'],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a phone number',
    isSecret: false,
    phrases: ['phone', 'phones', 'phone number', 'mobile', 'mobile number', 'msisdn', 'telephone', 'cell phone'],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a government identifier',
    isSecret: false,
    phrases: [
      'ssn', 'social security', 'social security number', 'national id', 'national insurance', 'tax id', 'taxpayer id',
      'passport', 'passport number', 'driver license', 'drivers license', 'driving licence',
    ],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a password',
    isSecret: true,
    phrases: ['password', 'passwords', 'passwd', 'pwd', 'passcode', 'passphrase', 'pin', 'pin code', 'otp', 'one time password'],
    // Passwords and PINs have little entropy: a hash of one is cracked offline.
    isSensitiveWhenHashed: true,
    source: OWASP_LOGGING,
  },
  {
    kind: 'field',
    description: 'a credential',
    isSecret: true,
    phrases: [
      'secret', 'secrets', 'client secret', 'api key', 'apikey', 'access key', 'private key', 'secret key', 'signing key',
      'token', 'access token', 'refresh token', 'id token', 'auth token', 'bearer', 'jwt', 'authorization', 'authorization code',
      'auth header', 'cookie', 'cookies', 'session token', 'session secret', 'credentials',
      // Single-use links carry a token in their URL: whoever reads the log can use them first.
      'reset link', 'reset url', 'reset password link', 'reset password url', 'magic link', 'login link', 'verification link',
      'verification url', 'activation link', 'activation url', 'invite link', 'invitation link',
    ],
    // Tokens that are not credentials: pagination cursors, cancellation tokens, LLM and design tokens.
    unless: ['page', 'next', 'continuation', 'pagination', 'cursor', 'sync', 'cancellation', 'cancel', 'abort', 'idempotency', 'prompt', 'completion', 'design', 'lexer'],
    isSensitiveWhenHashed: false,
    source: OWASP_LOGGING,
  },
  {
    kind: 'field',
    description: 'a credential',
    isSecret: true,
    // A session id read from the request is the session cookie's value, a bearer credential (`req.sessionID`); elsewhere
    // `sessionId` names a chat, checkout or MCP session the way `userId` names a user.
    phrases: ['session id', 'sessionid'],
    onlyWith: ['req', 'request', 'cookie', 'cookies', 'header', 'headers'],
    isSensitiveWhenHashed: false,
    source: OWASP_LOGGING,
  },
  {
    kind: 'field',
    description: 'a connection string (with its credentials)',
    isSecret: true,
    // `postgres://app:s3cret@db:5432/shop`: the URL of a database or broker usually embeds its password.
    phrases: [
      'connection string', 'connection uri', 'connection url', 'database url', 'database uri', 'db url', 'db uri',
      'mongo uri', 'mongo url', 'mongodb uri', 'mongodb url', 'postgres url', 'postgres uri', 'mysql url', 'redis url', 'amqp url',
    ],
    isSensitiveWhenHashed: false,
    source: OWASP_LOGGING,
  },
  {
    kind: 'field',
    description: 'an email address',
    isSecret: false,
    // The recipient of a message: `mailOptions.to`, `emailJob.data.to` (by its type `EmailJobData`).
    phrases: ['to', 'cc', 'bcc', 'reply to', 'recipient', 'recipients'],
    onlyWith: ['email', 'emails', 'mail', 'mails', 'mailer', 'smtp', 'envelope'],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'payment card data',
    isSecret: false,
    phrases: [
      'card number', 'cardnumber', 'pan', 'primary account number', 'credit card', 'credit card number', 'cc number', 'ccn',
      'cvv', 'cvv2', 'cvc', 'cvc2', 'card verification', 'card expiry', 'card expiration', 'card exp', 'card details', 'card data',
    ],
    isSensitiveWhenHashed: false,
    source: PCI_DSS,
  },
  {
    kind: 'field',
    description: 'bank account details',
    isSecret: false,
    phrases: ['iban', 'account number', 'bank account', 'bank account number', 'routing number', 'sort code', 'bsb'],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a date of birth',
    isSecret: false,
    phrases: ['date of birth', 'dob', 'birthdate', 'birth date', 'birthday'],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a postal address',
    isSecret: false,
    phrases: [
      'street', 'street address', 'address line', 'house number', 'postcode', 'post code', 'postal code', 'zip', 'zipcode', 'zip code',
      'postal address', 'mailing address', 'billing address', 'shipping address', 'delivery address', 'home address', 'residential address',
    ],
    unless: INFRASTRUCTURE_WORDS,
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a postal address',
    isSecret: false,
    // In service code a bare `address` is as often a network address (`app.listen().then((address) => ...)`).
    phrases: ['address', 'addresses', 'addr'],
    onlyWith: [
      'user', 'customer', 'patient', 'cardholder', 'holder', 'contact', 'person', 'member', 'employee', 'applicant', 'recipient',
      'sender', 'guest', 'passenger', 'buyer', 'profile', 'order', 'billing', 'shipping', 'delivery', 'home', 'residential',
      'mailing', 'postal', 'physical', 'work',
    ],
    unless: INFRASTRUCTURE_WORDS,
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'an IP address',
    isSecret: false,
    phrases: ['ip', 'ips', 'ip address', 'ipaddress', 'remote address', 'remote addr', 'client ip', 'forwarded for', 'real ip'],
    unless: INFRASTRUCTURE_WORDS,
    isSensitiveWhenHashed: false,
    // The CJEU held dynamic IP addresses to be personal data (Breyer, C-582/14).
    source: { url: 'https://curia.europa.eu/juris/liste.jsf?num=C-582/14', version: 'CJEU C-582/14 (2016)' },
  },
  {
    kind: 'field',
    description: 'a personal name',
    isSecret: false,
    phrases: [
      'first name', 'firstname', 'last name', 'lastname', 'surname', 'full name', 'fullname', 'given name', 'family name',
      'middle name', 'maiden name', 'legal name', 'cardholder name', 'account holder', 'account holder name',
    ],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a personal name',
    isSecret: false,
    // `name` alone names files, jobs, queues, products and spans; on a person it is the person's name.
    phrases: ['name', 'names'],
    onlyWith: PERSON_WORDS,
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'field',
    description: 'a personal name',
    isSecret: false,
    // A display name is the name a person shows others, usually their own; components and products have one too.
    phrases: ['display name', 'display names'],
    onlyWith: [...PERSON_WORDS, 'account', 'accounts'],
    isSensitiveWhenHashed: false,
    source: GDPR,
  },
  {
    kind: 'identifier',
    phrases: ['username', 'user name', 'login', 'login name', 'screen name', 'handle'],
    reason: 'A login handle identifies an account the way a user id does; add it to `extraPiiNames` where handles are real names.',
  },
  {
    kind: 'qualifier',
    role: 'leading',
    words: ['is', 'has', 'have', 'had', 'should', 'can', 'could', 'was', 'were', 'did', 'does', 'will', 'must', 'needs', 'allow', 'allows', 'require', 'requires', 'show', 'hide', 'enable', 'disable'],
    reason: 'A name that starts with a verb like `is` or `has` is a flag about the data (`isPhoneValid`, `hasEmail`), not the data.',
  },
  {
    kind: 'qualifier',
    role: 'leading',
    words: ['num', 'number', 'count', 'total', 'max', 'min'],
    reason: 'A name that starts with a quantity word counts or bounds the data (`numAddresses`, `maxPasswordLength`).',
  },
  {
    kind: 'qualifier',
    role: 'redacted',
    words: [
      'masked', 'mask', 'redacted', 'truncated', 'partial', 'censored', 'scrubbed', 'sanitized', 'obfuscated', 'anonymized',
      'anonymised', 'pseudonymized', 'pseudonymised', 'last4', 'last 4', 'last four', 'suffix', 'prefix', 'domain',
    ],
    reason: 'The value is already reduced to something that does not identify a person (`maskedEmail`, `cardLast4`, `emailDomain`).',
  },
  {
    kind: 'qualifier',
    role: 'hashed',
    words: ['hash', 'hashed', 'encrypted', 'digest', 'sha256', 'hmac', 'fingerprint', 'ciphertext'],
    reason: 'A hash or ciphertext cannot be read back (`emailHash`), except for passwords and PINs, whose hashes are cracked offline (`passwordHash` is still reported).',
  },
  {
    kind: 'qualifier',
    role: 'same-value',
    words: [
      'number', 'numbers', 'no', 'num', 'nr', 'value', 'values', 'val', 'str', 'string', 'raw', 'plain', 'plaintext', 'text',
      'input', 'param', 'arg', 'line', 'lines', 'e164', 'normalized', 'normalised', 'lower', 'lowercase',
      'lowercased', 'upper', 'trimmed', 'formatted', 'confirm', 'confirmation', 'repeat', 'original', 'header', 'headers',
      'list', 'address', 'addresses', 'to', 'override',
    ],
    reason: 'After the personal word, these keep the value itself (`phoneNumber`, `emailRaw`, `addressLine1`, `passwordConfirmation`).',
  },
  {
    kind: 'qualifier',
    role: 'container',
    words: [
      'dto', 'data', 'info', 'details', 'detail', 'payload', 'input', 'body', 'record', 'entity', 'model', 'doc', 'document',
      'json', 'obj', 'object', 'response', 'request', 'req', 'form', 'params', 'args', 'snapshot', 'row', 'attributes', 'props',
    ],
    reason: 'After a record\'s name, these name the same record in another form (`createUserDto`, `customerData`, `loginInput`).',
  },
  {
    kind: 'holder',
    description: 'a record about a person',
    words: [
      'user', 'users', 'customer', 'customers', 'profile', 'profiles', 'account', 'accounts', 'patient', 'patients',
      'cardholder', 'cardholders', 'person', 'people', 'contact', 'contacts', 'employee', 'employees', 'applicant', 'applicants',
      'member', 'members', 'viewer',
    ],
    paths: [],
  },
  {
    kind: 'holder',
    description: 'sign-in or sign-up data (with the password)',
    // `login` alone is a login handle (see the identifiers above); `loginDto`, `signUpInput`, `registerBody` carry the password.
    words: ['login', 'sign in', 'signin', 'log in', 'sign up', 'signup', 'register', 'registration'],
    needsContainerWord: true,
    paths: [],
  },
  {
    kind: 'holder',
    description: 'the request body',
    words: [],
    // `request.body` also matches Koa's `ctx.request.body`; `event.body` is an AWS Lambda proxy event's body.
    paths: ['req.body', 'request.body', 'event.body'],
  },
  {
    kind: 'holder',
    description: 'the request headers (authorization, cookies)',
    words: [],
    paths: ['req.headers', 'request.headers', 'ctx.headers', 'event.headers'],
  },
  {
    kind: 'holder',
    description: 'the whole request (its headers carry authorization and cookies, its socket the client IP)',
    words: [],
    // pino's and bunyan's `req` serializers write the headers and the remote address; `console.log(req)` writes everything.
    paths: ['req', 'request'],
  },
  {
    kind: 'redactor',
    words: [
      'redact', 'mask', 'hash', 'anonymize', 'anonymise', 'pseudonymize', 'pseudonymise', 'sha256', 'sha1', 'sha512', 'md5',
      'hmac', 'digest', 'encrypt', 'obfuscate', 'scrub', 'sanitize', 'sanitise', 'censor', 'truncate',
    ],
    reason: 'A call through a function whose name says it redacts, masks, hashes or anonymizes returns a value that no longer identifies a person.',
  },
];
