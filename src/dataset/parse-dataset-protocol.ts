import type { Dataset } from "./schema";

/** What the page sends the parsing worker: the file's bytes (transferred, not copied) and its name for messages. */
export interface ParseRequest {
  bytes: ArrayBuffer;
  name: string;
}

/** What the parsing worker answers: the validated dataset, or the message of the DatasetLoadError it hit. */
export type ParseReply = { ok: true; dataset: Dataset } | { ok: false; message: string };
