import type { Article, EventSource } from "../dataset/schema";
import { formatPublished } from "../dataset/format-date";
import { safeHttpUrl } from "../dataset/safe-url";
import { CappedList } from "../ui/capped-list";
import { Highlight } from "../ui/highlight";
import { OriginalArticleLink } from "../ui/original-article-link";

export interface SourceItemProps {
  /** One article's quotations for the event, in the order the event lists them. */
  sources: readonly EventSource[];
  article: Article | undefined;
  /** The article's id, for when it is not in the dataset. */
  articleId: string;
  /** The event's id, and how many quotations to show before "Show all N" (undefined: all). */
  owner: string;
  listCap?: number | undefined;
}

/** One article that reports an event: its quotations, how each one's date was read, the attribution once, and the original. */
export function SourceItem({ sources, article, articleId, owner, listCap }: SourceItemProps) {
  const url = safeHttpUrl(article?.url);
  const outlet = article?.outlet ?? "Unknown outlet";
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <figure className="space-y-2">
        <CappedList items={sources} cap={listCap} noun="quotations" owner={owner}>
          {(shown) =>
            shown.map((source, index) => (
              <div key={index} className="space-y-1">
                <blockquote cite={url ?? undefined} className="border-l-4 border-sky-600 pl-3 text-slate-800 italic dark:border-sky-400 dark:text-slate-100">
                  <p>
                    “<Highlight text={source.quote} />”
                  </p>
                </blockquote>
                <DateReading source={source} />
              </div>
            ))
          }
        </CappedList>
        <figcaption className="text-sm text-slate-600 dark:text-slate-300">
          — <cite className="font-medium not-italic">
            <Highlight text={outlet} />
          </cite>
          {article ? (
            <>
              , “<Highlight text={article.headline} />”, <time dateTime={article.published}>{formatPublished(article.published)}</time>
              {article.publishedInferred ? " (date inferred)" : null}
            </>
          ) : (
            <>, article “{articleId}” is not in the dataset</>
          )}
        </figcaption>
      </figure>
      {article?.publishedInferred && article.publishedNote ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">Publication date inferred: {article.publishedNote}</p>
      ) : null}
      <p className="text-sm">
        <OriginalArticleLink article={article} />
      </p>
    </li>
  );
}

/** A quotation's date phrase, how it was resolved, and a flag where it disagrees with the event. */
function DateReading({ source }: { source: EventSource }) {
  if (!source.datePhrase && !source.resolution) return null;
  return (
    <>
      <p className="text-sm text-slate-700 dark:text-slate-200">
        {source.datePhrase ? (
          <>
            Date phrase: <q>{source.datePhrase}</q>
            {source.resolution ? ". " : null}
          </>
        ) : null}
        {source.resolution ? <>Resolved: {source.resolution.explanation}</> : null}
      </p>
      {source.resolution && !source.resolution.agrees ? (
        <p className="rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
          This source’s date disagrees with the event’s date.
        </p>
      ) : null}
    </>
  );
}
