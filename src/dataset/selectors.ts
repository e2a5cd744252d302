import type { EventSource, TimelineEvent } from "./schema";

/** The events each article reports, in the order given (pass them sorted); articles that report none are absent. */
export function eventsByArticle(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byArticle = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const article of new Set(event.sources.map((source) => source.article))) {
      const list = byArticle.get(article);
      if (list) list.push(event);
      else byArticle.set(article, [event]);
    }
  }
  return byArticle;
}

/** The events before and after `id` in an already sorted list; both null when `id` is not in it. */
export function adjacentEvents(
  sorted: readonly TimelineEvent[],
  id: string | null,
): { previous: TimelineEvent | null; next: TimelineEvent | null } {
  const index = id === null ? -1 : sorted.findIndex((event) => event.id === id);
  if (index < 0) return { previous: null, next: null };
  return { previous: sorted[index - 1] ?? null, next: sorted[index + 1] ?? null };
}

/** An event's sources gathered by article, in the order each article first appears, so one article shows once with all its quotations. */
export function sourcesByArticle(sources: readonly EventSource[]): { article: string; sources: EventSource[] }[] {
  const groups = new Map<string, EventSource[]>();
  for (const source of sources) {
    const group = groups.get(source.article);
    if (group) group.push(source);
    else groups.set(source.article, [source]);
  }
  return [...groups].map(([article, grouped]) => ({ article, sources: grouped }));
}
