/** What the page sends the parsing worker: the file's bytes (transferred, not copied) and its name for messages. */
export interface ParseRequest {
  bytes: Uint8Array;
  name: string;
}

/**
 * What the parsing worker answers: the validated dataset (defaults applied)
 * as JSON text, or the message of the DatasetLoadError it hit. Text, not
 * objects: the page's JSON.parse of 100,000 events is several times quicker
 * than receiving them by structured clone, and yields objects V8 reads faster.
 */
export type ParseReply =
  | { kind: "done"; json: string }
  | { kind: "error"; message: string }
  /** Sent once the JSON is parsed, while the events are checked: how many there are (null when `events` is not a list). */
  | { kind: "progress"; events: number | null };
