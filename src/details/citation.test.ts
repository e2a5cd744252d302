import { describe, expect, it } from "vitest";
import type { Article, TimelineEvent } from "../dataset/schema";
import { citationCslItems, citationCslJson, citationMarkdown, citationPlainText, citedPublicationDate, formatCitation, type CitationInput } from "./citation";

/**
 * The bundled dataset's Geneva VIII event (data/events.yaml) with its three articles as
 * `npm run data` writes them: an unknown outlet with an inferred date and no URL, a wire
 * story with a date-time and no URL, and an inferred date with a URL.
 */
const articles: Article[] = [
  {
    id: "wrapping-up-2017-11-21",
    outlet: null,
    headline: "Putin claims Syrian war 'wrapping up' in talks with Assad",
    published: "2017-11-21",
    publishedInferred: true,
    publishedNote: "No date printed; it reports a Kremlin statement issued 'on Tuesday' about talks 'on November 20' (a Monday).",
    byline: null,
    url: null,
  },
  {
    id: "ap-2017-12-14",
    outlet: "The Associated Press",
    headline: "UN Syria envoy urges Putin to have 'courage' to push Assad",
    published: "2017-12-14T08:20:00-05:00",
    publishedInferred: false,
    byline: "GENEVA (AP)",
    url: null,
  },
  {
    id: "haaretz-2017-12-14",
    outlet: "Haaretz",
    headline: "UN Syria Envoy Makes Rare Statement Urging Putin to Have the 'Courage' to Push Assad Out",
    published: "2017-12-14",
    publishedInferred: true,
    publishedNote: "No date printed; the interview it reports aired 'late Wednesday' (13 Dec 2017) and the round is 'set to end Friday at the latest'.",
    byline: "The Associated Press",
    url: "https://www.haaretz.com/middle-east-news/syria/un-syria-envoy-urges-putin-to-have-courage-to-push-assad-1.5628678",
  },
];

const genevaEight: TimelineEvent = {
  id: "geneva-eighth-round-2017-11-28",
  title: "Eighth round of Geneva talks",
  summary: "De Mistura convenes the eighth round of intra-Syrian talks in Geneva.",
  start: "2017-11-28",
  end: "2017-12-14",
  place: "Geneva, Switzerland",
  track: "UN Geneva talks",
  actors: ["united-nations", "staffan-de-mistura"],
  sources: [
    { article: "wrapping-up-2017-11-21", quote: "UN-sponsored peace talks are also due to resume in Geneva next week." },
    { article: "ap-2017-12-14", quote: "Participants said talks were set to wrap up Thursday" },
    { article: "haaretz-2017-12-14", quote: "which is set to end Friday at the latest" },
  ],
  disputes: [],
};

const LINK = "https://example.org/syria/?event=geneva-eighth-round-2017-11-28";
const HAARETZ = "https://www.haaretz.com/middle-east-news/syria/un-syria-envoy-urges-putin-to-have-courage-to-push-assad-1.5628678";

const input = (event: TimelineEvent = genevaEight, link = LINK): CitationInput => ({
  event,
  articles: new Map(articles.map((article) => [article.id, article])),
  datasetTitle: "Russia in Syria, 2015–2017",
  link,
});

describe("citedPublicationDate", () => {
  it("gives a printed date as the day it names", () => {
    expect(citedPublicationDate({ published: "2017-12-14T08:20:00-05:00", publishedInferred: false })).toBe("14 December 2017");
  });

  it("marks an inferred date as inferred, in brackets", () => {
    expect(citedPublicationDate({ published: "2016-03-14", publishedInferred: true })).toBe("[14 March 2016, inferred]");
  });
});

describe("citationPlainText", () => {
  it("cites the Geneva VIII event and each of its source articles", () => {
    expect(citationPlainText(input())).toBe(
      [
        `“Eighth round of Geneva talks.” 28 November – 14 December 2017. Russia in Syria, 2015–2017. ${LINK}`,
        "",
        "Sources:",
        "1. Unknown outlet. “Putin claims Syrian war 'wrapping up' in talks with Assad.” [21 November 2017, inferred]. No URL known.",
        "   Quoted: “UN-sponsored peace talks are also due to resume in Geneva next week.”",
        "2. The Associated Press. “UN Syria envoy urges Putin to have 'courage' to push Assad.” 14 December 2017. No URL known.",
        "   Quoted: “Participants said talks were set to wrap up Thursday”.",
        `3. Haaretz. “UN Syria Envoy Makes Rare Statement Urging Putin to Have the 'Courage' to Push Assad Out.” [14 December 2017, inferred]. ${HAARETZ}`,
        "   Quoted: “which is set to end Friday at the latest”.",
      ].join("\n"),
    );
  });

  it("cites a month-precision date as the dataset states it", () => {
    const text = citationPlainText(input({ ...genevaEight, start: "2017-12", end: undefined, sources: [] }));
    expect(text).toBe(`“Eighth round of Geneva talks.” December 2017 (month precision). Russia in Syria, 2015–2017. ${LINK}\n\nNo source is recorded for this event.`);
  });

  it("cites an article once, with every quotation the event takes from it", () => {
    const twice = { ...genevaEight, sources: [genevaEight.sources[1]!, { article: "ap-2017-12-14", quote: "A second quotation." }] };
    expect(citationPlainText(input(twice)).split("\n").slice(3)).toEqual([
      "1. The Associated Press. “UN Syria envoy urges Putin to have 'courage' to push Assad.” 14 December 2017. No URL known.",
      "   Quoted: “Participants said talks were set to wrap up Thursday”.",
      "   Quoted: “A second quotation.”",
    ]);
  });

  it("does not add a full stop to a headline that ends a question", () => {
    const asked = new Map([["q", { ...articles[1]!, id: "q", headline: "Will the talks end on Thursday?" }]]);
    const event = { ...genevaEight, sources: [{ article: "q", quote: "Yes." }] };
    expect(citationPlainText({ ...input(event), articles: asked })).toContain("“Will the talks end on Thursday?” 14 December");
  });

  it("names an article the dataset lacks", () => {
    const event = { ...genevaEight, sources: [{ article: "missing", quote: "Words." }] };
    expect(citationPlainText(input(event)).split("\n").slice(3)).toEqual([
      "1. Unknown outlet. Article “missing”, which is not in the dataset. No URL known.",
      "   Quoted: “Words.”",
    ]);
  });
});

describe("citationMarkdown", () => {
  it("cites the Geneva VIII event with links to the explorer and to the article that has a URL", () => {
    expect(citationMarkdown(input())).toBe(
      [
        `[Eighth round of Geneva talks](${LINK}). 28 November – 14 December 2017. *Russia in Syria, 2015–2017*.`,
        "",
        "Sources:",
        "",
        "1. Unknown outlet. “Putin claims Syrian war 'wrapping up' in talks with Assad.” \\[21 November 2017, inferred\\]. No URL known.",
        "   > UN-sponsored peace talks are also due to resume in Geneva next week.",
        "2. *The Associated Press*. “UN Syria envoy urges Putin to have 'courage' to push Assad.” 14 December 2017. No URL known.",
        "   > Participants said talks were set to wrap up Thursday",
        `3. *Haaretz*. “[UN Syria Envoy Makes Rare Statement Urging Putin to Have the 'Courage' to Push Assad Out](${HAARETZ}).” \\[14 December 2017, inferred\\].`,
        "   > which is set to end Friday at the latest",
      ].join("\n"),
    );
  });

  it("escapes Markdown in the data and parentheses in links, so text stays text", () => {
    const event = { ...genevaEight, title: "A *bold* [claim]", sources: [{ article: "ap-2017-12-14", quote: "<b>not html</b> _x_" }] };
    const text = citationMarkdown(input(event, "https://example.org/a(b)?event=x"));
    expect(text.split("\n")[0]).toBe("[A \\*bold\\* \\[claim\\]](https://example.org/a%28b%29?event=x). 28 November – 14 December 2017. *Russia in Syria, 2015–2017*.");
    expect(text).toContain("   > \\<b\\>not html\\</b\\> \\_x\\_");
  });
});

describe("citationCslItems", () => {
  it("gives one article-newspaper item per source article of the Geneva VIII event", () => {
    const cited = `Cited for: Eighth round of Geneva talks (28 November – 14 December 2017), Russia in Syria, 2015–2017, ${LINK}`;
    expect(citationCslItems(input())).toEqual([
      {
        id: "wrapping-up-2017-11-21",
        type: "article-newspaper",
        title: "Putin claims Syrian war 'wrapping up' in talks with Assad",
        issued: { "date-parts": [[2017, 11, 21]], circa: true },
        note: [
          cited,
          "Quoted: “UN-sponsored peace talks are also due to resume in Geneva next week.”",
          "Publication date inferred, not printed: No date printed; it reports a Kremlin statement issued 'on Tuesday' about talks 'on November 20' (a Monday).",
        ].join("\n"),
      },
      {
        id: "ap-2017-12-14",
        type: "article-newspaper",
        title: "UN Syria envoy urges Putin to have 'courage' to push Assad",
        "container-title": "The Associated Press",
        issued: { "date-parts": [[2017, 12, 14]] },
        note: [cited, "Quoted: “Participants said talks were set to wrap up Thursday”"].join("\n"),
      },
      {
        id: "haaretz-2017-12-14",
        type: "article-newspaper",
        title: "UN Syria Envoy Makes Rare Statement Urging Putin to Have the 'Courage' to Push Assad Out",
        "container-title": "Haaretz",
        issued: { "date-parts": [[2017, 12, 14]], circa: true },
        URL: HAARETZ,
        note: [
          cited,
          "Quoted: “which is set to end Friday at the latest”",
          "Publication date inferred, not printed: No date printed; the interview it reports aired 'late Wednesday' (13 Dec 2017) and the round is 'set to end Friday at the latest'.",
        ].join("\n"),
      },
    ]);
  });

  it("is an empty array for an event without sources", () => {
    expect(citationCslJson(input({ ...genevaEight, sources: [] }))).toBe("[]");
  });
});

describe("citationCslJson", () => {
  it("is the items as indented JSON that parses back to them, each date on one line", () => {
    const text = citationCslJson(input());
    expect(JSON.parse(text)).toEqual(citationCslItems(input()));
    expect(text.split("\n").slice(0, 9)).toEqual([
      "[",
      "  {",
      '    "id": "wrapping-up-2017-11-21",',
      '    "type": "article-newspaper",',
      `    "title": "Putin claims Syrian war 'wrapping up' in talks with Assad",`,
      '    "issued": {',
      '      "date-parts": [[2017, 11, 21]],',
      '      "circa": true',
      "    },",
    ]);
  });
});

describe("formatCitation", () => {
  it("gives each format's text", () => {
    expect(formatCitation("plain", input())).toBe(citationPlainText(input()));
    expect(formatCitation("markdown", input())).toBe(citationMarkdown(input()));
    expect(formatCitation("csl-json", input())).toBe(citationCslJson(input()));
  });
});
