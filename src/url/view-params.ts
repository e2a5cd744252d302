import { eventPositionsByFacet, facetNames, type FacetName } from "../dataset/dataset-index";
import { quoteValue } from "../dataset/quote-value";
import { safeHttpUrl } from "../dataset/safe-url";
import type { Dataset } from "../dataset/schema";
import { isCalendarDay } from "../dataset/dataset-rules";
import type { ActorMatch } from "../filters/actor-match";

export const views = ["timeline", "list", "sources"] as const;
/** The tab the reader looks at. */
export type ViewName = (typeof views)[number];

/** Everything a link restores: the view, the selection, the filter, the visible window, the dataset. */
export interface ViewParams {
  view: ViewName;
  /** Selected event id. */
  event: string | null;
  /** Actor ids in the filter, in the order chosen. */
  actors: string[];
  match: ActorMatch;
  /** The search as typed ("" for none). */
  q: string;
  /** Facet values in the filter (any of a facet's values; every facet must hold). */
  tracks: string[];
  outlets: string[];
  places: string[];
  /** Only events the sources dispute. */
  disputed: boolean;
  /** First and last day (inclusive) of the visible window (YYYY-MM-DD); both or neither. */
  from: string | null;
  to: string | null;
  /** A dataset URL (http(s) or relative) in place of the bundled one. */
  data: string | null;
  /** `embed=1`: the explorer framed in a host page (the timeline and the details only). */
  embed: boolean;
}

export const DEFAULT_VIEW_PARAMS: ViewParams = {
  view: "timeline",
  event: null,
  actors: [],
  match: "any",
  q: "",
  tracks: [],
  outlets: [],
  places: [],
  disputed: false,
  from: null,
  to: null,
  data: null,
  embed: false,
};

/** True for an absolute http(s) URL or a relative one (which the page resolves against itself). */
export function isHttpOrRelativeUrl(value: string): boolean {
  return safeHttpUrl(value, "http://relative.invalid/") !== null;
}

/** The longest search an address may hold; longer ones are cut, with a notice. */
export const MAX_SEARCH_LENGTH = 500;

// A value list is comma-separated; a comma or percent sign inside a value (places such as "Hmeimim air base, Syria") is escaped.
const escapeListValue = (value: string) => value.replace(/%/g, "%25").replace(/,/g, "%2C");
const unescapeListValue = (value: string) => value.replace(/%(25|2C)/gi, (escape) => (escape === "%25" ? "%" : ","));

function parseList(text: string, unescape = (value: string) => value): string[] {
  return [...new Set(text.split(",").map((value) => unescape(value).trim()).filter(Boolean))];
}

/** Reads a query string into view params. Never throws: what it cannot use it skips, with a notice. */
export function parseViewParams(search: string): { view: ViewParams; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const view: ViewParams = { ...DEFAULT_VIEW_PARAMS, actors: [], tracks: [], outlets: [], places: [] };

  const tab = params.get("view");
  if (tab !== null) {
    if ((views as readonly string[]).includes(tab)) view.view = tab as ViewName;
    else notices.push(`Ignored unknown view ${quoteValue(tab)}`);
  }

  const event = params.get("event");
  if (event !== null && event !== "") view.event = event;

  const actors = params.get("actors");
  if (actors !== null) view.actors = parseList(actors);

  const match = params.get("match");
  if (match !== null) {
    if (match === "any" || match === "all") view.match = match;
    else notices.push(`Ignored unknown match ${quoteValue(match)} (use "any" or "all")`);
  }

  const q = params.get("q")?.trim();
  if (q) {
    if (q.length > MAX_SEARCH_LENGTH) notices.push(`Shortened the search to its first ${MAX_SEARCH_LENGTH} characters`);
    view.q = q.slice(0, MAX_SEARCH_LENGTH);
  }
  for (const facet of facetNames) {
    const values = params.get(facet);
    if (values !== null) view[facet] = parseList(values, unescapeListValue);
  }
  const disputed = params.get("disputed");
  if (disputed !== null) {
    if (disputed === "1") view.disputed = true;
    else if (disputed !== "0") notices.push(`Ignored disputed=${quoteValue(disputed)} (use disputed=1)`);
  }

  const from = params.get("from");
  const to = params.get("to");
  const fromOk = from !== null && isCalendarDay(from);
  const toOk = to !== null && isCalendarDay(to);
  if (from !== null && !fromOk) notices.push("Ignored malformed date in 'from'");
  if (to !== null && !toOk) notices.push("Ignored malformed date in 'to'");
  if (fromOk && toOk) {
    if (from <= to) {
      view.from = from;
      view.to = to;
    } else notices.push("Ignored 'from' and 'to': 'from' is after 'to'");
  } else if (fromOk !== toOk && (from === null || to === null)) {
    notices.push(`Ignored '${fromOk ? "from" : "to"}' without '${fromOk ? "to" : "from"}'`);
  }

  const data = params.get("data");
  if (data !== null && data !== "") {
    if (isHttpOrRelativeUrl(data)) view.data = data;
    else notices.push("Ignored 'data': only http(s) or relative URLs can be opened");
  }

  const embed = params.get("embed");
  if (embed !== null) {
    if (embed === "1" || embed === "0") view.embed = embed === "1";
    else notices.push(`Ignored unknown embed ${quoteValue(embed)} (use "1")`);
  }

  return { view, notices };
}

/** Writes view params as a query string ("?…", or "" for the defaults) in a fixed key order. */
export function serializeViewParams(view: ViewParams): string {
  const params = new URLSearchParams();
  if (view.data !== null) params.set("data", view.data);
  if (view.view !== DEFAULT_VIEW_PARAMS.view) params.set("view", view.view);
  if (view.event !== null) params.set("event", view.event);
  if (view.actors.length > 0) params.set("actors", view.actors.join(","));
  if (view.actors.length > 0 && view.match !== DEFAULT_VIEW_PARAMS.match) params.set("match", view.match);
  if (view.q.trim() !== "") params.set("q", view.q.trim());
  for (const facet of facetNames) {
    if (view[facet].length > 0) params.set(facet, view[facet].map(escapeListValue).join(","));
  }
  if (view.disputed) params.set("disputed", "1");
  if (view.from !== null && view.to !== null) {
    params.set("from", view.from);
    params.set("to", view.to);
  }
  if (view.embed) params.set("embed", "1");
  // Commas between list values are left readable; URLSearchParams would escape them (a comma inside a value is already %2C, now %252C).
  const text = params.toString().replace(/%2C/g, ",");
  return text ? `?${text}` : "";
}

/**
 * The event ids and facet values a dataset has. Anything that answers `has` will do, e.g. the
 * DatasetIndex's maps, so no second 100,000-entry set is built.
 */
export interface KnownValues {
  eventIds: Pick<ReadonlySet<string>, "has">;
  facetValues: Record<FacetName, Pick<ReadonlySet<string>, "has">>;
}

function knownValuesOf(dataset: Pick<Dataset, "events" | "articles">): KnownValues {
  const facets = eventPositionsByFacet(dataset.events, new Map(dataset.articles.map((article) => [article.id, article])));
  return { eventIds: new Set(dataset.events.map((event) => event.id)), facetValues: facets };
}

const facetLabels: Record<FacetName, [one: string, many: string]> = {
  tracks: ["track", "tracks"],
  outlets: ["outlet", "outlets"],
  places: ["place", "places"],
};

/**
 * Drops what the dataset does not know (an unknown event, unknown actors or facet values,
 * a window outside its range) and says so, so a stale link still opens the rest of its view.
 */
export function checkViewAgainstDataset(
  view: ViewParams,
  dataset: Pick<Dataset, "events" | "actors" | "range" | "articles">,
  known: KnownValues = knownValuesOf(dataset),
): { view: ViewParams; notices: string[] } {
  const { eventIds, facetValues } = known;
  const notices: string[] = [];
  const next: ViewParams = { ...view };
  if (view.event !== null && !eventIds.has(view.event)) {
    notices.push(`Event ${quoteValue(view.event)} not found`);
    next.event = null;
  }
  const actorIds = new Set(dataset.actors.map((actor) => actor.id));
  const unknown = view.actors.filter((id) => !actorIds.has(id));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 3).map((id) => quoteValue(id)).join(", ");
    const more = unknown.length > 3 ? ` and ${(unknown.length - 3).toLocaleString("en-US")} more` : "";
    notices.push(`Unknown ${unknown.length === 1 ? "actor" : "actors"} ${named}${more} ignored`);
    next.actors = view.actors.filter((id) => actorIds.has(id));
  }
  for (const facet of facetNames) {
    const missing = view[facet].filter((value) => !facetValues[facet].has(value));
    if (missing.length === 0) continue;
    const [one, many] = facetLabels[facet];
    notices.push(`Unknown ${missing.length === 1 ? one : many} ${missing.slice(0, 3).map((value) => quoteValue(value)).join(", ")}${missing.length > 3 ? ` and ${(missing.length - 3).toLocaleString("en-US")} more` : ""} ignored`);
    next[facet] = view[facet].filter((value) => facetValues[facet].has(value));
  }
  if (view.from !== null && view.to !== null && (view.to < dataset.range.start || view.from > dataset.range.end)) {
    notices.push(`Ignored window ${view.from} to ${view.to}: outside the dataset (${dataset.range.start} to ${dataset.range.end})`);
    next.from = null;
    next.to = null;
  }
  return { view: next, notices };
}
