import type { ReactNode, Ref } from "react";

export interface EmbedLayoutProps {
  /** The dataset's title. */
  title: string;
  /** The same view in the full explorer; null while there is no view yet. */
  fullExplorerHref: string | null;
  /** The filter the link applies, in one line; the embed has no filter panel. */
  filterLine?: string | null | undefined;
  main: ReactNode;
  details?: ReactNode;
  mainRef?: Ref<HTMLElement>;
  busy?: boolean;
}

/**
 * The explorer as a host page's iframe shows it (`embed=1`): one compact bar with the title and
 * a link to the full explorer, the filter in one line, the timeline and the details. It needs no
 * cookies or storage, and fits from 320 px wide and 400 px tall.
 */
export function EmbedLayout({ title, fullExplorerHref, filterLine, main, details, mainRef, busy }: EmbedLayoutProps) {
  return (
    <div className="min-h-dvh bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-1.5 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="min-w-0 flex-1 truncate text-sm font-semibold" title={title}>
          {title}
        </h1>
        {fullExplorerHref ? (
          <a
            href={fullExplorerHref}
            target="_blank"
            rel="noopener"
            className="shrink-0 text-sm font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
          >
            Open in the full explorer<span aria-hidden="true"> ↗</span>
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : null}
      </header>
      {filterLine ? (
        <p className="truncate border-b border-slate-200 bg-sky-50 px-3 py-1 text-sm text-sky-950 dark:border-slate-800 dark:bg-sky-950 dark:text-sky-50" title={filterLine}>
          {filterLine}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 p-2 md:flex-row md:items-start">
        <main
          id="main"
          ref={mainRef}
          tabIndex={-1}
          aria-busy={busy || undefined}
          className={`min-w-0 flex-1 space-y-2 focus:outline-none ${details ? "pb-[45dvh] md:pb-0" : ""}`}
        >
          {main}
        </main>
        {details}
      </div>
    </div>
  );
}
