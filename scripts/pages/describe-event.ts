import { formatEventDate } from "../../src/dataset/format-date";
import type { TimelineEvent } from "../../src/dataset/schema";

/**
 * The text up to the end of its first sentence: a ".", "!" or "?" followed by a space and
 * a capital (or an opening quote), or the end of the text. Initials such as "U.S." are not
 * an end, as a sentence never ends in a single capital letter.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const end = /(?<![\s.][A-Z])[.!?]["”’)]?(?= ["“‘(]?[A-Z0-9])/.exec(trimmed);
  return end ? trimmed.slice(0, end.index + end[0].length) : trimmed;
}

/** "14 March 2016 · Moscow, Russia": the event's date with its precision, and its place. */
export function eventDateLine(event: Pick<TimelineEvent, "start" | "end" | "precision" | "place">): string {
  const date = formatEventDate(event);
  return event.place ? `${date} · ${event.place}` : date;
}

/** A link preview's description: the date, the place and the first sentence of the summary. */
export function eventDescription(event: Pick<TimelineEvent, "start" | "end" | "precision" | "place" | "summary">): string {
  return `${eventDateLine(event)}. ${firstSentence(event.summary)}`;
}
