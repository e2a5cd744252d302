// @vitest-environment node
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/dataset/schema";
import { checkQuotations, findLongQuotations, normaliseQuotationText } from "./check-quotations";

function datasetWithQuote(quote: string): Dataset {
  return {
    title: "Quotes",
    range: { start: "2017-01-01", end: "2017-12-31" },
    tracks: [],
    articles: [
      { id: "ap", outlet: "AP", headline: "Headline", published: "2017-12-14", url: null, publishedInferred: false, byline: null },
    ],
    actors: [],
    events: [
      { id: "talks", title: "Talks", summary: "Talks.", start: "2017-12-14", actors: [], sources: [{ article: "ap", quote }], disputes: [] },
    ],
  };
}

const ARTICLE = "GENEVA (AP) \u2014 The U.N.\u2019s envoy said\n  the \u201cpeace\u201d talks\u00a0would end \u2013 at the latest \u2013 on Friday.";

describe("normaliseQuotationText", () => {
  it("normaliseQuotationText makes typographic quotes ASCII", () => {
    expect(normaliseQuotationText("\u2018a\u2019 \u201cb\u201d")).toBe("'a' \"b\"");
  });

  it("normaliseQuotationText makes en and em dashes one hyphen", () => {
    expect(normaliseQuotationText("a \u2013 b \u2014 c")).toBe("a - b - c");
  });

  it("normaliseQuotationText collapses whitespace runs, line breaks and no-break spaces", () => {
    expect(normaliseQuotationText("  a\n\t b\u00a0 c ")).toBe("a b c");
  });
});

describe("checkQuotations", () => {
  const read = () => ({ text: ARTICLE });

  it("checkQuotations accepts a quotation typed with straight quotes, hyphens and single spaces", () => {
    expect(checkQuotations(datasetWithQuote(`The U.N.'s envoy said the "peace" talks would end - at the latest - on Friday.`), read)).toEqual([]);
  });

  it("checkQuotations rejects a changed word, naming the event and the article", () => {
    expect(checkQuotations(datasetWithQuote("the peace talks would end"), read)).toEqual([
      { path: ["events", 0, "sources", 0, "quote"], message: 'is not in the text of article "ap": "the peace talks would end"' },
    ]);
  });

  it("checkQuotations is case-sensitive", () => {
    expect(checkQuotations(datasetWithQuote("the U.N.'s envoy said"), read)).toHaveLength(1);
  });

  it("checkQuotations reports a missing article text once and skips its quotations", () => {
    expect(checkQuotations(datasetWithQuote("anything"), () => ({ missing: "/corpus/ap.txt (ENOENT)" }))).toEqual([
      { path: ["articles", 0], message: "text file not found: /corpus/ap.txt (ENOENT)" },
    ]);
  });
});

describe("findLongQuotations", () => {
  it("findLongQuotations accepts a quotation of exactly 300 characters", () => {
    expect(findLongQuotations(datasetWithQuote("x".repeat(300)))).toEqual([]);
  });

  it("findLongQuotations rejects a quotation of 301 characters", () => {
    expect(findLongQuotations(datasetWithQuote("x".repeat(301)))).toEqual([
      { path: ["events", 0, "sources", 0, "quote"], message: "is 301 characters long; quote at most 300 (one sentence or less)" },
    ]);
  });
});
