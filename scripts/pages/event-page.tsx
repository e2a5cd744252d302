import { renderToStaticMarkup } from "react-dom/server";
import { documentTitle } from "../../src/app/use-document-title";
import { STATIC_PAGE_ID } from "../../src/app/static-page";
import type { DatasetIndex } from "../../src/dataset/dataset-index";
import type { TimelineEvent } from "../../src/dataset/schema";
import { EventFacts } from "../../src/details/event-facts";
import { EVENT_PAGE_TO_ROOT, eventPagePath } from "../../src/url/site-path";
import { eventDescription } from "./describe-event";
import { pageFromTemplate } from "./page-template";
import { shareHeadTags, type ShareImage } from "./share-meta";

/** Where the site lives, for the addresses that must be absolute; null without SITE_URL. */
export type SiteUrl = string | null;

export const CARD_FILE = "card.png";
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The preview image's entry in a page's head, or null when there is no SITE_URL to make it absolute. */
export function cardImage(siteUrl: SiteUrl, path: string, alt: string): ShareImage | null {
  return siteUrl === null ? null : { url: `${siteUrl}${path}${CARD_FILE}`, width: CARD_WIDTH, height: CARD_HEIGHT, alt };
}

const link = "font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

/** The site's banner on a built page: the product's name and the dataset's title, linking home. */
export function SiteBanner({ datasetTitle }: { datasetTitle: string }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto max-w-3xl space-y-1 px-4 py-4">
        <p className="text-xs font-semibold tracking-widest text-sky-700 uppercase dark:text-sky-300">Syria Timeline Explorer</p>
        <p className="text-lg font-semibold">
          <a href={EVENT_PAGE_TO_ROOT} className={link}>
            {datasetTitle}
          </a>
        </p>
      </div>
    </header>
  );
}

interface EventPageBodyProps {
  event: TimelineEvent;
  index: DatasetIndex;
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
}

/** An event's page as plain HTML: the same facts as the explorer's details panel, and links onward. */
function EventPageBody({ event, index, previous, next }: EventPageBodyProps) {
  const explorerLink = `${EVENT_PAGE_TO_ROOT}?event=${encodeURIComponent(event.id)}`;
  return (
    <div id={STATIC_PAGE_ID} className="min-h-dvh bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <SiteBanner datasetTitle={index.dataset.title} />
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-6">
        <EventFacts event={event} articles={index.articlesById} actors={index.actorsById} titleLevel={1} />
        <nav aria-label="More of the timeline" className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
          <p>
            <a href={explorerLink} className={link}>
              Open this event in the interactive explorer
            </a>
          </p>
          <ul className="flex flex-col gap-2 text-sm sm:flex-row sm:justify-between">
            {previous ? (
              <li>
                <a href={`${EVENT_PAGE_TO_ROOT}${eventPagePath(previous.id)}`} rel="prev" className={link}>
                  ← Previous: {previous.title}
                </a>
              </li>
            ) : null}
            {next ? (
              <li className="sm:text-right">
                <a href={`${EVENT_PAGE_TO_ROOT}${eventPagePath(next.id)}`} rel="next" className={link}>
                  Next: {next.title} →
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      </main>
    </div>
  );
}

/** The alt text of an event's preview card. */
export function eventCardAlt(event: TimelineEvent, datasetTitle: string, dateLine: string): string {
  return `${event.title}: ${dateLine}. A card from ${datasetTitle} with the event marked on the whole timeline.`;
}

/** `events/<id>/index.html`: the event's head for link previews, its facts as HTML, and the explorer, which takes over with the event selected. */
export function renderEventPage(template: string, index: DatasetIndex, position: number, siteUrl: SiteUrl, cardAlt: string): string {
  const event = index.events[position]!;
  const path = eventPagePath(event.id);
  const body = renderToStaticMarkup(
    <EventPageBody event={event} index={index} previous={index.events[position - 1] ?? null} next={index.events[position + 1] ?? null} />,
  );
  return pageFromTemplate(template, {
    title: documentTitle(index.dataset.title, event.title),
    headTags: shareHeadTags({
      title: event.title,
      description: eventDescription(event),
      type: "article",
      siteName: index.dataset.title,
      url: siteUrl === null ? null : `${siteUrl}${path}`,
      image: cardImage(siteUrl, path, cardAlt),
    }),
    // The explorer renders into the hidden root and shows it once it can show this event.
    body: `${body}\n    <div id="root" hidden></div>`,
    toRoot: EVENT_PAGE_TO_ROOT,
    app: true,
  });
}
