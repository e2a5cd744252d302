import { DatasetLoadError } from "./dataset-text";
import { FETCH_LIMITS, fetchDatasetBytes, readFileBytes, type ByteProgress, type FetchLimits } from "./read-dataset-bytes";

const encoder = new TextEncoder();
const fast: FetchLimits = { firstByteMs: 40, stallMs: 40, maxBytes: 1000 };

/** A body that sends `chunks` one per pull, then stays open (when `end` is false) or ends. */
function streamOf(chunks: string[], { end = true } = {}) {
  const sent = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[sent.pulls];
      if (chunk === undefined) {
        if (end) controller.close();
        return new Promise(() => undefined);
      }
      sent.pulls += 1;
      controller.enqueue(encoder.encode(chunk));
      return undefined;
    },
    cancel() {
      sent.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, sent };
}

/** A body that never ends: 100-byte chunks for as long as it is read. */
function endlessStream() {
  const sent = { pulls: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent.pulls += 1;
      controller.enqueue(new Uint8Array(100));
    },
    cancel() {
      sent.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, sent };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

afterEach(() => vi.unstubAllGlobals());

describe("fetchDatasetBytes", () => {
  it("fetchDatasetBytes reads a streamed body whole and reports progress against the declared length", async () => {
    const { stream } = streamOf(['{"a":', "1}"]);
    vi.stubGlobal("fetch", vi.fn(async () => new Response(stream, { headers: { "content-length": "7" } })));
    const progress: ByteProgress[] = [];
    const bytes = await fetchDatasetBytes("data/a.json", { onProgress: (step) => progress.push(step) }, fast);
    expect(text(bytes)).toBe('{"a":1}');
    expect(progress[0]).toEqual({ received: 5, total: 7 });
    expect(progress.at(-1)).toEqual({ received: 7, total: 7 });
  });

  it("fetchDatasetBytes gives up when the server sends no answer in time, saying so", async () => {
    vi.stubGlobal("fetch", vi.fn(() => new Promise<Response>(() => undefined)));
    await expect(fetchDatasetBytes("https://slow.example/a.json", {}, fast)).rejects.toThrow(
      new DatasetLoadError("https://slow.example/a.json did not answer within 40 ms"),
    );
  });

  it("fetchDatasetBytes gives up when the body stalls, saying how much had arrived", async () => {
    const { stream, sent } = streamOf(["{".padEnd(300)], { end: false });
    vi.stubGlobal("fetch", vi.fn(async () => new Response(stream, { headers: { "content-length": "900" } })));
    await expect(fetchDatasetBytes("data/stall.json", {}, fast)).rejects.toThrow(
      new DatasetLoadError("data/stall.json stopped sending: nothing arrived for 40 ms after 300 bytes of 900 bytes"),
    );
    expect(sent.cancelled).toBe(true);
  });

  it("fetchDatasetBytes stops reading a body without a length at the size limit", async () => {
    const { stream, sent } = endlessStream();
    vi.stubGlobal("fetch", vi.fn(async () => new Response(stream)));
    await expect(fetchDatasetBytes("data/endless.json", {}, { ...fast, stallMs: 5000 })).rejects.toThrow(
      new DatasetLoadError("data/endless.json is more than 1 KB; the limit is 1 KB"),
    );
    expect(sent.pulls).toBeLessThanOrEqual(12);
    expect(sent.cancelled).toBe(true);
  });

  it("fetchDatasetBytes counts what a compressed body expands to, not its declared length", async () => {
    const { stream, sent } = endlessStream();
    vi.stubGlobal("fetch", vi.fn(async () => new Response(stream, { headers: { "content-length": "20", "content-encoding": "gzip" } })));
    await expect(fetchDatasetBytes("data/bomb.json.gz", {}, { ...fast, stallMs: 5000 })).rejects.toThrow("data/bomb.json.gz is more than");
    expect(sent.cancelled).toBe(true);
  });

  it("fetchDatasetBytes says a cross-origin server must allow CORS, and that opening the file works", async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.mode === "no-cors" ? ({ type: "opaque" } as Response) : Promise.reject(new TypeError("Failed to fetch")),
    );
    vi.stubGlobal("fetch", fetchMock);
    const failure = fetchDatasetBytes("https://other.example/data.json", {}, fast);
    await expect(failure).rejects.toThrow(DatasetLoadError);
    await expect(failure).rejects.toThrow(/does not allow cross-origin requests \(CORS\).*open it with “Open dataset”/);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("fetchDatasetBytes reports an unreachable server as unreachable, not as CORS", async () => {
    const fetchMock = vi.fn(async () => Promise.reject(new TypeError("Failed to fetch")));
    vi.stubGlobal("fetch", fetchMock);
    await expect(fetchDatasetBytes("https://down.example/data.json", {}, fast)).rejects.toThrow(
      new DatasetLoadError("Could not reach https://down.example/data.json: Failed to fetch"),
    );
  });

  it("fetchDatasetBytes does not suspect CORS for a URL on the page's own origin", async () => {
    const fetchMock = vi.fn(async () => Promise.reject(new TypeError("Failed to fetch")));
    vi.stubGlobal("fetch", fetchMock);
    await expect(fetchDatasetBytes("data/x.json", {}, fast)).rejects.toThrow("Could not reach data/x.json: Failed to fetch");
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("fetchDatasetBytes says when the connection breaks mid-body", async () => {
    let sentOne = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sentOne) controller.error(new TypeError("network error"));
        else controller.enqueue(new Uint8Array(2000));
        sentOne = true;
      },
    });
    vi.stubGlobal("fetch", vi.fn(async () => new Response(stream)));
    await expect(fetchDatasetBytes("data/cut.json", {}, { ...fast, maxBytes: 10_000 })).rejects.toThrow(
      new DatasetLoadError("Could not read data/cut.json: the connection broke after 2 KB (network error)"),
    );
  });

  it("fetchDatasetBytes passes the caller's abort through, not as a load error", async () => {
    const { stream } = streamOf(["{"], { end: false });
    vi.stubGlobal("fetch", vi.fn(async () => new Response(stream)));
    const controller = new AbortController();
    const reading = fetchDatasetBytes("data/a.json", { signal: controller.signal }, { ...fast, stallMs: 5000 });
    controller.abort(new DOMException("Cancelled", "AbortError"));
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
  });

  it("FETCH_LIMITS allow 30 s for the first byte and between pieces, and 100 MB", () => {
    expect(FETCH_LIMITS).toEqual({ firstByteMs: 30_000, stallMs: 30_000, maxBytes: 100_000_000 });
  });
});

describe("readFileBytes", () => {
  it("readFileBytes reads a file and reports its progress to the end", async () => {
    const progress: ByteProgress[] = [];
    const bytes = await readFileBytes(new File(['{"a":1}'], "a.json"), { onProgress: (step) => progress.push(step) });
    expect(text(bytes)).toBe('{"a":1}');
    expect(progress.at(-1)).toEqual({ received: 7, total: 7 });
  });
});
