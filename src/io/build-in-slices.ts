/** Options for `buildBlobInSlices`. */
export interface SliceOptions {
  /** How many pieces there will be, for the progress fraction. */
  total: number;
  /** The file's MIME type. */
  type: string;
  /** Called after each slice with the fraction done, 0–1. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
  /** How long one slice may run before the page gets the thread back. */
  sliceMs?: number;
  /** How the page gets the thread back; a timer by default. */
  yieldToPage?(): Promise<void>;
}

const yieldByTimer = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws pieces of text in slices of a few milliseconds, handing the thread back
 * to the page between slices, so a 100,000-event export never blocks input or
 * painting. Each slice is encoded into a Blob of its own as it is made, so the
 * file is never encoded in one long task; the result only references them.
 * An empty piece is work without text (a step of preparing the export).
 * Rejects when aborted.
 */
export async function buildBlobInSlices(pieces: Iterable<string>, options: SliceOptions): Promise<Blob> {
  const { total, type, onProgress, signal, sliceMs = 12, yieldToPage = yieldByTimer } = options;
  const parts: Blob[] = [];
  const iterator = pieces[Symbol.iterator]();
  let done = 0;
  let next = iterator.next();
  while (!next.done) {
    signal?.throwIfAborted();
    const sliceEnd = performance.now() + sliceMs;
    let slice = "";
    do {
      slice += next.value;
      done += 1;
      next = iterator.next();
    } while (!next.done && performance.now() < sliceEnd);
    if (slice !== "") parts.push(new Blob([slice]));
    onProgress?.(Math.min(1, done / Math.max(1, total)));
    if (!next.done) await yieldToPage();
  }
  return new Blob(parts, { type });
}
