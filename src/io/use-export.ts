import { useEffect, useRef, useState } from "react";
import type { DatasetIndex } from "../dataset/dataset-index";
import type { TimelineEvent } from "../dataset/schema";
import { buildBlobInSlices } from "./build-in-slices";
import { exportFileName } from "./export-file-name";
import { exportPieceCount, exportPieces, type ExportFormat } from "./export-formats";
import { saveFile } from "./save-file";

/** Progress is shown only for an export that takes longer than this. */
export const PROGRESS_DELAY_MS = 1000;

export type ExportState =
  | { kind: "idle" }
  | { kind: "running"; format: ExportFormat; count: number; fraction: number; showProgress: boolean }
  | { kind: "done"; fileName: string; count: number }
  | { kind: "failed"; message: string };

export interface UseExportResult {
  state: ExportState;
  /** Builds the file of these events in slices and hands it to the browser's download. */
  start(format: ExportFormat, index: DatasetIndex, events: readonly TimelineEvent[]): void;
  cancel(): void;
}

/** An export in progress (one at a time), its progress after a second, and how it ended. */
export function useExport(): UseExportResult {
  const [state, setState] = useState<ExportState>({ kind: "idle" });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const start = async (format: ExportFormat, index: DatasetIndex, events: readonly TimelineEvent[]) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const now = new Date();
    setState({ kind: "running", format, count: events.length, fraction: 0, showProgress: false });
    const timer = setTimeout(() => {
      setState((current) => (current.kind === "running" && current.format === format ? { ...current, showProgress: true } : current));
    }, PROGRESS_DELAY_MS);
    try {
      const file = await buildBlobInSlices(exportPieces(format, index, events, now), {
        total: exportPieceCount(events.length),
        type: format.mimeType,
        signal: controller.signal,
        onProgress: (fraction) => setState((current) => (current.kind === "running" ? { ...current, fraction } : current)),
      });
      const fileName = exportFileName(index.dataset.title, now, format.extension);
      saveFile(file, fileName);
      setState({ kind: "done", fileName, count: events.length });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      clearTimeout(timer);
      if (running.current === controller) running.current = null;
    }
  };

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setState({ kind: "idle" });
  };

  return { state, start: (format, index, events) => void start(format, index, events), cancel };
}
