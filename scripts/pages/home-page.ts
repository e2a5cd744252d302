import type { DatasetIndex } from "../../src/dataset/dataset-index";
import { eventPagePath } from "../../src/url/site-path";
import { cardImage, type SiteUrl } from "./event-page";
import { escapeHtml } from "../../src/ui/escape-html";
import { pageFromTemplate } from "./page-template";
import { shareHeadTags } from "./share-meta";

/** The template's own description, which the home page's previews reuse. */
function templateDescription(template: string): string {
  const match = /<meta name="description" content="([^"]*)"/.exec(template);
  if (!match) throw new Error('dist/index.html has no <meta name="description">');
  // Vite writes the attribute as it was in index.html; only these entities can occur.
  return match[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Without JavaScript the explorer cannot run; the event pages can, so the home page lists them. */
function noscriptList(index: DatasetIndex): string {
  const items = index.events.map((event) => `<li><a class="text-sky-800 underline dark:text-sky-300" href="${escapeHtml(eventPagePath(event.id))}">${escapeHtml(event.title)}</a></li>`).join("");
  return `<noscript><div class="mx-auto max-w-3xl space-y-3 px-4 py-6"><h1 class="text-2xl font-bold">${escapeHtml(index.dataset.title)}</h1><p>The interactive explorer needs JavaScript. Every event also has a page of its own, readable without it:</p><ul class="list-disc space-y-1 pl-6">${items}</ul></div></noscript>`;
}

/** The explorer's `index.html` with link previews for the whole timeline and, for readers without JavaScript, the list of event pages. */
export function renderHomePage(template: string, index: DatasetIndex, siteUrl: SiteUrl, cardAlt: string): string {
  return pageFromTemplate(template, {
    title: index.dataset.title,
    headTags: shareHeadTags({
      title: index.dataset.title,
      description: templateDescription(template),
      type: "website",
      siteName: "Syria Timeline Explorer",
      url: siteUrl,
      image: cardImage(siteUrl, "", cardAlt),
    }),
    body: `<div id="root"></div>\n    ${noscriptList(index)}`,
    toRoot: "",
    app: true,
  });
}
