import type { DatasetIndex } from "../dataset/dataset-index";
import type { Dataset, TimelineEvent } from "../dataset/schema";
import { calendarPieces } from "./calendar";
import { datasetJsonPieces } from "./dataset-json";
import { ourCsvPieces } from "./our-csv";
import { shownDatasetStepCount, shownDatasetSteps } from "./shown-dataset";

/** The formats the Export control offers. */
export type ExportFormatId = "csv" | "json" | "ics";

export interface ExportFormat {
  id: ExportFormatId;
  /** The menu item's label. */
  label: string;
  /** What the reader gets, under the label. */
  hint: string;
  extension: string;
  mimeType: string;
  /** The file, a piece at a time: a header, one piece per event of `events` (the dataset's own by default), a footer. */
  pieces(dataset: Dataset, now: Date, events?: Iterable<TimelineEvent>): Iterable<string>;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: "csv",
    label: "CSV",
    hint: "Spreadsheet, one row per event",
    extension: "csv",
    mimeType: "text/csv;charset=utf-8",
    pieces: (dataset, _now, events) => ourCsvPieces(dataset, events),
  },
  {
    id: "json",
    label: "JSON",
    hint: "A dataset the explorer opens",
    extension: "json",
    mimeType: "application/json",
    pieces: (dataset, _now, events) => datasetJsonPieces(dataset, events),
  },
  {
    id: "ics",
    label: "Calendar (.ics)",
    hint: "All-day entries for a calendar app",
    extension: "ics",
    mimeType: "text/calendar;charset=utf-8",
    pieces: calendarPieces,
  },
];

/**
 * The file of these events, a piece at a time: first the steps of gathering
 * them into a dataset of their own (empty pieces), then the format's pieces.
 */
export function* exportPieces(format: ExportFormat, index: DatasetIndex, events: readonly TimelineEvent[], now: Date): Generator<string> {
  const steps = shownDatasetSteps(index, events);
  let step = steps.next();
  while (!step.done) {
    yield "";
    step = steps.next();
  }
  yield* format.pieces(step.value.dataset, now, step.value.events);
}

/** How many pieces `exportPieces` yields for this many events (header and footer included), for progress. */
export function exportPieceCount(events: number): number {
  return shownDatasetStepCount(events) + events + 2;
}

/** The whole file at once, for scripts and tests; the page builds it in slices (see `buildBlobInSlices`). */
export function exportText(format: ExportFormat, index: DatasetIndex, events: readonly TimelineEvent[], now: Date): string {
  return [...exportPieces(format, index, events, now)].join("");
}
