// Catalog entry types: loggers and pii-fields: where log and telemetry records go, and which names are personal data (read by util/logger-sinks.ts and util/pii-names.ts).

import type { CatalogSource } from './catalog-source';

/**
 * How code obtains a logger or a telemetry object from a library:
 * - `{ path, use: 'value' }`: the export is one (`import { consola } from 'consola'`, `import * as Sentry from '@sentry/node'`);
 * - `{ path, use: 'call' | 'new' }`: calling or constructing the export makes one (`pino()`, `winston.createLogger()`, `new Logger()`);
 * - `{ method }`: a method with this name on any receiver returns one (`meter.createCounter()`, `tracer.startSpan()`),
 *   for objects reached through values the rule cannot follow.
 */
export type LoggerSource = { readonly path: readonly string[]; readonly use: 'value' | 'call' | 'new' } | { readonly method: string };

/** Methods of a logger or telemetry object that write a record, and how their arguments carry data. */
export interface LoggerMethods {
  readonly names: readonly string[];
  /**
   * `all`: every argument is written (`logger.info(obj, msg)`, `counter.add(1, attributes)`); `key-value`: the first
   * argument is a key naming the second (`span.setAttribute('user.email', value)`, `Sentry.setTag('email', value)`).
   */
  readonly arguments: 'all' | 'key-value';
  /** The key a person's id goes under when a fix keeps only an object's safe fields (`setUser({ id: user.id })`); by default `<name>Id`. */
  readonly idKey?: string;
}

/** A logging library or a telemetry API whose calls write records that leave the process. */
export interface LoggerEntry {
  /** Display name used in messages and docs (`pino`, `OpenTelemetry spans`). */
  readonly name: string;
  /** `log` records go to log pipelines; `telemetry` records (span attributes, metric labels, error reports) go to vendors. */
  readonly kind: 'log' | 'telemetry';
  /** Module specifiers that import it. */
  readonly modules: readonly string[];
  /** Unshadowed globals that are loggers themselves (`console`). */
  readonly globals: readonly string[];
  /** npm packages whose declarations give its loggers their types; typed linting confirms receivers against them. */
  readonly typePackages: readonly string[];
  /** Declared type names of its loggers (`Logger`, `Span`, `FastifyBaseLogger`). */
  readonly typeNames: readonly string[];
  readonly sources: readonly LoggerSource[];
  /** Whether a logger it makes is itself the function that logs (`const log = debug('app'); log('...')`). */
  readonly isCallable: boolean;
  /**
   * Without type information or a visible creation, a receiver (or, for callable loggers, a function) still counts when
   * the last word of its name is one of these (`this.logger.info()`, `req.log.warn()`, `checkoutSpan.setAttribute()`).
   */
  readonly receiverWords: readonly string[];
  readonly methods: readonly LoggerMethods[];
  /** Methods that return a child logger whose arguments (its bindings) are written on every record it makes (`logger.child({ userId })`). */
  readonly childMethods: readonly string[];
  /** Option of the factory's first argument listing record paths the library censors (pino `redact`: an array, or `{ paths }`). */
  readonly redactOption?: string;
  /** Functions the logger writes some record keys through instead of their values (pino `serializers`). */
  readonly serializers?: LoggerSerializers;
  readonly source: CatalogSource;
}

/**
 * A logger option mapping record keys to serializer functions: the value under such a key is written as its serializer
 * returns it. A team's own serializer decides what is written; the library's own ones write known fields.
 */
export interface LoggerSerializers {
  /** The option of the factory's first argument (and of a child call's second): `pino({ serializers: { user: toLogUser } })`. */
  readonly option: string;
  /** Where the library exports its own serializers, below the module (`['stdSerializers']` for `pino.stdSerializers`). */
  readonly standardExport: readonly string[];
  /** The record fields, as key paths, each of the library's serializers writes that may be personal (`req` writes `headers.authorization`). */
  readonly standardWrites: Readonly<Record<string, readonly (readonly string[])[]>>;
}

/** What a personal-data name denotes. Names are matched on words (`splitWords`), never on substrings. */
export interface PiiFieldEntry {
  readonly kind: 'field';
  /** What such a value is, in messages: `an email address`, `a password`. */
  readonly description: string;
  /** Secrets (credentials) are reported as secrets rather than personal data. */
  readonly isSecret: boolean;
  /** Space-separated word sequences that name it (`date of birth` matches `dateOfBirth` and `date_of_birth`). */
  readonly phrases: readonly string[];
  /**
   * Set when a phrase alone is too common in code: it then counts only when a word before it in the name, or the
   * object it is read from, is one of these (`name` on `user.name` or in `customerName`, not `file.name`).
   */
  readonly onlyWith?: readonly string[];
  /** Words that give the phrase a non-personal meaning anywhere in the name or the object it is read from (`serverAddress`, `nextPageToken`). */
  readonly unless?: readonly string[];
  /** Whether a hashed or encrypted form still counts (a password hash can be cracked offline; an email hash cannot be read). */
  readonly isSensitiveWhenHashed: boolean;
  readonly source: CatalogSource;
}

/** Words that make a name describe personal data rather than hold it; each decision is listed in the docs. */
export interface PiiQualifierEntry {
  readonly kind: 'qualifier';
  /**
   * - `leading`: as the first word of a name, it makes the name a flag or a count (`isPhoneValid`, `hasEmail`, `numAddresses`);
   * - `redacted`: anywhere in a name, the value is already redacted (`maskedEmail`, `cardLast4`);
   * - `hashed`: anywhere in a name, the value is hashed or encrypted (`emailHash`), which does not protect fields that are
   *   sensitive when hashed (`passwordHash`);
   * - `same-value`: after the personal phrase, these words keep the value itself (`phoneNumber`, `emailRaw`, `addressLine1`).
   *   Any other word after the phrase is the head of the name and names something else (`emailVerified`, `tokenCount`);
   * - `container`: after a holder's words, these name the same record in another form (`createUserDto`, `customerData`).
   */
  readonly role: 'leading' | 'redacted' | 'hashed' | 'same-value' | 'container';
  /** Words, or space-separated word sequences (`last 4`). */
  readonly words: readonly string[];
  /** Why, for the docs. */
  readonly reason: string;
}

/** Names that look personal but are identifiers, like ids (`username`, `userName`): not reported unless configured. */
export interface PiiIdentifierEntry {
  readonly kind: 'identifier';
  readonly phrases: readonly string[];
  readonly reason: string;
}

/**
 * Values that hold personal data as a whole, recognised without type information (with it, their types decide):
 * records named after a person (`user`, `currentCustomer`, `req.user`) and request data (`req.body`, `req.headers`).
 */
export interface PiiHolderEntry {
  readonly kind: 'holder';
  /** What the value is, in messages: `a user record`, `the request body`. */
  readonly description: string;
  /**
   * Last words (or word sequences) of identifiers and properties that name such a value (`user` matches `user`,
   * `currentUser`, `req.user`), also before container words (`createUserDto`, `customerData`).
   */
  readonly words: readonly string[];
  /** Set when the words name such a value only before a container word (`loginDto`), because alone they name something else (`login`). */
  readonly needsContainerWord?: boolean;
  /** Member paths of such values, matched at the end of a path (`request.body` matches `ctx.request.body`). */
  readonly paths: readonly string[];
}

/** Calls whose result no longer carries the personal data given to them (`redact(x)`, `maskEmail(x)`, `crypto.createHash(...)`). */
export interface PiiRedactorEntry {
  readonly kind: 'redactor';
  /** Words of a function or method name (in the callee or anywhere in its call chain) that make it a redactor. */
  readonly words: readonly string[];
  readonly reason: string;
}

export type PiiWordEntry = PiiFieldEntry | PiiQualifierEntry | PiiIdentifierEntry | PiiHolderEntry | PiiRedactorEntry;
