import type { DatasetInput } from "../dataset/schema";
import { formatIssuePath } from "../dataset/dataset-rules";

/** A cell of a spreadsheet: its row as a spreadsheet numbers it, and its column's heading ("" for the whole row). */
export interface SheetPlace {
  row: number;
  column: string;
}

/** A spreadsheet read into the public format, not yet checked, and where each part of it came from. */
export interface SheetDataset {
  json: DatasetInput;
  /** Where a schema issue's path points in the file: `events.csv: row 3, column "title"`; null when the file has no such place. */
  describe(path: readonly PropertyKey[]): string | null;
}

/** `events.csv: row 3, column "sources", sources[0].quote`: the file, the cell, and what in the cell. */
export function describePlace(file: string, place: SheetPlace, detail = ""): string {
  return `${file}: row ${place.row}${place.column ? `, column "${place.column}"` : ""}${detail ? `, ${detail}` : ""}`;
}

/** What inside an event's cell a path below the field points at ("sources[0].quote"), or "" for the field itself. */
export function detailBelowField(path: readonly PropertyKey[]): string {
  return path.length > 3 ? formatIssuePath(path.slice(2)) : "";
}

/** Reads a spreadsheet's rows one at a time as the parser meets them, so the file's text need not be kept as a table. */
export interface SheetReader {
  add(row: { number: number; cells: readonly string[] }): void;
  finish(): SheetDataset;
}
