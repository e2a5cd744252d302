import type { Dataset, TimelineEvent } from "../../src/dataset/schema";
import { formatDay, dayNumber, publicationDay } from "./calendar";
import { quoteValue } from "../../src/dataset/quote-value";
import { checkAgreement } from "./check-agreement";
import type { DataError } from "./dataset-errors";
import { resolveDatePhrase } from "./resolve-date-phrase";
import { weekConvention } from "./week-convention";

/**
 * Writes a `resolution` onto every source with a `datePhrase`. A phrase that
 * cannot be read, or that disagrees with its event while the event records
 * no dispute about the date from the same article, is an error.
 */
export function resolveSources(dataset: Dataset): { dataset: Dataset; errors: DataError[] } {
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const errors: DataError[] = [];
  const events = dataset.events.map((event, eventIndex) => ({
    ...event,
    sources: event.sources.map((source, sourceIndex) => {
      const article = articles.get(source.article);
      if (source.datePhrase === undefined || article === undefined) return source;
      const articleDate = article.published;
      const path = ["events", eventIndex, "sources", sourceIndex, "datePhrase"];
      const resolved = resolveDatePhrase(source.datePhrase, articleDate, { timezone: article.timezone ?? null, week: weekConvention(article.locale ?? null) });
      if (!resolved) {
        errors.push({
          path,
          message: `${quoteValue(source.datePhrase)} cannot be resolved against article ${quoteValue(source.article)} of ${formatDay(dayNumber(publicationDay(articleDate, article.timezone ?? null)))}`,
        });
        return source;
      }
      const agrees = checkAgreement(resolved, event);
      if (!agrees && !event.disputes.some((dispute) => dispute.article === source.article && dispute.about === "date")) {
        errors.push({
          path,
          message: `${quoteValue(source.datePhrase)} resolves to ${resolved.reading} but the event ${describeEventDate(event)}; record a dispute from ${source.article} about the date or fix the date`,
        });
      }
      const { start, end, explanation } = resolved;
      return { ...source, resolution: { ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }), explanation, agrees } };
    }),
  }));
  return { dataset: { ...dataset, events }, errors };
}

function describeEventDate(event: TimelineEvent): string {
  return event.end === undefined ? `starts ${event.start}` : `runs ${event.start} to ${event.end}`;
}
