// @vitest-environment node
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { buildTimeline } from "./build-timeline";
import { FIXTURE_FILES, writeFixture } from "./fixture";
import { compareEvents, serializeDataset } from "./serialize-dataset";

function build(overrides: Parameters<typeof writeFixture>[0] = {}): string {
  const result = buildTimeline({ dataDir: writeFixture(overrides) });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.json;
}

function reversedList(text: string): string {
  return stringify((parse(text) as unknown[]).reverse());
}

describe("serializeDataset", () => {
  it("serializeDataset gives identical bytes for the same input", () => {
    expect(build()).toBe(build());
  });

  it("serializeDataset does not depend on the order of events, articles or actors in the YAML", () => {
    const reordered = build({
      "events.yaml": reversedList(FIXTURE_FILES["events.yaml"]),
      "articles.yaml": reversedList(FIXTURE_FILES["articles.yaml"]),
      "actors.yaml": reversedList(FIXTURE_FILES["actors.yaml"]),
    });
    expect(reordered).toBe(build());
  });

  it("serializeDataset does not depend on the key order inside an entry", () => {
    const events = (parse(FIXTURE_FILES["events.yaml"]) as Record<string, unknown>[]).map((event) =>
      Object.fromEntries(Object.entries(event).reverse()),
    );
    expect(build({ "events.yaml": stringify(events) })).toBe(build());
  });

  it("serializeDataset writes 2-space JSON with a final newline", () => {
    const json = build();
    expect(json.startsWith('{\n  "title": "Fixture timeline",\n')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });

  it("serializeDataset writes keys in the schema's order and leaves out absent optional fields", () => {
    const dataset = JSON.parse(build());
    expect(Object.keys(dataset)).toEqual(["title", "description", "range", "tracks", "articles", "actors", "events"]);
    expect(Object.keys(dataset.events[0])).toEqual(["id", "title", "summary", "start", "end", "track", "actors", "sources", "disputes"]);
    expect(Object.keys(dataset.events[0].sources[0])).toEqual(["article", "quote", "datePhrase", "resolution"]);
    expect(Object.keys(dataset.articles[0])).toEqual(["id", "outlet", "headline", "published", "publishedInferred", "byline", "url"]);
  });

  it("serializeDataset writes an empty dataset", () => {
    const json = serializeDataset({ title: "Empty", range: { start: "2017-01-01", end: "2017-01-02" }, tracks: [], articles: [], actors: [], events: [] });
    expect(json).toBe(
      '{\n  "title": "Empty",\n  "range": {\n    "start": "2017-01-01",\n    "end": "2017-01-02"\n  },\n  "tracks": [],\n  "articles": [],\n  "actors": [],\n  "events": []\n}\n',
    );
  });
});

describe("compareEvents", () => {
  const event = (id: string, start: string, end?: string) => ({ id, title: id, summary: id, start, end, actors: [], sources: [], disputes: [] });

  it("compareEvents orders by start, then end, then id", () => {
    const events = [event("b", "2017-11-28", "2017-12-15"), event("c", "2017-11-28"), event("a", "2017-11-28", "2017-12-15"), event("d", "2016-03-14")];
    expect(events.sort(compareEvents).map((item) => item.id)).toEqual(["d", "c", "a", "b"]);
  });

  it("compareEvents puts a month-precision event before the days of that month", () => {
    expect([event("day", "2015-09-01"), event("month", "2015-09")].sort(compareEvents).map((item) => item.id)).toEqual(["month", "day"]);
  });
});
