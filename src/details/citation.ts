import { formatEventDate, formatPublished } from "../dataset/format-date";
import { safeHttpUrl } from "../dataset/safe-url";
import type { Article, TimelineEvent } from "../dataset/schema";

/** What a citation of one event is made of. */
export interface CitationInput {
  event: TimelineEvent;
  articles: ReadonlyMap<string, Article>;
  /** The dataset's title, which the event is cited from. */
  datasetTitle: string;
  /** The explorer's link to the event (the same link "Copy link" gives for it). */
  link: string;
}

/** The formats a citation can be copied in. */
export const citationFormats = ["plain", "markdown", "csl-json"] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** One CSL-JSON item, as Zotero, Mendeley and pandoc import it. */
export interface CslItem {
  id: string;
  type: "article-newspaper";
  title?: string;
  "container-title"?: string;
  issued?: { "date-parts": [[number, number, number]]; circa?: true };
  URL?: string;
  note: string;
}

/** An article the event cites, once, with every quotation the event takes from it, in source order. */
interface CitedArticle {
  id: string;
  article: Article | undefined;
  quotes: string[];
}

function citedArticles(event: TimelineEvent, articles: ReadonlyMap<string, Article>): CitedArticle[] {
  const byId = new Map<string, CitedArticle>();
  for (const source of event.sources) {
    const cited = byId.get(source.article);
    if (cited) cited.quotes.push(source.quote);
    else byId.set(source.article, { id: source.article, article: articles.get(source.article), quotes: [source.quote] });
  }
  return [...byId.values()];
}

/** "13 December 2017", or "[14 March 2016, inferred]" where the article prints no date. */
export function citedPublicationDate(article: Pick<Article, "published" | "publishedInferred">): string {
  const date = formatPublished(article.published);
  return article.publishedInferred ? `[${date}, inferred]` : date;
}

/** A title closed with a full stop inside the quotation marks, unless it already ends a sentence. */
function closed(title: string): string {
  return /[.!?]$/.test(title) ? title : `${title}.`;
}

/** A quotation in typographic marks; a full stop follows unless it ends with its own. */
function quoted(quote: string): string {
  return /[.!?]$/.test(quote) ? `“${quote}”` : `“${quote}”.`;
}

const NO_SOURCE = "No source is recorded for this event.";

/**
 * Chicago-like plain text: the event (title, date as the dataset states it, dataset,
 * link), then each source article (outlet, headline, publication date, URL) with its quotations.
 */
export function citationPlainText({ event, articles, datasetTitle, link }: CitationInput): string {
  const lines = [`“${closed(event.title)}” ${formatEventDate(event)}. ${datasetTitle}. ${link}`, ""];
  const cited = citedArticles(event, articles);
  if (cited.length === 0) return [...lines, NO_SOURCE].join("\n");
  lines.push("Sources:");
  cited.forEach(({ id, article, quotes }, index) => {
    const marker = `${index + 1}. `;
    const indent = " ".repeat(marker.length);
    if (article) {
      const url = safeHttpUrl(article.url);
      lines.push(
        `${marker}${article.outlet ?? "Unknown outlet"}. “${closed(article.headline)}” ${citedPublicationDate(article)}. ${url ?? "No URL known."}`,
      );
    } else {
      lines.push(`${marker}Unknown outlet. Article “${id}”, which is not in the dataset. No URL known.`);
    }
    for (const quote of quotes) lines.push(`${indent}Quoted: ${quoted(quote)}`);
  });
  return lines.join("\n");
}

/** Backslash-escapes what Markdown would read as markup, so data stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#]/g, (character) => `\\${character}`);
}

/** A URL safe inside a Markdown link's parentheses. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/** The same citation in Markdown: the event's title links to the explorer, each headline to its article. */
export function citationMarkdown({ event, articles, datasetTitle, link }: CitationInput): string {
  const lines = [`[${escapeMarkdown(event.title)}](${markdownUrl(link)}). ${formatEventDate(event)}. *${escapeMarkdown(datasetTitle)}*.`, ""];
  const cited = citedArticles(event, articles);
  if (cited.length === 0) return [...lines, NO_SOURCE].join("\n");
  lines.push("Sources:", "");
  cited.forEach(({ id, article, quotes }, index) => {
    const marker = `${index + 1}. `;
    const indent = " ".repeat(marker.length);
    if (article) {
      const url = safeHttpUrl(article.url);
      const outlet = article.outlet === null ? "Unknown outlet" : `*${escapeMarkdown(article.outlet)}*`;
      const headline = escapeMarkdown(article.headline);
      const title = url ? `“[${headline}](${markdownUrl(url)})${/[.!?]$/.test(headline) ? "" : "."}”` : `“${closed(headline)}”`;
      lines.push(`${marker}${outlet}. ${title} ${escapeMarkdown(citedPublicationDate(article))}.${url ? "" : " No URL known."}`);
    } else {
      lines.push(`${marker}Unknown outlet. Article “${escapeMarkdown(id)}”, which is not in the dataset. No URL known.`);
    }
    for (const quote of quotes) lines.push(`${indent}> ${escapeMarkdown(quote)}`);
  });
  return lines.join("\n");
}

/** The calendar day a publication date names, as CSL date parts. */
function dateParts(published: string): [number, number, number] {
  const [year, month, day] = published.slice(0, 10).split("-").map(Number) as [number, number, number];
  return [year, month, day];
}

/** One CSL-JSON item per source article; the note carries the event, its link, the quotations and any inferred date. */
export function citationCslItems({ event, articles, datasetTitle, link }: CitationInput): CslItem[] {
  return citedArticles(event, articles).map(({ id, article, quotes }) => {
    const note = [
      `Cited for: ${event.title} (${formatEventDate(event)}), ${datasetTitle}, ${link}`,
      ...quotes.map((quote) => `Quoted: “${quote}”`),
    ];
    if (!article) return { id, type: "article-newspaper", note: [...note, "The article is not in the dataset."].join("\n") };
    if (article.publishedInferred) {
      note.push(`Publication date inferred, not printed${article.publishedNote ? `: ${article.publishedNote}` : "."}`);
    }
    const url = safeHttpUrl(article.url);
    return {
      id,
      type: "article-newspaper",
      title: article.headline,
      ...(article.outlet !== null ? { "container-title": article.outlet } : {}),
      issued: { "date-parts": [dateParts(article.published)], ...(article.publishedInferred ? { circa: true as const } : {}) },
      ...(url ? { URL: url } : {}),
      note: note.join("\n"),
    };
  });
}

/** CSL-JSON text: an array of the items above, indented for reading, each date on one line. */
export function citationCslJson(input: CitationInput): string {
  return JSON.stringify(citationCslItems(input), null, 2).replace(
    /"date-parts": \[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/g,
    '"date-parts": [[$1, $2, $3]]',
  );
}

/** The citation in one format. */
export function formatCitation(format: CitationFormat, input: CitationInput): string {
  if (format === "plain") return citationPlainText(input);
  if (format === "markdown") return citationMarkdown(input);
  return citationCslJson(input);
}
