// @vitest-environment node
import { describe, expect, it } from "vitest";
import { buildTimeline } from "./build-timeline";
import { FIXTURE_FILES, readFixtureArticle, writeFixture, type FixtureFiles } from "./fixture";

const EVENTS = FIXTURE_FILES["events.yaml"];

function build(overrides: FixtureFiles, withCorpus = false) {
  const dir = writeFixture(overrides);
  const result = buildTimeline({ dataDir: dir, readArticleFile: withCorpus ? readFixtureArticle() : undefined });
  return result.ok ? { ok: true as const, dataset: JSON.parse(result.json) } : { ok: false as const, errors: result.errors.map((line) => line.replace(dir, "data")) };
}

function errorsFor(overrides: FixtureFiles, withCorpus = false): string[] {
  const result = build(overrides, withCorpus);
  if (result.ok) throw new Error("expected the build to fail");
  return result.errors;
}

/** The fixture's Hmeimim event with extra lines after its `disputes: []`. */
function withHmeimim(lines: string): string {
  return EVENTS.replace("  disputes: []\n", `  disputes: []\n${lines}`);
}

const CLAIMS = `- id: death-toll
  topic: The war's death toll
  sources:
    - article: dw-2017-12-13
      quote: Putin on Monday ordered the withdrawal
    - article: ap-2017-12-14
      quote: Putin should have the courage
`;

describe("buildTimeline: bounds, week conventions, notes, parents and claims", () => {
  it("buildTimeline lets 'Friday at the latest' agree with a round that ends on the Thursday", () => {
    const result = build({ "events.yaml": EVENTS.replace('end: "2017-12-15"', 'end: "2017-12-14"') });
    const round = result.ok ? result.dataset.events.find((event: { id: string }) => event.id === "geneva-viii") : null;
    expect(round.sources[0].resolution).toEqual({
      start: "2017-12-14",
      end: "2017-12-15",
      explanation: "'set to end Friday at the latest' in an article of Thu 14 Dec 2017 → no later than Fri 15 Dec 2017 (Thu 14 Dec – Fri 15 Dec 2017, from the article's day)",
      agrees: true,
    });
  });

  it("buildTimeline rejects a round that ends after the bound", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace('end: "2017-12-15"', 'end: "2017-12-16"') })).toEqual([
      'data/events.yaml:23: event "geneva-viii": sources[0].datePhrase "set to end Friday at the latest" resolves to no later than Fri 15 Dec 2017 (Thu 14 Dec – Fri 15 Dec 2017, from the article\'s day) but the event runs 2017-11-28 to 2017-12-16; record a dispute from ap-2017-12-14 about the date or fix the date',
    ]);
  });

  it("buildTimeline reads 'this week' with the week of the article's locale", () => {
    const events = EVENTS.replace('start: "2017-12-13"', 'start: "2017-12-10"').replace("datePhrase: late Wednesday", "datePhrase: this week");
    const articles = FIXTURE_FILES["articles.yaml"].replace("byline: GENEVA (AP)", "byline: GENEVA (AP)\n  timezone: America/New_York\n  locale: en-US");
    const result = build({ "events.yaml": events, "articles.yaml": articles });
    const interview = result.ok ? result.dataset.events.find((event: { id: string }) => event.id === "de-mistura-interview") : null;
    expect(interview.sources[0].resolution).toMatchObject({ start: "2017-12-10", end: "2017-12-16", agrees: true });
    expect(interview.sources[0].resolution.explanation).toContain("weeks from Sunday, as in the article's locale en-US");
    // Without the locale, ISO weeks start on Monday 11 December and Sunday 10 December is outside.
    expect(errorsFor({ "events.yaml": events })[0]).toContain("resolves to Mon 11 Dec – Sun 17 Dec 2017 (ISO weeks from Monday, as the article's locale is not recorded)");
  });

  it("buildTimeline names a bad time zone or locale", () => {
    const articles = FIXTURE_FILES["articles.yaml"].replace("byline: GENEVA (AP)", "byline: GENEVA (AP)\n  timezone: Mars/Olympus\n  locale: not a locale");
    expect(errorsFor({ "articles.yaml": articles })).toEqual([
      'data/articles.yaml:15: article "ap-2017-12-14": timezone "Mars/Olympus" is not an IANA time zone (e.g. "Europe/Berlin")',
      'data/articles.yaml:16: article "ap-2017-12-14": locale "not a locale" is not a BCP 47 locale (e.g. "en-US")',
    ]);
  });

  it("buildTimeline publishes notes with their basis and record", () => {
    const result = build({
      "events.yaml": withHmeimim(
        "  notes:\n    - basis: record\n      about: date\n      note: The day is from the record.\n      record: Kremlin statement, 11 December 2017\n    - basis: inference\n      note: The place is inferred.\n",
      ),
    });
    const event = result.ok ? result.dataset.events.find((item: { id: string }) => item.id === "hmeimim-withdrawal") : null;
    expect(event.notes).toEqual([
      { basis: "record", about: "date", note: "The day is from the record.", record: "Kremlin statement, 11 December 2017" },
      { basis: "inference", note: "The place is inferred." },
    ]);
  });

  it("buildTimeline requires a record note to name its record", () => {
    expect(errorsFor({ "events.yaml": withHmeimim("  notes:\n    - basis: record\n      note: From the record.\n") })).toEqual([
      'data/events.yaml:14: event "hmeimim-withdrawal": notes[0].record is missing: a note from the record names the record',
    ]);
  });

  it("buildTimeline rejects an unknown note basis and an unknown note field", () => {
    expect(errorsFor({ "events.yaml": withHmeimim("  notes:\n    - basis: rumour\n      note: Heard it.\n    - basis: inference\n      note: Inferred.\n      sauce: none\n") })).toEqual([
      'data/events.yaml:14: event "hmeimim-withdrawal": notes[0].basis "rumour" is not one of "record", "inference"',
      'data/events.yaml:16: event "hmeimim-withdrawal": notes[1]: unknown field "sauce"',
    ]);
  });

  it("buildTimeline publishes an event's parent", () => {
    const result = build({ "events.yaml": EVENTS.replace("- id: de-mistura-interview\n", "- id: de-mistura-interview\n  parent: geneva-viii\n") });
    const interview = result.ok ? result.dataset.events.find((event: { id: string }) => event.id === "de-mistura-interview") : null;
    expect(interview.parent).toBe("geneva-viii");
  });

  it("buildTimeline rejects an unknown parent, a cycle and dates outside the parent", () => {
    expect(errorsFor({ "events.yaml": EVENTS.replace("- id: de-mistura-interview\n", "- id: de-mistura-interview\n  parent: geneva-ix\n") })).toEqual([
      'data/events.yaml:25: event "de-mistura-interview": parent: unknown event "geneva-ix"',
    ]);
    const cycle = EVENTS.replace("- id: geneva-viii\n", "- id: geneva-viii\n  parent: de-mistura-interview\n").replace("- id: de-mistura-interview\n", "- id: de-mistura-interview\n  parent: geneva-viii\n");
    expect(errorsFor({ "events.yaml": cycle })).toEqual([
      'data/events.yaml:14: event "geneva-viii": parent "de-mistura-interview" makes a cycle of parents (geneva-viii → de-mistura-interview → geneva-viii)',
      'data/events.yaml:26: event "de-mistura-interview": parent "geneva-viii" makes a cycle of parents (de-mistura-interview → geneva-viii → de-mistura-interview)',
    ]);
    expect(errorsFor({ "events.yaml": EVENTS.replace("- id: hmeimim-withdrawal\n", "- id: hmeimim-withdrawal\n  parent: de-mistura-interview\n") })).toEqual([
      'data/events.yaml:2: event "hmeimim-withdrawal": parent: the event (2017-12-11 to 2017-12-11) is not within its parent "de-mistura-interview" (2017-12-13 to 2017-12-13)',
    ]);
  });

  it("buildTimeline works without claims.yaml and publishes claims from it", () => {
    const without = build({});
    expect(without.ok && without.dataset).not.toHaveProperty("claims");
    const result = build({ "claims.yaml": CLAIMS }, true);
    expect(result.ok && result.dataset.claims).toEqual([
      {
        id: "death-toll",
        topic: "The war's death toll",
        sources: [
          { article: "dw-2017-12-13", quote: "Putin on Monday ordered the withdrawal" },
          { article: "ap-2017-12-14", quote: "Putin should have the courage" },
        ],
      },
    ]);
  });

  it("buildTimeline checks a claim's articles and names claims.yaml", () => {
    expect(errorsFor({ "claims.yaml": CLAIMS.replace("article: ap-2017-12-14", "article: reuters") })).toEqual([
      'data/claims.yaml:6: claim "death-toll": sources[1].article: unknown article "reuters"',
    ]);
  });

  it("buildTimeline checks a claim's quotations against the corpus", () => {
    expect(errorsFor({ "claims.yaml": CLAIMS.replace("ordered the withdrawal", "ordered a withdrawal") }, true)).toEqual([
      'data/claims.yaml:5: claim "death-toll": sources[0].quote is not in the text of article "dw-2017-12-13": "Putin on Monday ordered a withdrawal"',
    ]);
  });

  it("buildTimeline requires two articles for a claim", () => {
    const single = "- id: toll\n  topic: Toll\n  sources:\n    - article: ap-2017-12-14\n      quote: Putin should have the courage\n";
    expect(errorsFor({ "claims.yaml": single })).toEqual(['data/claims.yaml:4: claim "toll": sources: must list at least two articles\' quotations']);
  });
});
