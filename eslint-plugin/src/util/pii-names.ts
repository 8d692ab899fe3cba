import { piiFields } from '../catalogs/pii-fields';
import type { PiiFieldEntry, PiiHolderEntry, PiiQualifierEntry } from '../catalogs/types';
import { containsPhrase, endsWithPhrase, splitWords } from './words';

/** What a name says about the value it names. */
export type PiiNameVerdict =
  /** The name denotes personal data or a secret (`email`, `user.phone`, `x-api-key`). */
  | { readonly kind: 'personal'; readonly description: string; readonly isSecret: boolean }
  /** The name mentions personal data but denotes something else: a flag, a count, a redacted form, a login handle (`emailVerified`, `maskedEmail`, `username`). */
  | { readonly kind: 'about-personal' }
  /** The name says nothing about personal data (`orderId`, `status`). */
  | { readonly kind: 'unrelated' };

export interface PiiVocabularyOptions {
  /** Names or phrases that are personal data in this code base (`loyaltyNumber`). */
  readonly extraPiiNames: readonly string[];
  /** Names or phrases that are never personal data here (`billingAddress`, `zip`). */
  readonly allowNames: readonly string[];
  /** Function names, or words of them, that redact (`toPublicUser`). */
  readonly redactors: readonly string[];
}

/** The object a name is read from. */
export interface NameOwner {
  readonly words: readonly string[];
  readonly typeWords?: readonly string[];
}

/** The vocabulary of `catalogs/pii-fields.ts` and the rule's options, ready to classify names on their words. */
export interface PiiVocabulary {
  /**
   * Classifies a name (identifier, property, object key, string key) read from an owner: `owner.words` are the words of
   * the object's name, which may complete a phrase (`card` + `number`) or give it another meaning (`server` + `address`);
   * `owner.typeWords`, of the object's type name, only tell whose `name` it is (`c.name` where `c: Customer`).
   */
  classifyName(name: string, owner?: NameOwner): PiiNameVerdict;
  /** Whether a value at this member path holds personal data as a whole (`user`, `req.user`, `createUserDto`, `ctx.request.body`), and what it is. */
  findHolder(path: readonly string[]): string | undefined;
  /** Like `findHolder`, for request data only (`req.body`, `event.headers`), which no property type can make safe when left open. */
  findRequestData(path: readonly string[]): string | undefined;
  /** Whether a function or method with this name redacts what it is given. */
  isRedactorName(name: string): boolean;
}

interface Phrase {
  readonly words: readonly string[];
  readonly field: PiiFieldEntry;
}

interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly field: PiiFieldEntry;
}

const EXTRA_FIELD: PiiFieldEntry = {
  kind: 'field',
  description: 'personal data named in `extraPiiNames`',
  isSecret: false,
  phrases: [],
  isSensitiveWhenHashed: false,
  source: { url: 'https://github.com/balanced-tools/balanced/blob/main/eslint-plugin/docs/rules/no-pii-in-logs.md#extrapiinames', version: 'rule option' },
};

const toPhrase = (text: string): string[] => text.split(' ').flatMap(splitWords);

function qualifierPhrases(role: PiiQualifierEntry['role']): readonly (readonly string[])[] {
  return piiFields.filter((entry): entry is PiiQualifierEntry => entry.kind === 'qualifier' && entry.role === role).flatMap((entry) => entry.words.map(toPhrase));
}

const LEADING_WORDS = new Set(qualifierPhrases('leading').flat());
const REDACTED_PHRASES = qualifierPhrases('redacted');
const HASHED_WORDS = new Set(qualifierPhrases('hashed').flat());
const SAME_VALUE_WORDS = new Set(qualifierPhrases('same-value').flat());
const CONTAINER_WORDS = new Set(qualifierPhrases('container').flat());
const IDENTIFIER_PHRASES = piiFields.flatMap((entry) => (entry.kind === 'identifier' ? entry.phrases.map(toPhrase) : []));
const HOLDERS = piiFields.filter((entry): entry is PiiHolderEntry => entry.kind === 'holder');
const REDACTOR_WORDS = piiFields.flatMap((entry) => (entry.kind === 'redactor' ? entry.words : []));

export function createPiiVocabulary(options: PiiVocabularyOptions): PiiVocabulary {
  const fields = piiFields.filter((entry): entry is PiiFieldEntry => entry.kind === 'field');
  const phrases: Phrase[] = [
    ...fields.flatMap((field) => field.phrases.map((text) => ({ words: toPhrase(text), field }))),
    ...options.extraPiiNames.map((text) => ({ words: toPhrase(text), field: EXTRA_FIELD })),
  ].filter((phrase) => phrase.words.length > 0);
  const allowed = options.allowNames.map(toPhrase).filter((words) => words.length > 0);
  const redactorPhrases = [...REDACTOR_WORDS, ...options.redactors].map(toPhrase).filter((words) => words.length > 0);
  const isAllowed = (words: readonly string[]): boolean => allowed.some((phrase) => phrase.length === words.length && containsPhrase(words, phrase));

  return {
    classifyName(name, owner = { words: [] }) {
      const words = splitWords(name);
      if (words.length === 0) return { kind: 'unrelated' };
      if (isAllowed(words)) return { kind: 'about-personal' };
      // A login handle is decided: it identifies an account like an id, whatever the object it is read from.
      if (IDENTIFIER_PHRASES.some((phrase) => endsWithPhrase(words, phrase))) return { kind: 'about-personal' };
      const combined = [...owner.words, ...words];
      const match = findLastPhrase(phrases, combined, owner.words.length);
      if (!match) return { kind: 'unrelated' };
      if (isAllowed(combined.slice(match.start, match.end))) return { kind: 'about-personal' };
      return judgeMatch(match, words, combined, owner);
    },
    findHolder(path) {
      return findNamedHolder(splitWords(path.at(-1) ?? '')) ?? findRequestHolder(path);
    },
    findRequestData,
    isRedactorName(name) {
      const words = splitWords(name);
      return redactorPhrases.some((phrase) => containsPhrase(words, phrase));
    },
  };
}

/** `currentUser`, `users`, and the same records in another form: `createUserDto`, `customerData`, `loginInput`. */
function findNamedHolder(words: readonly string[]): string | undefined {
  let end = words.length;
  while (end > 0 && CONTAINER_WORDS.has(words[end - 1] ?? '')) end--;
  const head = words.slice(0, end);
  const hasContainer = end < words.length;
  return HOLDERS.find((holder) => (hasContainer || !holder.needsContainerWord) && holder.words.some((phrase) => endsWithPhrase(head, toPhrase(phrase))))?.description;
}

/** A part of a request (`req.body`, `event.headers`), which a name inside another object may also be. */
function findRequestData(path: readonly string[]): string | undefined {
  return findHolderAtPath(path, (holderPath) => holderPath.length > 1);
}

/**
 * Request data, or the request itself (`req`, `ctx.request`), which only its own name tells: inside another object a
 * `request` property is as often an HTTP client's outgoing request (`error.request` of axios).
 */
function findRequestHolder(path: readonly string[]): string | undefined {
  return findHolderAtPath(path, () => true);
}

function findHolderAtPath(path: readonly string[], accepts: (holderPath: readonly string[]) => boolean): string | undefined {
  return HOLDERS.find((holder) =>
    holder.paths.some((text) => {
      const holderPath = text.split('.');
      return accepts(holderPath) && endsWithPhrase(path, holderPath);
    }),
  )?.description;
}

/**
 * The personal phrase that ends last in `words` (the longest one there), ending inside the name itself: the owner's
 * words only complete a phrase (`card` + `number`), they never make a name personal on their own.
 */
function findLastPhrase(phrases: readonly Phrase[], words: readonly string[], nameStart: number): PhraseMatch | undefined {
  for (let end = words.length; end > nameStart; end--) {
    let best: PhraseMatch | undefined;
    for (const phrase of phrases) {
      const start = end - phrase.words.length;
      if (start < 0 || (best && best.end - best.start >= phrase.words.length)) continue;
      if (phrase.words.every((word, offset) => words[start + offset] === word)) best = { start, end, field: phrase.field };
    }
    if (best) return best;
  }
  return undefined;
}

/** Applies the qualifier decisions of the catalog to a name that contains a personal phrase. */
function judgeMatch(match: PhraseMatch, words: readonly string[], combined: readonly string[], owner: NameOwner): PiiNameVerdict {
  const { field } = match;
  const nameStart = owner.words.length;
  const first = words[0];
  if (match.start > nameStart && first !== undefined && LEADING_WORDS.has(first)) return { kind: 'about-personal' };
  if (REDACTED_PHRASES.some((phrase) => containsPhrase(words, phrase))) return { kind: 'about-personal' };
  if (!field.isSensitiveWhenHashed && words.some((word) => HASHED_WORDS.has(word))) return { kind: 'about-personal' };
  if (field.unless?.some((word) => combined.includes(word))) return { kind: 'about-personal' };
  const context = [...combined.slice(0, match.start), ...(owner.typeWords ?? [])];
  if (field.onlyWith && !context.some((word) => field.onlyWith?.includes(word))) return { kind: 'unrelated' };
  // The last word of a name is its head: `emailVerified` is a flag, `passwordPolicy` a policy, `phoneNumber` a phone number.
  // Trailing digits number a value (`addressLine1`); a hash of a password is still a secret (`passwordHash`).
  const keepsValue = (word: string): boolean =>
    SAME_VALUE_WORDS.has(word.replace(/\d+$/, '')) || /^\d+$/.test(word) || (field.isSensitiveWhenHashed && HASHED_WORDS.has(word));
  if (combined.slice(match.end).some((word) => !keepsValue(word))) return { kind: 'about-personal' };
  return { kind: 'personal', description: field.description, isSecret: field.isSecret };
}
