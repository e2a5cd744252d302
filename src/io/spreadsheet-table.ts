import Papa from "papaparse";

/** A spreadsheet's problem: the message names the file, the row as a spreadsheet numbers it and, where it can, the column. */
export class SpreadsheetError extends Error {
  override name = "SpreadsheetError";
}

/** One data row and its number as a spreadsheet shows it: the header is row 1. */
export interface SheetRow {
  number: number;
  cells: readonly string[];
}

const SPREADSHEET_NAME = /\.(csv|tsv)$/i;

/** The last part of a file name or URL, without a query or fragment: "events.csv". */
export function baseName(name: string): string {
  const path = name.split(/[?#]/)[0]!;
  const last = path.slice(path.lastIndexOf("/") + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** True for a .csv or .tsv file name or URL. */
export function isSpreadsheetName(name: string): boolean {
  return SPREADSHEET_NAME.test(baseName(name));
}

/**
 * A tab for .tsv; for .csv the delimiter that splits the header row (Excel in many locales
 * writes ";"). Papa Parse's own guess weighs the first rows, whose cells may hold more ";" than
 * the row has commas; a header of column names holds neither.
 */
function delimiterFor(name: string, text: string): string {
  if (/\.tsv$/i.test(baseName(name))) return "\t";
  const header = text.slice(0, text.search(/[\r\n]|$/));
  return Papa.parse<string[]>(header, { delimiter: "", preview: 1 }).meta.delimiter;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

function sheetError(name: string, error: Papa.ParseError, row: number | undefined): SpreadsheetError {
  const problem = error.code === "MissingQuotes" ? "a quoted cell is never closed (a \" is missing)" : error.message;
  return new SpreadsheetError(`${baseName(name)}: ${row === undefined ? "" : `row ${row}: `}${problem}`);
}

// A file of one column has no delimiter to find; that is not an error.
const isProblem = (error: Papa.ParseError) => error.code !== "UndetectableDelimiter";

/**
 * Reads CSV or TSV text (RFC 4180 quoting; a cell may hold commas, quotes and
 * line breaks) a record at a time, so that no table of the whole file is kept:
 * `begin` gets the header row and returns what takes each row after it, with
 * its number as a spreadsheet numbers it (the header is row 1; blank rows are
 * skipped but counted).
 */
export function readSheet(text: string, name: string, begin: (header: readonly string[]) => (row: SheetRow) => void): void {
  let number = 0;
  let take: ((row: SheetRow) => void) | null = null;
  let failure: Error | null = null;
  const body = text.replace(/^\uFEFF/, "");
  Papa.parse<string[]>(body, {
    delimiter: delimiterFor(name, body),
    header: false,
    skipEmptyLines: false,
    step: (result, parser) => {
      number += 1;
      try {
        const problem = result.errors.find(isProblem);
        if (problem) throw sheetError(name, problem, number);
        const cells = result.data;
        if (isBlank(cells)) return;
        if (take) take({ number, cells });
        else take = begin(cells);
      } catch (error) {
        failure = error as Error;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
}

/** The header row alone, from the start of a file. */
export function readSheetHeader(text: string, name: string): readonly string[] {
  const body = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(body, { delimiter: delimiterFor(name, body), header: false, preview: 1 });
  return result.data[0] ?? [];
}
