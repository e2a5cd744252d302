import { intervalAtPrecision } from "../dataset/event-time";
import { formatPublished } from "../dataset/format-date";
import type { Article, Dataset, TimelineEvent } from "../dataset/schema";
import { eventPrecision } from "../dataset/dataset-rules";
import { fileSlug } from "./export-file-name";
import { foldIcsLine, icsTextProperty } from "./ics-text";

/** 20171211 for a UTC instant: an all-day DATE value. */
function icsDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10).replaceAll("-", "");
}

/** 20261123T170502Z: a UTC DATE-TIME value. */
function icsDateTime(time: Date): string {
  return `${time.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

/** The event's summary, what its date is known to, and each source with its quotation and link. */
function description(event: TimelineEvent, articles: ReadonlyMap<string, Article>): string {
  const precision = eventPrecision(event);
  const lines = [event.summary];
  if (precision !== "day") lines.push("", `The date is known only to the ${precision}.`);
  if (event.sources.length > 0) {
    lines.push("", "Sources:");
    for (const source of event.sources) {
      const article = articles.get(source.article)!;
      const outlet = article.outlet ?? "Unknown outlet";
      lines.push(`- ${outlet}, “${article.headline}”, ${formatPublished(article.published)}: “${source.quote}”${article.url ? ` ${article.url}` : ""}`);
    }
  }
  return lines.join("\n");
}

/** One VEVENT: all-day dates, DTEND the day after the last (exclusive), a UID from the event id. */
function vevent(event: TimelineEvent, articles: ReadonlyMap<string, Article>, domain: string, stamp: string): string {
  const { start, end } = intervalAtPrecision(event, eventPrecision(event));
  return [
    "BEGIN:VEVENT\r\n",
    foldIcsLine(`UID:${event.id}@${domain}`),
    `DTSTAMP:${stamp}\r\n`,
    `DTSTART;VALUE=DATE:${icsDate(start)}\r\n`,
    `DTEND;VALUE=DATE:${icsDate(end)}\r\n`,
    icsTextProperty("SUMMARY", event.title),
    icsTextProperty("DESCRIPTION", description(event, articles)),
    event.place ? icsTextProperty("LOCATION", event.place) : "",
    event.track ? icsTextProperty("CATEGORIES", event.track) : "",
    "TRANSP:TRANSPARENT\r\n",
    "END:VEVENT\r\n",
  ].join("");
}

/**
 * Writes the dataset's events as an iCalendar file (RFC 5545), a piece at a
 * time. `now` is the DTSTAMP every VEVENT needs. A UID is the event id at the
 * dataset's slug, so importing the same export again updates the same entries.
 */
export function* calendarPieces(dataset: Dataset, now: Date, events: Iterable<TimelineEvent> = dataset.events): Generator<string> {
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const domain = fileSlug(dataset.title);
  const stamp = icsDateTime(now);
  yield [
    "BEGIN:VCALENDAR\r\n",
    "VERSION:2.0\r\n",
    "PRODID:-//Syria Timeline Explorer//Export//EN\r\n",
    "CALSCALE:GREGORIAN\r\n",
    "METHOD:PUBLISH\r\n",
    icsTextProperty("X-WR-CALNAME", dataset.title),
  ].join("");
  for (const event of events) yield vevent(event, articles, domain, stamp);
  yield "END:VCALENDAR\r\n";
}
