import type { Actor } from "../dataset/schema";
import { parseSearchQuery } from "../text/search-text";
import type { EventFilters } from "./shown-events";

const count = (n: number) => n.toLocaleString("en");

/** Up to two values by name ("A or B"), more as a count ("3 outlets"). */
function list(values: readonly string[], many: string): string {
  return values.length <= 2 ? values.join(" or ") : `${count(values.length)} ${many}`;
}

/** What each active filter does, in reading order: `matching "Sputnik"`, `involving Vladimir Putin`, …. */
export function activeFilterPhrases(filters: EventFilters, actorsById: ReadonlyMap<string, Actor>): string[] {
  const phrases: string[] = [];
  if (parseSearchQuery(filters.q).terms.length > 0) phrases.push(`matching "${filters.q.trim()}"`);
  if (filters.actors.length > 0) {
    const names = filters.actors.map((id) => actorsById.get(id)?.name ?? id);
    const all = filters.match === "all";
    phrases.push(`involving ${names.length <= 2 ? names.join(all ? " and " : " or ") : `${all ? "all" : "any"} of ${count(names.length)} actors`}`);
  }
  if (filters.tracks.length > 0) phrases.push(`in ${list(filters.tracks, "tracks")}`);
  if (filters.outlets.length > 0) phrases.push(`reported by ${list(filters.outlets, "outlets")}`);
  if (filters.places.length > 0) phrases.push(`at ${list(filters.places, "places")}`);
  if (filters.disputed) phrases.push("that the sources dispute");
  return phrases;
}

/** The status line, the one place that says what is shown: "Showing 1 of 62 events matching "Sputnik"". */
export function statusLine(shown: number, total: number, filters: EventFilters, actorsById: ReadonlyMap<string, Actor>): string {
  const phrases = activeFilterPhrases(filters, actorsById);
  return [`Showing ${count(shown)} of ${count(total)} events`, phrases.join(", ")].filter(Boolean).join(" ");
}
