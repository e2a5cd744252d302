import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from "react";
import { useWindowVirtualizer, type Range } from "@tanstack/react-virtual";
import type { Actor, TimelineEvent } from "../dataset/schema";
import { formatEventDate } from "../dataset/format-date";
import { firstMatchingText } from "../text/search-text";
import { Highlight, useHighlightQuery } from "../ui/highlight";
import { pinnedRange } from "./pinned-range";
import { useDocumentTop } from "./use-document-top";

export interface EventListProps {
  /** The filtered events, chronologically. */
  events: readonly TimelineEvent[];
  actors: ReadonlyMap<string, Actor>;
  selectedId: string | null;
  onSelect(id: string): void;
}

/** A row's height before it is measured: date, title and actors, on one or two lines. */
const ESTIMATED_ROW_PX = 72;
/** Rows rendered beyond each edge of the window, so Tab and ←/→ find the next row already there. */
const OVERSCAN_ROWS = 8;
/** Room left above a row the list scrolls to, as the phone's details sheet expects (see useSheetKeepsSelectionVisible). */
const SCROLL_MARGIN_PX = 16;

/** The chronological list, an alternative to the chart: each event a button that opens its details. */
export function EventList(props: EventListProps) {
  if (props.events.length === 0) {
    return <p className="p-6 text-slate-700 dark:text-slate-200">No events match the filter.</p>;
  }
  return <VirtualEventList {...props} />;
}

/**
 * Only the rows near the window are in the page (100,000 buttons took seconds to render), each
 * measured as it appears since titles, matching lines and actors wrap. The page itself scrolls,
 * as in the other views, so the list is a window virtualizer placed at the list's top.
 */
function VirtualEventList({ events, actors, selectedId, onSelect }: EventListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const scrollMargin = useDocumentTop(listRef);
  const query = useHighlightQuery();
  const selectedIndex = useMemo(() => (selectedId === null ? -1 : events.findIndex((event) => event.id === selectedId)), [events, selectedId]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = useMemo(() => (focusedId === null ? -1 : events.findIndex((event) => event.id === focusedId)), [events, focusedId]);
  const rangeExtractor = useCallback((range: Range) => pinnedRange(range, [selectedIndex, focusedIndex]), [selectedIndex, focusedIndex]);
  const virtualizer = useWindowVirtualizer({
    count: events.length,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    scrollPaddingStart: SCROLL_MARGIN_PX,
    getItemKey: (index) => events[index]!.id,
    rangeExtractor,
  });

  // Opening the list, or stepping with ←/→, keeps the selected row on screen: a row already laid
  // out near the window scrolls the least way; one far off is brought to the top, and the
  // virtualizer corrects the scroll as the rows around it are measured.
  useEffect(() => {
    if (selectedIndex < 0) return;
    const near = virtualizer.range && selectedIndex >= virtualizer.range.startIndex - OVERSCAN_ROWS && selectedIndex <= virtualizer.range.endIndex + OVERSCAN_ROWS;
    const row = near ? listRef.current?.querySelector(`[data-index="${selectedIndex}"]`) : null;
    if (row) row.scrollIntoView?.({ block: "nearest" });
    else virtualizer.scrollToIndex(selectedIndex, { align: "start" });
    // Only a new selection moves the page; filtering or measuring must not.
  }, [selectedId]);

  const trackFocus = (event: FocusEvent<HTMLOListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("[data-event-id]");
    setFocusedId(row?.dataset.eventId ?? null);
  };
  const forgetFocus = (event: FocusEvent<HTMLOListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedId(null);
  };

  return (
    <div className="@container">
      <ol
        ref={listRef}
        aria-label="Events in chronological order"
        onFocus={trackFocus}
        onBlur={forgetFocus}
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const event = events[item.index]!;
          const selected = item.index === selectedIndex;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-event-id={event.id}
              aria-setsize={events.length}
              aria-posinset={item.index + 1}
              className={`absolute inset-x-0 top-0 ${item.index > 0 ? "border-t border-slate-200 dark:border-slate-800" : ""}`}
              style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
            >
              <button
                type="button"
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
