import { prepareIndex, preparedBuffers } from "./dataset-index";
import { epochNow, type LoadPhase, type TimedPhase } from "./load-phases";
import { countEvents, datasetFromText, decodeDatasetBytes, parseDataset } from "./parse-dataset-text";
import { EVENTS_PER_MESSAGE, type ParseReply, type ParseRequest } from "./parse-dataset-protocol";

// Typed with the DOM lib (the worker lib clashes with it); onmessage/postMessage have the same shape here.
const reply = (message: ParseReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/**
 * Parses and validates a big dataset off the main thread, then sends it to
 * the page in pieces with its chronological order (see ParseReply).
 */
self.onmessage = (message: MessageEvent<ParseRequest>) => {
  const { bytes, name, sentEpochMs } = message.data;
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
    const { json, describe } = timed("parse", () => datasetFromText(decodeDatasetBytes(bytes), name));
    reply({ kind: "progress", events: countEvents(json) });
    const dataset = timed("validate", () => parseDataset(json, describe));
    timed("serialize", () => {
      const { events, ...head } = dataset;
      reply({ kind: "head", json: JSON.stringify(head) });
      for (let start = 0; start < events.length; start += EVENTS_PER_MESSAGE) {
        reply({ kind: "events", json: JSON.stringify(events.slice(start, start + EVENTS_PER_MESSAGE)) });
      }
    });
    const prepared = timed("prepare-index", () => prepareIndex(dataset));
    reply({ kind: "done", prepared, phases, sentEpochMs: epochNow() }, preparedBuffers(prepared));
  } catch (error) {
    reply({ kind: "error", message: error instanceof Error ? error.message : String(error), phases });
  }
};
