import { parseDatasetBytes } from "./parse-dataset-text";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";

/** Parses and validates a big dataset off the main thread; the page only has to parse the checked JSON. */
// Typed with the DOM lib (the worker lib clashes with it); onmessage/postMessage have the same shape here.
self.onmessage = (message: MessageEvent<ParseRequest>) => {
  const { bytes, name } = message.data;
  let reply: ParseReply;
  try {
    const dataset = parseDatasetBytes(bytes, name, (events) => self.postMessage({ kind: "progress", events } satisfies ParseReply));
    reply = { kind: "done", json: JSON.stringify(dataset) };
  } catch (error) {
    reply = { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
