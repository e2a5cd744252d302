import type { DatasetIndex } from "../dataset/dataset-index";
import type { TimeInterval } from "../dataset/event-time";
import type { TimelineEvent } from "../dataset/schema";
import { eventsByArticle } from "../dataset/selectors";
import { EventList } from "../list/event-list";
import { SourcesView } from "../sources/sources-view";
import { ExportMenu } from "../io/export-menu";
import { TimelineChart } from "../timeline/timeline-chart";
import { hasActiveFilters, type EventFilters } from "../explorer/shown-events";
import { parseSearchQuery } from "../text/search-text";
import type { ViewName } from "../url/view-params";
import { useMemo } from "react";

export interface ExplorerMainProps {
  index: DatasetIndex;
  view: ViewName;
  /** The events shown, in order, and the same as a mask over `index.events`. */
  filtered: readonly TimelineEvent[];
  filterMask: Uint8Array;
  /** The filters that chose them. */
  filters: EventFilters;
  /** "Showing N of M events …": what is shown and why. */
  status: string;
  visible: TimeInterval;
  selectedId: string | null;
  onWindowChange(visible: TimeInterval): void;
  /** `view`: the view to show the event in (Sources opens it on the timeline). */
  onSelect(id: string, view?: ViewName): void;
  onClearSearch(): void;
  onClearFilters(): void;
  onFocusChange(id: string | null): void;
}

/** The main column: how many events are shown, the keys, and the current view of them. */
export function ExplorerMain(props: ExplorerMainProps) {
  const { index, view, filtered, status } = props;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div className="relative flex flex-wrap items-center gap-x-4 gap-y-1">
          <p role="status" className="font-medium text-slate-800 dark:text-slate-100">
            {status}
          </p>
          <ExportMenu index={index} events={filtered} />
        </div>
        <p className="hidden text-sm text-slate-600 md:block dark:text-slate-400">
          <kbd className="font-sans">←</kbd>/<kbd className="font-sans">→</kbd> previous/next event
          {view === "timeline" ? (
            <>
              {" "}· <kbd className="font-sans">+</kbd>/<kbd className="font-sans">−</kbd> zoom
            </>
          ) : null}
        </p>
      </div>
      {filtered.length === 0 ? <NothingShown {...props} /> : null}
      <CurrentView {...props} />
    </>
  );
}

const buttonClass =
  "rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Says that the filters keep nothing, and offers to clear the search, the actor filter or all of them. */
function NothingShown({ filters, onClearSearch, onClearFilters }: ExplorerMainProps) {
  const searching = parseSearchQuery(filters.q).terms.length > 0;
  const otherFilters = hasActiveFilters({ ...filters, q: "" });
  const onlyActors = !searching && !hasActiveFilters({ ...filters, q: "", actors: [] });
  return (
    <p className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
      {onlyActors
        ? `No event involves ${filters.match === "all" ? "all of the selected actors" : "the selected actors"}.`
        : searching
          ? `No event matches "${filters.q.trim()}"${otherFilters ? " with these filters" : ""}.`
          : "No event passes these filters."}
      {searching ? (
        <button type="button" onClick={onClearSearch} className={buttonClass}>
          Clear the search
        </button>
      ) : null}
      {otherFilters ? (
        <button type="button" onClick={onClearFilters} className={buttonClass}>
          {onlyActors ? "Clear the filter" : "Clear all filters"}
        </button>
      ) : null}
    </p>
  );
}

function CurrentView({ index, view, filtered, filterMask, visible, selectedId, onWindowChange, onSelect, onFocusChange }: ExplorerMainProps) {
  // Only the Sources view needs this; with 100,000 events it is worth not computing elsewhere.
  const byArticle = useMemo(() => (view === "sources" ? eventsByArticle(filtered) : new Map<string, TimelineEvent[]>()), [view, filtered]);
  if (view === "timeline") {
    return (
      <TimelineChart
        events={index.events}
        filterMask={filterMask}
        tracks={index.tracks}
        domain={index.domain}
        visible={visible}
        onWindowChange={onWindowChange}
        selectedId={selectedId}
        onSelect={(id) => onSelect(id)}
        onFocusChange={onFocusChange}
      />
    );
  }
  if (view === "list") {
    return (
      <section aria-labelledby="view-heading" className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <h2 id="view-heading" className="sr-only">
          List of events
        </h2>
        <EventList events={filtered} actors={index.actorsById} selectedId={selectedId} onSelect={(id) => onSelect(id)} />
      </section>
    );
  }
  return (
    <section aria-labelledby="view-heading">
      <h2 id="view-heading" className="sr-only">
        Sources
      </h2>
      <SourcesView articles={index.dataset.articles} claims={index.dataset.claims} eventsByArticle={byArticle} onSelect={(id) => onSelect(id, "timeline")} />
    </section>
  );
}
