/** Where JSON text first breaks the grammar: 1-based line and column, and what was expected there. */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  /** "expected ',' or '}' after a value, found 'x'" */
  problem: string;
}

/** What the grammar allows next. */
type Expect = "value" | "firstKeyOrEnd" | "key" | "firstValueOrEnd" | "afterValue";

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
const LITERALS: Record<string, string> = { t: "true", f: "false", n: "null" };

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(char: string | undefined): boolean {
  return char !== undefined && /^[0-9a-fA-F]$/.test(char);
}

/** How the character at `offset` reads in a message: the end of the file, a control character's code, or the character. */
function found(text: string, offset: number): string {
  if (offset >= text.length) return "the end of the file";
  const code = text.codePointAt(offset)!;
  if (code < 0x20) return `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(code)}'`;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The first place `text` is not JSON (RFC 8259), or null when it is. Run only
 * after `JSON.parse` failed, to say where: engines word and place their errors
 * differently, and some give no position at all. Iterative, so nesting of any
 * depth cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const containers: ("object" | "array")[] = [];
  let offset = 0;
  let expect: Expect = "value";
  const fail = (offsetOfProblem: number, expected: string): JsonSyntaxProblem => ({
    ...position(text, offsetOfProblem),
    problem: `expected ${expected}, found ${found(text, offsetOfProblem)}`,
  });
  const skipWhitespace = () => {
    while (offset < text.length && WHITESPACE.has(text.charCodeAt(offset))) offset += 1;
  };
  /** Scans the string starting at `offset` (a '"'); returns a problem, or null with `offset` after the closing quote. */
  const scanString = (): JsonSyntaxProblem | null => {
    offset += 1;
    for (;;) {
      if (offset >= text.length) return fail(offset, "the closing '\"' of a string");
      const code = text.charCodeAt(offset);
      if (code === 0x22) {
        offset += 1;
        return null;
      }
      if (code < 0x20) return fail(offset, "an escape such as \\n instead of a raw control character in a string");
      if (code === 0x5c) {
        const escape = text[offset + 1];
        if (escape === "u") {
          for (let digit = 2; digit < 6; digit++) {
            if (!isHex(text[offset + digit])) return fail(offset + digit, "four hexadecimal digits after \\u");
          }
          offset += 6;
        } else if (escape !== undefined && ESCAPES.has(escape)) {
          offset += 2;
        } else {
          return fail(offset + 1, "one of \" \\ / b f n r t u after a backslash");
        }
      } else {
        offset += 1;
      }
    }
  };
  const scanNumber = (): JsonSyntaxProblem | null => {
    if (text[offset] === "-") offset += 1;
    if (text[offset] === "0") offset += 1;
    else if (isDigit(text.charCodeAt(offset))) while (isDigit(text.charCodeAt(offset))) offset += 1;
    else return fail(offset, "a digit");
    if (text[offset] === ".") {
      offset += 1;
      if (!isDigit(text.charCodeAt(offset))) return fail(offset, "a digit after the decimal point");
      while (isDigit(text.charCodeAt(offset))) offset += 1;
    }
    if (text[offset] === "e" || text[offset] === "E") {
      offset += 1;
      if (text[offset] === "+" || text[offset] === "-") offset += 1;
      if (!isDigit(text.charCodeAt(offset))) return fail(offset, "a digit in the exponent");
      while (isDigit(text.charCodeAt(offset))) offset += 1;
    }
    return null;
  };
  const scanKey = (): JsonSyntaxProblem | null => {
    const problem = scanString();
    if (problem) return problem;
    skipWhitespace();
    if (text[offset] !== ":") return fail(offset, "':' after a property name");
    offset += 1;
    expect = "value";
    return null;
  };

  for (;;) {
    skipWhitespace();
    const char = text[offset];
    let problem: JsonSyntaxProblem | null = null;
    if (expect === "firstValueOrEnd") {
      if (char === "]") {
        offset += 1;
        containers.pop();
        expect = "afterValue";
        continue;
      }
      expect = "value";
    }
    switch (expect) {
      case "firstKeyOrEnd":
      case "key":
        if (char === "}" && expect === "firstKeyOrEnd") {
          offset += 1;
          containers.pop();
          expect = "afterValue";
        } else if (char === '"') {
          problem = scanKey();
        } else {
          problem = fail(offset, expect === "firstKeyOrEnd" ? "a property name in double quotes or '}'" : "a property name in double quotes");
        }
        break;
      case "value":
        if (char === "{") {
          offset += 1;
          containers.push("object");
          expect = "firstKeyOrEnd";
        } else if (char === "[") {
          offset += 1;
          containers.push("array");
          expect = "firstValueOrEnd";
        } else if (char === '"') {
          problem = scanString();
          expect = "afterValue";
        } else if (char === "-" || isDigit(text.charCodeAt(offset))) {
          problem = scanNumber();
          expect = "afterValue";
        } else if (char !== undefined && LITERALS[char] !== undefined) {
          const literal = LITERALS[char]!;
          for (let index = 0; index < literal.length && !problem; index++) {
            if (text[offset + index] !== literal[index]) problem = fail(offset + index, `'${literal}'`);
          }
          offset += literal.length;
          expect = "afterValue";
        } else {
          problem = fail(offset, "a value");
        }
        break;
      case "afterValue": {
        const container = containers[containers.length - 1];
        if (container === undefined) return offset < text.length ? fail(offset, "the end of the file after the value") : null;
        const close = container === "object" ? "}" : "]";
        if (char === ",") {
          offset += 1;
          expect = container === "object" ? "key" : "value";
        } else if (char === close) {
          offset += 1;
          containers.pop();
        } else {
          problem = fail(offset, `',' or '${close}' after a value`);
        }
        break;
      }
    }
    if (problem) return problem;
  }
}
