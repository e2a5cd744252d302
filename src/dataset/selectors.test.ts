import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "./schema";
import { adjacentEvents, eventsByArticle, sourcesByArticle } from "./selectors";

function event(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: id, summary: id, start, actors: [], sources: [], disputes: [], ...extra };
}

const ids = (events: readonly TimelineEvent[]) => events.map((item) => item.id);

describe("eventsByArticle", () => {
  it("eventsByArticle lists the events each article reports, in the given order, once each", () => {
    const source = (article: string) => ({ article, quote: "q" });
    const byArticle = eventsByArticle([
      event("early", "2016-01-01", { sources: [source("bbc"), source("dw")] }),
      event("late", "2017-01-01", { sources: [source("bbc"), source("bbc")] }),
      event("unsourced", "2016-06-01"),
    ]);
    expect([...byArticle.keys()]).toEqual(["bbc", "dw"]);
    expect(ids(byArticle.get("bbc")!)).toEqual(["early", "late"]);
    expect(ids(byArticle.get("dw")!)).toEqual(["early"]);
  });
});

describe("adjacentEvents", () => {
  const sorted = [event("a", "2016-01-01"), event("b", "2016-01-02"), event("c", "2016-01-03")];

  it("adjacentEvents returns the neighbours of a middle event", () => {
    const { previous, next } = adjacentEvents(sorted, "b");
    expect([previous?.id, next?.id]).toEqual(["a", "c"]);
  });

  it("adjacentEvents returns null before the first and after the last", () => {
    expect(adjacentEvents(sorted, "a").previous).toBeNull();
    expect(adjacentEvents(sorted, "c").next).toBeNull();
  });

  it("adjacentEvents returns nulls for an id not in the list, or none", () => {
    expect(adjacentEvents(sorted, "x")).toEqual({ previous: null, next: null });
    expect(adjacentEvents(sorted, null)).toEqual({ previous: null, next: null });
  });
});


describe("sourcesByArticle", () => {
  it("sourcesByArticle gathers an article's quotations in the order the article first appears", () => {
    const groups = sourcesByArticle([
      { article: "dw", quote: "one" },
      { article: "ap", quote: "two" },
      { article: "dw", quote: "three" },
    ]);
    expect(groups).toEqual([
      { article: "dw", sources: [{ article: "dw", quote: "one" }, { article: "dw", quote: "three" }] },
      { article: "ap", sources: [{ article: "ap", quote: "two" }] },
    ]);
  });

  it("sourcesByArticle returns nothing for an unsourced event", () => {
    expect(sourcesByArticle([])).toEqual([]);
  });
});
