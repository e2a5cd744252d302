import { formatSize } from "./dataset-size";
import type { ByteProgress } from "./read-dataset-bytes";

/** Where a load is: receiving bytes (of a total, where known), then checking the events it received. */
export type LoadProgress = ({ phase: "receive" } & ByteProgress) | { phase: "check"; received: number; events: number | null };

/** Called as a load moves on; the explorer draws it as a progress bar. */
export type OnLoadProgress = (progress: LoadProgress) => void;

/** A progress bar's reading: `value` of `max` (null while the total is unknown), and the words for it. */
export interface ProgressReading {
  value: number | null;
  max: number;
  text: string;
}

/**
 * The bar counts bytes: it fills as the file arrives, and stays full while
 * the events are checked, the words then saying how many.
 */
export function progressReading(progress: LoadProgress): ProgressReading {
  if (progress.phase === "check") {
    const what = progress.events === null ? "the dataset" : `${progress.events.toLocaleString("en-US")} ${progress.events === 1 ? "event" : "events"}`;
    return { value: progress.received, max: progress.received, text: `Received ${formatSize(progress.received)}; checking ${what}…` };
  }
  if (progress.total === null) return { value: null, max: 1, text: `Received ${formatSize(progress.received)}…` };
  return { value: progress.received, max: progress.total, text: `Received ${formatSize(progress.received)} of ${formatSize(progress.total)}` };
}
