/** What the scanner finds in a JSON object's bytes as they arrive. Offsets are into the bytes scanned. */
export interface ScanSink {
  /** A complete top-level value of `key` (not one of the lists), in bytes [start, end). */
  value(key: string, start: number, end: number): void;
  /** `count` complete entries of the list `key`, in bytes [start, end), separated by commas. */
  entries(key: string, start: number, end: number, count: number): void;
  /** The list `key` is closed: every entry it holds was reported. */
  listEnd(key: string): void;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Where the scanner is in the top-level object. */
type State =
  | "start"
  | "first-key-or-end"
  | "key"
  | "in-key"
  | "colon"
  | "value-start"
  | "in-value"
  | "first-entry-or-end"
  | "entry"
  | "in-entry"
  | "after-value"
  | "end"
  | "unusual";

const decoder = new TextDecoder();

/**
 * Follows a JSON object through its UTF-8 bytes as they arrive, and finds
 * each top-level value, and each entry of the top-level lists named in
 * `lists`, as soon as its last byte is in. The bytes that matter (quotes,
 * brackets, commas, colons, whitespace) are ASCII, which UTF-8 never uses
 * inside a multi-byte character, so it reads bytes, not text.
 *
 * It checks only the grammar around what it reports: each reported range is
 * to be parsed with JSON.parse, which checks the rest. It stops, `unusual`,
 * at anything it does not follow: a document that is not an object, a
 * misplaced byte between values, a top-level key that repeats or is
 * `__proto__` (JSON.parse keeps the last of repeats, and an assigned
 * `__proto__` is not a key); the caller then reads the whole file as before.
 */
export class JsonStreamScanner {
  private state: State = "start";
  private offset = 0;
  /** In a value or entry: nesting depth inside it, and whether in a string. */
  private depth = 0;
  private inString = false;
  private keyStart = 0;
  private key = "";
  private valueStart = 0;
  private readonly keys = new Set<string>();
  /** Entries complete since the last report. */
  private batchStart = -1;
  private batchEnd = 0;
  private batchCount = 0;

  constructor(private readonly lists: ReadonlySet<string>) {}

  /** True once the scanner has given up on the document (see the class comment). */
  get unusual(): boolean {
    return this.state === "unusual";
  }

  /** True when the document is a complete object with nothing but whitespace after it. */
  get complete(): boolean {
    return this.state === "end";
  }

  /** Reads `bytes` up to `length` (all bytes so far: earlier ones are not read again) and reports to `sink`. */
  scan(buffer: Uint8Array, length: number, sink: ScanSink): void {
    // Only what arrived: the buffer past it may be large, and a search for a string's end must stop there.
    const bytes = buffer.byteLength === length ? buffer : buffer.subarray(0, length);
    let offset = this.offset;
    while (offset < length && this.state !== "unusual") {
      const byte = bytes[offset]!;
      switch (this.state) {
        case "start":
          // A byte order mark, which the text decoder drops.
          if (offset === 0 && byte === 0xef) {
            if (length < 3) return;
            if (bytes[1] === 0xbb && bytes[2] === 0xbf) {
              offset += 3;
              continue;
            }
          }
          if (isWhitespace(byte)) break;
          this.state = byte === OPEN_OBJECT ? "first-key-or-end" : "unusual";
          break;
        case "first-key-or-end":
        case "key":
          if (isWhitespace(byte)) break;
          if (byte === CLOSE_OBJECT && this.state === "first-key-or-end") this.state = "end";
          else if (byte === QUOTE) {
            this.keyStart = offset;
            this.state = "in-key";
          } else this.state = "unusual";
          break;
        case "in-key": {
          const close = closingQuote(bytes, offset);
          if (close < 0) {
            offset = length;
            continue;
          }
          offset = close;
          const key = readKey(bytes, this.keyStart, close + 1);
          if (key === null || key === "__proto__" || this.keys.has(key)) this.state = "unusual";
          else {
            this.key = key;
            this.keys.add(key);
            this.state = "colon";
          }
          break;
        }
        case "colon":
          if (isWhitespace(byte)) break;
          this.state = byte === COLON ? "value-start" : "unusual";
          break;
        case "value-start":
          if (isWhitespace(byte)) break;
          if (byte === OPEN_ARRAY && this.lists.has(this.key)) {
            this.state = "first-entry-or-end";
            break;
          }
          this.startValue(offset, "in-value");
          continue;
        case "in-value":
        case "in-entry": {
          // Most bytes are inside values: a tight loop to the byte that ends this one.
          const end = this.skipValue(bytes, offset, length);
          if (end === length) {
            offset = length;
            continue;
          }
          offset = end;
          const last = bytes[end]!;
          if (this.state === "in-value") this.endValue(last, offset, sink);
          else this.endEntry(last, offset, sink);
          break;
        }
        case "first-entry-or-end":
        case "entry":
          if (isWhitespace(byte)) break;
          if (byte === CLOSE_ARRAY && this.state === "first-entry-or-end") {
            this.endList(sink);
            break;
          }
          if (byte === COMMA || byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
            this.state = "unusual";
            break;
          }
          this.startValue(offset, "in-entry");
          continue;
        case "after-value":
          if (isWhitespace(byte)) break;
          if (byte === COMMA) this.state = "key";
          else if (byte === CLOSE_OBJECT) this.state = "end";
          else this.state = "unusual";
          break;
        case "end":
          if (!isWhitespace(byte)) this.state = "unusual";
          break;
      }
      offset += 1;
    }
    this.offset = offset;
    this.flushEntries(sink);
  }

  /** The offset of the comma or closing bracket that ends the value being read, or `length` when it has not arrived. */
  /** A top-level value, or an entry of a list, begins at `offset`. */
  private startValue(offset: number, state: "in-value" | "in-entry"): void {
    this.valueStart = offset;
    this.depth = 0;
    this.inString = false;
    this.state = state;
  }

  private skipValue(bytes: Uint8Array, from: number, length: number): number {
    let offset = from;
    let depth = this.depth;
    if (this.inString) {
      const close = closingQuote(bytes, offset);
      if (close < 0) return length;
      this.inString = false;
      offset = close + 1;
    }
    for (; offset < length; offset++) {
      const byte = bytes[offset]!;
      if (byte === QUOTE) {
        const close = closingQuote(bytes, offset + 1);
        if (close < 0) {
          this.inString = true;
          offset = length;
          break;
        }
        offset = close;
      } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth += 1;
      else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        if (depth === 0) break;
        depth -= 1;
      } else if (byte === COMMA && depth === 0) break;
    }
    this.depth = depth;
    return offset;
  }

  /** The value ends at a comma or the object's closing brace (a closing bracket here is misplaced). */
  private endValue(byte: number, offset: number, sink: ScanSink): void {
    if (byte === CLOSE_ARRAY) {
      this.state = "unusual";
      return;
    }
    sink.value(this.key, this.valueStart, offset);
    this.state = byte === COMMA ? "key" : "end";
  }

  /** The entry ends at a comma or the list's closing bracket (a closing brace here is misplaced). */
  private endEntry(byte: number, offset: number, sink: ScanSink): void {
    if (byte === CLOSE_OBJECT) {
      this.state = "unusual";
      return;
    }
    if (this.batchStart < 0) this.batchStart = this.valueStart;
    this.batchEnd = offset;
    this.batchCount += 1;
    if (byte === COMMA) this.state = "entry";
    else this.endList(sink);
  }

  private endList(sink: ScanSink): void {
    this.flushEntries(sink);
    sink.listEnd(this.key);
    this.state = "after-value";
  }

  private flushEntries(sink: ScanSink): void {
    if (this.batchCount === 0) return;
    sink.entries(this.key, this.batchStart, this.batchEnd, this.batchCount);
    this.batchStart = -1;
    this.batchCount = 0;
  }
}

/** The offset of the quote that closes the string `from` is in, or -1 when it has not arrived (`bytes` ends at what arrived). */
function closingQuote(bytes: Uint8Array, from: number): number {
  for (let quote = bytes.indexOf(QUOTE, from); quote >= 0; quote = bytes.indexOf(QUOTE, quote + 1)) {
    // A quote after an odd number of backslashes is escaped. The string's opening quote stops the count.
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

/** The key a quoted string's bytes spell, or null when they are not a JSON string. */
function readKey(bytes: Uint8Array, start: number, end: number): string | null {
  try {
    return JSON.parse(decoder.decode(bytes.subarray(start, end))) as string;
  } catch {
    return null;
  }
}
