import { isSpreadsheetName } from "../io/spreadsheet-name";
import { spreadsheetToDataset } from "../io/read-spreadsheet";
import { checkDataset } from "./check-dataset";
import { datasetIssueError, DatasetLoadError, parseJsonText, type DescribePath } from "./dataset-text";
import type { EventPieces } from "./read-valid-dataset";
import type { Dataset } from "./schema";

/**
 * Checks parsed JSON against the schema; throws the first problem with its path, or, for a dataset
 * read from a spreadsheet, with the file, row and column `describe` gives. Never throws anything else.
 * `pieces` hears the events as they are read (see checkDataset).
 */
export function parseDataset(json: unknown, describe?: DescribePath, pieces?: EventPieces): Dataset {
  const result = checkDataset(json, { pieces });
  if (result.success) return result.data;
  throw datasetIssueError(result.issues[0]!, describe);
}

/** A file's text as the public format by its type: a .csv or .tsv spreadsheet is converted, anything else is JSON. */
export function datasetFromText(text: string, name: string): { json: unknown; describe?: DescribePath } {
  if (!isSpreadsheetName(name)) return { json: parseJsonText(text, name) };
  try {
    return spreadsheetToDataset(text, name);
  } catch (error) {
    throw new DatasetLoadError(error instanceof Error ? error.message : String(error));
  }
}
