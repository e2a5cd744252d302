/** How much of any input a message or notice repeats. */
export const QUOTE_LIMIT = 80;

const numberFormat = new Intl.NumberFormat("en-US");

/**
 * A value as a message quotes it: JSON-like, at most about `QUOTE_LIMIT`
 * characters, with an ellipsis and the full length where a string is cut
 * (`"aaaa…" (5,000,000 characters)`). Safe for any input: it never calls
 * `toString`/`valueOf`/`toJSON` and never recurses deeper than its budget.
 */
export function quoteValue(value: unknown, limit = QUOTE_LIMIT): string {
  if (typeof value === "string") return quoteString(value, limit);
  const out = { text: "", full: false };
  writeValue(value, out, limit);
  return out.full ? `${out.text}…` : out.text;
}

function quoteString(value: string, limit: number): string {
  if (value.length <= limit) {
    const whole = JSON.stringify(value);
    if (whole.length - 2 <= limit) return whole;
  }
  return `"${escapedStart(value, limit)}…" (${numberFormat.format(value.length)} characters)`;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The longest start of `value` that is at most `limit` characters once escaped as JSON (a NUL
 * or a lone surrogate takes six), without splitting a surrogate pair.
 */
function escapedStart(value: string, limit: number): string {
  let out = "";
  for (let index = 0; index < value.length; ) {
    const units = isHighSurrogate(value.charCodeAt(index)) && isLowSurrogate(value.charCodeAt(index + 1)) ? 2 : 1;
    const piece = JSON.stringify(value.slice(index, index + units)).slice(1, -1);
    if (out.length + piece.length > limit) break;
    out += piece;
    index += units;
  }
  return out;
}

type Output = { text: string; full: boolean };

function write(out: Output, text: string, limit: number): boolean {
  if (out.full) return false;
  if (out.text.length + text.length > limit) {
    out.text += text.slice(0, Math.max(0, limit - out.text.length));
    out.full = true;
    return false;
  }
  out.text += text;
  return true;
}

function writeValue(value: unknown, out: Output, limit: number): void {
  if (out.full) return;
  if (typeof value === "string") {
    write(out, quoteString(value, Math.max(1, limit - out.text.length)), limit);
  } else if (value === null || typeof value === "number" || typeof value === "boolean") {
    write(out, String(value), limit);
  } else if (value === undefined) {
    write(out, "undefined", limit);
  } else if (Array.isArray(value)) {
    if (!write(out, "[", limit)) return;
    for (let index = 0; index < value.length && !out.full; index++) {
      if (index > 0 && !write(out, ",", limit)) return;
      writeValue(value[index], out, limit);
    }
    write(out, "]", limit);
  } else if (typeof value === "object") {
    if (!write(out, "{", limit)) return;
    let first = true;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (!first && !write(out, ",", limit)) return;
      first = false;
      if (!write(out, `${quoteString(key, limit)}:`, limit)) return;
      writeValue(readField(value, key), out, limit);
      if (out.full) return;
    }
    write(out, "}", limit);
  } else {
    write(out, `a ${typeof value}`, limit);
  }
}

function readField(value: object, key: string): unknown {
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return "(unreadable)";
  }
}
