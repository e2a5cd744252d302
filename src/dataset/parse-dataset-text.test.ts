import { DatasetLoadError } from "./dataset-text";
import { parseDataset } from "./parse-dataset-text";
import type { DatasetInput } from "./schema";

const base: DatasetInput = {
  title: "Hostile",
  range: { start: "2015-01-01", end: "2015-12-31" },
  articles: [{ id: "a1", outlet: null, headline: "Talks open", published: "2015-10-30", url: null }],
  actors: [{ id: "ru", name: "Russia", kind: "state" }],
  events: [{ id: "e1", title: "Talks open", summary: "Vienna talks open.", start: "2015-10-30", actors: ["ru"], sources: [{ article: "a1", quote: "Talks opened." }] }],
};

const event = base.events[0]!;

/** The message parseDataset throws; fails the test when it throws anything but a DatasetLoadError. */
function rejection(input: unknown): string {
  try {
    parseDataset(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetLoadError);
    return (error as Error).message;
  }
  throw new Error("expected parseDataset to reject the input");
}

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe("parseDataset", () => {
  it("parseDataset reports an object end as a type error, not a raw TypeError", () => {
    expect(rejection({ ...base, events: [{ ...event, end: { valueOf: 1, toString: 1 } }] })).toBe(
      'The dataset is not in the timeline format: events[0].end: expected string, got {"valueOf":1,"toString":1}',
    );
  });

  it("parseDataset reports an object range end with its path", () => {
    expect(rejection({ ...base, range: { start: "2015-01-01", end: { toString: {} } } })).toBe(
      'The dataset is not in the timeline format: range.end: expected string, got {"toString":{}}',
    );
  });

  it("parseDataset reports actors nested 100,000 deep without overflowing the stack", () => {
    const message = rejection({ ...base, events: [{ ...event, actors: nested(100_000) }] });
    expect(message).toMatch(/^The dataset is not in the timeline format: events\[0\]\.actors\[0\]: expected string, got \[\[\[/);
    expect(message.length).toBeLessThan(300);
  });

  it("parseDataset quotes at most 80 characters of a huge time zone or locale, with its length", () => {
    const article = base.articles[0]!;
    expect(rejection({ ...base, articles: [{ ...article, timezone: "z".repeat(100_000) }] })).toBe(
      `The dataset is not in the timeline format: articles[0].timezone "${"z".repeat(80)}…" (100,000 characters) is not an IANA time zone (e.g. "Europe/Berlin")`,
    );
    expect(rejection({ ...base, articles: [{ ...article, locale: "l".repeat(100_000) }] })).toBe(
      `The dataset is not in the timeline format: articles[0].locale "${"l".repeat(80)}…" (100,000 characters) is not a BCP 47 locale (e.g. "en-US")`,
    );
  });

  it("parseDataset reports a missing field as missing", () => {
    const { title: _title, ...untitled } = event;
    expect(rejection({ ...base, events: [untitled] })).toBe("The dataset is not in the timeline format: events[0].title is missing");
  });

  it("parseDataset stops at the first problem of a million empty events", () => {
    const events = Array.from({ length: 1_000_000 }, () => ({}));
    expect(rejection({ ...base, events })).toBe("The dataset is not in the timeline format: events[0].id is missing");
  });

  it("parseDataset quotes at most 80 characters of a huge start, with its length", () => {
    const message = rejection({ ...base, events: [{ ...event, start: "9".repeat(5_000_000) }] });
    expect(message).toBe(
      `The dataset is not in the timeline format: events[0].start "${"9".repeat(80)}…" (5,000,000 characters) is not a date (YYYY-MM-DD or YYYY-MM)`,
    );
  });

  it("parseDataset refuses a publication time that no clock shows (found by the fuzz suite)", () => {
    for (const published of ["2017-12-13T24:00", "2017-12-13T12:60", "2017-12-13T12:00:60", "2017-12-13T12:00+24:00", "2017-12-13T12:00-05:60"]) {
      expect(rejection({ ...base, articles: [{ ...base.articles[0]!, published }] })).toBe(
        `The dataset is not in the timeline format: articles[0].published "${published}" is not an ISO date or date-time`,
      );
    }
    for (const published of ["2017-12-13T00:00", "2017-12-13T23:59:59.999Z", "2017-12-13T12:00+14:00", "2017-12-13T12:00-23:59"]) {
      expect(parseDataset({ ...base, articles: [{ ...base.articles[0]!, published }] }).articles[0]!.published).toBe(published);
    }
  });

  it("parseDataset checks cross references only after the structure", () => {
    expect(rejection({ ...base, events: [{ ...event, actors: ["nobody"] }, { ...event, id: "e2", start: "2015-13-01" }] })).toBe(
      'The dataset is not in the timeline format: events[1].start "2015-13-01" is not a date (YYYY-MM-DD or YYYY-MM)',
    );
  });

  it("parseDataset reports an unknown actor with its path", () => {
    expect(rejection({ ...base, events: [{ ...event, actors: ["nobody"] }] })).toBe(
      'The dataset is not in the timeline format: events[0].actors[0]: unknown actor "nobody"',
    );
  });

  it("parseDataset reports an end before its start", () => {
    expect(rejection({ ...base, events: [{ ...event, end: "2015-10-01" }] })).toBe(
      'The dataset is not in the timeline format: events[0].end "2015-10-01" is before start "2015-10-30"',
    );
  });

  it("parseDataset reports a duplicate id", () => {
    expect(rejection({ ...base, actors: [...base.actors, { id: "ru", name: "Russia again", kind: "state" }] })).toBe(
      'The dataset is not in the timeline format: actors[1].id: duplicate id "ru"',
    );
  });

  it("parseDataset rejects a root that is not an object", () => {
    expect(rejection([])).toBe("The dataset is not in the timeline format: expected object, got []");
  });

  it("parseDataset ignores a __proto__ key and leaves Object.prototype alone", () => {
    const input = JSON.parse(JSON.stringify(base).replace('"title":"Hostile"', '"title":"Hostile","__proto__":{"polluted":true}'));
    const dataset = parseDataset(input);
    expect(dataset.title).toBe("Hostile");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("parseDataset accepts dates in the years 0000 to 0099", () => {
    const dataset = parseDataset({ ...base, range: { start: "0000-01-01", end: "0099-12-31" }, events: [{ ...event, start: "0050-05-15", end: "0050-06" }] });
    expect(dataset.events[0]!.start).toBe("0050-05-15");
  });

  it("parseDataset rejects an article URL with credentials", () => {
    expect(rejection({ ...base, articles: [{ ...base.articles[0]!, url: "https://user:pass@example.org/a" }] })).toBe(
      'The dataset is not in the timeline format: articles[0].url "https://user:pass@example.org/a" must not hold a user name or password',
    );
  });

  it("parseDataset trims an article URL", () => {
    const dataset = parseDataset({ ...base, articles: [{ ...base.articles[0]!, url: "  https://example.org/a " }] });
    expect(dataset.articles[0]!.url).toBe("https://example.org/a");
  });
});
