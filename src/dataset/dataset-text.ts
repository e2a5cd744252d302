import { quickCheckDataset } from "./cross-check-dataset";
import { formatIssue, type DatasetIssue } from "./dataset-rules";
import { findJsonSyntaxError } from "./json-syntax-error";
import type { EventPieces } from "./read-valid-dataset";
import type { Dataset } from "./schema";

/** A load failure a reader can act on: what went wrong, in one sentence. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
}

/** Where a dataset read from a spreadsheet has a path: its file, row and column, or null. */
export type DescribePath = (path: readonly PropertyKey[]) => string | null;

/** The error a dataset's first issue makes: with the file, row and column `describe` gives, or with its path. */
export function datasetIssueError(issue: DatasetIssue, describe?: DescribePath): DatasetLoadError {
  const place = describe?.(issue.path);
  if (place) return new DatasetLoadError(`${place}: ${issue.message}`);
  return new DatasetLoadError(`The dataset is not in the timeline format: ${formatIssue(issue)}`);
}

/**
 * The dataset parsed JSON holds, checked by the fast path alone (no zod, so the
 * page can use it without loading the schema); null when that path cannot
 * vouch for it and only the schema can say what is wrong (see parseDataset).
 * Throws the first problem across entries as parseDataset would.
 */
export function quickParseDataset(json: unknown, pieces?: EventPieces): Dataset | null {
  const result = quickCheckDataset(json, false, pieces);
  if (!result) return null;
  if (result.success) return result.data;
  throw datasetIssueError(result.issues[0]!);
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
