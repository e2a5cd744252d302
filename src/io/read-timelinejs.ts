import { dateStart, dateEnd } from "../dataset/event-time";
import type { DatasetInput } from "../dataset/schema";
import type { Precision } from "../dataset/dataset-rules";
import { quoteValue } from "../dataset/quote-value";
import { safeHttpUrl } from "../dataset/safe-url";
import { eventsRange } from "./events-range";
import { htmlToText } from "./html-to-text";
import { columnCells, headingOf, type ColumnMatch } from "./sheet-columns";
import { describePlace, detailBelowField, type SheetDataset, type SheetPlace, type SheetReader } from "./sheet-dataset";
import { baseName } from "./spreadsheet-name";
import { SpreadsheetError, type SheetRow } from "./spreadsheet-table";

/** The columns of the TimelineJS Google Sheets template, in its order. */
export const TIMELINEJS_COLUMNS = [
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
  "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group", "Background",
] as const;

export type TimelineJsColumn = (typeof TIMELINEJS_COLUMNS)[number];

/** The longest title made from a row's Text when it has no Headline. */
const TITLE_FROM_TEXT_LENGTH = 80;

interface CalendarDate {
  value: string;
  precision: Precision;
  year: number;
  month: number;
  day: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * Reads a sheet in the TimelineJS template: Headline → title, Text (HTML) →
 * summary as plain text, Year/Month/Day → the start at day, month or year
 * precision, End … → the end, Group → the lane, an http(s) Media → a source
 * credited to Media Credit, and a row of Type "title" → the dataset's title and
 * description. Time, Display Date, Media Thumbnail and Background have no
 * place in the explorer and are left out. Event ids are "row-N", N the row.
 */
export function timelineJsReader(header: readonly string[], match: ColumnMatch<TimelineJsColumn>, fileName: string): SheetReader {
  const file = baseName(fileName);
  const heading = (column: TimelineJsColumn) => headingOf(header, match, column);
  const fail = (row: SheetRow, column: TimelineJsColumn, problem: string): never => {
    throw new SpreadsheetError(`${file}: row ${row.number}, column "${heading(column)}": ${problem}`);
  };
  const cells = columnCells(match, TIMELINEJS_COLUMNS, (text) => text.trim());
  const cell = (row: SheetRow, column: TimelineJsColumn) => cells[column](row.cells);

  const number = (row: SheetRow, column: TimelineJsColumn, what: string, min: number, max: number): number | null => {
    const text = cell(row, column);
    if (text === "") return null;
    if (!/^-?\d+$/.test(text)) return fail(row, column, `${quoteValue(text)} is not a ${what}`);
    const value = Number(text);
    if (value < min || value > max) return fail(row, column, `${quoteValue(text)} is not a ${what} (${min}–${max})`);
    return value;
  };

  const date = (row: SheetRow, [yearColumn, monthColumn, dayColumn]: readonly [TimelineJsColumn, TimelineJsColumn, TimelineJsColumn]): CalendarDate | null => {
    const year = number(row, yearColumn, "year", 1, 9999);
    const month = number(row, monthColumn, "month", 1, 12);
    const day = number(row, dayColumn, "day", 1, 31);
    if (year === null) {
      if (month !== null || day !== null) fail(row, yearColumn, `a date needs a year`);
      return null;
    }
    if (month === null) {
      if (day !== null) fail(row, monthColumn, `a day needs a month`);
      return { value: `${pad(year, 4)}-01`, precision: "year", year, month: 1, day: 1 };
    }
    if (day === null) return { value: `${pad(year, 4)}-${pad(month)}`, precision: "month", year, month, day: 1 };
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > daysInMonth) fail(row, dayColumn, `${day} is not a day of ${year}-${pad(month)}, which has ${daysInMonth}`);
    return { value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: "day", year, month, day };
  };

  let title: { headline: string; text: string; row: SheetRow } | null = null;
  const places: SheetPlace[] = [];
  const articleIds = new Map<string, string>();
  const articles: (DatasetInput["articles"][number] & { place: SheetPlace })[] = [];
  const events: DatasetInput["events"] = [];

  const add = (row: SheetRow) => {
    const type = cell(row, "Type").toLowerCase();
    const headline = htmlToText(cell(row, "Headline"));
    const text = htmlToText(cell(row, "Text"));
    if (type === "title") {
      if (title) fail(row, "Type", `a second title row (the first is row ${title.row.number})`);
      title = { headline, text, row };
      return;
    }
    const start = date(row, ["Year", "Month", "Day"]);
    if (!start) return fail(row, "Year", "a row needs a year");
    const end = date(row, ["End Year", "End Month", "End Day"]);
    const precision = start.precision;
    if (end && dateEnd(end.value, end.precision) <= dateStart(start.value, precision)) fail(row, "End Year", `the end (${end.value}) is before the start (${start.value})`);
    const endValue = end ? endAt(end, precision) : undefined;
    if (headline === "" && text === "") fail(row, "Headline", "a row needs a Headline or a Text");
    const eventTitle = headline !== "" ? headline : shorten(text);

    const sources: DatasetInput["events"][number]["sources"] = [];
    const media = safeHttpUrl(cell(row, "Media"));
    if (media) {
      const credit = htmlToText(cell(row, "Media Credit"));
      const caption = htmlToText(cell(row, "Media Caption"));
      let id = articleIds.get(media);
      if (id === undefined) {
        id = `media-${articleIds.size + 1}`;
        articleIds.set(media, id);
        articles.push({
          id,
          outlet: credit !== "" ? credit : new URL(media).hostname,
          headline: caption !== "" ? caption : eventTitle,
          published: `${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}`,
          publishedInferred: true,
          publishedNote: "The spreadsheet gives no publication date; the event's date stands in for it.",
          url: media,
          place: { row: row.number, column: heading("Media") },
        });
      }
      sources.push({ article: id, quote: caption !== "" ? caption : credit !== "" ? credit : new URL(media).hostname });
    }
    const group = cell(row, "Group");
    places.push({ row: row.number, column: "" });
    events.push({
      id: `row-${row.number}`,
      title: eventTitle,
      summary: text !== "" ? text : eventTitle,
      start: start.value,
      ...(endValue !== undefined && endValue !== start.value ? { end: endValue } : {}),
      precision,
      ...(group !== "" ? { track: group } : type === "era" ? { track: "Eras" } : {}),
      actors: [],
      sources,
      disputes: [],
    });
  };

  const finish = (): SheetDataset => {
    if (events.length === 0) throw new SpreadsheetError(`${file} has no events: every row is a title row or blank`);

    const columnOf: Partial<Record<string, TimelineJsColumn>> = { title: "Headline", summary: "Text", start: "Year", end: "End Year", track: "Group", sources: "Media" };
    const json: DatasetInput = {
      title: title && title.headline !== "" ? title.headline : file.replace(/\.[^.]+$/, ""),
      ...(title && title.text !== "" ? { description: title.text } : {}),
      range: eventsRange(events),
      articles: articles.map(({ place: _place, ...article }) => article),
      actors: [],
      events,
    };
    const titleRow = title?.row;
    return {
      json,
      describe: (path) => {
        const [list, index, field] = path;
        if (list === "events" && typeof index === "number") {
          const column = typeof field === "string" ? columnOf[field] : undefined;
          return describePlace(file, { row: places[index]!.row, column: column ? heading(column) : "" }, detailBelowField(path));
        }
        if (list === "articles" && typeof index === "number") return describePlace(file, articles[index]!.place);
        if (titleRow && (list === "title" || list === "description")) return describePlace(file, { row: titleRow.number, column: heading(list === "title" ? "Headline" : "Text") });
        return null;
      },
    };
  };
  return { add, finish };
}

/** The end as the event's precision writes it: the last day of its period for a day-precision start, so the schema's "end is not before start" holds. */
function endAt(end: CalendarDate, precision: Precision): string {
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const year = pad(end.year, 4);
  if (precision === "day") {
    if (end.precision === "day") return end.value;
    const month = end.precision === "year" ? 12 : end.month;
    return `${year}-${pad(month)}-${pad(lastDay(end.year, month))}`;
  }
  return end.precision === "year" ? `${year}-12` : `${year}-${pad(end.month)}`;
}

/** A title from a row's Text: its first line, cut at a word near 80 characters. */
function shorten(text: string): string {
  const line = text.split("\n")[0]!;
  if (line.length <= TITLE_FROM_TEXT_LENGTH) return line;
  const cut = line.slice(0, TITLE_FROM_TEXT_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
