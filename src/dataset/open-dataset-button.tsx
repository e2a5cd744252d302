import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { isSpreadsheetName } from "../io/spreadsheet-name";
import { formatMegabytes, MAX_DATASET_BYTES } from "./dataset-size";

/** True for a file that claims to be JSON by its name or type. */
export function isJsonFile(file: Pick<File, "name" | "type">): boolean {
  return file.name.toLowerCase().endsWith(".json") || file.type === "application/json";
}

/** True for a file the explorer opens: JSON, or a .csv/.tsv spreadsheet (our CSV or the TimelineJS template). */
export function isDatasetFile(file: Pick<File, "name" | "type">): boolean {
  return isJsonFile(file) || isSpreadsheetName(file.name);
}

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes("Files") ?? false;
}

/** The page's file picker: its input and drop overlay (`element`), and what the button needs of it. */
export interface DatasetFilePicker {
  element: ReactNode;
  /** Opens the browser's file dialog. */
  choose(): void;
  /** Why the last picked or dropped file was refused, if it was. */
  rejection: string | null;
}

/**
 * The file input and drag-and-drop of a .json, .csv or .tsv file anywhere on
 * the page, with an overlay while a file is dragged. Render `element` where it
 * stays mounted while the page under it changes (from loading to loaded): a
 * file picked in a dialog opened before the change would otherwise go to an
 * input that is gone, and be lost.
 */
export function useDatasetFilePicker(onOpen: (file: File) => void): DatasetFilePicker {
  const inputRef = useRef<HTMLInputElement>(null);
  const [rejection, setRejection] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const accept = (file: File) => {
    if (!isDatasetFile(file)) {
      setRejection(`${file.name} is not a .json, .csv or .tsv file. Open a dataset in the timeline JSON format, or a spreadsheet saved as CSV or TSV.`);
      return;
    }
    setRejection(null);
    onOpen(file);
  };
  // The window listeners are added once; they reach the latest onOpen through this ref.
  const acceptRef = useRef(accept);
  useEffect(() => {
    acceptRef.current = accept;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every child the pointer crosses; count them to know when it left the page.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without preventDefault the browser would not allow the drop and would open the file itself.
      event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) acceptRef.current(file);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, []);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clear the input so picking the same file again still fires change.
    event.target.value = "";
    if (file) accept(file);
  };

  const element = (
    <>
      <input ref={inputRef} type="file" accept=".json,.csv,.tsv,application/json,text/csv,text/tab-separated-values" aria-label="Dataset file" hidden onChange={picked} />
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-6">
          <p className="rounded-lg border-2 border-dashed border-white bg-slate-900/80 px-8 py-6 text-center text-lg font-semibold text-white">
            Drop a .json, .csv or .tsv dataset to open it
          </p>
        </div>
      )}
    </>
  );
  return { element, choose: () => inputRef.current?.click(), rejection };
}

/** "Open dataset": opens the page's file picker (see `useDatasetFilePicker`), states what it takes, and says why a file was refused. */
export function OpenDatasetButton({ picker }: { picker: DatasetFilePicker }) {
  const hintId = useId();
  return (
    // On a phone the wrapper dissolves into the header's action row, so Open dataset and Copy link share a line and the hint goes under both.
    <div className="contents sm:flex sm:flex-wrap sm:items-center sm:gap-x-2 sm:gap-y-1">
      <button
        type="button"
        onClick={picker.choose}
        aria-describedby={hintId}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Open dataset
      </button>
      <span id={hintId} className="order-last basis-full text-xs text-slate-600 sm:order-none sm:basis-auto dark:text-slate-400">
        A .json, .csv or .tsv file up to {formatMegabytes(MAX_DATASET_BYTES)}, or drop one on the page
      </span>
      {picker.rejection && (
        <p role="alert" className="basis-full text-sm text-red-700 dark:text-red-400">
          {picker.rejection}
        </p>
      )}
    </div>
  );
}
