import { describe, expect, it } from "vitest";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import { buildDatasetIndex, DEFAULT_TRACK, sortEventsChronologically } from "../dataset/dataset-index";
import { parseDataset } from "../dataset/parse-dataset-text";
import { fixtureEvent } from "./test-fixtures";
import { buildTimelineIndex, countStarting, eventsInWindow, filterTimelineIndex, lowerBound, timelineIndexFor } from "./timeline-index";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe("buildTimelineIndex", () => {
  it("buildTimelineIndex orders lanes by tracks, then unlisted tracks, then events without a track", () => {
    const index = buildTimelineIndex(
      [
        fixtureEvent({ id: "a", title: "A", start: "2016-01-01" }),
        fixtureEvent({ id: "b", title: "B", start: "2016-01-02", track: "Unlisted" }),
        fixtureEvent({ id: "c", title: "C", start: "2016-01-03", track: "Talks" }),
      ],
      ["Talks", "Empty"],
    );
    expect(index.lanes.map((lane) => [lane.name, lane.events.map((event) => event.id)])).toEqual([
      ["Talks", ["c"]],
      ["Empty", []],
      [DEFAULT_TRACK, ["a"]],
      ["Unlisted", ["b"]],
    ]);
  });

  it("buildTimelineIndex keeps a lane in start order and the running latest end", () => {
    const index = buildTimelineIndex(
      sortEventsChronologically([
        fixtureEvent({ id: "late", title: "Late", start: "2016-03-01" }),
        fixtureEvent({ id: "long", title: "Long", start: "2016-01-01", end: "2016-06-30" }),
        fixtureEvent({ id: "mid", title: "Mid", start: "2016-02-01" }),
      ]),
      [],
    );
    const lane = index.lanes[0]!;
    expect(lane.events.map((event) => event.id)).toEqual(["long", "mid", "late"]);
    expect([...lane.maxEnds]).toEqual([utc(2016, 7, 1), utc(2016, 7, 1), utc(2016, 7, 1)]);
  });

  it("buildTimelineIndex marks spans and month dates, and ranks spans and well-sourced events higher", () => {
    const [lane] = buildTimelineIndex(
      [
        fixtureEvent({ id: "month", title: "Offensive", start: "2016-11", sourceCount: 2 }),
        fixtureEvent({ id: "span", title: "Talks", start: "2017-11-28", end: "2017-12-14", sourceCount: 1 }),
      ],
      [],
    ).lanes;
    expect(lane!.events.map(({ id, span, approximate, priority }) => ({ id, span, approximate, priority }))).toEqual([
      { id: "month", span: false, approximate: true, priority: 2 },
      { id: "span", span: true, approximate: false, priority: 3 },
    ]);
  });
});

describe("buildTimelineIndex with extents", () => {
  it("buildTimelineIndex with the dataset index's extents gives the index it works out itself", () => {
    const index = buildDatasetIndex(parseDataset(generateSyntheticDataset({ events: 500, seed: 4 })));
    const withExtents = buildTimelineIndex(index.events, index.tracks, index.extents);
    expect(withExtents).toEqual(buildTimelineIndex(index.events, index.tracks));
    expect(withExtents.lanes.some((lane) => lane.events.some((event) => event.approximate))).toBe(true);
  });
});

describe("timelineIndexFor", () => {
  it("timelineIndexFor builds the index once per event set and tracks, and again for other tracks", () => {
    const events = [fixtureEvent({ id: "a", title: "A", start: "2016-01-01", track: "Talks" })];
    const tracks = ["Talks"];
    const first = timelineIndexFor(events, tracks);
    expect(first).toEqual(buildTimelineIndex(events, tracks));
    expect(timelineIndexFor(events, tracks)).toBe(first);
    const otherTracks = ["Other", "Talks"];
    expect(timelineIndexFor(events, otherTracks).lanes.map((lane) => lane.name)).toEqual(["Other", "Talks"]);
    expect(timelineIndexFor([...events], tracks)).not.toBe(first);
  });
});

describe("lowerBound", () => {
  const values = Float64Array.from([1, 3, 3, 5]);
  it("lowerBound finds the first value at or above", () => {
    expect([0, 1, 3, 4, 6].map((value) => lowerBound(values, value))).toEqual([0, 0, 1, 3, 4]);
  });
  it("lowerBound with strict finds the first value above", () => {
    expect([0, 1, 3, 5].map((value) => lowerBound(values, value, true))).toEqual([0, 1, 3, 4]);
  });
});

describe("filterTimelineIndex", () => {
  // In chronological order, as buildTimelineIndex takes them.
  const index = buildTimelineIndex(
    [
      fixtureEvent({ id: "long", title: "Long", start: "2016-01-01", end: "2016-12-31", track: "A" }),
      fixtureEvent({ id: "early", title: "Early", start: "2016-02-01", track: "A" }),
      fixtureEvent({ id: "other", title: "Other", start: "2016-03-01", track: "B" }),
      fixtureEvent({ id: "late", title: "Late", start: "2016-08-01", track: "A" }),
    ],
    [],
  );

  const year2016 = { start: utc(2016, 1, 1), end: utc(2017, 1, 1) };

  it("filterTimelineIndex keeps the events the mask marks by their input position, in start order", () => {
    const [a, b] = filterTimelineIndex(index, Uint8Array.of(0, 1, 1, 1)).lanes;
    expect(eventsInWindow(a!, year2016).map((event) => event.id)).toEqual(["early", "late"]);
    expect(eventsInWindow(b!, year2016).map((event) => event.id)).toEqual(["other"]);
  });

  it("filterTimelineIndex counts only the events the mask keeps", () => {
    const [a] = filterTimelineIndex(index, Uint8Array.of(0, 1, 1, 1)).lanes;
    expect(countStarting(a!, year2016.start, year2016.end)).toBe(2);
    expect(countStarting(a!, utc(2016, 1, 1), utc(2016, 2, 1))).toBe(0);
    expect(countStarting(a!, utc(2016, 2, 1), utc(2016, 8, 2))).toBe(2);
  });

  it("filterTimelineIndex leaves out a dropped span that reaches into the window", () => {
    const [a] = filterTimelineIndex(index, Uint8Array.of(0, 1, 1, 1)).lanes;
    expect(eventsInWindow(a!, { start: utc(2016, 10, 1), end: utc(2016, 11, 1) })).toEqual([]);
    const [all] = filterTimelineIndex(index, Uint8Array.of(1, 1, 1, 1)).lanes;
    expect(eventsInWindow(all!, { start: utc(2016, 10, 1), end: utc(2016, 11, 1) }).map((event) => event.id)).toEqual(["long"]);
  });

  it("filterTimelineIndex keeps a lane the mask empties", () => {
    const lanes = filterTimelineIndex(index, Uint8Array.of(1, 1, 0, 1)).lanes;
    expect(lanes.map((lane) => [lane.name, countStarting(lane, year2016.start, year2016.end)])).toEqual([
      ["A", 3],
      ["B", 0],
    ]);
  });
});

describe("eventsInWindow", () => {
  const [lane] = buildTimelineIndex(
    [
      fixtureEvent({ id: "before", title: "Before", start: "2016-01-05" }),
      fixtureEvent({ id: "long", title: "Long", start: "2016-01-01", end: "2016-03-31" }),
      fixtureEvent({ id: "inside", title: "Inside", start: "2016-02-10" }),
      fixtureEvent({ id: "after", title: "After", start: "2016-04-01" }),
    ],
    [],
  ).lanes;

  it("eventsInWindow keeps events that start inside and spans that reach into the window", () => {
    expect(eventsInWindow(lane!, { start: utc(2016, 2, 1), end: utc(2016, 3, 1) }).map((event) => event.id)).toEqual(["long", "inside"]);
  });

  it("eventsInWindow excludes an event that ends where the window starts", () => {
    expect(eventsInWindow(lane!, { start: utc(2016, 4, 1), end: utc(2016, 5, 1) }).map((event) => event.id)).toEqual(["after"]);
  });

  it("eventsInWindow of an empty lane is empty", () => {
    const [empty] = buildTimelineIndex([], ["Nothing"]).lanes;
    expect(eventsInWindow(empty!, { start: 0, end: utc(2020, 1, 1) })).toEqual([]);
  });

  it("countStarting counts starts in a half-open interval", () => {
    expect(countStarting(lane!, utc(2016, 1, 1), utc(2016, 2, 10))).toBe(2);
    expect(countStarting(lane!, utc(2016, 1, 1), utc(2016, 2, 11))).toBe(3);
  });
});
