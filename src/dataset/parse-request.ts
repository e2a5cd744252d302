import { ignoredColumnsNotice } from "../io/read-spreadsheet";
import { isSpreadsheetName } from "../io/spreadsheet-name";
import { prepareIndex, preparedBuffers } from "./dataset-index";
import { countEvents, decodeDatasetBytes } from "./dataset-text";
import { epochNow, type LoadPhase, type TimedPhase } from "./load-phases";
import { datasetFromText, parseDataset } from "./parse-dataset-text";
import { EVENTS_PER_MESSAGE, type ParseReply, type ParseRequest } from "./parse-dataset-protocol";
import type { TimelineEvent } from "./schema";

/**
 * What the parsing worker does with a request: parses and validates the file,
 * sending its events in pieces as they are checked, then its chronological
 * order (see ParseReply). Apart from the worker's entry so tests can run it in-process.
 */
export function handleParseRequest({ bytes, name, sentEpochMs }: ParseRequest, reply: (message: ParseReply, transfer?: Transferable[]) => void): void {
  const phases: TimedPhase[] = [{ phase: "worker-start", startEpochMs: sentEpochMs, endEpochMs: epochNow() }];
  const timed = <T>(phase: LoadPhase, work: () => T): T => {
    const startEpochMs = epochNow();
    try {
      return work();
    } finally {
      phases.push({ phase, startEpochMs, endEpochMs: epochNow() });
    }
  };
  try {
    const text = decodeDatasetBytes(bytes);
    const { json, describe } = timed("parse", () => datasetFromText(text, name));
    reply({ kind: "progress", events: countEvents(json) });
    // Pieces go to the page while the rest is checked, so its parsing overlaps the check; it keeps them only once "done" says the whole is valid.
    let sent = 0;
    const send = (events: TimelineEvent[]) => {
      timed("serialize", () => reply({ kind: "events", json: JSON.stringify(events) }));
      sent += events.length;
    };
    const dataset = timed("validate", () => parseDataset(json, describe, { size: EVENTS_PER_MESSAGE, onPiece: send }));
    const { events, ...head } = dataset;
    // Where the fast path gave up and the schema still accepted the dataset, the events it had not read are sent now.
    for (let start = sent; start < events.length; start += EVENTS_PER_MESSAGE) send(events.slice(start, start + EVENTS_PER_MESSAGE));
    timed("serialize", () => reply({ kind: "head", json: JSON.stringify(head) }));
    const prepared = timed("prepare-index", () => prepareIndex(dataset));
    const notice = isSpreadsheetName(name) ? ignoredColumnsNotice(text, name) : null;
    reply({ kind: "done", prepared, notice, phases, sentEpochMs: epochNow() }, preparedBuffers(prepared));
  } catch (error) {
    reply({ kind: "error", message: error instanceof Error ? error.message : String(error), phases });
  }
}
