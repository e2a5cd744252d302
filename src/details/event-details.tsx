import type { ReactNode, Ref } from "react";
import type { Actor, Article, TimelineEvent } from "../dataset/schema";
import { formatEventDate } from "../dataset/format-date";
import { toolbarButtonClass as navButton } from "../ui/button-class";
import { SourceItem } from "./source-item";

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
      <article className="space-y-4 px-4 py-4">
        <header className="space-y-1">
          <h2 ref={headingRef} tabIndex={-1} className="text-xl leading-snug font-semibold text-slate-900 dark:text-white">
            {event.title}
          </h2>
          <p className="text-sm font-medium text-slate-700 dark:text-slate-200">
            <time dateTime={event.start}>{formatEventDate(event)}</time>
            {event.place ? <span> · {event.place}</span> : null}
          </p>
        </header>
        {event.actors.length > 0 ? (
          <section aria-labelledby={`actors-${event.id}`}>
            <h3 id={`actors-${event.id}`} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
              Actors <span className="font-normal normal-case">(select to filter)</span>
            </h3>
            <ul className="mt-1 flex flex-wrap gap-2">
              {event.actors.map((id) => {
                const name = actors.get(id)?.name ?? id;
                return (
                  <li key={id}>
                    <button
                      type="button"
                      aria-label={`Filter by ${name}`}
                      onClick={() => onFilterActor(id)}
                      className="rounded-full border border-sky-300 bg-sky-50 px-3 py-1 text-sm text-sky-900 hover:bg-sky-100 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900"
                    >
                      {name}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <p className="leading-relaxed text-slate-800 dark:text-slate-100">{event.summary}</p>
        {event.disputes.length > 0 ? (
          <section aria-labelledby={`disputes-${event.id}`} className="rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950/50">
            <h3 id={`disputes-${event.id}`} className="font-semibold text-amber-900 dark:text-amber-100">
              Disputed
            </h3>
            <ul className="mt-1 space-y-2 text-sm text-amber-950 dark:text-amber-50">
              {event.disputes.map((dispute, index) => {
                const article = articles.get(dispute.article);
                return (
                  <li key={index}>
                    {dispute.about ? (
                      <span className="mr-1.5 rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-800 dark:text-amber-50">
                        {dispute.about === "date" ? "Date" : "Fact"}
                      </span>
                    ) : null}{" "}
                    <span className="font-medium">
                      {article ? `${article.outlet ?? "Unknown outlet"}, “${article.headline}”` : dispute.article}:
                    </span>{" "}
                    {dispute.note}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby={`sources-${event.id}`}>
          <h3 id={`sources-${event.id}`} className="font-semibold text-slate-900 dark:text-white">
            Sources ({event.sources.length})
          </h3>
          {event.sources.length > 0 ? (
            <ul className="mt-2 space-y-3">
              {event.sources.map((source, index) => (
                <SourceItem key={index} source={source} article={articles.get(source.article)} />
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">No source is recorded for this event.</p>
          )}
        </section>
      </article>
    </aside>
  );
}
