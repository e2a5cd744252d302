import type { ReactNode, Ref } from "react";
import type { Actor, Article, TimelineEvent } from "../dataset/schema";
import { toolbarButtonClass as navButton } from "../ui/button-class";
import { DETAILS_LIST_CAP } from "../ui/capped-list";
import { EventFacts } from "./event-facts";
import { EventParts } from "./event-parts";

export interface EventDetailsProps {
  event: TimelineEvent;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  /** Neighbours in the filtered, chronological order. */
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  onSelect(id: string): void;
  onClose(): void;
  onFilterActor(id: string): void;
  /** The title, so the app can move focus to it when the reader opens an event. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** More of the toolbar's buttons, after Next (the app puts Cite there). */
  tools?: ReactNode;
  /** The event this one is part of (a round, for a phase), and its own parts; each opens with onSelect. */
  parent?: TimelineEvent | null;
  parts?: readonly TimelineEvent[];
  className?: string;
}

/** The selected event with everything that backs it: date and precision, place, actors, disputes, sources. */
export function EventDetails({
  event,
  articles,
  actors,
  previous,
  next,
  onSelect,
  onClose,
  onFilterActor,
  headingRef,
  tools,
  parent = null,
  parts = [],
  className,
}: EventDetailsProps) {
  return (
    <aside aria-label="Event details" className={className}>
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur dark:border-slate-700 dark:bg-slate-950/95">
        <button type="button" className={navButton} disabled={!previous} onClick={() => previous && onSelect(previous.id)}>
          <span aria-hidden="true">←&nbsp;</span>Previous
        </button>
        <button type="button" className={navButton} disabled={!next} onClick={() => next && onSelect(next.id)}>
          Next<span aria-hidden="true">&nbsp;→</span>
        </button>
        {tools}
        <button type="button" className={`${navButton} ml-auto`} onClick={onClose} aria-label="Close details">
          <span aria-hidden="true">✕&nbsp;</span>Close
        </button>
      </div>
      <EventFacts
        event={event}
        articles={articles}
        actors={actors}
        headingRef={headingRef}
        onFilterActor={onFilterActor}
        className="space-y-4 px-4 py-4"
        listCap={DETAILS_LIST_CAP}
        afterSummary={<EventParts eventId={event.id} parent={parent} parts={parts} onSelect={onSelect} listCap={DETAILS_LIST_CAP} />}
      />
    </aside>
  );
}
