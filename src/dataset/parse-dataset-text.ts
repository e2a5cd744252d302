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

/** Decodes UTF-8 bytes, parses the JSON and validates it; `name` says which file in error messages. */
export function parseDatasetBytes(bytes: ArrayBuffer, name: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetLoadError(`${name} is not valid JSON`);
  }
  return parseDataset(json);
}
