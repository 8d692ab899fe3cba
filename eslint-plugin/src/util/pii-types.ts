import type { TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import type { PiiVocabulary } from './pii-names';
import type { TypeInformation } from './type-information';
import { splitWords } from './words';

/** A personal property of an object type, at `path` below the object (`['email']`, `['customer', 'email']`). */
export interface PersonalProperty {
  readonly path: readonly string[];
  readonly description: string;
  readonly isSecret: boolean;
}

/** What an expression's static type says about the personal data it carries. */
export type PersonalTypeScan =
  /** An object (or an array of objects): its personal properties, own and one level down, and its id property. */
  | {
      readonly kind: 'object';
      readonly properties: readonly PersonalProperty[];
      readonly idProperty?: string;
      readonly isArray: boolean;
      readonly isNullable: boolean;
    }
  /** A string, or a union of primitives that may hold text. */
  | { readonly kind: 'text' }
  /** A boolean: never the personal data its name suggests (`{ email: hasEmail }`). */
  | { readonly kind: 'flag' }
  /** Another value that carries no personal fields of its own: a number, a function, a `Date`, an `Error`, a `Buffer`. */
  | { readonly kind: 'opaque' }
  /** `any`, `unknown` or a type parameter: the type says nothing, so callers fall back to names. */
  | { readonly kind: 'unknown' };

/** Reads personal properties from static types; one scanner serves one linted file and caches per type. */
export interface PersonalTypeScanner {
  /** Scans the type of `node`, whose name gives the owner words of its properties (`user.name`); its type name counts too. */
  scan(node: TSESTree.Node, ownerWords: readonly string[]): PersonalTypeScan;
  /** The words of the name of an expression's type (`Customer` → `['customer']`), which tell whose `name` a property is. */
  getTypeNameWords(node: TSESTree.Node): readonly string[];
}

/** Properties read per object type; a type with more is a framework object whose own fields are not the point. */
const MAX_PROPERTIES = 150;
const ID_PROPERTIES = new Set(['id', 'uuid', '_id']);

/** What the scanning functions share: the checker, the program (to tell the default library) and the vocabulary. */
interface ScanContext {
  readonly checker: ts.TypeChecker;
  readonly program: ts.Program;
  readonly vocabulary: PiiVocabulary;
  /** Where property types are read (the scanned node). */
  readonly at: ts.Node;
}

export function createPersonalTypeScanner(typeInformation: TypeInformation, vocabulary: PiiVocabulary): PersonalTypeScanner {
  const { checker, program, services } = typeInformation;
  const cache = new Map<ts.Type, Map<string, PersonalTypeScan>>();
  return {
    scan(node, ownerWords) {
      const type = services.getTypeAtLocation(node);
      const key = ownerWords.join(' ');
      let byOwner = cache.get(type);
      const cached = byOwner?.get(key);
      if (cached) return cached;
      const scan = scanType({ checker, program, vocabulary, at: services.esTreeNodeToTSNodeMap.get(node) }, type, ownerWords);
      if (!byOwner) cache.set(type, (byOwner = new Map()));
      byOwner.set(key, scan);
      return scan;
    },
    getTypeNameWords(node) {
      const type = checker.getNonNullableType(services.getTypeAtLocation(node));
      return isObjectLike(type) ? typeNameWords(type) : [];
    },
  };
}

function scanType(context: ScanContext, type: ts.Type, ownerWords: readonly string[]): PersonalTypeScan {
  const { checker } = context;
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) return { kind: 'unknown' };
  const nonNullable = checker.getNonNullableType(type);
  const members = nonNullable.isUnion() ? nonNullable.types : [nonNullable];
  if (members.some((member) => member.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return { kind: 'unknown' };
  const objects = members.filter(isObjectLike);
  if (objects.length === 0) {
    if (members.some((member) => member.flags & ts.TypeFlags.StringLike)) return { kind: 'text' };
    return isBooleanLike(nonNullable) ? { kind: 'flag' } : { kind: 'opaque' };
  }
  const properties: PersonalProperty[] = [];
  let idProperty: string | undefined;
  let isArray = false;
  for (const member of objects) {
    const element = getElementType(checker, member);
    const object = toObjectType(checker, element ?? member);
    isArray ||= element !== undefined;
    if (!object || isOpaqueObject(context, object)) continue;
    for (const property of collectProperties(context, object, ownerWords, 0)) {
      if (!properties.some((known) => known.path.join('.') === property.path.join('.'))) properties.push(property);
    }
    idProperty ??= checker.getPropertiesOfType(object).find((property) => ID_PROPERTIES.has(property.name))?.name;
  }
  return { kind: 'object', properties, idProperty, isArray, isNullable: nonNullable !== type };
}

/** Personal properties of one object type: own ones, and those one level down when the own one is not personal itself. */
function collectProperties(context: ScanContext, type: ts.Type, ownerWords: readonly string[], depth: number): PersonalProperty[] {
  const { checker, vocabulary } = context;
  const found: PersonalProperty[] = [];
  const owner = { words: ownerWords, typeWords: typeNameWords(type) };
  for (const property of checker.getPropertiesOfType(type).slice(0, MAX_PROPERTIES)) {
    if (property.flags & ts.SymbolFlags.Method) continue;
    const propertyType = checker.getTypeOfSymbolAtLocation(property, context.at);
    const verdict = vocabulary.classifyName(property.name, owner);
    if (verdict.kind === 'personal' && !isBooleanLike(propertyType)) {
      found.push({ path: [property.name], description: verdict.description, isSecret: verdict.isSecret });
    } else if (verdict.kind === 'unrelated' && depth === 0) {
      const nested = toObjectType(checker, checker.getNonNullableType(propertyType));
      if (nested && !isOpaqueObject(context, nested)) {
        for (const inner of collectProperties(context, nested, splitWords(property.name), depth + 1)) found.push({ ...inner, path: [property.name, ...inner.path] });
      }
      // A request body or headers the type leaves open (`body: string`, `headers: Record<string, string>`) is request data.
      const isOpen = !nested || checker.getPropertiesOfType(nested).length === 0;
      const requestData = isOpen && !isBooleanLike(propertyType) ? vocabulary.findRequestData([ownerWords.at(-1) ?? '', property.name]) : undefined;
      if (requestData) found.push({ path: [property.name], description: requestData, isSecret: false });
    }
  }
  return found;
}

/** Functions, classes and the language's own objects (`Date`, `Map`, `Promise`, `Error`) hold no personal fields. */
function isOpaqueObject(context: ScanContext, type: ts.Type): boolean {
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return true;
  const declarations = (type.aliasSymbol ?? type.getSymbol())?.getDeclarations() ?? [];
  return declarations.some((declaration) => context.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}

function isBooleanLike(type: ts.Type): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.every((member) => member.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.Undefined | ts.TypeFlags.Null));
}

/** The element type of an array (`User[]`, `readonly User[]`); undefined for anything else. */
function getElementType(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  return checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
}

/** Object types and intersections of them (`User & { roles: string[] }`) have properties to read. */
function isObjectLike(type: ts.Type): boolean {
  return (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0;
}

function toObjectType(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const element = getElementType(checker, type);
  const candidate = element ? checker.getNonNullableType(element) : type;
  return isObjectLike(candidate) ? candidate : undefined;
}

/** Anonymous object types (`{ email: string }`) and type literals have the internal name `__type` or `__object`. */
function typeNameWords(type: ts.Type): string[] {
  const name = (type.aliasSymbol ?? type.getSymbol())?.getName();
  return name === undefined || name.startsWith('__') ? [] : splitWords(name);
}
