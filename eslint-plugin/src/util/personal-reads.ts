import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findFieldReads } from './field-reads';
import type { PiiVocabulary } from './pii-names';
import { splitWords } from './words';

/** A personal field the code reads from a value, which therefore holds it. */
export interface ReadField {
  /** Keys from the value down to the field (`['password']`, `['requestContext', 'identity', 'sourceIp']`). */
  readonly path: readonly string[];
  readonly description: string;
  readonly isSecret: boolean;
  /** Set for request data (`event.body`, `event.headers`), whose contents are unknown. */
  readonly isRequestData: boolean;
}

/**
 * The personal fields a function reads from a local value or parameter: `const { email, password } = loginDto` means
 * `loginDto` carries an email and a password, `JSON.parse(event.body)` that `event` is a request with a body. Without
 * types this is what tells `logger.info(loginDto)` or `console.log(JSON.stringify(event))` apart from logging a value
 * nobody looks into.
 */
export function findPersonalReads(sourceCode: Readonly<TSESLint.SourceCode>, vocabulary: PiiVocabulary, identifier: TSESTree.Identifier): ReadField[] {
  const found: ReadField[] = [];
  for (const path of findFieldReads(sourceCode, identifier)) {
    const field = classifyReadPath(vocabulary, [identifier.name, ...path]);
    if (field && !found.some((known) => known.path.join('.') === field.path.join('.'))) found.push(field);
  }
  return found;
}

/** The first personal name along `root.a.b`, each read from the one before it (`card.number`), or request data on the way. */
function classifyReadPath(vocabulary: PiiVocabulary, path: readonly string[]): ReadField | undefined {
  for (let index = 1; index < path.length; index++) {
    const name = path[index] ?? '';
    const owner = path[index - 1] ?? '';
    const verdict = vocabulary.classifyName(name, { words: splitWords(owner) });
    if (verdict.kind === 'about-personal') return undefined;
    if (verdict.kind === 'personal') return { path: path.slice(1, index + 1), description: verdict.description, isSecret: verdict.isSecret, isRequestData: false };
    const requestData = vocabulary.findRequestData([owner, name]);
    if (requestData) return { path: path.slice(1, index + 1), description: requestData, isSecret: false, isRequestData: true };
  }
  return undefined;
}
