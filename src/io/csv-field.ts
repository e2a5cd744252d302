/** RFC 4180 rows: fields are quoted when they hold a comma, a quote, a line break or edge spaces; records end in CRLF. */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * A cell Excel or LibreOffice would run as a formula (=, +, -, @, tab, CR: OWASP's
 * list), or one that starts with the guard itself, so that a guard is always
 * the first of exactly one added quote.
 */
const NEEDS_GUARD = /^[=+\-@\t\r']/;

/** The quote OWASP advises before a formula-like cell: spreadsheets then show the cell as text. */
const GUARD = "'";
const GUARD_CODE = GUARD.charCodeAt(0);

/** One value with a single quote in front when a spreadsheet would take it for a formula (or it starts with a quote). */
export function guardFormula(value: string): string {
  return NEEDS_GUARD.test(value) ? GUARD + value : value;
}

/** A cell as read back: one leading quote, the guard, removed. */
export function unguardFormula(cell: string): string {
  return cell.charCodeAt(0) === GUARD_CODE ? cell.slice(1) : cell;
}

/** One field: as it is, or in double quotes with its quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record with its CRLF, every field guarded against formula injection. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map((field) => csvField(guardFormula(field))).join(",")}\r\n`;
}
