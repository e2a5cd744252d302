import { facetNames, type DatasetIndex, type FacetName } from "../dataset/dataset-index";
import type { TimelineEvent } from "../dataset/schema";
import { actorFilterMask, eventsInMask, filterEventsByActors, type ActorMatch } from "../filters/actor-match";
import { fieldsMatchQuery, searchableFields, searchIndexFor, searchMask } from "../filters/search-index";
import { parseSearchQuery, type SearchQuery } from "../text/search-text";

/** Everything that decides which events are shown: the actors, the search and the facets. */
export interface EventFilters {
  actors: readonly string[];
  match: ActorMatch;
  q: string;
  tracks: readonly string[];
  outlets: readonly string[];
  places: readonly string[];
  disputed: boolean;
}

/** The filters that keep every event. */
export const NO_FILTERS: EventFilters = { actors: [], match: "any", q: "", tracks: [], outlets: [], places: [], disputed: false };

/** True when some filter is set (the search counts once it has a word). */
export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.actors.length > 0 ||
    parseSearchQuery(filters.q).terms.length > 0 ||
    facetNames.some((facet) => filters[facet].length > 0) ||
    filters.disputed
  );
}

/** Per filter, how many events it would keep given what the other filters leave (each worked out when first read). */
export interface FilterCounts {
  actors: ReadonlyMap<string, number>;
  tracks: ReadonlyMap<string, number>;
  outlets: ReadonlyMap<string, number>;
  places: ReadonlyMap<string, number>;
  disputed: number;
}

/** The events shown: as a mask over `index.events`, in order, and the counts each filter's choices would give. */
export interface ShownEvents {
  mask: Uint8Array;
  events: readonly TimelineEvent[];
  query: SearchQuery;
  counts: FilterCounts;
}

type CriterionKey = "actors" | "search" | FacetName | "disputed";

/** One active filter: which events it keeps. */
interface Criterion {
  key: CriterionKey;
  mask: Uint8Array;
}

function positionsMask(eventCount: number, lists: Iterable<readonly number[] | undefined>): Uint8Array {
  const mask = new Uint8Array(eventCount);
  for (const list of lists) for (const position of list ?? []) mask[position] = 1;
  return mask;
}

function activeCriteria(index: DatasetIndex, filters: EventFilters, query: SearchQuery): Criterion[] {
  const count = index.events.length;
  const criteria: Criterion[] = [];
  if (filters.actors.length > 0) {
    criteria.push({ key: "actors", mask: actorFilterMask(index.positionsByActor, count, filters.actors, filters.match) });
  }
  const search = query.terms.length > 0 ? searchMask(searchIndexFor(index), query) : null;
  if (search) criteria.push({ key: "search", mask: search });
  for (const facet of facetNames) {
    const values = filters[facet];
    if (values.length > 0) criteria.push({ key: facet, mask: positionsMask(count, values.map((value) => index.facets[facet].get(value))) });
  }
  if (filters.disputed) criteria.push({ key: "disputed", mask: positionsMask(count, [index.facets.disputed]) });
  return criteria;
}

/**
 * THE events shown, for every view and feature (chart, list, sources, ←/→, export…):
 * those every active filter keeps — the actors, the search and the facets — with
 * counts that say, for each actor, facet value and the disputed toggle, how many
 * events it would show given the other filters.
 */
export function selectShownEvents(index: DatasetIndex, filters: EventFilters): ShownEvents {
  const query = parseSearchQuery(filters.q);
  const criteria = activeCriteria(index, filters, query);
  const count = index.events.length;
  // For each event: how many filters drop it, and (when one does) which.
  const failures = new Uint8Array(count);
  const failedBy = new Uint8Array(count);
  criteria.forEach((criterion, which) => {
    const { mask } = criterion;
    for (let position = 0; position < count; position++) {
      if (mask[position] === 1) continue;
      failures[position]! += 1;
      failedBy[position] = which;
    }
  });
  const mask = new Uint8Array(count);
  for (let position = 0; position < count; position++) if (failures[position] === 0) mask[position] = 1;

  // An event counts for a filter's choice when no other filter drops it. Plain indexed loops:
  // at 100,000 events these lists hold half a million positions, walked on every keystroke of a search.
  const countsFor = (key: CriterionKey, lists: ReadonlyMap<string, readonly number[]>): Map<string, number> => {
    const which = criteria.findIndex((criterion) => criterion.key === key);
    const counts = new Map<string, number>();
    for (const [value, list] of lists) {
      let kept = 0;
      if (criteria.length === 0) kept = list.length;
      else {
        for (let at = 0; at < list.length; at++) {
          const position = list[at]!;
          const failed = failures[position];
          if (failed === 0 || (failed === 1 && failedBy[position] === which)) kept += 1;
        }
      }
      counts.set(value, kept);
    }
    return counts;
  };
  const unfiltered = criteria.length === 0;
  // Each kind of count is worked out when first read: the filter panels read them in renders
  // of their own, which React can run in tasks apart from the chart's while a search is typed.
  const cache = new Map<keyof FilterCounts, unknown>();
  const once = <T>(key: keyof FilterCounts, compute: () => T): T => {
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  };
  return {
    mask,
    events: unfiltered ? index.events : eventsInMask(index.events, mask),
    query,
    counts: {
      get actors() {
        return once("actors", () => (unfiltered ? index.actorCounts : countsFor("actors", index.positionsByActor)));
      },
      get tracks() {
        return once("tracks", () => countsFor("tracks", index.facets.tracks));
      },
      get outlets() {
        return once("outlets", () => countsFor("outlets", index.facets.outlets));
      },
      get places() {
        return once("places", () => countsFor("places", index.facets.places));
      },
      get disputed() {
        return once("disputed", () => countsFor("disputed", new Map([["", index.facets.disputed]])).get("")!);
      },
    },
  };
}

/** Which events are shown, as 1s at their positions: the mask of `selectShownEvents`, without the counts. */
export function shownEventMask(index: DatasetIndex, filters: EventFilters): Uint8Array {
  const criteria = activeCriteria(index, filters, parseSearchQuery(filters.q));
  const mask = new Uint8Array(index.events.length).fill(1);
  for (const { mask: kept } of criteria) for (let position = 0; position < mask.length; position++) mask[position]! &= kept[position]!;
  return mask;
}

/** Whether one event passes the filters: the same answer as the masks, without building them. */
export function isEventShown(index: DatasetIndex, filters: EventFilters, event: TimelineEvent): boolean {
  if (filterEventsByActors([event], filters.actors, filters.match).length === 0) return false;
  const query = parseSearchQuery(filters.q);
  if (!fieldsMatchQuery(searchableFields(event, index.actorsById, index.articlesById), query)) return false;
  const position = index.positionById.get(event.id);
  if (position === undefined) return false;
  for (const facet of facetNames) {
    const values = filters[facet];
    if (values.length > 0 && !values.some((value) => index.facets[facet].get(value)?.includes(position))) return false;
  }
  return !filters.disputed || event.disputes.length > 0;
}
