import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { DatasetIndex } from "../dataset/dataset-index";
import type { TimelineEvent } from "../dataset/schema";
import { EXPORT_FORMATS } from "./export-formats";
import { useExport } from "./use-export";

export interface ExportMenuProps {
  index: DatasetIndex;
  /** The events the reader sees: exactly what is exported. */
  events: readonly TimelineEvent[];
}

const buttonClass =
  "inline-flex min-h-9 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** "Export": the shown events as CSV, JSON or a calendar file, with progress for a long export. */
export function ExportMenu({ index, events }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const { state, start, cancel } = useExport();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const count = events.length.toLocaleString("en");

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    // Handled here, so the explorer's Esc (which closes the details panel) leaves it alone.
    event.preventDefault();
    setOpen(false);
    toggleRef.current?.focus();
  };

  const running = state.kind === "running" ? state : null;
  return (
    // On a phone the panel is placed under the whole status line (the positioned parent), so it never runs off the screen.
    <div ref={rootRef} className="relative flex flex-wrap items-center gap-x-3 gap-y-1 max-sm:static" onKeyDown={closeOnEscape}>
      <button ref={toggleRef} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)} className={buttonClass}>
        Export
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label="Export formats"
          className="absolute top-full left-0 z-30 mt-1 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-900"
        >
          <p className="px-2 pb-1 text-sm text-slate-600 dark:text-slate-300">
            The {count} {events.length === 1 ? "event" : "events"} shown, as:
          </p>
          <ul>
            {EXPORT_FORMATS.map((format) => (
              <li key={format.id}>
                <button
                  type="button"
                  autoFocus={format === EXPORT_FORMATS[0]}
                  onClick={() => {
                    setOpen(false);
                    toggleRef.current?.focus();
                    start(format, index, events);
                  }}
                  className="flex w-full flex-col items-start rounded px-2 py-1.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800"
                >
                  <span className="font-medium text-slate-900 dark:text-slate-100">{format.label}</span>
                  <span className="text-xs text-slate-600 dark:text-slate-400">{format.hint}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="text-sm text-slate-700 empty:hidden dark:text-slate-300">
        {running?.showProgress
          ? `Exporting ${running.count.toLocaleString("en")} events as ${running.format.label}…`
          : state.kind === "done"
            ? `Exported ${state.count.toLocaleString("en")} ${state.count === 1 ? "event" : "events"} to ${state.fileName}`
            : ""}
      </p>
      {running?.showProgress ? (
        <>
          {/* The percentage is for the eye; the progress bar tells a screen reader, which the changing status would flood. */}
          <span aria-hidden="true" className="text-sm text-slate-700 tabular-nums dark:text-slate-300">
            {Math.floor(running.fraction * 100)}%
          </span>
          <progress aria-label="Export progress" max={1} value={running.fraction} className="h-2 w-32" />
          <button type="button" onClick={cancel} className={buttonClass}>
            Cancel export
          </button>
        </>
      ) : null}
      {state.kind === "failed" ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The export failed: {state.message}
        </p>
      ) : null}
    </div>
  );
}
