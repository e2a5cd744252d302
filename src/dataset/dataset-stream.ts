import { isSpreadsheetName } from "../io/spreadsheet-name";
import { checkDatasetEntry, isValidDatasetField } from "./check-dataset";
import { JsonStreamScanner, type ScanSink } from "./json-stream-scanner";
import { datasetIssueError, decodeDatasetBytes, DatasetLoadError } from "./dataset-text";
import type { DatasetList } from "./read-valid-dataset";
import { datasetSchema } from "./schema";

type Field = keyof typeof datasetSchema.shape;

const LISTS: readonly DatasetList[] = ["articles", "actors", "events"];
const isList = (key: string): key is DatasetList => (LISTS as readonly string[]).includes(key);

/** The top-level fields the schema checks before each list, in its order: zod reports the first issue in that order. */
const FIELDS_BEFORE = Object.fromEntries(
  LISTS.map((list) => {
    const fields = Object.keys(datasetSchema.shape) as Field[];
    return [list, fields.slice(0, fields.indexOf(list))];
  }),
) as Record<DatasetList, Field[]>;

/** How far a list's entries have been checked as they arrived. */
interface ListReading {
  entries: number;
  /** False once an entry was not accepted: later ones are not checked. */
  valid: boolean;
  closed: boolean;
}

const decoder = new TextDecoder();

/**
 * How far into a file entries are checked as they arrive. Following every
 * byte and parsing thousands of pieces costs the worker about 15–55% more
 * than one JSON.parse and check of the whole, and on a local download it
 * competes with the download for the CPU, so a big valid file loaded
 * slower; a first megabyte holds the first entries of every list that
 * starts in it, and costs the download nothing measurable.
 */
export const STREAM_CHECK_BYTES = 1_000_000;

/**
 * A dataset file checked while its bytes arrive, then read whole at the end
 * as before. In its first STREAM_CHECK_BYTES the scanner finds the
 * top-level values and the entries of `articles`, `actors` and `events`;
 * each is parsed as it completes, and each entry is checked as the whole
 * dataset's check would (checkDatasetEntry). When an entry is refused, and
 * every field the schema checks before its list has arrived and is valid,
 * the refusal is known at once, with the message the whole file would give.
 * Anything the scanner does not follow (see JsonStreamScanner), a piece that
 * is not JSON, and spreadsheets are only read whole at the end.
 *
 * What it cannot see is what has not arrived: a refusal is given for the
 * first bad entry even when the rest of the file would have been refused
 * first for a syntax error there, or would have repeated the list's key.
 */
export class DatasetStream {
  private bytes: Uint8Array;
  private length = 0;
  private readonly scanner = new JsonStreamScanner(new Set(LISTS));
  /** False once the scanner gave up, a piece is not JSON, or the budget is spent: nothing more is checked. */
  private following: boolean;
  private readonly validFields = new Set<Field>();
  private readonly lists = new Map<DatasetList, ListReading>();
  private refusal: DatasetLoadError | null = null;
  private readonly sink: ScanSink = {
    value: (key, start, end) => this.onValue(key, start, end),
    entries: (key, start, end, count) => this.onEntries(key as DatasetList, start, end, count),
    listEnd: (key) => this.onListEnd(key as DatasetList),
  };

  /** `total`: the file's size where known, so its buffer is allocated once; `checkBytes`: see STREAM_CHECK_BYTES. */
  constructor(
    readonly name: string,
    total: number | null,
    private readonly checkBytes = STREAM_CHECK_BYTES,
  ) {
    this.bytes = new Uint8Array(total ?? 1 << 20);
    this.following = !isSpreadsheetName(name);
  }

  /** Takes the next bytes; returns the refusal as soon as an entry is refused (then later bytes are not read). */
  add(chunk: Uint8Array): DatasetLoadError | null {
    if (this.refusal) return this.refusal;
    const length = this.length + chunk.byteLength;
    if (length > this.bytes.byteLength) {
      const grown = new Uint8Array(Math.max(length, this.bytes.byteLength * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(chunk, this.length);
    this.length = length;
    if (!this.following) return this.refusal;
    this.scanner.scan(this.bytes, Math.min(length, this.checkBytes), this.sink);
    if (this.scanner.unusual || length > this.checkBytes) this.following = false;
    return this.refusal;
  }

  /** The file's text once every byte is in, to read whole as before (see datasetFromText); the bytes are let go. */
  text(): string {
    const text = decodeDatasetBytes(this.bytes.subarray(0, this.length));
    this.bytes = new Uint8Array(0);
    this.length = 0;
    return text;
  }

  private parse(start: number, end: number, wrap: boolean): unknown {
    const text = decoder.decode(this.bytes.subarray(start, end));
    return JSON.parse(wrap ? `[${text}]` : text);
  }

  private onValue(key: string, start: number, end: number): void {
    if (!this.following) return;
    let value: unknown;
    try {
      value = this.parse(start, end, false);
    } catch {
      this.following = false;
      return;
    }
    if (Object.hasOwn(datasetSchema.shape, key) && !isList(key) && isValidDatasetField(key as Field, value)) this.validFields.add(key as Field);
  }

  private listReading(list: DatasetList): ListReading {
    let reading = this.lists.get(list);
    if (!reading) {
      reading = { entries: 0, valid: true, closed: false };
      this.lists.set(list, reading);
    }
    return reading;
  }

  /** True when the schema's first issue in the whole file would be in this list, if the list has one (see FIELDS_BEFORE). */
  private comesFirst(list: DatasetList): boolean {
    return FIELDS_BEFORE[list].every((field) => {
      if (!isList(field)) return this.validFields.has(field);
      const before = this.lists.get(field);
      return before !== undefined && before.valid && before.closed;
    });
  }

  private onEntries(list: DatasetList, start: number, end: number, count: number): void {
    if (!this.following) return;
    let parsed: unknown[];
    try {
      parsed = this.parse(start, end, true) as unknown[];
    } catch {
      this.following = false;
      return;
    }
    if (parsed.length !== count) {
      this.following = false;
      return;
    }
    const reading = this.listReading(list);
    const first = reading.entries;
    reading.entries += count;
    if (!reading.valid) return;
    for (let index = 0; index < parsed.length; index++) {
      const issue = checkDatasetEntry(list, first + index, parsed[index]);
      if (!issue) continue;
      reading.valid = false;
      if (this.comesFirst(list)) this.refusal = datasetIssueError(issue);
      return;
    }
  }

  private onListEnd(list: DatasetList): void {
    this.listReading(list).closed = true;
  }
}
