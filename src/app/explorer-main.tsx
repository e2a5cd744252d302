import type { DatasetIndex } from "../dataset/dataset-index";
import type { TimeInterval } from "../dataset/event-time";
import type { TimelineEvent } from "../dataset/schema";
import { eventsByArticle } from "../dataset/selectors";
import { EventList } from "../list/event-list";
import { SourcesView } from "../sources/sources-view";
import { TimelineChart } from "../timeline/timeline-chart";
import type { ActorMatch } from "../filters/actor-match";
import type { ViewName } from "../url/view-params";
import { useMemo } from "react";

export interface ExplorerMainProps {
  index: DatasetIndex;
  view: ViewName;
  /** The events the filter keeps, in order, and the same as a mask over `index.events`. */
  filtered: readonly TimelineEvent[];
  filterMask: Uint8Array;
  match: ActorMatch;
  visible: TimeInterval;
  selectedId: string | null;
  onWindowChange(visible: TimeInterval): void;
  /** `view`: the view to show the event in (Sources opens it on the timeline). */
  onSelect(id: string, view?: ViewName): void;
  onClearFilter(): void;
  onFocusChange(id: string | null): void;
}

/** The main column: how many events are shown, the keys, and the current view of them. */
export function ExplorerMain(props: ExplorerMainProps) {
  const { index, view, filtered, match } = props;
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p role="status" className="font-medium text-slate-800 dark:text-slate-100">
          Showing {filtered.length.toLocaleString("en")} of {index.events.length.toLocaleString("en")} events
        </p>
        <p className="hidden text-sm text-slate-600 md:block dark:text-slate-400">
          <kbd className="font-sans">←</kbd>/<kbd className="font-sans">→</kbd> previous/next event
          {view === "timeline" ? (
            <>
              {" "}· <kbd className="font-sans">+</kbd>/<kbd className="font-sans">−</kbd> zoom
            </>
          ) : null}
        </p>
      </div>
      {filtered.length === 0 && view === "timeline" ? (
        <p className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
          No event involves {match === "all" ? "all of the selected actors" : "the selected actors"}.
          <button
            type="button"
            onClick={props.onClearFilter}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Clear the filter
          </button>
        </p>
      ) : null}
      <CurrentView {...props} />
    </>
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
