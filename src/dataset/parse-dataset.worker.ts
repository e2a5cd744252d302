import { handleParseRequest } from "./parse-request";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";

// Typed with the DOM lib (the worker lib clashes with it); onmessage/postMessage have the same shape here.
const reply = (message: ParseReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

/** Parses and validates a dataset off the main thread (see handleParseRequest). */
self.onmessage = (message: MessageEvent<ParseRequest>) => handleParseRequest(message.data, reply);
