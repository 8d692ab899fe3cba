/**
 * A parsed JSON or YAML value that remembers where each part sits in the source text, so registry errors,
 * unused-flag reports and registry edits can point at the exact key. Offsets are 0-based into the text.
 */
export type LocatedValue = LocatedObject | LocatedArray | LocatedScalar;

export interface LocatedObject {
  readonly kind: 'object';
  readonly start: number;
  readonly end: number;
  readonly entries: readonly LocatedEntry[];
}

export interface LocatedEntry {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: LocatedValue;
}

export interface LocatedArray {
  readonly kind: 'array';
  readonly start: number;
  readonly end: number;
  readonly items: readonly LocatedValue[];
}

export interface LocatedScalar {
  readonly kind: 'scalar';
  readonly start: number;
  readonly end: number;
  readonly value: string | number | boolean | null;
}

/** A syntax error at an offset of the source text. */
export interface SyntaxProblem {
  readonly message: string;
  readonly offset: number;
}

/** The 1-based line and column of an offset, as editors and ESLint show them. */
export function getLineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text[index] === '\n') {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The entry of an object with the given key (the last one, as JSON.parse and YAML loaders keep). */
export function findEntry(object: LocatedObject, key: string): LocatedEntry | undefined {
  let found: LocatedEntry | undefined;
  for (const entry of object.entries) if (entry.key === key) found = entry;
  return found;
}
