import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getMemberPath, getStaticPropertyName, getStaticValue, skipTypeWrappers } from './ast';
import type { NameOwner, PiiVocabulary } from './pii-names';
import type { PersonalTypeScanner } from './pii-types';
import { findDeclaredShape, readTypeShape, type DeclaredShape } from './declared-shape';
import { findPersonalReads } from './personal-reads';
import { findReturnedExpressions, findValueSource, type ValueSource } from './value-flow';
import { splitWords } from './words';

/** One piece of personal data inside a value: `user.email`, or `req.body` as a whole. */
export interface PersonalField {
  /** How it reads in code: `user.email`, `order.customer.email`, `req.body`. */
  readonly field: string;
  readonly description: string;
  readonly isSecret: boolean;
  /** Keys below the value's own record path that lead to it (`['email']` when `user` is logged whole), for `redact` paths. */
  readonly subPath: readonly string[];
}

/** An expression inside a sink's argument that carries personal data: the node a fix wraps or replaces. */
export interface PersonalValue {
  readonly node: TSESTree.Node;
  /** The name the data travelled through when it is not the field itself (`user` for `user.email` logged as `user`). */
  readonly via?: string;
  readonly fields: readonly PersonalField[];
  /** Keys under which the value lands in the record (`['user']` in `logger.info({ user })`); undefined inside message text. */
  readonly recordPath?: readonly string[];
  /** Set when the value is an object whose type lists its personal fields, for the fix that keeps only its id. */
  readonly typedObject?: { readonly idProperty?: string; readonly isNullable: boolean; readonly isArray: boolean };
  /** Set for a value recognised by its name only (`user`, `req.body`), whose fields are unknown. */
  readonly isUntypedHolder?: boolean;
}

/** What the rule knows while it judges the values of one file. */
export interface ValueContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly vocabulary: PiiVocabulary;
  /** Absent without type information. */
  readonly types?: PersonalTypeScanner;
}

type Verdict = { readonly kind: 'personal'; readonly values: readonly PersonalValue[] } | { readonly kind: 'clean' } | { readonly kind: 'unknown' };

const CLEAN: Verdict = { kind: 'clean' };
const UNKNOWN: Verdict = { kind: 'unknown' };
/** How many variables a value is followed through (`const a = user.email; const b = a`). */
const MAX_DEPTH = 6;
/** Longest code excerpt a message quotes. */
const MAX_EXCERPT = 48;

// JavaScript's own functions and methods, by what their result keeps of their input.
const BOOLEAN_RESULTS = new Set(['Boolean', 'includes', 'startsWith', 'endsWith', 'test', 'has', 'some', 'every', 'isArray', 'isNaN', 'isFinite', 'isInteger']);
const PARTIAL_RESULTS = new Set(['slice', 'substring', 'substr', 'split', 'at', 'charAt', 'charCodeAt', 'indexOf', 'lastIndexOf', 'search', 'keys', 'Number', 'parseInt', 'parseFloat', 'getTime', 'getFullYear', 'localeCompare']);
const TEXT_OF_ARGUMENTS = new Set(['String', 'stringify', 'inspect', 'format', 'encodeURIComponent', 'encodeURI']);
const TEXT_OF_RECEIVER = new Set(['toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'normalize', 'padStart', 'padEnd', 'join', 'toISOString', 'toJSON', 'toDateString', 'concat']);
const SAME_DATA_OF_RECEIVER = new Set(['filter', 'sort', 'reverse', 'flat', 'valueOf']);
const SAME_DATA_OF_ARGUMENTS = new Set(['values', 'entries', 'from', 'structuredClone', 'assign', 'freeze', 'parse']);

/** The personal data a sink argument carries. `recordPath` is `[]` for an argument whose keys become the record's keys. */
export function findPersonalValues(context: ValueContext, node: TSESTree.Node, recordPath?: readonly string[]): readonly PersonalValue[] {
  const verdict = judge(context, node, recordPath, 0);
  return verdict.kind === 'personal' ? verdict.values : [];
}

/** The personal data of a value written under a key (`{ email: to }`, `span.setAttribute('user.email', value)`): the key names it. */
export function findPersonalKeyedValues(context: ValueContext, key: string | undefined, value: TSESTree.Node, recordPath?: readonly string[]): readonly PersonalValue[] {
  const verdict = judgeKeyed(context, key, value, recordPath, 0);
  return verdict.kind === 'personal' ? verdict.values : [];
}

function judge(context: ValueContext, node: TSESTree.Node, recordPath: readonly string[] | undefined, depth: number): Verdict {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const verdict = judgeExpression(context, skipTypeWrappers(node), recordPath, depth);
  // `JSON.parse(body) as CreateOrderInput`: an asserted type says what the value holds when the value itself cannot.
  if ((node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) || !(verdict.kind === 'unknown' || isGuess(verdict))) return verdict;
  const asserted = context.types
    ? judgeWhole(context, node, undefined, recordPath)
    : judgeShape(context, node, readTypeShape(context.sourceCode, node.typeAnnotation), recordPath);
  return asserted.kind === 'unknown' ? verdict : asserted;
}

/** Whether a verdict rests only on a value's conventional name (`user`, `req.body`), which any better evidence overrides. */
function isGuess(verdict: Verdict): boolean {
  return verdict.kind === 'personal' && verdict.values.every((found) => found.isUntypedHolder === true);
}

function judgeExpression(context: ValueContext, expression: TSESTree.Node, recordPath: readonly string[] | undefined, depth: number): Verdict {
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      // Literals are text, not data ("Password reset email sent"); `!x`, `typeof x`, `-x` and functions carry none.
      return CLEAN;
    case AST_NODE_TYPES.TemplateLiteral:
      return judgeAll(context, expression.expressions, undefined, depth);
    case AST_NODE_TYPES.BinaryExpression:
      // Only `+` keeps its operands (concatenation); comparisons and arithmetic yield booleans and numbers.
      return expression.operator === '+' ? judgeAll(context, [expression.left, expression.right], undefined, depth) : CLEAN;
    case AST_NODE_TYPES.LogicalExpression:
      return judgeAll(context, [expression.left, expression.right], recordPath, depth);
    case AST_NODE_TYPES.ConditionalExpression:
      return judgeAll(context, [expression.consequent, expression.alternate], recordPath, depth);
    case AST_NODE_TYPES.AwaitExpression: {
      // The awaited value's type is the call's result; the call's own type is a promise.
      const awaited = skipTypeWrappers(expression.argument);
      return awaited.type === AST_NODE_TYPES.CallExpression ? judgeCall(context, awaited, recordPath, depth, expression) : judge(context, awaited, recordPath, depth);
    }
    case AST_NODE_TYPES.ObjectExpression:
      return judgeObject(context, expression, recordPath, depth);
    case AST_NODE_TYPES.ArrayExpression:
      return judgeAll(context, expression.elements.flatMap((element) => (element ? [element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element] : [])), undefined, depth);
    case AST_NODE_TYPES.CallExpression:
      return judgeCall(context, expression, recordPath, depth);
    case AST_NODE_TYPES.MemberExpression:
      return judgeMember(context, expression, recordPath, depth);
    case AST_NODE_TYPES.Identifier:
      return judgeIdentifier(context, expression, recordPath, depth);
    default:
      return UNKNOWN;
  }
}

/** Personal when any part is; clean when every part is; unknown otherwise. */
function judgeAll(context: ValueContext, nodes: readonly TSESTree.Node[], recordPath: readonly string[] | undefined, depth: number): Verdict {
  const verdicts = nodes.map((node) => judge(context, node, recordPath, depth));
  const values = verdicts.flatMap((verdict) => (verdict.kind === 'personal' ? verdict.values : []));
  if (values.length > 0) return { kind: 'personal', values };
  return verdicts.every((verdict) => verdict.kind === 'clean') ? CLEAN : UNKNOWN;
}

/** An object literal is fully visible: personal when a property or spread is, clean otherwise. */
function judgeObject(context: ValueContext, object: TSESTree.ObjectExpression, recordPath: readonly string[] | undefined, depth: number): Verdict {
  const values: PersonalValue[] = [];
  for (const property of object.properties) {
    let verdict: Verdict;
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      verdict = judge(context, property.argument, recordPath, depth);
    } else if (property.kind === 'init' && !property.method) {
      const key = getStaticPropertyName(property);
      verdict = judgeKeyed(context, key, property.value, recordPath && key !== undefined ? [...recordPath, key] : undefined, depth);
    } else {
      continue;
    }
    if (verdict.kind === 'personal') values.push(...verdict.values);
  }
  return values.length > 0 ? { kind: 'personal', values } : CLEAN;
}

/** A value under a key: the value decides when it can; when it cannot, a personal key names it (`{ email: to }`). */
function judgeKeyed(context: ValueContext, key: string | undefined, value: TSESTree.Node, recordPath: readonly string[] | undefined, depth: number): Verdict {
  const verdict = judge(context, value, recordPath, depth);
  // A guess from the value's name (`contact` may be a record) yields to a key that says what it is (`enduser.email`).
  if ((verdict.kind !== 'unknown' && !isGuess(verdict)) || key === undefined) return verdict;
  const keyVerdict = context.vocabulary.classifyName(key);
  if (keyVerdict.kind !== 'personal' || isTypedFlag(context, value)) return verdict;
  const field = { field: key, description: keyVerdict.description, isSecret: keyVerdict.isSecret, subPath: [] };
  return { kind: 'personal', values: [{ node: value, via: excerpt(context, value), fields: [field], recordPath }] };
}

function judgeMember(context: ValueContext, member: TSESTree.MemberExpression, recordPath: readonly string[] | undefined, depth: number): Verdict {
  const name = getStaticPropertyName(member) ?? getConstantKey(context, member);
  // `rows[i]` is an element of `rows`: its type says what it holds, or else what `rows` holds.
  if (name === undefined || /^\d+$/.test(name)) return context.types ? judgeWhole(context, member, undefined, recordPath) : judge(context, member.object, undefined, depth + 1);
  const ownerPath = getMemberPath(member.object);
  const owner = { words: splitWords(ownerPath?.at(-1) ?? ''), typeWords: context.types?.getTypeNameWords(member.object) };
  return judgeNamed(context, member, name, owner, ownerPath && [...ownerPath, name], recordPath);
}

/** `headers[HEADER_NAME]` where `const HEADER_NAME = 'x-request-id'`: the key is known, so is the field. */
function getConstantKey(context: ValueContext, member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return undefined;
  const key = getStaticValue(context.sourceCode, member.property)?.value;
  return typeof key === 'string' ? key : undefined;
}

function judgeIdentifier(context: ValueContext, identifier: TSESTree.Identifier, recordPath: readonly string[] | undefined, depth: number): Verdict {
  if (identifier.name === 'undefined') return CLEAN;
  const source = findValueSource(context.sourceCode, identifier);
  const fromSource = source ? judgeSource(context, source, depth + 1) : UNKNOWN;
  if (fromSource.kind === 'clean') return CLEAN;
  if (fromSource.kind === 'personal') {
    // `const user: User = { email: request.email, ... }`: the type names the fields as the reader knows them, and has the id.
    const typed = context.types ? judgeWhole(context, identifier, [identifier.name], recordPath) : UNKNOWN;
    if (typed.kind === 'personal' && typed.values.every((value) => value.typedObject !== undefined)) return typed;
    return { kind: 'personal', values: [reanchor(fromSource.values, identifier, identifier.name, recordPath)] };
  }
  return judgeNamed(context, identifier, identifier.name, undefined, [identifier.name], recordPath);
}

/** Judges a name, then (when the name says nothing) the whole value: by its type, or by the conventional holder names. */
function judgeNamed(
  context: ValueContext,
  node: TSESTree.MemberExpression | TSESTree.Identifier,
  name: string,
  owner: NameOwner | undefined,
  path: readonly string[] | undefined,
  recordPath: readonly string[] | undefined,
): Verdict {
  const verdict = context.vocabulary.classifyName(name, owner);
  if (verdict.kind === 'about-personal') return CLEAN;
  if (verdict.kind === 'unrelated') return judgeWhole(context, node, path, recordPath);
  if (isTypedFlag(context, node)) return CLEAN;
  const field = { field: excerpt(context, node), description: verdict.description, isSecret: verdict.isSecret, subPath: [] };
  return { kind: 'personal', values: [{ node, fields: [field], recordPath }] };
}

/** Where a local name's value came from: `const e = user.email`, `const { email: contact } = req.body`, `...rest`, `for (const row of rows)`. */
function judgeSource(context: ValueContext, source: ValueSource, depth: number): Verdict {
  switch (source.kind) {
    case 'expression':
      return judge(context, source.expression, [], depth);
    case 'rest':
      return judge(context, source.object, [], depth);
    case 'element':
      return context.types ? UNKNOWN : judge(context, source.iterable, undefined, depth);
    case 'property': {
      const objectPath = getMemberPath(source.object);
      const name = source.path.at(-1) ?? '';
      const verdict = context.vocabulary.classifyName(name, { words: splitWords(source.path.at(-2) ?? objectPath?.at(-1) ?? '') });
      const field = `${excerpt(context, skipTypeWrappers(source.object))}.${source.path.join('.')}`;
      if (verdict.kind === 'personal') return { kind: 'personal', values: [{ node: source.object, fields: [{ field, description: verdict.description, isSecret: verdict.isSecret, subPath: [] }] }] };
      if (verdict.kind === 'about-personal') return CLEAN;
      // With types, the destructured name's own type decides; without, a property of request data is request data.
      const holder = context.types || !objectPath ? undefined : context.vocabulary.findHolder([...objectPath, ...source.path]);
      return holder ? { kind: 'personal', values: [{ node: source.object, fields: [{ field, description: holder, isSecret: false, subPath: [] }], isUntypedHolder: true }] } : UNKNOWN;
    }
  }
}

/** Data that reached a sink through a local name or a helper's result: the fix acts on that name or call, the message says where the data came from. */
function reanchor(values: readonly PersonalValue[], node: TSESTree.Node, via: string, recordPath: readonly string[] | undefined): PersonalValue {
  const [only] = values;
  const isWholeSource = values.length === 1 && only !== undefined;
  return {
    node,
    via,
    // The keys a value had inside its source object (`const payload = { email }`) lead to it in the record.
    fields: values.flatMap((value) => value.fields.map((field) => ({ ...field, subPath: [...(value.recordPath ?? []), ...field.subPath] }))),
    recordPath,
    typedObject: isWholeSource ? only.typedObject : undefined,
    isUntypedHolder: values.every((value) => value.isUntypedHolder === true),
  };
}

/** A call: by what JavaScript's own functions keep of their input, by redactor names, or by the type of `result` (the call, or `await call`). */
function judgeCall(
  context: ValueContext,
  call: TSESTree.CallExpression,
  recordPath: readonly string[] | undefined,
  depth: number,
  result: TSESTree.Node = call,
): Verdict {
  if (isRedactorCall(context, call)) return CLEAN;
  const name = getCalleeName(call);
  const callee = skipTypeWrappers(call.callee);
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
  if (name === undefined) return context.types ? judgeWhole(context, result, undefined, recordPath) : UNKNOWN;
  if (BOOLEAN_RESULTS.has(name)) return CLEAN;
  if (PARTIAL_RESULTS.has(name)) {
    // `email.slice(0, 3)` is a fragment, `rows.slice(0, 3)` whole rows, `customers.search(q)` a query: types tell them apart.
    const scan = receiver && context.types?.scan(receiver, []);
    if (receiver && scan?.kind === 'object' && scan.isArray) return judge(context, receiver, undefined, depth);
    // Without a type, a declaration that lists fields makes it a list of records (`rows: Array<{ email: string }>`).
    const isTypeless = !scan || scan.kind === 'unknown';
    const declaresRecords = receiver !== undefined && isTypeless && (findDeclaredShape(context.sourceCode, receiver)?.propertyNames.length ?? 0) > 0;
    if (receiver && declaresRecords) return judge(context, receiver, undefined, depth);
    if (!scan || scan.kind === 'text' || scan.kind === 'unknown') return CLEAN;
  }
  if (TEXT_OF_ARGUMENTS.has(name)) return judgeAll(context, call.arguments, undefined, depth);
  if (receiver && TEXT_OF_RECEIVER.has(name)) return judgeAll(context, [receiver, ...call.arguments], undefined, depth);
  if (receiver && SAME_DATA_OF_RECEIVER.has(name)) return judge(context, receiver, recordPath, depth);
  if (SAME_DATA_OF_ARGUMENTS.has(name)) return judgeAll(context, call.arguments, recordPath, depth);
  // A getter named after its field: `user.getEmail()`.
  if (receiver && call.arguments.length === 0 && /^get[A-Z]/.test(name)) {
    const ownerPath = getMemberPath(receiver);
    const verdict = context.vocabulary.classifyName(name.slice('get'.length), { words: splitWords(ownerPath?.at(-1) ?? '') });
    if (verdict.kind === 'personal') {
      return { kind: 'personal', values: [{ node: result, fields: [{ field: excerpt(context, call), description: verdict.description, isSecret: verdict.isSecret, subPath: [] }], recordPath }] };
    }
  }
  const typed = context.types ? judgeWhole(context, result, undefined, recordPath) : UNKNOWN;
  if (typed.kind !== 'unknown') return typed;
  // A helper of this file builds the value: `Sentry.setContext('request', requestContext(req))`.
  const returned = findReturnedExpressions(context.sourceCode, call);
  const built = returned && returned.length > 0 ? judgeAll(context, returned, [], depth + 1) : UNKNOWN;
  return built.kind === 'personal' ? { kind: 'personal', values: [reanchor(built.values, result, `${excerpt(context, call.callee)}()`, recordPath)] } : built;
}

/** Whether a call, or any call in its chain (`createHash('sha256').update(x).digest()`), is a redactor by name. */
function isRedactorCall(context: ValueContext, call: TSESTree.CallExpression): boolean {
  for (let current: TSESTree.Node = call; ; ) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const name = getCalleeName(current);
      if (name !== undefined && context.vocabulary.isRedactorName(name)) return true;
      current = current.callee;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      current = current.object;
    } else {
      return false;
    }
  }
}

/**
 * A value whose name says nothing: with types, the personal properties of its type (own and one level down); without,
 * the conventional holders of personal data (`user`, `req.body`). Calls are judged by type only.
 */
function judgeWhole(context: ValueContext, node: TSESTree.Node, path: readonly string[] | undefined, recordPath: readonly string[] | undefined): Verdict {
  if (context.types) {
    const ownerWords = splitWords(path?.at(-1) ?? '');
    const scan = context.types.scan(node, ownerWords);
    // A type without personal fields is no leak, but no reason to distrust a name or key either (`const resetToken = randomBytes(32)`).
    if (scan.kind === 'object') {
      if (scan.properties.length === 0) return UNKNOWN;
      const text = excerpt(context, node);
      const fields = scan.properties.map((property) => ({
        field: `${text}.${property.path.join('.')}`,
        description: property.description,
        isSecret: property.isSecret,
        subPath: scan.isArray ? [] : property.path,
      }));
      const typedObject = { idProperty: scan.idProperty, isNullable: scan.isNullable, isArray: scan.isArray };
      return { kind: 'personal', values: [{ node, via: text, fields, recordPath, typedObject }] };
    }
    if (scan.kind === 'flag') return CLEAN;
    if (scan.kind !== 'unknown') return UNKNOWN;
  }
  // A declared type that lists the fields decides; what the code reads beats what a type's or value's name suggests.
  const declared = judgeDeclaredType(context, node, recordPath);
  if (declared.kind === 'clean' || (declared.kind === 'personal' && !isGuess(declared))) return declared;
  const read = judgeReads(context, node, recordPath);
  if (read.kind !== 'unknown') return read;
  if (declared.kind !== 'unknown') return declared;
  const holder = path && context.vocabulary.findHolder(path);
  if (!holder) return UNKNOWN;
  return { kind: 'personal', values: [{ node, fields: [{ field: excerpt(context, node), description: holder, isSecret: false, subPath: [] }], recordPath, isUntypedHolder: true }] };
}

/** A value whose personal fields the code reads elsewhere (`const { email, password } = dto`) holds them: see `personal-reads.ts`. */
function judgeReads(context: ValueContext, node: TSESTree.Node, recordPath: readonly string[] | undefined): Verdict {
  if (node.type !== AST_NODE_TYPES.Identifier) return UNKNOWN;
  const reads = findPersonalReads(context.sourceCode, context.vocabulary, node);
  if (reads.length === 0) return UNKNOWN;
  const fields = reads.map((read) => ({ field: `${node.name}.${read.path.join('.')}`, description: read.description, isSecret: read.isSecret, subPath: read.path }));
  const isUntypedHolder = reads.every((read) => read.isRequestData);
  return { kind: 'personal', values: [{ node, via: node.name, fields, recordPath, ...(isUntypedHolder ? { isUntypedHolder } : {}) }] };
}

/**
 * Without types, a declared annotation still tells: an inline or same-file type lists its properties
 * (`applicant: Applicant` with `interface Applicant` above, `rows: Array<{ email: string }>`), and an imported type's
 * name may say what it holds (`migrated: Customer[]`, `expected: PostalAddress`).
 */
function judgeDeclaredType(context: ValueContext, node: TSESTree.Node, recordPath: readonly string[] | undefined): Verdict {
  const shape = findDeclaredShape(context.sourceCode, node);
  return shape ? judgeShape(context, node, shape, recordPath) : UNKNOWN;
}

function judgeShape(context: ValueContext, node: TSESTree.Node, shape: DeclaredShape, recordPath: readonly string[] | undefined): Verdict {
  const text = excerpt(context, node);
  const typeWords = shape.typeNames.flatMap(splitWords);
  const owner = getMemberPath(node)?.at(-1) ?? '';
  const fields = shape.propertyNames.flatMap((name) => {
    const verdict = context.vocabulary.classifyName(name, { words: [], typeWords });
    // `event: ApiGatewayEvent` whose interface lists `headers` and `body`: request data, as the typed scan finds it.
    const requestData = verdict.kind === 'unrelated' ? context.vocabulary.findRequestData([owner, name]) : undefined;
    if (requestData) return [{ field: `${text}.${name}`, description: requestData, isSecret: false, subPath: [name] }];
    return verdict.kind === 'personal' ? [{ field: `${text}.${name}`, description: verdict.description, isSecret: verdict.isSecret, subPath: [name] }] : [];
  });
  if (fields.length > 0) return { kind: 'personal', values: [{ node, via: text, fields, recordPath }] };
  if (shape.propertyNames.length > 0) return CLEAN;
  for (const typeName of shape.typeNames) {
    const verdict = context.vocabulary.classifyName(typeName);
    const description = context.vocabulary.findHolder([typeName]) ?? (verdict.kind === 'personal' ? verdict.description : undefined);
    if (description) return { kind: 'personal', values: [{ node, fields: [{ field: text, description, isSecret: false, subPath: [] }], recordPath, isUntypedHolder: true }] };
  }
  return UNKNOWN;
}

/** With types, a boolean cannot be the personal data its name or key suggests (`{ email: hasEmail }`, `user.hasPassword`). */
function isTypedFlag(context: ValueContext, node: TSESTree.Node): boolean {
  return context.types?.scan(node, []).kind === 'flag';
}

/** The code of a node as a message quotes it: on one line, and shortened. */
export function excerpt(context: Pick<ValueContext, 'sourceCode'>, node: TSESTree.Node): string {
  const text = context.sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}
