/** RFC 5545 content lines: TEXT escaping and folding at 75 octets. */

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line with its CRLF, folded (§3.1) so that no line is longer than
 * 75 octets: a continuation line starts with one space, which counts. Folds
 * fall between characters, never inside a UTF-8 sequence.
 */
export function foldIcsLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const character of line) {
    const length = utf8Length(character.codePointAt(0)!);
    if (octets + length > MAX_OCTETS) {
      out += "\r\n ";
      octets = 1;
    }
    out += character;
    octets += length;
  }
  return `${out}\r\n`;
}

/** A property with a TEXT value, escaped and folded. */
export function icsTextProperty(name: string, value: string): string {
  return foldIcsLine(`${name}:${escapeIcsText(value)}`);
}
