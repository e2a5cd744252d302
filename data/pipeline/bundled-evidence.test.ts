// @vitest-environment node
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Dataset, TimelineEvent } from "../../src/dataset/schema";
import { buildTimeline } from "./build-timeline";

/** The real data/ folder, checked for what issue 11 asks of its evidence. */
const DATA_DIR = fileURLToPath(new URL("..", import.meta.url));

function buildBundled(): Dataset {
  const result = buildTimeline({ dataDir: DATA_DIR });
  if (!result.ok) throw new Error(`data/ does not build:\n${result.errors.join("\n")}`);
  return JSON.parse(result.json) as Dataset;
}

describe("the bundled dataset's evidence", () => {
  const dataset = buildBundled();
  const event = (id: string): TimelineEvent => {
    const found = dataset.events.find((item) => item.id === id);
    if (!found) throw new Error(`no event ${id}`);
    return found;
  };

  it("agrees with Haaretz's 'Friday at the latest' for the end of Geneva VIII, without a dispute", () => {
    const round = event("geneva-eighth-round-2017-11-28");
    const haaretz = round.sources.find((source) => source.article === "haaretz-2017-12-14");
    expect(haaretz?.resolution).toMatchObject({ start: "2017-12-14", end: "2017-12-15", agrees: true });
    expect(round.disputes).toEqual([]);
  });

  it("agrees with AP's 'this week' for the delegation's Sunday return, counting weeks the US way, without a dispute", () => {
    const returns = event("government-delegation-returns-2017-12-10");
    expect(returns.sources[0]?.resolution).toMatchObject({ start: "2017-12-10", end: "2017-12-16", agrees: true });
    expect(returns.sources[0]?.resolution?.explanation).toContain("weeks from Sunday, as in the article's locale en-US");
    expect(returns.disputes).toEqual([]);
  });

  it("carries each article's time zone and locale", () => {
    const conventions = Object.fromEntries(dataset.articles.map((article) => [article.id, [article.timezone, article.locale]]));
    expect(conventions).toEqual({
      "ap-2017-12-14": ["America/New_York", "en-US"],
      "dw-2017-12-13": ["Europe/Berlin", "en-DE"],
      "haaretz-2017-12-14": ["Asia/Jerusalem", "en-IL"],
      "prepares-withdraw-2016-03-14": [null, null],
      "wrapping-up-2017-11-21": [null, null],
    });
  });

  it("titles Hijab by his post and records the article's 'chief negotiator' as a fact dispute", () => {
    const hijab = event("hijab-resigns-2017-11-20");
    expect(hijab.title).toMatch(/head of the High Negotiations Committee/);
    expect(hijab.title).not.toMatch(/chief negotiator/i);
    expect(hijab.disputes).toEqual([expect.objectContaining({ article: "wrapping-up-2017-11-21", about: "fact", note: expect.stringContaining("chief negotiator") })]);
  });

  it("dates every event by a date phrase that gives its first day, a date dispute, or a note on its date", () => {
    const undated = dataset.events.filter(
      (item) =>
        !item.sources.some((source) => source.resolution?.agrees && source.resolution.start === item.start && source.resolution.end === undefined) &&
        !item.disputes.some((dispute) => dispute.about === "date") &&
        !(item.notes ?? []).some((note) => note.about === "date"),
    );
    expect(undated.map((item) => item.id)).toEqual([]);
  });

  it("marks what comes from the record, naming the record", () => {
    for (const id of ["russian-pullback-begins-2016-03-15", "jaafari-threatens-walkout-2017-12-01", "putin-trump-call-2017-11-21"]) {
      const notes = (event(id).notes ?? []).filter((note) => note.basis === "record");
      expect(notes.length, id).toBeGreaterThan(0);
      for (const note of notes) expect(note.record, id).toMatch(/\d{4}/);
    }
    expect(event("russian-pullback-begins-2016-03-15").notes?.[0]?.record).toBe("Russian Ministry of Defence statement, 15 March 2016");
  });

  it("quotes the White House's welcome and warning, and names Syria among its actors", () => {
    const readout = event("white-house-readout-2016-03-14");
    expect(readout.sources.map((source) => source.quote).join(" ")).toMatch(/welcomed .* risk undermining/);
    expect(readout.actors).toContain("syria");
  });

  it("quotes Salim al-Muslat and says the reactions' date is inferred", () => {
    const reactions = event("opposition-reacts-to-drawdown-2016-03-14");
    expect(reactions.sources.some((source) => /Salim al-Muslat/.test(source.quote))).toBe(true);
    expect(reactions.notes).toEqual([expect.objectContaining({ basis: "inference", about: "date" })]);
  });

  it("keeps the Riyadh conference's envoy a forecast", () => {
    expect(event("riyadh-opposition-conference-2017-11-22").summary).toMatch(/will oversee/);
  });

  it("says the government delegation left Geneva VIII on 1 December, not after a week", () => {
    const round = event("geneva-eighth-round-2017-11-28");
    expect(round.summary).toMatch(/leaves on 1 December/);
    expect(round.summary).not.toMatch(/first week/);
  });

  it("models the Geneva rounds and phases as parents and children", () => {
    const childrenOf = (id: string) => dataset.events.filter((item) => item.parent === id).map((item) => item.id);
    expect(childrenOf("geneva-eighth-round-2017-11-28")).toEqual(["geneva-eighth-round-first-phase-2017-11-28", "geneva-eighth-round-second-phase-2017-12-05"]);
    expect(childrenOf("geneva-talks-2016-2016-01-29")).toEqual(["geneva-talks-open-2016-01-29", "geneva-round-resumes-2016-03-14"]);
    expect(childrenOf("geneva-eighth-round-second-phase-2017-12-05")).toContain("government-delegation-returns-2017-12-10");
  });

  it("adds the Putin–Trump call of 21 November 2017 with the article's quotation and the date from the record", () => {
    const call = event("putin-trump-call-2017-11-21");
    expect(call.actors).toEqual(expect.arrayContaining(["donald-trump", "qatar"]));
    expect(call.sources[0]?.quote).toMatch(/Donald Trump/);
    expect(call.notes).toEqual([expect.objectContaining({ basis: "record", about: "date" })]);
  });

  it("records the sources' disagreement over the death toll", () => {
    const toll = dataset.claims?.find((claim) => claim.id === "war-death-toll-2017");
    expect(toll?.sources.map((source) => source.article)).toEqual(expect.arrayContaining(["dw-2017-12-13", "ap-2017-12-14", "haaretz-2017-12-14"]));
    expect(toll?.sources.find((source) => source.article === "dw-2017-12-13")?.quote).toMatch(/More than 300,000/);
  });
});
