import type { Article, Claim } from "../dataset/schema";
import { formatPublished } from "../dataset/format-date";

export interface SourceDisagreementsProps {
  claims: readonly Claim[];
  articles: ReadonlyMap<string, Article>;
}

/** Facts outside any one event on which the articles differ, each article's words side by side. */
export function SourceDisagreements({ claims, articles }: SourceDisagreementsProps) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="source-disagreements" className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/50">
      <h3 id="source-disagreements" className="text-lg font-semibold text-amber-950 dark:text-amber-50">
        Where the sources disagree
      </h3>
      <ul className="mt-2 space-y-4">
        {claims.map((claim) => (
          <li key={claim.id}>
            <article aria-labelledby={`claim-${claim.id}`} className="space-y-2">
              <h4 id={`claim-${claim.id}`} className="font-semibold text-slate-900 dark:text-white">
                {claim.topic}
              </h4>
              <ul className="grid gap-2 sm:grid-cols-2">
                {claim.sources.map((source, index) => {
                  const article = articles.get(source.article);
                  return (
                    <li key={index} className="rounded-md border border-amber-200 bg-white p-3 dark:border-amber-800 dark:bg-slate-900">
                      <figure className="space-y-1">
                        <blockquote className="border-l-4 border-amber-500 pl-3 text-slate-800 italic dark:text-slate-100">
                          <p>“{source.quote}”</p>
                        </blockquote>
                        <figcaption className="text-sm text-slate-700 dark:text-slate-300">
                          — <cite className="font-medium not-italic">{article?.outlet ?? "Unknown outlet"}</cite>
                          {article ? (
                            <>
                              , “{article.headline}”, <time dateTime={article.published}>{formatPublished(article.published)}</time>
                            </>
                          ) : (
                            <>, article “{source.article}” is not in the dataset</>
                          )}
                        </figcaption>
                      </figure>
                    </li>
                  );
                })}
              </ul>
              {claim.note ? <p className="text-sm text-slate-800 dark:text-slate-200">{claim.note}</p> : null}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
