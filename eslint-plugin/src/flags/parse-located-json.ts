import type { LocatedEntry, LocatedValue, SyntaxProblem } from './located-value';

/**
 * A strict JSON parser (RFC 8259, as flagd reads its files) that keeps every value's position.
 * `JSON.parse` gives neither positions for valid documents nor, on Node 20, reliable ones for errors;
 * registry messages need both.
 */
export function parseLocatedJson(text: string): { value: LocatedValue } | { problem: SyntaxProblem } {
  const parser = new JsonParser(text);
  try {
    parser.skipWhitespace();
    const value = parser.parseValue();
    parser.skipWhitespace();
    if (!parser.isAtEnd()) parser.fail(`Unexpected ${parser.describeCurrent()} after the end of the document`);
    return { value };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { problem: { message: error.message, offset: error.offset } };
    throw error;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonParser {
  private offset = 0;
  private readonly numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  constructor(private readonly text: string) {}

  isAtEnd(): boolean {
    return this.offset >= this.text.length;
  }

  fail(message: string, offset = this.offset): never {
    throw new JsonSyntaxError(message, offset);
  }

  describeCurrent(): string {
    if (this.isAtEnd()) return 'end of file';
    const char = this.text[this.offset];
    if (char === '/' && (this.text[this.offset + 1] === '/' || this.text[this.offset + 1] === '*')) return 'comment (JSON has no comments)';
    return `character ${JSON.stringify(char)}`;
  }

  skipWhitespace(): void {
    while (!this.isAtEnd() && ' \t\n\r'.includes(this.text[this.offset] as string)) this.offset++;
  }

  parseValue(): LocatedValue {
    const char = this.text[this.offset];
    if (char === '{') return this.parseObject();
    if (char === '[') return this.parseArray();
    if (char === '"') {
      const start = this.offset;
      return { kind: 'scalar', start, value: this.parseString(), end: this.offset };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.offset)) {
        const start = this.offset;
        this.offset += word.length;
        return { kind: 'scalar', start, end: this.offset, value };
      }
    }
    this.numberPattern.lastIndex = this.offset;
    const number = this.numberPattern.exec(this.text);
    if (number) {
      const start = this.offset;
      this.offset += number[0].length;
      return { kind: 'scalar', start, end: this.offset, value: Number(number[0]) };
    }
    return this.fail(`Expected a value but found ${this.describeCurrent()}`);
  }

  private parseObject(): LocatedValue {
    const start = this.offset++;
    const entries: LocatedEntry[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === '}') return { kind: 'object', start, end: ++this.offset, entries };
    let commaOffset = -1;
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] === '}' && commaOffset !== -1) this.fail("Trailing comma before '}' (JSON allows none)", commaOffset);
      if (this.text[this.offset] !== '"') this.fail(`Expected a property name in double quotes but found ${this.describeCurrent()}`);
      const keyStart = this.offset;
      const key = this.parseString();
      const keyEnd = this.offset;
      this.skipWhitespace();
      if (this.text[this.offset] !== ':') this.fail(`Expected ':' after property name "${key}" but found ${this.describeCurrent()}`);
      this.offset++;
      this.skipWhitespace();
      entries.push({ key, keyStart, keyEnd, value: this.parseValue() });
      this.skipWhitespace();
      if (this.text[this.offset] === ',') {
        commaOffset = this.offset++;
        continue;
      }
      if (this.text[this.offset] === '}') return { kind: 'object', start, end: ++this.offset, entries };
      return this.fail(`Expected ',' or '}' after the value of "${key}" but found ${this.describeCurrent()}`);
    }
  }

  private parseArray(): LocatedValue {
    const start = this.offset++;
    const items: LocatedValue[] = [];
    this.skipWhitespace();
    if (this.text[this.offset] === ']') return { kind: 'array', start, end: ++this.offset, items };
    let commaOffset = -1;
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.offset] === ']' && commaOffset !== -1) this.fail("Trailing comma before ']' (JSON allows none)", commaOffset);
      items.push(this.parseValue());
      this.skipWhitespace();
      if (this.text[this.offset] === ',') {
        commaOffset = this.offset++;
        continue;
      }
      if (this.text[this.offset] === ']') return { kind: 'array', start, end: ++this.offset, items };
      return this.fail(`Expected ',' or ']' after an array item but found ${this.describeCurrent()}`);
    }
  }

  private parseString(): string {
    const start = this.offset++;
    let value = '';
    for (;;) {
      if (this.isAtEnd()) return this.fail('Unterminated string', start);
      const char = this.text[this.offset] as string;
      if (char === '"') {
        this.offset++;
        return value;
      }
      if (char === '\n' || char < ' ') return this.fail('Unterminated string (control character or line break inside it)', start);
      if (char !== '\\') {
        value += char;
        this.offset++;
        continue;
      }
      const escape = this.text[this.offset + 1] ?? '';
      if (escape === 'u' && /^[\da-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))) {
        value += String.fromCharCode(Number.parseInt(this.text.slice(this.offset + 2, this.offset + 6), 16));
        this.offset += 6;
      } else if (ESCAPES[escape] !== undefined) {
        value += ESCAPES[escape];
        this.offset += 2;
      } else {
        return this.fail(`Invalid escape sequence \\${escape}`);
      }
    }
  }
}
