export interface ShowMoreProps {
  shown: number;
  total: number;
  /** What is counted, e.g. "articles" for "100 of 250 articles shown"; omitted for "200 of 1,000 shown". */
  noun?: string;
  onShowMore(): void;
  className?: string;
}

/** The footer of a paged list: a "Show more" button and how much is shown, or nothing once all is. */
export function ShowMore({ shown, total, noun, onShowMore, className = "" }: ShowMoreProps) {
  if (shown >= total) return null;
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <button
        type="button"
        onClick={onShowMore}
        className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-600 dark:hover:bg-sky-500"
      >
        Show more
      </button>
      <span className="text-sm text-slate-600 dark:text-slate-300">
        {shown.toLocaleString("en")} of {total.toLocaleString("en")}
        {noun ? ` ${noun}` : ""} shown
      </span>
    </div>
  );
}
