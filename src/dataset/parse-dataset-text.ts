import { isSpreadsheetName } from "../io/spreadsheet-table";
import { spreadsheetToDataset } from "../io/read-spreadsheet";
import { findJsonSyntaxError } from "./json-syntax-error";
import { checkDataset } from "./check-dataset";
import type { EventPieces } from "./read-valid-dataset";
import { formatIssue, type Dataset, type DatasetIssue } from "./schema";

/** A load failure a reader can act on: what went wrong, in one sentence. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
}

/**
 * Checks parsed JSON against the schema; throws the first problem with its path, or, for a dataset
 * read from a spreadsheet, with the file, row and column `describe` gives. Never throws anything else.
 * `pieces` hears the events as they are read (see checkDataset).
 */
export function parseDataset(json: unknown, describe?: (path: readonly PropertyKey[]) => string | null, pieces?: EventPieces): Dataset {
  const result = checkDataset(json, { pieces });
  if (result.success) return result.data;
  throw datasetIssueError(result.issues[0]!, describe);
}

/** The error a reader sees for a dataset's first issue. */
export function datasetIssueError(issue: DatasetIssue, describe?: (path: readonly PropertyKey[]) => string | null): DatasetLoadError {
  const place = describe?.(issue.path);
  if (place) return new DatasetLoadError(`${place}: ${issue.message}`);
  return new DatasetLoadError(`The dataset is not in the timeline format: ${formatIssue(issue)}`);
}

/** A file's text as the public format by its type: a .csv or .tsv spreadsheet is converted, anything else is JSON. */
export function datasetFromText(text: string, name: string): { json: unknown; describe?: (path: readonly PropertyKey[]) => string | null } {
  if (!isSpreadsheetName(name)) return { json: parseJsonText(text, name) };
  try {
    return spreadsheetToDataset(text, name);
  } catch (error) {
    throw new DatasetLoadError(error instanceof Error ? error.message : String(error));
  }
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
