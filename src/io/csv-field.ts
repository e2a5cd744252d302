/** RFC 4180 rows: fields are quoted when they hold a comma, a quote, a line break or edge spaces; records end in CRLF. */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field: as it is, or in double quotes with its quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record with its CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}
