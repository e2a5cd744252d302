import { eventPrecision, type TimelineEvent } from "../../src/dataset/schema";
import { dayNumberOf, firstDayOf, lastDayOf } from "./calendar";
import type { ResolvedPhrase } from "./resolve-date-phrase";

type EventDates = Pick<TimelineEvent, "start" | "end" | "precision">;

function firstDayOfDate(date: string, yearPrecision: boolean): number {
  return yearPrecision ? dayNumberOf(Number(date.slice(0, 4)), 1, 1) : firstDayOf(date);
}

function lastDayOfDate(date: string, yearPrecision: boolean): number {
  return yearPrecision ? dayNumberOf(Number(date.slice(0, 4)), 12, 31) : lastDayOf(date);
}

/**
 * Whether a source's resolved date phrase agrees with its event's date. A day
 * agrees if it falls within the event; an exact span must equal the event's
 * start and end; a vague period need only overlap the event's start (the
 * start day, or its whole month or year at coarser precision).
 */
export function checkAgreement(resolved: Pick<ResolvedPhrase, "kind" | "start" | "end">, event: EventDates): boolean {
  const yearPrecision = eventPrecision(event) === "year";
  const eventFirst = firstDayOfDate(event.start, yearPrecision);
  const eventLast = lastDayOfDate(event.end ?? event.start, yearPrecision);
  const first = firstDayOf(resolved.start);
  const last = lastDayOf(resolved.end ?? resolved.start);
  switch (resolved.kind) {
    case "day":
      return first >= eventFirst && first <= eventLast;
    case "span":
      return first === eventFirst && last === eventLast;
    case "period":
      return first <= lastDayOfDate(event.start, yearPrecision) && last >= eventFirst;
  }
}
