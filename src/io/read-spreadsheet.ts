import { OUR_CSV_COLUMNS, type OurCsvColumn } from "./our-csv";
import { OUR_CSV_REQUIRED, ourCsvReader } from "./read-our-csv";
import { timelineJsReader, TIMELINEJS_COLUMNS, type TimelineJsColumn } from "./read-timelinejs";
import { columnKey, matchColumns, type ColumnMatch } from "./sheet-columns";
import type { SheetDataset, SheetReader } from "./sheet-dataset";
import { baseName } from "./spreadsheet-name";
import { readSheet, readSheetHeader, SpreadsheetError } from "./spreadsheet-table";

type SheetForm =
  | { form: "ours"; match: ColumnMatch<OurCsvColumn> }
  | { form: "timelinejs"; match: ColumnMatch<TimelineJsColumn> };

/** Which of the two forms a header is: ours has id, title, summary and start; the TimelineJS template has Year and Headline. */
function sheetForm(header: readonly string[], fileName: string): SheetForm {
  const keys = new Set(header.map(columnKey));
  if (OUR_CSV_REQUIRED.every((column) => keys.has(column))) return { form: "ours", match: matchColumns(header, OUR_CSV_COLUMNS, fileName) };
  if (keys.has("year") && (keys.has("headline") || keys.has("text"))) return { form: "timelinejs", match: matchColumns(header, TIMELINEJS_COLUMNS, fileName) };
  throw new SpreadsheetError(
    `${baseName(fileName)}: row 1: the columns are neither our CSV's (${OUR_CSV_REQUIRED.join(", ")}, …) nor the TimelineJS template's (Year, Month, Day, Headline, Text, …)`,
  );
}

/**
 * A .csv or .tsv file's text as a dataset in the public format, not yet
 * checked: our CSV (as Export writes it) or the TimelineJS template, told
 * apart by the header. Throws a SpreadsheetError naming the row and column.
 */
export function spreadsheetToDataset(text: string, fileName: string): SheetDataset {
  let reader: SheetReader | null = null;
  readSheet(text, fileName, (header) => {
    const form = sheetForm(header, fileName);
    const chosen = form.form === "ours" ? ourCsvReader(header, form.match, fileName) : timelineJsReader(header, form.match, fileName);
    reader = chosen;
    return chosen.add;
  });
  if (!reader) throw new SpreadsheetError(`${baseName(fileName)} is empty: it has no header row`);
  return (reader as SheetReader).finish();
}

/**
 * What a reader should know about a spreadsheet that opened: the columns that
 * were ignored because neither form has them, named once. `start` is the
 * beginning of the file; only its header row is read.
 */
export function ignoredColumnsNotice(start: string, fileName: string): string | null {
  const header = readSheetHeader(start, fileName);
  let unknown: readonly string[];
  try {
    unknown = sheetForm(header, fileName).match.unknown;
  } catch {
    return null;
  }
  if (unknown.length === 0) return null;
  const names = unknown.map((name) => `“${name}”`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `${baseName(fileName)}: ignored the column${names.length === 1 ? "" : "s"} ${list}, which the explorer does not read.`;
}
