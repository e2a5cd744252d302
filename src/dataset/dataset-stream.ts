import { isSpreadsheetName } from "../io/spreadsheet-table";
import { checkDatasetEntry, isValidDatasetField } from "./check-dataset";
import { JsonStreamScanner, type ScanSink } from "./json-stream-scanner";
import { datasetFromText, datasetIssueError, decodeDatasetBytes, DatasetLoadError } from "./parse-dataset-text";
import type { DatasetEntry, DatasetList, ReadLists } from "./read-valid-dataset";
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

/** How far a list's entries have been read as they arrived. */
interface ListReading {
  /** Each entry as the fast path reads it, while it reads them all. */
  read: DatasetEntry<DatasetList>[];
  /** False once an entry could not be read (the whole-file check then reads the list). */
  reading: boolean;
  closed: boolean;
}

/** A dataset file read as its bytes arrive (see DatasetStream.add and finish). */
export interface StreamedDataset {
  json: unknown;
  describe?: (path: readonly PropertyKey[]) => string | null;
  /** Lists already read entry by entry, for parseDataset. */
  lists: ReadLists;
}

const decoder = new TextDecoder();

/**
 * How far into a file entries are checked as they arrive. Past it the file is
 * read whole at the end, as before: following every byte costs the worker
 * about 15–55% more than one JSON.parse and check of the whole (the scan, and
 * parsing thousands of pieces), which the download hides only in part, so
 * doing it for the whole of a big valid file would make it load slower.
 */
export const STREAM_CHECK_BYTES = 4_000_000;

/**
 * A dataset file checked while its bytes arrive. The scanner finds the
 * top-level values and the entries of `articles`, `actors` and `events`;
 * each is parsed as it completes, and each entry is read by the fast path.
 * When an entry is refused, and every field the schema checks before its
 * list has arrived and is valid, the refusal is known at once, with the
 * message the whole file would give. At the end the parsed pieces are the
 * dataset's JSON, so the file is not parsed again; anything the scanner does
 * not follow (see JsonStreamScanner), a piece that is not JSON, and
 * spreadsheets are read whole at the end as before, with the same messages.
 *
 * Only the first STREAM_CHECK_BYTES are followed; a bigger file is then
 * read whole at the end, as before.
 *
 * What it cannot see is what has not arrived: a refusal is given for the
 * first bad entry even when the rest of the file would have been refused
 * first for a syntax error there, or would have repeated the list's key.
 */
export class DatasetStream {
  private bytes: Uint8Array;
  private length = 0;
  private readonly scanner: JsonStreamScanner | null;
  /** The document as parsed so far: false once a piece is not JSON. */
  private json: Record<string, unknown> | false = {};
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
    private readonly name: string,
    total: number | null,
    private readonly checkBytes = STREAM_CHECK_BYTES,
  ) {
    this.bytes = new Uint8Array(total ?? 1 << 20);
    this.scanner = isSpreadsheetName(name) ? null : new JsonStreamScanner(new Set(LISTS));
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
    if (!this.scanner || !this.json || this.scanner.unusual) return this.refusal;
    this.scanner.scan(this.bytes, Math.min(length, this.checkBytes), this.sink);
    // Past the budget the pieces are not parsed on: the whole file is, at the end.
    if (length > this.checkBytes) this.json = false;
    return this.refusal;
  }

  /** The dataset's JSON once every byte is in: the pieces parsed, or the whole file read as before. Throws a DatasetLoadError where the file is not JSON. */
  finish(): StreamedDataset {
    if (!this.scanner || !this.json || !this.scanner.complete) return { ...datasetFromText(decodeDatasetBytes(this.bytes.subarray(0, this.length)), this.name), lists: {} };
    const lists: Record<string, unknown[]> = {};
    for (const [list, { read, reading, closed }] of this.lists) if (reading && closed) lists[list] = read;
    return { json: this.json, lists: lists as ReadLists };
  }

  private parse(start: number, end: number, wrap: boolean): unknown {
    const text = decoder.decode(this.bytes.subarray(start, end));
    return JSON.parse(wrap ? `[${text}]` : text);
  }

  private onValue(key: string, start: number, end: number): void {
    if (!this.json) return;
    let value: unknown;
    try {
      value = this.parse(start, end, false);
    } catch {
      this.json = false;
      return;
    }
    this.json[key] = value;
    if (Object.hasOwn(datasetSchema.shape, key) && !isList(key) && isValidDatasetField(key as Field, value)) this.validFields.add(key as Field);
  }

  private listReading(list: DatasetList): ListReading {
    let reading = this.lists.get(list);
    if (!reading) {
      reading = { read: [], reading: true, closed: false };
      this.lists.set(list, reading);
      if (this.json) this.json[list] = [];
    }
    return reading;
  }

  /** True when the schema's first issue in the whole file would be in this list, if the list has one (see FIELDS_BEFORE). */
  private comesFirst(list: DatasetList): boolean {
    return FIELDS_BEFORE[list].every((field) => {
      if (!isList(field)) return this.validFields.has(field);
      const before = this.lists.get(field);
      return before !== undefined && before.reading && before.closed;
    });
  }

  private onEntries(list: DatasetList, start: number, end: number, count: number): void {
    if (!this.json) return;
    let parsed: unknown[];
    try {
      parsed = this.parse(start, end, true) as unknown[];
    } catch {
      this.json = false;
      return;
    }
    const reading = this.listReading(list);
    const into = this.json[list] as unknown[];
    const first = into.length;
    for (const entry of parsed) into.push(entry);
    if (parsed.length !== count) this.json = false;
    if (!reading.reading || !this.json) return;
    for (let index = 0; index < parsed.length; index++) {
      const check = checkDatasetEntry(list, first + index, parsed[index]);
      if (check.valid && check.read) {
        reading.read.push(check.read);
        continue;
      }
      reading.reading = false;
      if (!check.valid && this.comesFirst(list)) this.refusal = datasetIssueError(check.issue);
      return;
    }
  }

  private onListEnd(list: DatasetList): void {
    this.listReading(list).closed = true;
  }
}
