// @vitest-environment node
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { FIXTURE_FILES, readFixtureArticle, writeFixture } from "./fixture";

const EVENTS = FIXTURE_FILES["events.yaml"];
const ARTICLES = FIXTURE_FILES["articles.yaml"];

function errorsFor(overrides: Parameters<typeof writeFixture>[0]) {
  const dir = writeFixture(overrides);
  const result = buildTimeline({ dataDir: dir });
  if (result.ok) throw new Error("expected the build to fail");
  return result.errors.map((line) => line.replace(dir, "data"));
}

describe("buildTimeline", () => {
  it("buildTimeline builds the fixture with a resolution on every dated source", () => {
    const result = buildTimeline({ dataDir: writeFixture() });
    expect(result.ok && result.counts).toEqual({ events: 3, articles: 2, actors: 3, sources: 3, disputes: 0, claims: 0 });
    const dataset = result.ok ? JSON.parse(result.json) : null;
    expect(dataset.events.map((event: { id: string }) => event.id)).toEqual(["geneva-viii", "hmeimim-withdrawal", "de-mistura-interview"]);
    expect(dataset.events[1].sources[0].resolution).toEqual({
      start: "2017-12-11",
      explanation: "'on Monday' in an article of Wed 13 Dec 2017 → Mon 11 Dec 2017",
      agrees: true,
    });
  });

  it("buildTimeline strips the corpus file name from articles", () => {
    const result = buildTimeline({ dataDir: writeFixture() });
    expect(result.ok && JSON.parse(result.json).articles[1]).not.toHaveProperty("file");
  });

  it("buildTimeline names file, line, event and field for a bad date", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace('"2017-12-11"', '"2017-13-01"') })).toEqual([
      'data/events.yaml:4: event "hmeimim-withdrawal": start "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)',
    ]);
  });

  it("buildTimeline names the article for a non-http URL", () => {
    expect(errorsFor({ "articles.yaml": ARTICLES.replace("https://www.dw.com/en/a-41787709", "ftp://x") })).toEqual([
      'data/articles.yaml:8: article "dw-2017-12-13": url "ftp://x" is not an http(s) URL',
    ]);
  });

  it("buildTimeline reports an unknown actor", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("[un]", "[un, nobody]") })).toEqual([
      'data/events.yaml:19: event "geneva-viii": actors[1]: unknown actor "nobody"',
    ]);
  });

  it("buildTimeline reports an unknown article", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("- article: ap-2017-12-14\n      quote: The round", "- article: nope\n      quote: The round") })).toEqual([
      'data/events.yaml:21: event "geneva-viii": sources[0].article: unknown article "nope"',
    ]);
  });

  it("buildTimeline reports a duplicate id", () => {
    expect(errorsFor({ "actors.yaml": `${FIXTURE_FILES["actors.yaml"]}- id: putin\n  name: Putin again\n  kind: person\n` })).toEqual([
      'data/actors.yaml:13: actor "putin": duplicate id',
    ]);
  });

  it("buildTimeline reports a missing field", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("  summary: The eighth round of UN-led talks in Geneva.\n", "") })).toEqual([
      'data/events.yaml:13: event "geneva-viii": summary is missing',
    ]);
  });

  it("buildTimeline falls back to the entry number when the id is missing", () => {
    expect(errorsFor({ "actors.yaml": FIXTURE_FILES["actors.yaml"].replace("- id: russia\n  name", "- name") })).toEqual([
      "data/actors.yaml:5: actor entry #2: id is missing",
    ]);
  });

  it("buildTimeline reports an unknown field", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("place: Hmeimim", "palce: Hmeimim") })).toEqual([
      'data/events.yaml:1: event "hmeimim-withdrawal": unknown field "palce"',
    ]);
  });

  it("buildTimeline reports a value outside an enumeration", () => {
    expect(errorsFor({ "actors.yaml": FIXTURE_FILES["actors.yaml"].replace("kind: state", "kind: militia") })).toEqual([
      'data/actors.yaml:7: actor "russia": kind "militia" is not one of "person", "state", "organization", "group"',
    ]);
  });

  it("buildTimeline reports every error at once, in file and line order", () => {
    const errors = errorsFor({
      "articles.yaml": ARTICLES.replace("https://www.dw.com/en/a-41787709", "ftp://x"),
      "events.yaml": EVENTS.replace('"2017-12-11"', '"2017-13-01"').replace("[un]", "[un, nobody]"),
    });
    expect(errors).toEqual([
      'data/articles.yaml:8: article "dw-2017-12-13": url "ftp://x" is not an http(s) URL',
      'data/events.yaml:4: event "hmeimim-withdrawal": start "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)',
      'data/events.yaml:19: event "geneva-viii": actors[1]: unknown actor "nobody"',
    ]);
  });

  it("buildTimeline rejects a date phrase that disagrees with its event without a dispute", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace('start: "2017-12-11"', 'start: "2017-12-12"') })).toEqual([
      'data/events.yaml:11: event "hmeimim-withdrawal": sources[0].datePhrase "on Monday" resolves to Mon 11 Dec 2017 but the event starts 2017-12-12; record a dispute from dw-2017-12-13 about the date or fix the date',
    ]);
  });

  it("buildTimeline accepts a disagreeing date phrase when the event records a dispute from that article", () => {
    const events = EVENTS.replace('start: "2017-12-11"', 'start: "2017-12-12"').replace(
      "  disputes: []",
      "  disputes:\n    - article: dw-2017-12-13\n      about: date\n      note: DW says Monday; the event keeps Tuesday.",
    );
    const result = buildTimeline({ dataDir: writeFixture({ "events.yaml": events }) });
    const event = result.ok ? JSON.parse(result.json).events.find((item: { id: string }) => item.id === "hmeimim-withdrawal") : null;
    expect(event.sources[0].resolution).toMatchObject({ start: "2017-12-11", agrees: false });
  });

  it("buildTimeline rejects a disagreeing date phrase whose article disputes only another fact", () => {
    const events = EVENTS.replace('start: "2017-12-11"', 'start: "2017-12-12"').replace(
      "  disputes: []",
      "  disputes:\n    - article: dw-2017-12-13\n      about: fact\n      note: DW misspells the base.",
    );
    expect(errorsFor({ "events.yaml": events })).toEqual([
      'data/events.yaml:11: event "hmeimim-withdrawal": sources[0].datePhrase "on Monday" resolves to Mon 11 Dec 2017 but the event starts 2017-12-12; record a dispute from dw-2017-12-13 about the date or fix the date',
    ]);
  });

  it("buildTimeline reports a date phrase it cannot resolve", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("datePhrase: on Monday", "datePhrase: soon") })).toEqual([
      'data/events.yaml:11: event "hmeimim-withdrawal": sources[0].datePhrase "soon" cannot be resolved against article "dw-2017-12-13" of Wed 13 Dec 2017',
    ]);
  });

  it("buildTimeline rejects a resolution written by hand", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("datePhrase: on Monday", "datePhrase: on Monday\n      resolution: {start: \"2017-12-11\"}") })).toEqual([
      'data/events.yaml:12: event "hmeimim-withdrawal": sources[0].resolution is written by npm run data; remove it',
    ]);
  });

  it("buildTimeline rejects a quotation over 300 characters", () => {
    const long = "word ".repeat(61).trim();
    expect(errorsFor({ "events.yaml": EVENTS.replace("quote: The round is set to end Friday at the latest.", `quote: ${long}`) })).toEqual([
      'data/events.yaml:22: event "geneva-viii": sources[0].quote is 304 characters long; quote at most 300 (one sentence or less)',
    ]);
  });

  it("buildTimeline names the file and line of a YAML syntax error", () => {
    expect(errorsFor({ "actors.yaml": "- id: putin\n  name: [unclosed\n" })).toEqual([
      expect.stringMatching(/^data\/actors\.yaml:\d+: YAML syntax error: /),
    ]);
  });

  it("buildTimeline names file and entry for an end that is a mapping", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace('  end: "2017-12-15"', "  end: {valueOf: 1, toString: 1}") })).toEqual([
      'data/events.yaml:17: event "geneva-viii": end: expected string, got {"valueOf":1,"toString":1}',
    ]);
  });

  it("buildTimeline names the file and line for actors nested 10,000 deep", () => {
    const deep = `${"[".repeat(10_000)}${"]".repeat(10_000)}`;
    const errors = errorsFor({ "events.yaml": EVENTS.replace("actors: [un]", `actors: ${deep}`) });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/events\.yaml:19: YAML syntax error: it is nested too deeply$/);
    expect(errors[0]!.length).toBeLessThan(300);
  });

  it("buildTimeline reports a YAML alias bomb as a data error naming the file", () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, level) => {
      const name = String.fromCharCode(98 + level);
      const previous = String.fromCharCode(97 + level);
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]`;
    })].join("\n");
    expect(errorsFor({ "dataset.yaml": `${FIXTURE_FILES["dataset.yaml"]}${bomb}\n` })).toEqual([
      expect.stringMatching(/^data\/dataset\.yaml: .*alias/i),
    ]);
  });

  it("buildTimeline quotes at most 80 characters of an unknown key of the dataset file (found by the fuzz suite)", () => {
    const key = `descr${"[".repeat(500)}iption`;
    expect(errorsFor({ "dataset.yaml": FIXTURE_FILES["dataset.yaml"].replace("description", key) })).toEqual([
      `data/dataset.yaml:2: "${key.slice(0, 80)}…" (511 characters) is not a field of the dataset file (expected title, description, range, tracks)`,
    ]);
    expect(errorsFor({ "dataset.yaml": FIXTURE_FILES["dataset.yaml"].replace("description", "descripton") })).toEqual([
      "data/dataset.yaml:2: descripton is not a field of the dataset file (expected title, description, range, tracks)",
    ]);
  });

  it("buildTimeline quotes at most 80 characters of a huge value, with its length", () => {
    const errors = errorsFor({ "events.yaml": EVENTS.replace('start: "2017-12-11"', `start: "${"9".repeat(100_000)}"`) });
    expect(errors).toEqual([`data/events.yaml:4: event "hmeimim-withdrawal": start "${"9".repeat(80)}…" (100,000 characters) is not a date (YYYY-MM-DD or YYYY-MM)`]);
  });

  it("buildTimeline names a missing file", () => {
    const dir = writeFixture({}, ["actors.yaml"]);
    expect(buildTimeline({ dataDir: dir })).toEqual({ ok: false, errors: [`${join(dir, "actors.yaml")}: file not found`] });
  });

  it("buildTimeline names a list file that holds a mapping", () => {
    expect(errorsFor({ "events.yaml": "id: one\n" })).toEqual(["data/events.yaml: expected a list of events"]);
  });

  it("buildTimeline checks quotations when given the article texts", () => {
    expect(buildTimeline({ dataDir: writeFixture(), readArticleFile: readFixtureArticle() }).ok).toBe(true);
  });

  it("buildTimeline names event, article and quotation that the article does not contain", () => {
    const dir = writeFixture({ "events.yaml": EVENTS.replace("should have the courage", "must have the courage") });
    const result = buildTimeline({ dataDir: dir, readArticleFile: readFixtureArticle() });
    expect(result.ok ? [] : result.errors.map((line) => line.replace(dir, "data"))).toEqual([
      'data/events.yaml:31: event "de-mistura-interview": sources[0].quote is not in the text of article "ap-2017-12-14": "De Mistura said late Wednesday that Putin must have the courage."',
    ]);
  });

  it("buildTimeline reports an article whose text file is missing from the corpus", () => {
    const dir = writeFixture();
    const result = buildTimeline({ dataDir: dir, readArticleFile: readFixtureArticle({ "dw.txt": "" }) });
    expect(result.ok ? [] : result.errors.map((line) => line.replace(dir, "data"))).toContain(
      'data/articles.yaml:9: article "ap-2017-12-14": text file not found: ap-2017-12-14.txt (ENOENT)',
    );
  });
});
