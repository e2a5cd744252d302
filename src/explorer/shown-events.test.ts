import { describe, expect, it } from "vitest";
import fixture from "../../tests/fixtures/timeline.json";
import { buildDatasetIndex, DEFAULT_TRACK, UNKNOWN_OUTLET } from "../dataset/dataset-index";
import { datasetSchema } from "../dataset/schema";
import { hasActiveFilters, isEventShown, NO_FILTERS, selectShownEvents, shownEventMask, type EventFilters } from "./shown-events";

const index = buildDatasetIndex(datasetSchema.parse(fixture));
const shown = (filters: Partial<EventFilters>) => selectShownEvents(index, { ...NO_FILTERS, ...filters });
const ids = (filters: Partial<EventFilters>) => shown(filters).events.map((event) => event.id);

describe("selectShownEvents", () => {
  it("selectShownEvents shows every event, with the dataset's counts, when no filter is set", () => {
    const all = shown({});
    expect(all.events).toEqual(index.events);
    expect(all.counts.actors).toBe(index.actorCounts);
    expect(all.counts.tracks).toEqual(new Map([["Military", 3], ["Diplomacy", 1], [DEFAULT_TRACK, 1]]));
    expect(all.counts.disputed).toBe(1);
  });

  it("selectShownEvents combines the search with the actors: both must hold", () => {
    expect(ids({ q: "withdr" })).toEqual(["putin-announces-withdrawal-2016-03-14", "putin-visits-hmeimim-2017-12"]);
    expect(ids({ q: "withdr", actors: ["vladimir-putin"] })).toHaveLength(2);
    expect(ids({ q: "russia", actors: ["staffan-de-mistura"] })).toEqual([]);
    expect(ids({ q: "talks", actors: ["staffan-de-mistura"] })).toEqual(["geneva-talks-round-8-2017-11-28"]);
  });

  it("selectShownEvents keeps any of a facet's values, and requires every facet", () => {
    expect(ids({ tracks: ["Diplomacy", DEFAULT_TRACK] })).toEqual(["de-mistura-briefing-2017-11-21", "geneva-talks-round-8-2017-11-28"]);
    expect(ids({ tracks: ["Military"], places: ["Moscow", "Geneva"] })).toEqual(["putin-announces-withdrawal-2016-03-14"]);
    expect(ids({ outlets: [UNKNOWN_OUTLET] })).toEqual(["russian-airstrikes-begin-2015-09-30"]);
  });

  it("selectShownEvents with only disputed keeps the events the sources dispute", () => {
    expect(ids({ disputed: true })).toEqual(["geneva-talks-round-8-2017-11-28"]);
  });

  it("selectShownEvents counts each choice over what the other filters leave", () => {
    const { counts } = shown({ tracks: ["Military"], q: "putin" });
    // The track counts ignore the track filter itself, so a reader sees what ticking another would add.
    expect(counts.tracks).toEqual(new Map([["Military", 2], ["Diplomacy", 0], [DEFAULT_TRACK, 0]]));
    expect(counts.actors.get("vladimir-putin")).toBe(2);
    expect(counts.actors.get("syria")).toBe(0);
    expect(counts.places.get("Moscow")).toBe(1);
    expect(counts.outlets.get("BBC News")).toBe(1);
    expect(counts.disputed).toBe(0);
  });

  it("selectShownEvents with a filter that keeps nothing shows nothing and says what each choice would give", () => {
    const none = shown({ q: "sputnik" });
    expect(none.events).toEqual([]);
    expect(none.counts.tracks.get("Military")).toBe(0);
  });

  it("selectShownEvents returns the parsed search, for highlighting", () => {
    expect(shown({ q: '"main part"' }).query.terms).toEqual([{ words: ["main", "part"] }]);
  });
});

describe("shownEventMask", () => {
  it("shownEventMask is the mask of selectShownEvents", () => {
    for (const filters of [{}, { q: "putin" }, { tracks: ["Military"], disputed: true }, { actors: ["syria"], places: ["Geneva"] }]) {
      expect(shownEventMask(index, { ...NO_FILTERS, ...filters })).toEqual(shown(filters).mask);
    }
  });
});

describe("isEventShown", () => {
  it("isEventShown agrees with the mask for every event and filter", () => {
    const cases: Partial<EventFilters>[] = [{}, { q: "putin" }, { q: '"air base"' }, { tracks: [DEFAULT_TRACK] }, { outlets: ["Example"], actors: ["russia"] }, { disputed: true }];
    for (const filters of cases) {
      const mask = shownEventMask(index, { ...NO_FILTERS, ...filters });
      index.events.forEach((event, position) => expect(isEventShown(index, { ...NO_FILTERS, ...filters }, event), JSON.stringify(filters)).toBe(mask[position] === 1));
    }
  });
});

describe("hasActiveFilters", () => {
  it("hasActiveFilters is false for no filters and a search of spaces", () => {
    expect(hasActiveFilters(NO_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...NO_FILTERS, q: '  "" ' })).toBe(false);
  });

  it("hasActiveFilters is true for any filter", () => {
    expect([{ q: "a" }, { actors: ["russia"] }, { places: ["Geneva"] }, { disputed: true }].map((filters) => hasActiveFilters({ ...NO_FILTERS, ...filters }))).toEqual([true, true, true, true]);
  });
});
