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
  if (value.length <= limit) return JSON.stringify(value);
  return `${JSON.stringify(cutAt(value, limit)).slice(0, -1)}…" (${numberFormat.format(value.length)} characters)`;
}

/** The first `limit` UTF-16 units, without splitting a surrogate pair. */
function cutAt(value: string, limit: number): string {
  const code = value.charCodeAt(limit - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit);
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
