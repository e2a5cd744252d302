import { useMemo, useState } from "react";
import type { Article, Claim, TimelineEvent } from "../dataset/schema";
import { formatEventDate, formatPublished } from "../dataset/format-date";
import { OriginalArticleLink } from "../ui/original-article-link";
import { ShowMore } from "../ui/show-more";
import { SourceDisagreements } from "./source-disagreements";

export interface SourcesViewProps {
  articles: readonly Article[];
  /** The events each article reports, chronologically (within the current filter). */
  eventsByArticle: ReadonlyMap<string, readonly TimelineEvent[]>;
  onSelect(id: string): void;
  /** Facts on which the articles disagree, shown first. */
  claims?: readonly Claim[];
}

/** Articles rendered per page; a synthetic dataset can cite thousands. */
const SOURCES_PAGE_SIZE = 100;

/** Events listed per article before "Show more"; one article can report thousands. */
export const ARTICLE_EVENTS_PAGE_SIZE = 10;
/** Events each "Show more events" adds. */
const ARTICLE_EVENTS_STEP = 200;

/** Every article with the events it reports, each event a way back to the timeline. */
export function SourcesView({ articles, eventsByArticle, onSelect, claims = [] }: SourcesViewProps) {
  const [pages, setPages] = useState(1);
  const [eventCounts, setEventCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const cited = useMemo(
    () =>
      articles
        .filter((article) => eventsByArticle.has(article.id))
        .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0)),
    [articles, eventsByArticle],
  );
  const shown = cited.slice(0, pages * SOURCES_PAGE_SIZE);
  const articlesById = useMemo(() => new Map(articles.map((article) => [article.id, article])), [articles]);
  const disagreements = <SourceDisagreements claims={claims} articles={articlesById} />;

  if (cited.length === 0) {
    return (
      <div className="space-y-4">
        {disagreements}
        <p className="p-6 text-slate-700 dark:text-slate-200">No article reports the events that match the filter.</p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {disagreements}
      <ul className="space-y-4">
        {shown.map((article) => {
          const headingId = `article-${article.id}`;
          const reported = eventsByArticle.get(article.id) ?? [];
          const shownEvents = eventCounts.get(article.id) ?? ARTICLE_EVENTS_PAGE_SIZE;
          return (
            <li key={article.id}>
              <article
                aria-labelledby={headingId}
                className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
              >
                <p className="text-sm font-medium text-slate-600 dark:text-slate-300">
                  {article.outlet ?? "Unknown outlet"} · <time dateTime={article.published}>{formatPublished(article.published)}</time>
                  {article.byline ? <> · {article.byline}</> : null}
                </p>
                <h3 id={headingId} className="mt-1 text-lg leading-snug font-semibold text-slate-900 dark:text-white">
                  {article.headline}
                </h3>
                {article.publishedInferred ? (
                  <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">
                    Publication date inferred{article.publishedNote ? `: ${article.publishedNote}` : " from the article’s content."}
                  </p>
                ) : null}
                <p className="mt-2 text-sm">
                  <OriginalArticleLink article={article} />
                </p>
                <h4 className="mt-3 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">Reports</h4>
                <ul className="mt-1 space-y-1">
                  {reported.slice(0, shownEvents).map((event) => (
                    <li key={event.id}>
                      <button
                        type="button"
                        onClick={() => onSelect(event.id)}
                        className="text-left text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
                      >
                        {event.title}
                      </button>{" "}
                      <span className="text-sm text-slate-600 dark:text-slate-300">({formatEventDate(event)})</span>
                    </li>
                  ))}
                </ul>
                {reported.length > shownEvents ? (
                  <button
                    type="button"
                    onClick={() => setEventCounts(new Map(eventCounts).set(article.id, shownEvents + ARTICLE_EVENTS_STEP))}
                    aria-label={`Show ${Math.min(ARTICLE_EVENTS_STEP, reported.length - shownEvents)} more events from “${article.headline}”`}
                    className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
                  >
                    Show {Math.min(ARTICLE_EVENTS_STEP, reported.length - shownEvents)} more events
                  </button>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
      <ShowMore shown={shown.length} total={cited.length} noun="articles" onShowMore={() => setPages(pages + 1)} />
    </div>
  );
}
