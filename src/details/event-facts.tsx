import type { ReactNode, Ref } from "react";
import type { Actor, Article, Dispute, TimelineEvent } from "../dataset/schema";
import { formatEventDate } from "../dataset/format-date";
import { sourcesByArticle } from "../dataset/selectors";
import { EvidenceNotes } from "./evidence-notes";
import { CappedList } from "../ui/capped-list";
import { Highlight } from "../ui/highlight";
import { SourceItem } from "./source-item";

export interface EventFactsProps {
  event: TimelineEvent;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  /** 2 in the explorer's panel, 1 on the event's own page; the sections take the next level. */
  titleLevel?: 1 | 2;
  /** Makes each actor a button that filters by it; without it the actors are plain text. */
  onFilterActor?: ((id: string) => void) | undefined;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  className?: string;
  /** Shown after the summary, e.g. the process the event is part of and its parts. */
  afterSummary?: ReactNode;
  /** Longer lists (actors, disputes, sources) show this many and "Show all N"; undefined shows all. */
  listCap?: number | undefined;
}

const actorChip = "rounded-full border border-sky-300 bg-sky-50 px-3 py-1 text-sm text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100";

/**
 * Everything that backs an event: date and precision, place, actors, summary, disputes and
 * sources. The explorer's details panel shows it, and the build renders it as the body of the
 * event's own page, readable without JavaScript.
 */
export function EventFacts({ event, articles, actors, titleLevel = 2, onFilterActor, headingRef, className, afterSummary, listCap }: EventFactsProps) {
  const Heading = titleLevel === 1 ? "h1" : "h2";
  const Section = titleLevel === 1 ? "h2" : "h3";
  const articleSources = sourcesByArticle(event.sources);
  return (
    <article className={className ?? "space-y-4"}>
      <header className="space-y-1">
        <Heading
          ref={headingRef}
          tabIndex={-1}
          className={`${titleLevel === 1 ? "text-2xl font-bold md:text-3xl" : "text-xl font-semibold"} leading-snug text-slate-900 dark:text-white`}
        >
          <Highlight text={event.title} />
        </Heading>
        <p className="text-sm font-medium text-slate-700 dark:text-slate-200">
          <time dateTime={event.start}>{formatEventDate(event)}</time>
          {event.place ? (
            <span>
              {" "}
              · <Highlight text={event.place} />
            </span>
          ) : null}
        </p>
      </header>
      {event.actors.length > 0 ? (
        <section aria-labelledby={`actors-${event.id}`}>
          <Section id={`actors-${event.id}`} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
            Actors{onFilterActor ? <span className="font-normal normal-case"> (select to filter)</span> : null}
          </Section>
          <CappedList items={event.actors} cap={listCap} noun="actors" owner={event.id}>
            {(shown) => <ActorChips ids={shown} actors={actors} onFilterActor={onFilterActor} />}
          </CappedList>
        </section>
      ) : null}
      <p className="leading-relaxed text-slate-800 dark:text-slate-100">
        <Highlight text={event.summary} />
      </p>
      {afterSummary}
      <EvidenceNotes eventId={event.id} notes={event.notes ?? []} heading={Section} listCap={listCap} />
      {event.disputes.length > 0 ? (
        <section aria-labelledby={`disputes-${event.id}`} className="rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950/50">
          <Section id={`disputes-${event.id}`} className="font-semibold text-amber-900 dark:text-amber-100">
            Disputed
          </Section>
          <CappedList items={event.disputes} cap={listCap} noun="disputes" owner={event.id}>
            {(shown) => <DisputeList disputes={shown} articles={articles} />}
          </CappedList>
        </section>
      ) : null}
      <section aria-labelledby={`sources-${event.id}`}>
        <Section id={`sources-${event.id}`} className="font-semibold text-slate-900 dark:text-white">
          Sources ({articleSources.length})
        </Section>
        {articleSources.length > 0 ? (
          <CappedList items={articleSources} cap={listCap} noun="sources" owner={event.id}>
            {(shown) => (
              <ul className="mt-2 space-y-3">
                {shown.map((group) => (
                  <SourceItem key={group.article} sources={group.sources} article={articles.get(group.article)} articleId={group.article} owner={event.id} listCap={listCap} />
                ))}
              </ul>
            )}
          </CappedList>
        ) : (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">No source is recorded for this event.</p>
        )}
      </section>
    </article>
  );
}

/** The event's actors as chips: buttons that filter by the actor in the explorer, plain text on the event's page. */
function ActorChips({ ids, actors, onFilterActor }: { ids: readonly string[]; actors: ReadonlyMap<string, Actor>; onFilterActor: ((id: string) => void) | undefined }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-2">
      {ids.map((id) => {
        const name = actors.get(id)?.name ?? id;
        return (
          <li key={id}>
            {onFilterActor ? (
              <button
                type="button"
                aria-label={`Filter by ${name}`}
                onClick={() => onFilterActor(id)}
                className={`${actorChip} hover:bg-sky-100 dark:hover:bg-sky-900`}
              >
                {name}
              </button>
            ) : (
              <span className={`${actorChip} inline-block`}>{name}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Each dispute: what it is about, the article that disagrees and how. */
function DisputeList({ disputes, articles }: { disputes: readonly Dispute[]; articles: ReadonlyMap<string, Article> }) {
  return (
    <ul className="mt-1 space-y-2 text-sm text-amber-950 dark:text-amber-50">
      {disputes.map((dispute, index) => {
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
            <Highlight text={dispute.note} />
          </li>
        );
      })}
    </ul>
  );
}
