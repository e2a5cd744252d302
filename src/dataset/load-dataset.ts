import { queryOptions } from "@tanstack/react-query";
import { checkDatasetSize } from "./dataset-size";
import { DatasetLoadError, parseDataset, parseDatasetBytes } from "./parse-dataset-text";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";
import { fetchDatasetBytes, readFileBytes, type ByteProgress } from "./read-dataset-bytes";
import type { LoadProgress, OnLoadProgress } from "./load-progress";
import type { Dataset } from "./schema";

export { DatasetLoadError, parseDataset };


/** Files at least this big are parsed in a worker; below it a worker's start-up costs more than it saves. */
const WORKER_THRESHOLD_BYTES = 1_000_000;

function parseInWorker(bytes: Uint8Array, name: string, signal: AbortSignal | undefined, onProgress: OnLoadProgress | undefined): Promise<Dataset> {
  // Read before the bytes are transferred, which empties this view.
  const received = bytes.byteLength;
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
      if (data.kind === "progress") {
        onProgress?.({ phase: "check", received, events: data.events });
        return;
      }
      finish();
      // The worker already checked it against the schema, so the parsed text is a Dataset.
      if (data.kind === "done") resolve(JSON.parse(data.json) as Dataset);
      else reject(new DatasetLoadError(data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new DatasetLoadError(`Could not read ${name}: ${event.message || "the parsing worker failed"}`));
    };
    worker.postMessage({ bytes, name } satisfies ParseRequest, [bytes.buffer]);
  });
}

/** Parses and validates a dataset's bytes: in a worker when it is big and workers exist, else here. */
function parseDatasetBuffer(bytes: Uint8Array, name: string, signal: AbortSignal | undefined, onProgress: OnLoadProgress | undefined): Promise<Dataset> {
  checkDatasetSize(bytes.byteLength, name);
  if (typeof Worker !== "undefined" && bytes.byteLength >= WORKER_THRESHOLD_BYTES) return parseInWorker(bytes, name, signal, onProgress);
  return Promise.resolve().then(() => parseDatasetBytes(bytes, name));
}

/** Where a dataset comes from: a URL (the bundled file or `?data=`), or a file the reader opened. */
export type DatasetSource = { kind: "url"; url: string } | { kind: "file"; file: File };

/** The dataset bundled with the app, under the site root (the explorer's folder, also reached from event pages), so any sub-path works. */
export function bundledDataset(siteRoot: string): DatasetSource {
  return { kind: "url", url: `${siteRoot}data/timeline.json` };
}

async function loadDataset(source: DatasetSource, signal: AbortSignal | undefined, onProgress: OnLoadProgress | undefined): Promise<Dataset> {
  const options = { signal, onProgress: onProgress && ((progress: ByteProgress) => onProgress({ phase: "receive", ...progress } satisfies LoadProgress)) };
  const bytes = source.kind === "url" ? await fetchDatasetBytes(source.url, options) : await readFileBytes(source.file, options);
  return parseDatasetBuffer(bytes, source.kind === "url" ? source.url : source.file.name, signal, onProgress);
}

/** One key and fetcher per dataset source; `onProgress` hears how the load moves on. */
export function datasetQueryOptions(source: DatasetSource, onProgress?: OnLoadProgress) {
  return queryOptions({
    queryKey:
      source.kind === "url"
        ? (["dataset", "url", source.url] as const)
        : (["dataset", "file", source.file.name, source.file.size, source.file.lastModified] as const),
    queryFn: ({ signal }) => loadDataset(source, signal, onProgress),
    staleTime: Infinity,
  });
}
