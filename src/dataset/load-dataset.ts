import { queryOptions } from "@tanstack/react-query";
import { DatasetLoadError, parseDataset, parseDatasetBytes } from "./parse-dataset-text";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";
import type { Dataset } from "./schema";

export { DatasetLoadError, parseDataset };

/** The dataset bundled with the app, relative to the page so any sub-path works. */
const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/timeline.json`;

/** The largest dataset the app opens: 100 MB holds well over 100,000 events with quotations. */
export const MAX_DATASET_BYTES = 100_000_000;

/** Files at least this big are parsed in a worker; below it a worker's start-up costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

/** "142 MB", "0.4 MB": sizes as the limit message states them. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  return `${megabytes >= 10 ? Math.round(megabytes) : Number(megabytes.toFixed(1))} MB`;
}

/** Throws when a file is over the size limit, saying both sizes. */
export function checkDatasetSize(bytes: number, name: string): void {
  if (bytes > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(`${name} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_DATASET_BYTES)}`);
  }
}

function parseInWorker(bytes: ArrayBuffer, name: string, signal?: AbortSignal): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parse-dataset.worker.ts", import.meta.url), { type: "module" });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
    };
    signal?.addEventListener("abort", abort);
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      finish();
      // The worker already checked it against the schema, so the parsed text is a Dataset.
      if (data.kind === "done") resolve(JSON.parse(data.json) as Dataset);
      else reject(new DatasetLoadError(data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new DatasetLoadError(`Could not read ${name}: ${event.message || "the parsing worker failed"}`));
    };
    worker.postMessage({ bytes, name } satisfies ParseRequest, [bytes]);
  });
}

/** Parses and validates a dataset's bytes: in a worker when it is big and workers exist, else here. */
function parseDatasetBuffer(bytes: ArrayBuffer, name: string, signal?: AbortSignal): Promise<Dataset> {
  checkDatasetSize(bytes.byteLength, name);
  if (typeof Worker !== "undefined" && bytes.byteLength >= WORKER_THRESHOLD_BYTES) return parseInWorker(bytes, name, signal);
  return Promise.resolve().then(() => parseDatasetBytes(bytes, name));
}

async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(`Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new DatasetLoadError(`Could not load ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  // Refuse early when the server says the file is too big; compressed responses are checked again once read.
  const declaredLength = Number(response.headers.get("content-length"));
  if (declaredLength > 0) checkDatasetSize(declaredLength, url);
  return parseDatasetBuffer(await response.arrayBuffer(), url, signal);
}

/** Where a dataset comes from: a URL (the bundled file or `?data=`), or a file the reader opened. */
export type DatasetSource = { kind: "url"; url: string } | { kind: "file"; file: File };

export const BUNDLED_DATASET: DatasetSource = { kind: "url", url: BUNDLED_DATASET_URL };

async function readDatasetFile(file: File, signal?: AbortSignal): Promise<Dataset> {
  checkDatasetSize(file.size, file.name);
  return parseDatasetBuffer(await file.arrayBuffer(), file.name, signal);
}

/** One key and fetcher per dataset source. */
export function datasetQueryOptions(source: DatasetSource = BUNDLED_DATASET) {
  return queryOptions({
    queryKey:
      source.kind === "url"
        ? (["dataset", "url", source.url] as const)
        : (["dataset", "file", source.file.name, source.file.size, source.file.lastModified] as const),
    queryFn: ({ signal }) => (source.kind === "url" ? fetchDataset(source.url, signal) : readDatasetFile(source.file, signal)),
    staleTime: Infinity,
  });
}
