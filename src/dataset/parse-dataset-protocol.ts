import type { PreparedIndex } from "./dataset-index";
import type { TimedPhase } from "./load-phases";

/**
 * What the page sends the parsing worker: "start" with the file's name (for
 * messages) and size where known; its bytes as they arrive (transferred, not
 * copied); then "end". The worker may refuse the file before "end" (see
 * ParseReply), and the page then stops reading it.
 */
export type ParseRequest =
  | { kind: "start"; name: string; total: number | null; sentEpochMs: number }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "end" };

/** How many events each "events" message carries: small enough that the page parses one in well under a frame's budget of long tasks. */
export const EVENTS_PER_MESSAGE = 5_000;

/**
 * What the parsing worker answers, in order: "progress" once the JSON is
 * parsed (after "end"); then its events in file order, EVENTS_PER_MESSAGE at a time, as
 * JSON text with defaults applied, sent while the rest is still being checked;
 * then the "head" (everything but the events) and "done" with their
 * chronological order, once the whole dataset is valid. Or, at any point,
 * "error" with the message of the DatasetLoadError it hit, even before
 * "end" when an entry that arrived is refused: the events sent before it are
 * then dropped.
 *
 * Text, not objects: the page's JSON.parse is several times quicker than
 * receiving objects by structured clone. Many messages, not one: each is its
 * own task on the page, so parsing 100,000 events never holds the page for
 * long, and the page parses them while the worker checks the rest.
 */
export type ParseReply =
  /** How many events the parsed JSON holds (null when `events` is not a list), while they are checked. */
  | { kind: "progress"; events: number | null }
  | { kind: "head"; json: string }
  | { kind: "events"; json: string }
  /**
   * `prepared`: the chronological order and each actor's and facet value's events, transferred; `notice`: what the
   * reader should know about a spreadsheet that opened (the columns it ignored), or null; `phases`: the worker's timings,
   * for the page's performance timeline.
   */
  | { kind: "done"; prepared: PreparedIndex; notice: string | null; phases: TimedPhase[]; sentEpochMs: number }
  /** A refusal is timed too, so a slow one shows where its time went. */
  | { kind: "error"; message: string; phases: TimedPhase[] };
