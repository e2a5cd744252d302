import type { Dataset, TimelineEvent } from "./schema";

/** What the page sends the parsing worker: the file's bytes (transferred, not copied) and its name for messages. */
export interface ParseRequest {
  bytes: ArrayBuffer;
  name: string;
}

/**
 * What the parsing worker answers. A validated dataset arrives as several
 * "events" messages and then "done" with everything else, because copying
 * 100,000 events to the page in one message is one long task on the main
 * thread; in chunks, each copy is short and the page keeps painting.
 */
export type ParseReply =
  | { kind: "events"; events: TimelineEvent[] }
  | { kind: "done"; dataset: Omit<Dataset, "events"> }
  | { kind: "error"; message: string };

/** Events per message: small enough that copying one chunk on the page stays under the 50 ms long-task mark. */
export const EVENTS_PER_MESSAGE = 5_000;
