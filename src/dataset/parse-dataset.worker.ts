import { parseDatasetBytes } from "./parse-dataset-text";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";

/** Parses and validates a big dataset off the main thread, so the page stays responsive while it loads. */
// Typed with the DOM lib (the worker lib clashes with it); onmessage/postMessage have the same shape here.
self.onmessage = (message: MessageEvent<ParseRequest>) => {
  const { bytes, name } = message.data;
  let reply: ParseReply;
  try {
    reply = { ok: true, dataset: parseDatasetBytes(bytes, name) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
