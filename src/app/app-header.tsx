import type { ReactNode } from "react";

export interface AppHeaderProps {
  title: string;
  description?: string | undefined;
  /** Open dataset, Copy link. */
  actions?: ReactNode;
  /** The view tabs. */
  nav?: ReactNode;
  /** A line under the description, e.g. where the dataset came from. */
  note?: ReactNode;
  /** Holds the description's place while the dataset loads, so the page does not jump when it arrives. */
  loading?: boolean;
}

/** The banner: the dataset's title and description, what the evidence is, and the page actions. */
export function AppHeader({ title, description, actions, nav, note, loading }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-start justify-between gap-x-6 gap-y-3 px-3 pt-4 pb-3 md:px-6">
        <div className="min-w-0 flex-1 basis-96 space-y-1">
          <p className="text-xs font-semibold tracking-widest text-sky-700 uppercase dark:text-sky-300">Syria Timeline Explorer</p>
          <h1 className="text-2xl leading-tight font-bold text-slate-900 md:text-3xl dark:text-white">{title}</h1>
          {loading ? (
            <div aria-hidden="true" className="max-w-3xl space-y-2 py-1">
              <div className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
              <div className="h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
              <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
            </div>
          ) : null}
          {description ? <p className="line-clamp-3 max-w-3xl text-slate-700 md:line-clamp-none dark:text-slate-300">{description}</p> : null}
          {note}
          <details className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">
            <summary className="cursor-pointer font-medium text-sky-800 dark:text-sky-300">About the evidence</summary>
            <div className="mt-2 space-y-2">
              <p>
                Every event lists the articles it comes from, each with a short verbatim quotation. Dates come from the
                articles’ own words: a phrase such as “on Monday” is resolved against the article’s publication date, and
                the details show how.
              </p>
              <p>
                Where an article’s date disagrees with the established record, the event keeps the record and marks the
                dispute. Events known only to the month are drawn across the month and labelled “month precision”.
              </p>
            </div>
          </details>
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
      {nav}
    </header>
  );
}
