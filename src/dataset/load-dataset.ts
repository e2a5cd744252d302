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

/** Where a dataset comes from: a URL (the bundled file or `?data=`), or a file the reader opened. */
export type DatasetSource = { kind: "url"; url: string } | { kind: "file"; file: File };

export const BUNDLED_DATASET: DatasetSource = { kind: "url", url: BUNDLED_DATASET_URL };

async function readDatasetFile(file: File): Promise<Dataset> {
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new DatasetLoadError(`${file.name} is not valid JSON`);
  }
  return parseDataset(json);
}

/** One key and fetcher per dataset source. */
export function datasetQueryOptions(source: DatasetSource = BUNDLED_DATASET) {
  return queryOptions({
    queryKey:
      source.kind === "url"
        ? (["dataset", "url", source.url] as const)
        : (["dataset", "file", source.file.name, source.file.size, source.file.lastModified] as const),
    queryFn: ({ signal }) => (source.kind === "url" ? fetchDataset(source.url, signal) : readDatasetFile(source.file)),
    staleTime: Infinity,
  });
}
