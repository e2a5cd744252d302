import { parseDatasetBytes } from "./parse-dataset-text";
import { EVENTS_PER_MESSAGE, type ParseReply, type ParseRequest } from "./parse-dataset-protocol";

const reply = (message: ParseReply) => self.postMessage(message);

/** Parses and validates a big dataset off the main thread, so the page stays responsive while it loads. */
// Typed with the DOM lib (the worker lib clashes with it); onmessage/postMessage have the same shape here.
self.onmessage = (message: MessageEvent<ParseRequest>) => {
  const { bytes, name } = message.data;
  try {
    const { events, ...rest } = parseDatasetBytes(bytes, name);
    for (let start = 0; start < events.length; start += EVENTS_PER_MESSAGE) {
      reply({ kind: "events", events: events.slice(start, start + EVENTS_PER_MESSAGE) });
    }
    reply({ kind: "done", dataset: rest });
  } catch (error) {
    reply({ kind: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
