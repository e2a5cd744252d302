import { createParseHandler } from "./parse-request";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";

// Typed with the DOM lib (the worker lib clashes with it); onmessage/postMessage have the same shape here.
const reply = (message: ParseReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

const handle = createParseHandler(reply);

/** Parses and validates a dataset off the main thread as its bytes arrive (see createParseHandler). */
self.onmessage = (message: MessageEvent<ParseRequest>) => handle(message.data);
