import { useEffect, useId, useRef, useState } from "react";

export interface CopyLinkButtonProps {
  /** The address of the current view (the address hook writes a pending change first). */
  currentLink(): string;
}

type CopyState = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; url: string };

/** Copies the page address; where the clipboard is unavailable, shows the address selected for copying by hand. */
export function CopyLinkButton({ currentLink }: CopyLinkButtonProps) {
  const [state, setState] = useState<CopyState>({ kind: "idle" });
  const fieldRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (state.kind === "manual") fieldRef.current?.select();
  }, [state]);

  const copy = async () => {
    const url = currentLink();
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setState({ kind: "copied" });
    } catch {
      setState({ kind: "manual", url });
    }
  };

  return (
    <div className="relative flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        Copy link
      </button>
      <span role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
        {state.kind === "copied" ? "Link copied" : ""}
      </span>
      {state.kind === "manual" ? (
        <div className="absolute top-full right-0 z-30 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-md border border-slate-300 bg-white p-3 shadow-lg dark:border-slate-600 dark:bg-slate-900">
          <label htmlFor={`${id}-url`} className="block text-sm text-slate-800 dark:text-slate-100">
            Copying is blocked here. Copy this link by hand:
          </label>
          <input
            id={`${id}-url`}
            ref={fieldRef}
            readOnly
            value={state.url}
            className="mt-1 w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
          />
          <button
            type="button"
            onClick={() => setState({ kind: "idle" })}
            className="mt-2 rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600 dark:text-slate-100"
          >
            Done
          </button>
        </div>
      ) : null}
    </div>
  );
}
