import { useId, useState, type ReactNode, type Ref } from "react";

export interface ExplorerLayoutProps {
  header: ReactNode;
  /** The actor and facet filters; under 1024 px they fold behind a "Filters" button. */
  filter: ReactNode;
  main: ReactNode;
  /** The details panel, when an event is selected. */
  details?: ReactNode;
  mainRef?: Ref<HTMLElement>;
  busy?: boolean;
  /** Shown on the folded filter's button, e.g. "2 selected". */
  filterSummary?: string | undefined;
}

/** The page grid: filter | main | details on wide screens; stacked with a bottom sheet on phones. */
export function ExplorerLayout({ header, filter, main, details, mainRef, busy, filterSummary }: ExplorerLayoutProps) {
  const [filterOpen, setFilterOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="min-h-dvh bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-sky-800 px-4 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
      {header}
      <div className="mx-auto flex max-w-screen-2xl flex-col gap-4 px-3 py-4 md:px-6 lg:flex-row lg:items-start">
        <aside aria-label="Filters" className="lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:w-64 lg:shrink-0 lg:overflow-y-auto">
          <button
            type="button"
            aria-expanded={filterOpen}
            aria-controls={panelId}
            onClick={() => setFilterOpen(!filterOpen)}
            className="flex w-full items-center justify-between rounded-md border border-slate-300 bg-white px-3 py-2 font-medium lg:hidden dark:border-slate-600 dark:bg-slate-900"
          >
            <span>
              Filters
              {filterSummary ? <span className="font-normal text-slate-600 dark:text-slate-300"> · {filterSummary}</span> : null}
            </span>
            <span aria-hidden="true">{filterOpen ? "▴" : "▾"}</span>
          </button>
          <div
            id={panelId}
            className={`${filterOpen ? "mt-2 block" : "hidden"} rounded-lg border border-slate-200 bg-white p-3 lg:mt-0 lg:block dark:border-slate-800 dark:bg-slate-900`}
          >
            <h2 className="mb-2 hidden font-semibold lg:block">Filter by actor</h2>
            {filter}
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col gap-4 md:flex-row md:items-start">
          <main
            id="main"
            ref={mainRef}
            tabIndex={-1}
            aria-busy={busy || undefined}
            className={`min-w-0 flex-1 space-y-3 focus:outline-none ${details ? "pb-[45dvh] md:pb-0" : ""}`}
          >
            {main}
          </main>
          {details}
        </div>
      </div>
    </div>
  );
}

/** Classes for the details panel: a bottom sheet on phones, a sticky side panel from 768 px. */
export const detailsPanelClass =
  "fixed inset-x-0 bottom-0 z-40 max-h-[45dvh] overflow-y-auto rounded-t-2xl border-t border-slate-300 bg-slate-50 shadow-[0_-8px_24px_rgba(0,0,0,0.18)] md:sticky md:top-4 md:z-auto md:max-h-[calc(100dvh-2rem)] md:w-[22rem] md:shrink-0 md:rounded-lg md:border md:shadow-sm xl:w-[26rem] dark:border-slate-700 dark:bg-slate-950";
