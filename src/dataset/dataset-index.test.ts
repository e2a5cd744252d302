import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./schema";
import facetFixture from "../../tests/fixtures/timeline.json";
import { buildDatasetIndex, DEFAULT_TRACK, eventById, eventPositionsByActor, eventPositionsByFacet, partsByParent, prepareIndex, sortEventsChronologically, trackList, UNKNOWN_OUTLET } from "./dataset-index";
import { mulberry32, pick, randomInt } from "../../scripts/random";
import { dateStart } from "./event-time";
import { datasetSchema } from "./schema";
import { eventPrecision } from "./dataset-rules";

function event(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: id, summary: id, start, actors: [], sources: [], disputes: [], ...extra };
}

const ids = (events: readonly TimelineEvent[]) => events.map((item) => item.id);

describe("sortEventsChronologically", () => {
  it("sortEventsChronologically orders by start date", () => {
    expect(ids(sortEventsChronologically([event("b", "2017-01-02"), event("a", "2016-05-01"), event("c", "2017-01-01")]))).toEqual(["a", "c", "b"]);
  });

  it("sortEventsChronologically puts a month-precision event before the days of its month", () => {
    expect(ids(sortEventsChronologically([event("day", "2017-12-01"), event("month", "2017-12"), event("nov", "2017-11-30")]))).toEqual(["nov", "month", "day"]);
  });

  it("sortEventsChronologically breaks ties by end, then id", () => {
    const sorted = sortEventsChronologically([
      event("z", "2017-01-01", { end: "2017-01-05" }),
      event("y", "2017-01-01"),
      event("x", "2017-01-01"),
    ]);
    expect(ids(sorted)).toEqual(["x", "y", "z"]);
  });

  it("sortEventsChronologically does not change its input", () => {
    const input = [event("b", "2017-01-02"), event("a", "2016-05-01")];
    sortEventsChronologically(input);
    expect(ids(input)).toEqual(["b", "a"]);
  });

  it("sortEventsChronologically returns [] for no events", () => {
    expect(sortEventsChronologically([])).toEqual([]);
  });

  it("sortEventsChronologically gives the order of one sort by first instant, start, end and id, for many events on the same days and years 0000–9999", () => {
    const random = mulberry32(5);
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    const years = [0, 99, 100, 1969, 1970, 2017, 9999];
    const events = Array.from({ length: 3000 }, (_, index) => {
      const start = `${pad(pick(random, years), 4)}-${pad(randomInt(random, 1, 12), 2)}${random() < 0.2 ? "" : `-${pad(randomInt(random, 1, 3), 2)}`}`;
      const end = random() < 0.3 ? `${start.slice(0, 7)}-${pad(randomInt(random, 3, 28), 2)}` : undefined;
      const precision = random() < 0.05 ? ("year" as const) : undefined;
      return event(`e${randomInt(random, 0, 9999)}-${index}`, start, { end, precision });
    });
    const instant = (item: TimelineEvent) => dateStart(item.start, eventPrecision(item));
    const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const expected = [...events].sort((a, b) => instant(a) - instant(b) || text(a.start, b.start) || text(a.end ?? a.start, b.end ?? b.start) || text(a.id, b.id));
    expect(ids(sortEventsChronologically(events))).toEqual(ids(expected));
  });
});

describe("eventPositionsByActor", () => {
  it("eventPositionsByActor lists each actor's event positions in order, once per event", () => {
    const positions = eventPositionsByActor([
      event("a", "2016-01-01", { actors: ["russia", "putin", "russia"] }),
      event("b", "2016-01-02"),
      event("c", "2016-01-03", { actors: ["russia"] }),
    ]);
    expect([...positions.entries()]).toEqual([
      ["russia", [0, 2]],
      ["putin", [0]],
    ]);
  });

  it("eventPositionsByActor is empty for no events", () => {
    expect(eventPositionsByActor([]).size).toBe(0);
  });
});

describe("trackList", () => {
  it("trackList keeps the dataset's order and adds unnamed tracks in order of first use", () => {
    expect(
      trackList({
        tracks: ["Diplomacy", "Military"],
        events: [event("a", "2016-01-01", { track: "Aid" }), event("b", "2016-01-02", { track: "Military" }), event("c", "2016-01-03", { track: "Courts" }), event("d", "2016-01-04")],
      }),
    ).toEqual(["Diplomacy", "Military", "Aid", "Courts"]);
  });

  it("trackList is empty when no event has a track and none is named", () => {
    expect(trackList({ tracks: [], events: [event("a", "2016-01-01")] })).toEqual([]);
  });
});


describe("buildDatasetIndex", () => {
  it("buildDatasetIndex sorts once and indexes events, actors, articles, tracks and the domain", () => {
    const dataset = datasetSchema.parse({
      title: "T",
      range: { start: "2016-01-01", end: "2016-12-31" },
      tracks: ["Talks"],
      articles: [{ id: "a1", outlet: null, headline: "H", published: "2016-01-01", url: null }],
      actors: [{ id: "p", name: "P", kind: "person" }, { id: "q", name: "Q", kind: "state" }],
      events: [
        { id: "late", title: "Late", summary: "S", start: "2016-06-01", actors: ["p"], track: "War" },
        { id: "early", title: "Early", summary: "S", start: "2016-02-01", actors: ["p", "q"] },
      ],
    });
    const index = buildDatasetIndex(dataset);
    expect(ids(index.events)).toEqual(["early", "late"]);
    expect(index.positionById.get("late")).toBe(1);
    expect(index.positionsByActor.get("p")).toEqual([0, 1]);
    expect(index.actorCounts.get("q")).toBe(1);
    expect(index.articlesById.get("a1")?.headline).toBe("H");
    expect(index.actorsById.get("q")?.name).toBe("Q");
    expect(index.tracks).toEqual(["Talks", "War"]);
    expect(index.domain).toEqual({ start: Date.UTC(2016, 0, 1), end: Date.UTC(2017, 0, 1) });
    expect(eventById(index, "late")?.title).toBe("Late");
    expect(eventById(index, "nope")).toBeNull();
  });

  it("buildDatasetIndex from a prepared index equals the one it works out itself", () => {
    const dataset = datasetSchema.parse({
      title: "T",
      range: { start: "2016-01-01", end: "2016-12-31" },
      articles: [],
      actors: [{ id: "p", name: "P", kind: "person" }, { id: "q", name: "Q", kind: "state" }],
      events: [
        { id: "c", title: "C", summary: "S", start: "2016-06-01", actors: ["q", "p"] },
        { id: "a", title: "A", summary: "S", start: "2016-02-01", actors: ["p"] },
        { id: "b", title: "B", summary: "S", start: "2016-02", actors: ["q"] },
      ],
    });
    const prepared = prepareIndex(dataset);
    expect([...prepared.order]).toEqual([2, 1, 0]);
    expect(prepared.actors.keys).toEqual(["q", "p"]);
    expect([...prepared.actors.offsets]).toEqual([0, 2, 4]);
    expect([...prepared.actors.positions]).toEqual([0, 2, 1, 2]);
    const sent = structuredClone(prepared);
    // Under jsdom, structuredClone makes typed arrays of another realm, which toEqual tells apart; a page's are its own.
    sent.extents = { starts: new Float64Array(sent.extents.starts), ends: new Float64Array(sent.extents.ends) };
    const index = buildDatasetIndex(dataset, sent);
    expect(index).toEqual(buildDatasetIndex(dataset));
    expect(ids(index.events)).toEqual(["b", "a", "c"]);
    expect(index.positionById).toEqual(new Map([["c", 2], ["a", 1], ["b", 0]]));
    expect(index.positionsByActor).toEqual(new Map([["q", [0, 2]], ["p", [1, 2]]]));
    expect(index.actorCounts).toEqual(new Map([["q", 2], ["p", 2]]));
    // "2016-02" is the whole of February; the others their day.
    expect([...index.extents.starts]).toEqual([Date.UTC(2016, 1, 1), Date.UTC(2016, 1, 1), Date.UTC(2016, 5, 1)]);
    expect([...index.extents.ends]).toEqual([Date.UTC(2016, 2, 1), Date.UTC(2016, 1, 2), Date.UTC(2016, 5, 2)]);
  });

  it("buildDatasetIndex takes the facets from the prepared index, as it would index them itself", () => {
    const dataset = datasetSchema.parse(facetFixture);
    const index = buildDatasetIndex(dataset, structuredClone(prepareIndex(dataset)));
    expect(index.facets).toEqual(eventPositionsByFacet(index.events, index.articlesById));
    expect(index.facets.outlets.size).toBeGreaterThan(1);
  });
});

describe("partsByParent", () => {
  it("partsByParent lists each parent's parts in the given order; events without parts are absent", () => {
    const make = (id: string, parent?: string) => ({ id, title: id, summary: id, start: "2017-12-01", actors: [], sources: [], disputes: [], ...(parent ? { parent } : {}) });
    const parts = partsByParent([make("round"), make("phase-1", "round"), make("walkout", "phase-1"), make("phase-2", "round")]);
    expect([...parts].map(([parent, list]) => [parent, list.map((event) => event.id)])).toEqual([
      ["round", ["phase-1", "phase-2"]],
      ["phase-1", ["walkout"]],
    ]);
  });
});

describe("eventPositionsByFacet", () => {
  const facetIndex = buildDatasetIndex(datasetSchema.parse(facetFixture));
  const ids = (positions: readonly number[] | undefined) => (positions ?? []).map((position) => facetIndex.events[position]!.id);

  it("eventPositionsByFacet lists events by track, with the default track for events without one", () => {
    expect(ids(facetIndex.facets.tracks.get("Military"))).toEqual(["russian-airstrikes-begin-2015-09-30", "putin-announces-withdrawal-2016-03-14", "putin-visits-hmeimim-2017-12"]);
    expect(ids(facetIndex.facets.tracks.get(DEFAULT_TRACK))).toEqual(["de-mistura-briefing-2017-11-21"]);
  });

  it("eventPositionsByFacet lists events by their sources' outlets, with one for articles without an outlet", () => {
    expect(ids(facetIndex.facets.outlets.get(UNKNOWN_OUTLET))).toEqual(["russian-airstrikes-begin-2015-09-30"]);
    expect([...facetIndex.facets.outlets.keys()].sort()).toEqual(["BBC News", "Deutsche Welle", "Example", UNKNOWN_OUTLET]);
  });

  it("eventPositionsByFacet lists events by place and leaves out events without one", () => {
    expect([...facetIndex.facets.places.keys()]).toEqual(["Homs, Syria", "Moscow", "Geneva"]);
  });

  it("eventPositionsByFacet lists the disputed events", () => {
    expect(ids(facetIndex.facets.disputed)).toEqual(["geneva-talks-round-8-2017-11-28"]);
  });
});
