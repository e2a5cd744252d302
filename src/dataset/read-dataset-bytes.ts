import { checkDatasetSize, formatSize, MAX_DATASET_BYTES } from "./dataset-size";
import { DatasetLoadError } from "./dataset-text";

/** Bytes read so far, of the total where it is known. */
export interface ByteProgress {
  received: number;
  total: number | null;
}

/** How long a fetch may wait, and how much it may read. */
export interface FetchLimits {
  /** From the request until the server's answer (its headers) arrives. */
  firstByteMs: number;
  /** The longest gap between two pieces of the body. */
  stallMs: number;
  maxBytes: number;
}

export const FETCH_LIMITS: FetchLimits = { firstByteMs: 30_000, stallMs: 30_000, maxBytes: MAX_DATASET_BYTES };

/** Takes bytes as they arrive, in order. */
export type ByteSink = (chunk: Uint8Array) => void;

export interface ReadOptions {
  signal?: AbortSignal | undefined;
  /** Called as bytes arrive, at most every PROGRESS_INTERVAL_MS, and once with the final count. */
  onProgress?: ((progress: ByteProgress) => void) | undefined;
  /**
   * Asked as each piece arrives, until it gives a sink: from then on the
   * bytes so far and every later piece go there instead of being kept, and
   * the read gives back no bytes.
   */
  forward?: ((progress: ByteProgress) => ByteSink | null) | undefined;
}

const PROGRESS_INTERVAL_MS = 100;
/** Files are read in slices this big, so the progress bar moves and no single read holds the page. */
const FILE_SLICE_BYTES = 8_000_000;

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);

/** Collects byte chunks into one buffer, or forwards them (see ReadOptions.forward), counting them against the limit and reporting progress. */
class ByteCollector {
  private buffer = new Uint8Array(0);
  private received = 0;
  private lastReport = Number.NEGATIVE_INFINITY;
  private sink: ByteSink | null = null;

  constructor(
    private readonly name: string,
    private readonly total: number | null,
    private readonly maxBytes: number,
    private readonly onProgress: ReadOptions["onProgress"],
    private readonly forward: ReadOptions["forward"],
  ) {}

  add(chunk: Uint8Array): void {
    const received = this.received + chunk.byteLength;
    if (received > this.maxBytes) {
      throw new DatasetLoadError(`${this.name} is more than ${formatSize(this.maxBytes)}; the limit is ${formatSize(this.maxBytes)}`);
    }
    if (!this.sink && this.forward) {
      this.sink = this.forward({ received, total: this.knownTotal(received) });
      if (this.sink && this.received > 0) this.sink(this.buffer.slice(0, this.received));
      if (this.sink) this.buffer = new Uint8Array(0);
    }
    if (this.sink) this.sink(chunk);
    else this.keep(chunk, received);
    this.received = received;
    const now = performance.now();
    if (now - this.lastReport >= PROGRESS_INTERVAL_MS) {
      this.lastReport = now;
      this.report();
    }
  }

  private keep(chunk: Uint8Array, received: number): void {
    if (received > this.buffer.byteLength) {
      // A known size is allocated once; otherwise the buffer doubles as it fills.
      const size = this.total !== null && this.total >= received ? this.total : Math.max(received, this.buffer.byteLength * 2, 1 << 20);
      const grown = new Uint8Array(Math.min(this.maxBytes, size));
      grown.set(this.buffer.subarray(0, this.received));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.received);
  }

  /** The bytes kept: none once they are forwarded. */
  finish(): Uint8Array {
    this.report();
    return this.buffer.subarray(0, this.sink ? 0 : this.received);
  }

  /** A compressed body's declared length is smaller than what arrives; past it, the total is unknown. */
  private knownTotal(received: number): number | null {
    return this.total !== null && this.total >= received ? this.total : null;
  }

  private report(): void {
    this.onProgress?.({ received: this.received, total: this.knownTotal(this.received) });
  }

  describe(): string {
    const total = this.total !== null && this.total >= this.received ? ` of ${formatSize(this.total)}` : "";
    return `${formatSize(this.received)}${total}`;
  }
}

/** True when `url` is on another origin than the page, so the browser applies CORS to it. */
function isCrossOrigin(url: string): boolean {
  return new URL(url, document.baseURI).origin !== window.location.origin;
}

/**
 * A cross-origin fetch that fails as a network error may have been refused by
 * CORS: the browser hides which. A `no-cors` request tells them apart: it
 * succeeds (with an unreadable answer) when the server is there.
 */
async function answersWithoutCors(url: string, limits: FetchLimits, signal: AbortSignal | undefined): Promise<boolean> {
  const timeout = AbortSignal.timeout(limits.firstByteMs);
  try {
    const response = await fetch(url, { mode: "no-cors", signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    return response.type === "opaque";
  } catch {
    return false;
  }
}

async function fetchFailure(url: string, error: unknown, limits: FetchLimits, signal: AbortSignal | undefined): Promise<DatasetLoadError> {
  if (isCrossOrigin(url) && (await answersWithoutCors(url, limits, signal))) {
    return new DatasetLoadError(
      `Could not load ${url}: its server does not allow cross-origin requests (CORS), so the browser withheld the file. ` +
        "The server must allow them (Access-Control-Allow-Origin) for a link to load it; instead, you can download the file and open it with “Open dataset”.",
    );
  }
  return new DatasetLoadError(`Could not reach ${url}: ${(error as Error).message}`);
}

/**
 * Fetches a dataset's bytes as a stream: refuses it past the size limit
 * (whatever the server declares, and however it is compressed), and gives up
 * when the server does not answer within `firstByteMs` or the body stalls for
 * `stallMs`, saying which.
 */
export async function fetchDatasetBytes(url: string, { signal, onProgress, forward }: ReadOptions = {}, limits: FetchLimits = FETCH_LIMITS): Promise<Uint8Array> {
  const controller = new AbortController();
  let timeout: DatasetLoadError | null = null;
  const stop = (error: DatasetLoadError) => {
    timeout = error;
    controller.abort(error);
  };
  const abortFromCaller = () => controller.abort(signal!.reason);
  if (signal?.aborted) abortFromCaller();
  signal?.addEventListener("abort", abortFromCaller);
  // Every wait races this, so a time limit or the caller ends it even where an abort does not reach the stream.
  const aborted = new Promise<never>((_, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  let timer = setTimeout(() => stop(new DatasetLoadError(`${url} did not answer within ${duration(limits.firstByteMs)}`)), limits.firstByteMs);
  try {
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { signal: controller.signal }), aborted]);
    } catch (error) {
      if (timeout) throw timeout;
      if (signal?.aborted) throw error;
      throw await fetchFailure(url, error, limits, signal);
    }
    clearTimeout(timer);
    if (!response.ok) {
      throw new DatasetLoadError(`Could not load ${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
    }
    // Refuse early when the server says the file is too big; the count while reading catches the rest.
    const declared = Number(response.headers.get("content-length"));
    const total = declared > 0 ? declared : null;
    if (total !== null) checkDatasetSize(total, url);
    const collector = new ByteCollector(url, response.headers.get("content-encoding") ? null : total, limits.maxBytes, onProgress, forward);
    if (!response.body) return collector.finish();
    const reader = response.body.getReader();
    const armStallTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stop(new DatasetLoadError(`${url} stopped sending: nothing arrived for ${duration(limits.stallMs)} after ${collector.describe()}`)), limits.stallMs);
    };
    try {
      for (;;) {
        armStallTimer();
        const { done, value } = await Promise.race([reader.read(), aborted]);
        if (done) return collector.finish();
        collector.add(value);
      }
    } catch (error) {
      // Stop the download whatever ended the read: the limit, a stall, or the caller.
      controller.abort(error);
      reader.cancel(error).catch(() => undefined);
      if (timeout) throw timeout;
      if (error instanceof DatasetLoadError || signal?.aborted) throw error;
      throw new DatasetLoadError(`Could not read ${url}: the connection broke after ${collector.describe()} (${(error as Error).message})`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abortFromCaller);
  }
}

/** Reads a file the reader opened, in slices, so its progress shows and each can be forwarded; refuses it over the size limit before reading. */
export async function readFileBytes(file: File, { signal, onProgress, forward }: ReadOptions = {}): Promise<Uint8Array> {
  checkDatasetSize(file.size, file.name);
  const collector = new ByteCollector(file.name, file.size, MAX_DATASET_BYTES, onProgress, forward);
  for (let start = 0; start < file.size; start += FILE_SLICE_BYTES) {
    signal?.throwIfAborted();
    collector.add(new Uint8Array(await file.slice(start, start + FILE_SLICE_BYTES).arrayBuffer()));
  }
  return collector.finish();
}
