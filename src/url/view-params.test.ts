import { describe, expect, it } from "vitest";
import {
  checkViewAgainstDataset,
  DEFAULT_VIEW_PARAMS,
  isHttpOrRelativeUrl,
  MAX_SEARCH_LENGTH,
  parseViewParams,
  serializeViewParams,
  type ViewParams,
} from "./view-params";

const full: ViewParams = {
  view: "list",
  event: "putin-announces-withdrawal-2016-03-14",
  actors: ["vladimir-putin", "russia"],
  match: "all",
  q: '"walk out" Jaafari',
  tracks: ["UN Geneva talks"],
  outlets: ["DW", "Unknown outlet"],
  places: ["Hmeimim air base, Syria", "100% Geneva"],
  disputed: true,
  from: "2016-01-01",
  to: "2016-06-30",
  data: "https://example.org/data/timeline.json",
  embed: false,
};
const fullQuery =
  "?data=https%3A%2F%2Fexample.org%2Fdata%2Ftimeline.json&view=list&event=putin-announces-withdrawal-2016-03-14&actors=vladimir-putin,russia&match=all" +
  "&q=%22walk+out%22+Jaafari&tracks=UN+Geneva+talks&outlets=DW,Unknown+outlet&places=Hmeimim+air+base%252C+Syria,100%2525+Geneva&disputed=1&from=2016-01-01&to=2016-06-30";

describe("parseViewParams", () => {
  it("parseViewParams returns the defaults for an empty query", () => {
    expect(parseViewParams("")).toEqual({ view: DEFAULT_VIEW_PARAMS, notices: [] });
  });

  it("parseViewParams reads every parameter", () => {
    const { view, notices } = parseViewParams(fullQuery);
    expect(view).toEqual(full);
    expect(notices).toEqual([]);
  });

  it("parseViewParams reads embed=1 and embed=0, and ignores anything else with a notice", () => {
    expect(parseViewParams("?embed=1").view.embed).toBe(true);
    expect(parseViewParams("?embed=0").view.embed).toBe(false);
    expect(parseViewParams("?embed=yes")).toEqual({ view: DEFAULT_VIEW_PARAMS, notices: ['Ignored unknown embed "yes" (use "1")'] });
  });

  it("parseViewParams drops empty and repeated actor ids", () => {
    expect(parseViewParams("?actors=russia,,russia,%20syria").view.actors).toEqual(["russia", "syria"]);
  });

  it("parseViewParams trims the search and drops an empty one", () => {
    expect(parseViewParams("?q=%20Sputnik%20").view.q).toBe("Sputnik");
    expect(parseViewParams("?q=%20%20").view.q).toBe("");
  });

  it("parseViewParams shortens an overlong search with a notice", () => {
    const { view, notices } = parseViewParams(`?q=${"a".repeat(MAX_SEARCH_LENGTH + 5)}`);
    expect(view.q).toHaveLength(MAX_SEARCH_LENGTH);
    expect(notices).toEqual([`Shortened the search to its first ${MAX_SEARCH_LENGTH} characters`]);
  });

  it("parseViewParams reads facet lists, dropping empty and repeated values", () => {
    expect(parseViewParams("?tracks=Talks,,Talks,%20Military&places=Aleppo").view).toMatchObject({ tracks: ["Talks", "Military"], places: ["Aleppo"] });
  });

  it("parseViewParams reads disputed=1 and ignores other values with a notice", () => {
    expect(parseViewParams("?disputed=1").view.disputed).toBe(true);
    expect(parseViewParams("?disputed=0")).toEqual({ view: DEFAULT_VIEW_PARAMS, notices: [] });
    expect(parseViewParams("?disputed=yes").notices).toEqual(['Ignored disputed="yes" (use disputed=1)']);
  });

  it("parseViewParams ignores a malformed 'from' with a notice and keeps the rest", () => {
    const { view, notices } = parseViewParams("?event=nope&from=garbage&to=2016-02-01");
    expect(notices).toEqual(["Ignored malformed date in 'from'"]);
    expect(view).toEqual({ ...DEFAULT_VIEW_PARAMS, event: "nope" });
  });

  it("parseViewParams rejects impossible calendar days", () => {
    expect(parseViewParams("?from=2016-02-30&to=2016-03-01").notices).toEqual(["Ignored malformed date in 'from'"]);
  });

  it("parseViewParams ignores a window whose 'from' is after 'to'", () => {
    const { view, notices } = parseViewParams("?from=2017-01-01&to=2016-01-01");
    expect([view.from, view.to]).toEqual([null, null]);
    expect(notices).toEqual(["Ignored 'from' and 'to': 'from' is after 'to'"]);
  });

  it("parseViewParams accepts a one-day window", () => {
    expect(parseViewParams("?from=2016-03-14&to=2016-03-14").view.to).toBe("2016-03-14");
  });

  it("parseViewParams ignores half a window with a notice", () => {
    expect(parseViewParams("?from=2016-01-01").notices).toEqual(["Ignored 'from' without 'to'"]);
  });

  it("parseViewParams ignores an unknown view and match", () => {
    const { view, notices } = parseViewParams("?view=map&match=some");
    expect([view.view, view.match]).toEqual(["timeline", "any"]);
    expect(notices).toEqual(['Ignored unknown view "map"', 'Ignored unknown match "some" (use "any" or "all")']);
  });

  it("parseViewParams refuses a data URL that is not http(s)", () => {
    const { view, notices } = parseViewParams("?data=javascript:alert(1)");
    expect(view.data).toBeNull();
    expect(notices).toEqual(["Ignored 'data': only http(s) or relative URLs can be opened"]);
  });

  it("parseViewParams accepts a relative data URL", () => {
    expect(parseViewParams("?data=data/synthetic-1000.json").view.data).toBe("data/synthetic-1000.json");
  });

  it("parseViewParams never throws on garbage", () => {
    expect(() => parseViewParams("?%E0%A4%A=&&&=&actors=&event=")).not.toThrow();
    expect(parseViewParams("?%E0%A4%A=&&&=&actors=&event=").view).toEqual(DEFAULT_VIEW_PARAMS);
  });
});

describe("serializeViewParams", () => {
  it("serializeViewParams writes nothing for the defaults", () => {
    expect(serializeViewParams(DEFAULT_VIEW_PARAMS)).toBe("");
  });

  it("serializeViewParams writes every parameter in a fixed order with readable commas", () => {
    expect(serializeViewParams(full)).toBe(fullQuery);
  });

  it("serializeViewParams writes embed=1 last, and nothing when not embedded", () => {
    expect(serializeViewParams({ ...full, embed: true })).toMatch(/&to=2016-06-30&embed=1$/);
    expect(parseViewParams(serializeViewParams({ ...full, embed: true })).view).toEqual({ ...full, embed: true });
  });

  it("serializeViewParams leaves out match when no actor is selected", () => {
    expect(serializeViewParams({ ...DEFAULT_VIEW_PARAMS, match: "all" })).toBe("");
  });

  it("serializeViewParams round-trips through parseViewParams", () => {
    const views: ViewParams[] = [
      full,
      DEFAULT_VIEW_PARAMS,
      { ...DEFAULT_VIEW_PARAMS, view: "sources", actors: ["russia"] },
      { ...DEFAULT_VIEW_PARAMS, q: "Erdoğan’s “walk-out” & 50%", places: ["a,b", "%2C", "c%d"] },
    ];
    for (const view of views) expect(parseViewParams(serializeViewParams(view))).toEqual({ view, notices: [] });
  });

  it("serializeViewParams escapes characters that would break the query", () => {
    const view = { ...DEFAULT_VIEW_PARAMS, event: "a&b=c#d" };
    expect(parseViewParams(serializeViewParams(view)).view.event).toBe("a&b=c#d");
  });
});

describe("isHttpOrRelativeUrl", () => {
  it("isHttpOrRelativeUrl accepts http(s) and relative URLs only", () => {
    expect(["https://x.org/a.json", "http://x.org/a.json", "a.json", "/data/a.json", "./a.json"].map(isHttpOrRelativeUrl)).toEqual([true, true, true, true, true]);
    expect(["javascript:alert(1)", "file:///etc/passwd", "data:,{}"].map(isHttpOrRelativeUrl)).toEqual([false, false, false]);
  });
});

describe("link parameters from hostile links", () => {
  it("parseViewParams accepts a window across every year 0000–9999", () => {
    const { view, notices } = parseViewParams("?from=0000-01-01&to=9999-12-31");
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ from: "0000-01-01", to: "9999-12-31" });
  });

  it("parseViewParams quotes at most 80 characters of an unknown view, with its length", () => {
    expect(parseViewParams(`?view=${"v".repeat(100_000)}`).notices).toEqual([`Ignored unknown view "${"v".repeat(80)}…" (100,000 characters)`]);
  });

  it("parseViewParams quotes at most 80 characters of an unknown embed value, with its length", () => {
    expect(parseViewParams(`?embed=${"x".repeat(100_000)}`).notices).toEqual([`Ignored unknown embed "${"x".repeat(80)}…" (100,000 characters) (use "1")`]);
  });

  it("checkViewAgainstDataset quotes at most 80 characters of an unknown event id, with its length", () => {
    const result = checkViewAgainstDataset({ ...DEFAULT_VIEW_PARAMS, event: "e".repeat(100_000) }, { range: { start: "2015-01-01", end: "2015-12-31" }, articles: [], actors: [], events: [] });
    expect(result.notices).toEqual([`Event "${"e".repeat(80)}…" (100,000 characters) not found`]);
  });

  it("checkViewAgainstDataset names at most three unknown actors and counts the rest", () => {
    const actors = Array.from({ length: 10_000 }, (_, index) => `ghost-${index}`);
    const result = checkViewAgainstDataset({ ...DEFAULT_VIEW_PARAMS, actors }, { range: { start: "2015-01-01", end: "2015-12-31" }, articles: [], actors: [], events: [] });
    expect(result.notices).toEqual(['Unknown actors "ghost-0", "ghost-1", "ghost-2" and 9,997 more ignored']);
  });
});

describe("checkViewAgainstDataset", () => {
  const dataset = {
    range: { start: "2015-09-01", end: "2017-12-31" },
    actors: [{ id: "russia", name: "Russia", kind: "state" as const, aliases: [] }],
    articles: [{ id: "a1", outlet: "TASS", headline: "h", published: "2016-01-01", url: null, publishedInferred: false, byline: null }],
    events: [
      { id: "known", title: "t", summary: "s", start: "2016-01-01", place: "Hmeimim air base, Syria", track: "Military", actors: [], sources: [{ article: "a1", quote: "q" }], disputes: [] },
    ],
  };

  it("checkViewAgainstDataset keeps a view the dataset knows", () => {
    const view = { ...DEFAULT_VIEW_PARAMS, event: "known", actors: ["russia"], from: "2016-01-01", to: "2016-02-01" };
    expect(checkViewAgainstDataset(view, dataset)).toEqual({ view, notices: [] });
  });

  it("checkViewAgainstDataset drops an unknown event with a notice", () => {
    const result = checkViewAgainstDataset({ ...DEFAULT_VIEW_PARAMS, event: "xyz" }, dataset);
    expect(result.view.event).toBeNull();
    expect(result.notices).toEqual(['Event "xyz" not found']);
  });

  it("checkViewAgainstDataset drops unknown actors and keeps known ones", () => {
    const result = checkViewAgainstDataset({ ...DEFAULT_VIEW_PARAMS, actors: ["ghost", "russia", "nobody"] }, dataset);
    expect(result.view.actors).toEqual(["russia"]);
    expect(result.notices).toEqual(['Unknown actors "ghost", "nobody" ignored']);
  });

  it("checkViewAgainstDataset keeps the search and known facet values", () => {
    const view = { ...DEFAULT_VIEW_PARAMS, q: "anything", tracks: ["Military"], outlets: ["TASS"], places: ["Hmeimim air base, Syria"], disputed: true };
    expect(checkViewAgainstDataset(view, dataset)).toEqual({ view, notices: [] });
  });

  it("checkViewAgainstDataset drops unknown facet values with a notice per facet", () => {
    const result = checkViewAgainstDataset({ ...DEFAULT_VIEW_PARAMS, tracks: ["Military", "Naval"], outlets: ["BBC"], places: ["Atlantis", "Mars"] }, dataset);
    expect(result.view).toMatchObject({ tracks: ["Military"], outlets: [], places: [] });
    expect(result.notices).toEqual(['Unknown track "Naval" ignored', 'Unknown outlet "BBC" ignored', 'Unknown places "Atlantis", "Mars" ignored']);
  });

  it("checkViewAgainstDataset drops a window outside the dataset's range", () => {
    const result = checkViewAgainstDataset({ ...DEFAULT_VIEW_PARAMS, from: "1990-01-01", to: "1990-02-01" }, dataset);
    expect([result.view.from, result.view.to]).toEqual([null, null]);
    expect(result.notices).toEqual(["Ignored window 1990-01-01 to 1990-02-01: outside the dataset (2015-09-01 to 2017-12-31)"]);
  });
});
