import { criticalVocabulary, nonCriticalNameWords } from '../catalogs/critical-vocabulary';
import type { CriticalTerm, HttpMethod, NonCriticalNameWords } from '../catalogs/types';
import { splitWords } from './words';

/** Which critical operation a name or route names. */
export interface CriticalNameMatch {
  /** The vocabulary topic (`payment`, `signup`). */
  readonly topic: string;
}

interface CompiledTerm {
  readonly topic: string;
  readonly phrases: readonly (readonly string[])[];
  readonly qualifiers: ReadonlySet<string> | undefined;
  readonly routesNeedQualifier: boolean;
  readonly unless: ReadonlySet<string>;
}

const TERMS: readonly CompiledTerm[] = (criticalVocabulary as readonly CriticalTerm[]).map((term) => ({
  topic: term.topic,
  phrases: term.phrases.map((phrase) => phrase.split(' ')),
  qualifiers: term.qualifiers ? new Set(term.qualifiers) : undefined,
  routesNeedQualifier: term.routesNeedQualifier ?? false,
  unless: new Set(term.unless ?? []),
}));

const NON_CRITICAL: NonCriticalNameWords = nonCriticalNameWords;
const LEADING_VERBS: ReadonlySet<string> = new Set(NON_CRITICAL.leadingVerbs);
const TRAILING_NOUNS: ReadonlySet<string> = new Set(NON_CRITICAL.trailingNouns);
const PLUMBING_CLASS_SUFFIXES: ReadonlySet<string> = new Set(NON_CRITICAL.classSuffixes);

/**
 * Class-name endings that say what role a class plays, not what it is about: `OrderService.create` is about orders.
 * Dropped to find the subject a one-word method acts on.
 */
const ROLE_SUFFIXES: ReadonlySet<string> = new Set(['service', 'controller', 'handler', 'handlers', 'manager', 'gateway', 'provider', 'processor', 'resolver', 'usecase', 'interactor', 'workflow', 'api', 'client', 'adapter', 'facade']);

/**
 * Words that open a qualifying tail (`chargeAmountWithTax`, `createOrderForUser`): the words before them are what the
 * name denotes, so a thing noun just before one (`amount`) makes the name a value, not the operation.
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'without', 'for', 'by', 'from', 'of', 'in', 'into', 'to', 'per', 'via', 'using', 'after', 'before']);

/** Route methods that read: a failed read is retried by the client and already visible in HTTP metrics. */
const READ_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Matches a function or method name against the vocabulary: `capturePayment` → payment capture, while
 * `getPaymentMethods` (a read), `isSubscribed` (a predicate) and `PaymentSchema` (a thing) do not match.
 * `contextWords` (the owning class or object and the file) can qualify an ambiguous phrase (`AuthService.register`).
 */
export function matchCriticalName(name: string, contextWords: readonly string[]): CriticalNameMatch | undefined {
  const words = splitWords(name);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  // `checkOut` and `logIn` start with a leading verb but are themselves the operation.
  if (LEADING_VERBS.has(first) && !TERMS.some((term) => term.phrases.some((phrase) => startsWith(words, phrase)))) return undefined;
  const head = getHeadWords(words);
  if ((words.length > 1 && TRAILING_NOUNS.has(last)) || (head.length > 1 && TRAILING_NOUNS.has(head[head.length - 1] ?? ''))) return undefined;
  return matchTerms(words, contextWords, 'name');
}

/**
 * Matches a route: the words of its static path segments (`/orders/:id/refund` → orders, refund), where a POST to a
 * collection also says `create` (`POST /orders` creates an order). Read methods and actions that only read
 * (`POST /checkout/preview`) do not match. A URL path is context enough for the phrases that are ambiguous in code:
 * `POST /register` is a signup, where a function named `register` may be framework plumbing. The root of a router
 * (`router.post('/', ...)`) is the resource its file is named after (`orders.routes.ts` → orders). `contextWords` (the
 * file and its folder) can supply a qualifier a route needs (`POST /webhook` in `stripe.routes.ts`).
 */
export function matchCriticalRoute(method: HttpMethod, routePath: string, fileName: string, contextWords: readonly string[] = []): CriticalNameMatch | undefined {
  if (READ_METHODS.has(method)) return undefined;
  const segments = routePath.split('/').filter((segment) => segment.length > 0 && !isDynamicSegment(segment));
  const isRoot = routePath.split('/').every((segment) => segment.length === 0);
  const lastWords = isRoot ? getFileSubjectWords(fileName) : splitWords(segments.pop() ?? '');
  if (lastWords.length === 0 || LEADING_VERBS.has(lastWords[0] ?? '')) return undefined;
  const isCollectionPost = method === 'POST' && !isDynamicSegment(routePath.split('/').filter(Boolean).pop() ?? (isRoot ? '' : ':'));
  const parentWords = segments.flatMap(splitWords);
  // The action a path names itself (`/carts/:id/complete`) reads on without the implied `create`.
  return matchTerms([...parentWords, ...lastWords], contextWords, 'route') ?? (isCollectionPost ? matchTerms([...parentWords, 'create', ...lastWords], contextWords, 'route') : undefined);
}

/**
 * Matches an RPC procedure by its dotted name (`billing.createCheckout`): its own key is a code name, and a one-word
 * key acts on its router's subject (`checkout.create` → create, checkout), as a one-word method on its service's.
 */
export function matchCriticalProcedure(path: string): CriticalNameMatch | undefined {
  const segments = path.split('.');
  const key = segments.pop() ?? '';
  const routerWords = segments.flatMap(splitWords);
  return matchCriticalName(splitWords(key).length === 1 ? [key, ...routerWords].join(' ') : key, routerWords);
}

/** Words in route file names that say what the file is, not which resource it serves. */
const FILE_ROLES: ReadonlySet<string> = new Set([
  'routes', 'route', 'router', 'routers', 'controller', 'controllers', 'handler', 'handlers', 'api', 'endpoints', 'endpoint',
  'index', 'v1', 'v2', 'http', 'lambda', 'function', 'functions', 'main',
]);

/**
 * The subject a file is named after, for code that takes its name from the file: `orders.routes.ts`,
 * `orders/router.ts`, `routes/orders/index.ts` → orders; `functions/process-payment/handler.ts` → process, payment.
 */
export function getFileSubjectWords(fileName: string): string[] {
  const parts = fileName.replace(/\\/g, '/').split('/');
  const stem = (parts.pop() ?? '').replace(/\.[^.]*$/, '');
  const own = splitWords(stem).filter((word) => !FILE_ROLES.has(word));
  return own.length > 0 ? own : splitWords(parts.pop() ?? '').filter((word) => !FILE_ROLES.has(word));
}

/**
 * The words a one-word method borrows from its class (`OrderService.create` → create, order): only classes named for
 * a service role (`…Service`, `…Controller`, `…Handler`…) lend their subject, so `Subscription.add` in a library stays
 * silent. Undefined for persistence and plumbing classes (`PaymentRepository.save`), whose methods never match.
 */
export function getClassSubjectWords(className: string): { subject: string[]; isServiceRole: boolean } | undefined {
  const words = splitWords(className);
  if (words.length > 0 && PLUMBING_CLASS_SUFFIXES.has(words[words.length - 1] ?? '')) return undefined;
  const isServiceRole = words.length > 1 && ROLE_SUFFIXES.has(words[words.length - 1] ?? '');
  while (words.length > 1 && ROLE_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return { subject: words, isServiceRole };
}

/** The words before the first preposition after the first word: `chargeAmountWithTax` → charge, amount. */
function getHeadWords(words: readonly string[]): readonly string[] {
  const tail = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  return tail === -1 ? words : words.slice(0, tail);
}

/**
 * Whether a file is a persistence or plumbing module by its name (`db.ts`, `orders.repository.ts`, `payment.model.ts`):
 * its exported `createOrder` stores a row, and the service calling it is the critical path, as for a `…Repository` class.
 */
export function isPlumbingFile(fileName: string): boolean {
  const stem = (fileName.replace(/\\/g, '/').split('/').pop() ?? '').replace(/\.[^.]*$/, '');
  return PLUMBING_CLASS_SUFFIXES.has(splitWords(stem).at(-1) ?? '');
}

/** `:id`, `[id]`, `[...slug]`, `{id}`, `*`: segments that name a parameter, not a resource. */
function isDynamicSegment(segment: string): boolean {
  return /^[:[{*]/.test(segment) || segment.includes('(');
}

/** The term named first in the words (`refundPayment` is a refund), among those whose qualifiers and exclusions allow it. */
function matchTerms(words: readonly string[], contextWords: readonly string[], kind: 'name' | 'route'): CriticalNameMatch | undefined {
  let best: { topic: string; position: number } | undefined;
  for (const term of TERMS) {
    const position = Math.min(...term.phrases.map((phrase) => findPhrase(words, phrase)));
    if (position === Infinity || (best && best.position <= position)) continue;
    if (words.some((word) => term.unless.has(word))) continue;
    const { qualifiers } = term;
    const isQualifierRequired = kind === 'name' || term.routesNeedQualifier;
    if (isQualifierRequired && qualifiers && !words.some((word) => qualifiers.has(word)) && !contextWords.some((word) => qualifiers.has(word))) continue;
    best = { topic: term.topic, position };
  }
  return best && { topic: best.topic };
}

/** Where a phrase starts in the words, or Infinity. */
function findPhrase(words: readonly string[], phrase: readonly string[]): number {
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return start;
  }
  return Infinity;
}

function startsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.every((word, index) => words[index] === word);
}
