import { DatasetLoadError } from "./dataset-text";

/** The largest dataset the app opens: 100 MB holds well over 100,000 events with quotations. */
export const MAX_DATASET_BYTES = 100_000_000;

/** "142 MB", "0.4 MB": sizes as the limit message states them. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / 1_000_000;
  return `${megabytes >= 10 ? Math.round(megabytes) : Number(megabytes.toFixed(1))} MB`;
}

/** "512 bytes", "340 KB", "12 MB": a size as progress and stall messages state it. */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return formatMegabytes(bytes);
}

/** Throws when a file is over the size limit, saying both sizes. */
export function checkDatasetSize(bytes: number, name: string): void {
  if (bytes > MAX_DATASET_BYTES) {
    throw new DatasetLoadError(`${name} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_DATASET_BYTES)}`);
  }
}
