import { findJsonSyntaxError } from "./json-syntax-error";
import { datasetSchema, formatIssuePath, type Dataset } from "./schema";

/** A load failure a reader can act on: what went wrong, in one sentence. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
}

/** Checks parsed JSON against the schema; throws the first problem with its path. */
export function parseDataset(json: unknown): Dataset {
  const result = datasetSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = formatIssuePath(issue.path);
  throw new DatasetLoadError(`The dataset is not in the timeline format: ${path ? `${path}: ` : ""}${issue.message}`);
}

/** Parses JSON text; a syntax error names the file, the line and column, and what was expected there. */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxError(text);
    throw new DatasetLoadError(`${name} is not valid JSON${problem ? `: line ${problem.line}, column ${problem.column}: ${problem.problem}` : ""}`);
  }
}

/** How many events parsed JSON holds, before it is checked; null when it has no list of events. */
export function countEvents(json: unknown): number | null {
  const events = typeof json === "object" && json !== null ? (json as { events?: unknown }).events : undefined;
  return Array.isArray(events) ? events.length : null;
}

/** UTF-8 text of a dataset file (a byte order mark is dropped). */
export function decodeDatasetBytes(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}
