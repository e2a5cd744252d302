import Papa from "papaparse";
import { baseName } from "./spreadsheet-name";

/** A spreadsheet's problem: the message names the file, the row as a spreadsheet numbers it and, where it can, the column. */
export class SpreadsheetError extends Error {
  override name = "SpreadsheetError";
}

/** One data row and its number as a spreadsheet shows it: the header is row 1. */
export interface SheetRow {
  number: number;
  cells: readonly string[];
}

/**
 * The delimiter: a tab for .tsv; for .csv the one Papa Parse finds in the first
 * rows (Excel in many locales writes ";"). Blank lines are left out of the
 * guess: the empty line after a short file's last CRLF would otherwise make
 * "," look uneven, and ";" (in an actors cell) win.
 */
function delimiterFor(text: string, name: string): string {
  if (/\.tsv$/i.test(baseName(name))) return "\t";
  return Papa.parse<string[]>(text, { preview: 10, skipEmptyLines: true }).meta.delimiter;
}

// Sliced off rather than replaced: a regular expression's replace would copy a 50 MB text.
const withoutByteOrderMark = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

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
  const body = withoutByteOrderMark(text);
  Papa.parse<string[]>(body, {
    delimiter: delimiterFor(body, name),
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
  const body = withoutByteOrderMark(text);
  const result = Papa.parse<string[]>(body, { delimiter: delimiterFor(body, name), header: false, preview: 1 });
  return result.data[0] ?? [];
}
