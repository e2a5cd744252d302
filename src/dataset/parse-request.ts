import { ignoredColumnsNotice } from "../io/read-spreadsheet";
import { isSpreadsheetName } from "../io/spreadsheet-name";
import { prepareIndex, preparedBuffers } from "./dataset-index";
import { DatasetStream } from "./dataset-stream";
import { countEvents } from "./dataset-text";
import { epochNow, type LoadPhase, type TimedPhase } from "./load-phases";
import { datasetFromText, parseDataset } from "./parse-dataset-text";
import { EVENTS_PER_MESSAGE, type ParseReply, type ParseRequest } from "./parse-dataset-protocol";
import type { TimelineEvent } from "./schema";

/**
 * The file read whole once every byte is in, with what a reader should know of a spreadsheet's
 * columns. Neither the bytes (text() lets them go) nor the text outlives this call: a 90 MB file
 * would otherwise stay in memory twice over while it is checked.
 */
function readWhole(stream: DatasetStream): ReturnType<typeof datasetFromText> & { notice: string | null } {
  const text = stream.text();
  return { ...datasetFromText(text, stream.name), notice: isSpreadsheetName(stream.name) ? ignoredColumnsNotice(text, stream.name) : null };
}

/**
 * What the parsing worker does with the page's requests: takes a file's bytes
 * as they arrive, refusing it at the first bad entry that settles the answer
 * (see DatasetStream); at the end it parses and validates the file, sending its
 * events in pieces as they are checked, then its chronological order (see
 * ParseReply). Apart from the worker's entry so tests can run it in-process.
 */
export function createParseHandler(reply: (message: ParseReply, transfer?: Transferable[]) => void): (request: ParseRequest) => void {
  let stream: DatasetStream | null = null;
  let phases: TimedPhase[] = [];
  // When the first bytes arrived: the parse phase spans the download, as the first pieces are checked on arrival.
  let firstBytesEpochMs: number | null = null;
  const timed = <T>(phase: LoadPhase, work: () => T): T => {
    const startEpochMs = epochNow();
    try {
      return work();
    } finally {
      phases.push({ phase, startEpochMs, endEpochMs: epochNow() });
    }
  };
  // Answers a refusal once; later messages of that file are ignored.
  const refuse = (error: unknown) => {
    stream = null;
    reply({ kind: "error", message: error instanceof Error ? error.message : String(error), phases });
  };
  const finish = (current: DatasetStream) => {
    const parseStart = firstBytesEpochMs ?? epochNow();
    const { json, describe, notice } = readWhole(current);
    phases.push({ phase: "parse", startEpochMs: parseStart, endEpochMs: epochNow() });
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
    reply({ kind: "done", prepared, notice, phases, sentEpochMs: epochNow() }, preparedBuffers(prepared));
  };
  return (request) => {
    if (request.kind === "start") {
      stream = new DatasetStream(request.name, request.total);
      phases = [{ phase: "worker-start", startEpochMs: request.sentEpochMs, endEpochMs: epochNow() }];
      firstBytesEpochMs = null;
      return;
    }
    if (!stream) return;
    if (request.kind === "bytes") {
      firstBytesEpochMs ??= epochNow();
      const refusal = stream.add(request.bytes);
      if (refusal) refuse(refusal);
      return;
    }
    const current = stream;
    stream = null;
    try {
      finish(current);
    } catch (error) {
      refuse(error);
    }
  };
}
