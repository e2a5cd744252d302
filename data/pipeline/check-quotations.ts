import type { Article, Dataset } from "../../src/dataset/schema";
import { quoteValue } from "../../src/dataset/quote-value";
import type { DataError } from "./dataset-errors";

/** Longer quotations are hard to check and stop being "one sentence or less". */
const MAX_QUOTE_LENGTH = 300;

/** An article's text, or where it was looked for when it is missing. */
export type ArticleText = { text: string } | { missing: string };

/**
 * Typographic quotes, dashes and whitespace runs made uniform, so a quotation
 * typed with straight quotes matches the article's curly ones.
 */
export function normaliseQuotationText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\u00ad/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every quotation, of an event or a claim, with the path an error names. */
function quotations(dataset: Dataset): { article: string; quote: string; path: PropertyKey[] }[] {
  return [
    ...dataset.events.flatMap((event, eventIndex) =>
      event.sources.map((source, sourceIndex) => ({ ...source, path: ["events", eventIndex, "sources", sourceIndex, "quote"] })),
    ),
    ...(dataset.claims ?? []).flatMap((claim, claimIndex) =>
      claim.sources.map((source, sourceIndex) => ({ ...source, path: ["claims", claimIndex, "sources", sourceIndex, "quote"] })),
    ),
  ];
}

/** Every quotation must appear verbatim (after normalising) in its article's text. */
export function checkQuotations(dataset: Dataset, readArticle: (article: Article) => ArticleText): DataError[] {
  const errors: DataError[] = [];
  const texts = new Map<string, string | null>();
  dataset.articles.forEach((article, index) => {
    const result = readArticle(article);
    if ("missing" in result) {
      errors.push({ path: ["articles", index], message: `text file not found: ${result.missing}` });
      texts.set(article.id, null);
    } else {
      texts.set(article.id, normaliseQuotationText(result.text));
    }
  });
  for (const { article, quote, path } of quotations(dataset)) {
    const text = texts.get(article);
    if (text === null || text === undefined) continue;
    if (!text.includes(normaliseQuotationText(quote))) {
      errors.push({ path, message: `is not in the text of article ${quoteValue(article)}: ${quoteValue(quote)}` });
    }
  }
  return errors;
}

/** Quotations (of events and claims) over MAX_QUOTE_LENGTH characters; checked with or without the corpus. */
export function findLongQuotations(dataset: Dataset): DataError[] {
  return quotations(dataset)
    .filter(({ quote }) => quote.length > MAX_QUOTE_LENGTH)
    .map(({ quote, path }) => ({ path, message: `is ${quote.length} characters long; quote at most ${MAX_QUOTE_LENGTH} (one sentence or less)` }));
}
