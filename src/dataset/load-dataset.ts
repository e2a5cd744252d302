import { queryOptions } from "@tanstack/react-query";
import { datasetSchema, formatIssuePath, type Dataset } from "./schema";

/** The dataset bundled with the app, relative to the page so any sub-path works. */
export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

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

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new DatasetLoadError(`Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new DatasetLoadError(`Could not load ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DatasetLoadError(`${url} is not valid JSON`);
  }
  return parseDataset(json);
}

/** One key and fetcher per dataset URL. */
export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
  });
}
