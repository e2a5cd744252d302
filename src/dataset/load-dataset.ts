import { queryOptions } from "@tanstack/react-query";
import { epochNow, recordPhase, recordTimedPhase, timePhase } from "./load-phases";
import { isSpreadsheetName } from "../io/spreadsheet-name";
import { DatasetLoadError, decodeDatasetBytes, parseJsonText, quickParseDataset } from "./dataset-text";
import type { ParseReply, ParseRequest } from "./parse-dataset-protocol";
import { fetchDatasetBytes, readFileBytes, type ByteProgress, type ByteSink } from "./read-dataset-bytes";
import type { LoadProgress, OnLoadProgress } from "./load-progress";
import { buildDatasetIndex, type DatasetIndex, type PreparedIndex } from "./dataset-index";
import type { Dataset, TimelineEvent } from "./schema";
import { timelineIndexFor } from "../timeline/timeline-index";

export { DatasetLoadError };

/** A loaded dataset, indexed, and what the reader should know about its file (a spreadsheet's ignored columns), or null. */
export type LoadedDataset = DatasetIndex & { notice: string | null };

/** What a parse gives: the dataset and, from the worker, its index prepared and the file's notice. */
type Parsed = { dataset: Dataset; prepared?: PreparedIndex; notice?: string | null };

/**
 * Files at least this big are parsed in a worker; below it a worker's start-up costs more than it
 * saves, unless the page cannot read the file itself (see parseHere).
 */
const WORKER_THRESHOLD_BYTES = 1_000_000;

function startParsingWorker(name: string): Worker {
  if (typeof Worker === "undefined") throw new DatasetLoadError(`Could not read ${name}: this browser cannot run the parsing worker`);
  return new Worker(new URL("./parse-dataset.worker.ts", import.meta.url), { type: "module" });
}

/** A parse in a worker, fed the file's bytes as they arrive. */
interface WorkerParse {
  send: ByteSink;
  /** No more bytes: `received` in all. */
  end: (received: number) => void;
  result: Promise<Parsed>;
  /** Stops the worker, whether or not it has answered. */
  terminate: () => void;
}

/** The chunk's own buffer, to transfer: a view into a bigger buffer is copied first. */
function ownBuffer(chunk: Uint8Array): Uint8Array {
  return chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
}

/**
 * Starts a parsing worker that takes the bytes as they arrive, and assembles
 * the dataset from its replies (see ParseReply). The result may be a refusal
 * before the last bytes are sent.
 */
function parseInWorker(name: string, total: number | null, signal: AbortSignal | undefined, onProgress: OnLoadProgress | undefined): WorkerParse {
  const worker = startParsingWorker(name);
  let received = 0;
  let head: Omit<Dataset, "events"> | null = null;
  const events: TimelineEvent[] = [];
  let abort = () => undefined as void;
  const finish = () => {
    worker.terminate();
    signal?.removeEventListener("abort", abort);
  };
  const result = new Promise<Parsed>((resolve, reject) => {
    abort = () => {
      finish();
      reject(signal?.reason ?? new DOMException("Aborted", "AbortError"));
    };
    signal?.addEventListener("abort", abort);
    // Aborted while the last bytes were read: no worker should parse them.
    if (signal?.aborted) abort();
    // Pieces arrive while the worker still checks; only "done" says they make a Dataset.
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      switch (data.kind) {
        case "progress":
          onProgress?.({ phase: "check", received, events: data.events });
          return;
        case "head":
          head = timePhase("page-parse", () => JSON.parse(data.json) as Omit<Dataset, "events">);
          return;
        case "events":
          timePhase("page-parse", () => {
            for (const event of JSON.parse(data.json) as TimelineEvent[]) events.push(event);
          });
          return;
        case "done":
          finish();
          data.phases.forEach(recordTimedPhase);
          recordTimedPhase({ phase: "transfer", startEpochMs: data.sentEpochMs, endEpochMs: epochNow() });
          resolve({ dataset: { ...head!, events }, prepared: data.prepared, notice: data.notice });
          return;
        case "error":
          finish();
          data.phases.forEach(recordTimedPhase);
          reject(new DatasetLoadError(data.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new DatasetLoadError(`Could not read ${name}: ${event.message || "the parsing worker failed"}`));
    };
  });
  const post = (request: ParseRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  post({ kind: "start", name, total, sentEpochMs: epochNow() });
  return {
    send: (chunk) => {
      const bytes = ownBuffer(chunk);
      post({ kind: "bytes", bytes }, [bytes.buffer]);
    },
    end: (count) => {
      received = count;
      post({ kind: "end" });
    },
    result,
    terminate: finish,
  };
}

/**
 * Small JSON files are parsed here: a worker's start-up would cost more than it saves. Null when
 * the worker must read the file after all: a spreadsheet, or a dataset only the schema can judge
 * (the page has neither the spreadsheet readers nor zod, which only the worker loads).
 */
function parseHere(bytes: Uint8Array, name: string): Parsed | null {
  if (isSpreadsheetName(name)) return null;
  const json = timePhase("parse", () => parseJsonText(decodeDatasetBytes(bytes), name));
  const dataset = timePhase("validate", () => quickParseDataset(json));
  return dataset && { dataset };
}

/** Where a dataset comes from: a URL (the bundled file or `?data=`), or a file the reader opened. */
export type DatasetSource = { kind: "url"; url: string } | { kind: "file"; file: File };

/** The dataset bundled with the app, under the site root (the explorer's folder, also reached from event pages), so any sub-path works. */
export function bundledDataset(siteRoot: string): DatasetSource {
  return { kind: "url", url: `${siteRoot}data/timeline.json` };
}

/** True for a file big enough to parse in a worker, where workers exist. */
function wantsWorker(bytes: number): boolean {
  return typeof Worker !== "undefined" && bytes >= WORKER_THRESHOLD_BYTES;
}

/**
 * Reads the source and parses it: in a worker once the file is known to be
 * big, fed the bytes as they arrive so its parse overlaps them, and a file it
 * refuses early is not read further. A small file is parsed here, or, when the
 * page cannot judge it (a spreadsheet, or a dataset only the schema can), sent
 * whole to a worker.
 */
async function loadDataset(source: DatasetSource, signal: AbortSignal | undefined, onProgress: OnLoadProgress | undefined): Promise<LoadedDataset> {
  const name = source.kind === "url" ? source.url : source.file.name;
  // Stops the read when the worker refuses the file before its end.
  const refused = new AbortController();
  const readSignal = signal ? AbortSignal.any([signal, refused.signal]) : refused.signal;
  let parse: WorkerParse | null = null;
  let received = 0;
  const onBytes = (progress: ByteProgress) => {
    received = progress.received;
    onProgress?.({ phase: "receive", ...progress } satisfies LoadProgress);
  };
  const forward = (progress: ByteProgress): ByteSink | null => {
    if (!wantsWorker(progress.total ?? progress.received)) return null;
    const started = parseInWorker(name, progress.total, signal, onProgress);
    started.result.catch((error: unknown) => refused.abort(error));
    parse = started;
    return started.send;
  };
  try {
    const start = performance.now();
    const read = { signal: readSignal, onProgress: onBytes, forward };
    const bytes = source.kind === "url" ? await fetchDatasetBytes(source.url, read) : await readFileBytes(source.file, read);
    recordPhase("fetch", start);
    // Reassigned in `forward`, which TypeScript does not follow.
    let inWorker = parse as WorkerParse | null;
    const here = inWorker ? null : await Promise.resolve().then(() => parseHere(bytes, name));
    if (!here && !inWorker) {
      // A small file only the worker can read: it gets the bytes at once.
      inWorker = parse = parseInWorker(name, bytes.byteLength, signal, onProgress);
      inWorker.send(bytes);
    }
    inWorker?.end(received);
    const parsed = here ?? (await inWorker!.result);
    // Here, not in the query's `select`: then it is a task of its own, not part of the first render's.
    const index = timePhase("index", () => buildDatasetIndex(parsed.dataset, parsed.prepared));
    // The chart's lanes in the next task, so neither this one nor the first render holds the page for
    // their sum (at 100,000 events: index 60–90 ms, lanes 130 ms, the rest of the render 100 ms).
    await new Promise((resolve) => setTimeout(resolve, 0));
    timePhase("chart-index", () => timelineIndexFor(index.events, index.tracks, index.extents));
    return { ...index, notice: parsed.notice ?? null };
  } catch (error) {
    // The worker's refusal, whichever of the read and the parse saw it first.
    if (refused.signal.aborted && !signal?.aborted) throw refused.signal.reason;
    throw error;
  } finally {
    (parse as WorkerParse | null)?.terminate();
  }
}

/** One key and fetcher per dataset source, giving the dataset indexed; `onProgress` hears how the load moves on. */
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
