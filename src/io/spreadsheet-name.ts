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
