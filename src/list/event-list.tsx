import { useEffect, useRef, useState } from "react";
import type { Actor, TimelineEvent } from "../dataset/schema";
import { formatEventDate } from "../dataset/format-date";
import { firstMatchingText } from "../text/search-text";
import { Highlight, useHighlightQuery } from "../ui/highlight";
import { ShowMore } from "../ui/show-more";

export interface EventListProps {
  /** The filtered events, chronologically. */
  events: readonly TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  selectedId: string | null;
  onSelect(id: string): void;
}

/** Rows rendered per page, so 100,000 events stay quick to show. */
export const LIST_PAGE_SIZE = 200;

/** The chronological list, an alternative to the chart: each event a button that opens its details. */
export function EventList({ events, actors, selectedId, onSelect }: EventListProps) {
  const [pages, setPages] = useState(1);
  // The selected event stays reachable even when it lies beyond the pages shown.
  const selectedIndex = selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId);
  const count = Math.max(pages * LIST_PAGE_SIZE, selectedIndex + 1);
  const page = events.slice(0, count);
  const selectedRef = useRef<HTMLButtonElement>(null);
  const query = useHighlightQuery();
  // Stepping with ←/→ moves the selection; keep it on screen.
  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [selectedId]);

  if (events.length === 0) {
    return <p className="p-6 text-slate-700 dark:text-slate-200">No events match the filter.</p>;
  }
  return (
    <div className="@container">
      <ol aria-label="Events in chronological order" className="divide-y divide-slate-200 dark:divide-slate-800">
        {page.map((event) => {
          const selected = event.id === selectedId;
          return (
            <li key={event.id}>
              <button
                type="button"
                ref={selected ? selectedRef : undefined}
                onClick={() => onSelect(event.id)}
                aria-current={selected ? "true" : undefined}
                className={`grid w-full gap-x-4 px-4 py-2.5 text-left hover:bg-slate-100 @lg:grid-cols-[11rem_1fr] dark:hover:bg-slate-800 ${
                  selected ? "bg-sky-50 ring-2 ring-sky-600 ring-inset dark:bg-sky-950 dark:ring-sky-400" : ""
                }`}
              >
                <span className="text-sm text-slate-600 tabular-nums dark:text-slate-300">{formatEventDate(event)}</span>
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900 dark:text-white">
                    <Highlight text={event.title} />
                  </span>
                  <MatchingLine texts={[event.summary, ...event.sources.map((source) => source.quote), ...event.disputes.map((dispute) => dispute.note)]} query={query} />
                  {event.actors.length > 0 ? (
                    <span className="block truncate text-sm text-slate-600 dark:text-slate-300">
                      {event.actors.map((id) => actors.get(id)?.name ?? id).join(", ")}
                    </span>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <ShowMore
        shown={page.length}
        total={events.length}
        onShowMore={() => setPages(Math.ceil(count / LIST_PAGE_SIZE) + 1)}
        className="border-t border-slate-200 px-4 py-3 dark:border-slate-800"
      />
    </div>
  );
}

/** While searching: the first summary, quotation or dispute note the search matches, marked, so the row shows why it matched. */
function MatchingLine({ texts, query }: { texts: readonly string[]; query: ReturnType<typeof useHighlightQuery> }) {
  const text = firstMatchingText(texts, query);
  if (text === null) return null;
  return (
    <span className="mt-0.5 line-clamp-2 block text-sm text-slate-700 dark:text-slate-200">
      <Highlight text={text} />
    </span>
  );
}
