import { renderToStaticMarkup } from "react-dom/server";
import type { DatasetIndex } from "../../src/dataset/dataset-index";
import { formatCalendarDate } from "../../src/dataset/format-date";
import { EVENT_PAGE_TO_ROOT, eventPagePath } from "../../src/url/site-path";
import { escapeHtml } from "../../src/ui/escape-html";
import { SiteBanner } from "./event-page";
import { pageFromTemplate } from "./page-template";
import type { RemovedEvent } from "./removed-events";

const link = "font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

function RemovedPageBody({ removed, index }: { removed: RemovedEvent; index: DatasetIndex }) {
  const replacement = removed.replacedBy === undefined ? null : index.events[index.positionById.get(removed.replacedBy)!]!;
  return (
    <div className="min-h-dvh bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <SiteBanner datasetTitle={index.dataset.title} />
      <main id="main" className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <h1 className="text-2xl font-bold">This event was removed</h1>
        <p>
          {removed.title ? <>The event “{removed.title}” </> : <>The event <code>{removed.id}</code> </>}
          was removed from the timeline on <time dateTime={removed.removed}>{formatCalendarDate(removed.removed)}</time>.
        </p>
        <p>{removed.reason}</p>
        {replacement ? (
          <p>
            What it recorded is now part of{" "}
            <a href={`${EVENT_PAGE_TO_ROOT}${eventPagePath(replacement.id)}`} className={link}>
              {replacement.title}
            </a>
            .
          </p>
        ) : null}
        <p>
          <a href={EVENT_PAGE_TO_ROOT} className={link}>
            Open the explorer
          </a>
        </p>
      </main>
    </div>
  );
}

/** `events/<id>/index.html` for a removed event: says so and links on; search engines are asked to drop it. */
export function renderRemovedPage(template: string, index: DatasetIndex, removed: RemovedEvent): string {
  return pageFromTemplate(template, {
    title: `Event removed · ${index.dataset.title}`,
    headTags: [`<meta name="robots" content="noindex" />`, `<meta name="description" content="${escapeHtml(`This event was removed from ${index.dataset.title}.`)}" />`],
    body: renderToStaticMarkup(<RemovedPageBody removed={removed} index={index} />),
    toRoot: EVENT_PAGE_TO_ROOT,
    app: false,
  });
}
