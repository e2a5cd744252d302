import { baseName } from "./spreadsheet-name";
import { SpreadsheetError } from "./spreadsheet-table";

/** "End Year", "end_year" and " END  YEAR " are the same column. */
export function columnKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_]+/g, " ");
}

/** Where each known column is in a header, matched by name in any order and case; and the header's other names. */
export interface ColumnMatch<Column extends string> {
  positions: ReadonlyMap<Column, number>;
  /** The columns not known, as written. */
  unknown: readonly string[];
}

/** Matches a header against the known columns (given in key form); a column named twice is an error. */
export function matchColumns<Column extends string>(header: readonly string[], known: readonly Column[], fileName: string): ColumnMatch<Column> {
  const knownKeys = new Map(known.map((column) => [columnKey(column), column]));
  const positions = new Map<Column, number>();
  const unknown: string[] = [];
  header.forEach((name, position) => {
    const column = knownKeys.get(columnKey(name));
    if (column === undefined) {
      if (name.trim() !== "") unknown.push(name.trim());
      return;
    }
    if (positions.has(column)) throw new SpreadsheetError(`${baseName(fileName)}: row 1: the column "${name.trim()}" appears twice`);
    positions.set(column, position);
  });
  return { positions, unknown };
}

/**
 * A reader of each known column's cell from a row's cells (`""` where the column is absent or the row
 * is short), each cell passed through `clean`: the column's position is looked up once, not for every cell.
 */
export function columnCells<Column extends string>(
  match: ColumnMatch<Column>,
  known: readonly Column[],
  clean: (cell: string) => string,
): Record<Column, (cells: readonly string[]) => string> {
  const readers = {} as Record<Column, (cells: readonly string[]) => string>;
  for (const column of known) {
    const position = match.positions.get(column);
    readers[column] = position === undefined ? () => "" : (cells) => clean(cells[position] ?? "");
  }
  return readers;
}

/** The heading a message quotes for a column, as the file writes it. */
export function headingOf<Column extends string>(header: readonly string[], match: ColumnMatch<Column>, column: Column): string {
  const position = match.positions.get(column);
  return position === undefined ? column : header[position]!.trim();
}
