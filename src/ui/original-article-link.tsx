import type { Article } from "../dataset/schema";
import { safeHttpUrl } from "../dataset/safe-url";

export interface OriginalArticleLinkProps {
  article: Pick<Article, "headline" | "outlet" | "url"> | undefined;
}

/** A new-tab link to the article where its address is a known http(s) URL; "URL unknown" otherwise. */
export function OriginalArticleLink({ article }: OriginalArticleLinkProps) {
  const url = safeHttpUrl(article?.url);
  if (!article || !url) return <span className="text-slate-500 dark:text-slate-400">URL unknown</span>;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="font-medium text-sky-700 underline underline-offset-2 hover:text-sky-900 dark:text-sky-300 dark:hover:text-sky-100"
    >
      Original article
      <span className="sr-only">
        : {article.headline}
        {article.outlet ? ` (${article.outlet})` : ""}, opens in a new tab
      </span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
