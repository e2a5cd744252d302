import { useId, useLayoutEffect, useRef, useState } from "react";
import { iframeCode } from "./embed-code";

export interface EmbedButtonProps {
  /** The address of the current view with `embed=1`, built when the dialog opens. */
  embedLink(): string;
  /** The iframe's title, e.g. the dataset's. */
  title: string;
}

const buttonClass =
  "inline-flex min-h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800";

/** "Embed": a dialog with the `<iframe>` code for the current view and a button that copies it. */
export function EmbedButton({ embedLink, title }: EmbedButtonProps) {
  const [code, setCode] = useState<string | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={buttonRef} type="button" aria-haspopup="dialog" className={buttonClass} onClick={() => setCode(iframeCode(embedLink(), `${title}: interactive timeline`))}>
        Embed
      </button>
      {code !== null ? (
        <EmbedDialog
          code={code}
          onClose={() => {
            setCode(null);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

type CopyState = "idle" | "copied" | "blocked";

function EmbedDialog({ code, onClose }: { code: string; onClose(): void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const id = useId();

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    copyRef.current?.focus();
  }, []);

  const copyCode = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(code);
      setCopy("copied");
    } catch {
      // Selected, so Ctrl+C copies it where the page may not.
      fieldRef.current?.select();
      setCopy("blocked");
    }
  };
  const close = () => dialogRef.current?.close();

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      onClose={onClose}
      // The explorer's keys (←/→ step, Esc closes the details) are not for what lies under the dialog.
      onKeyDown={(keyEvent) => keyEvent.stopPropagation()}
      onClick={(clickEvent) => clickEvent.target === clickEvent.currentTarget && close()}
      className="m-auto h-fit max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] max-w-2xl overflow-auto rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex flex-col gap-3 p-4 sm:p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            Embed this view
          </h2>
          <button type="button" className={buttonClass} onClick={close} aria-label="Close embed code">
            <span aria-hidden="true">✕&nbsp;</span>Close
          </button>
        </div>
        <p id={`${id}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
          Paste this code into your page’s HTML. It shows the timeline and the details as they are now (the selected event,
          the filter and the window), fits the width of its column and needs no cookies.
        </p>
        <label htmlFor={`${id}-code`} className="text-sm font-medium">
          Embed code
        </label>
        <textarea
          id={`${id}-code`}
          ref={fieldRef}
          readOnly
          rows={6}
          value={code}
          onFocus={(focusEvent) => focusEvent.currentTarget.select()}
          className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-sm break-all text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
        />
        <div className="flex flex-wrap items-center gap-3">
          <button ref={copyRef} type="button" onClick={copyCode} className="inline-flex min-h-9 items-center rounded-md bg-sky-700 px-4 text-sm font-medium text-white hover:bg-sky-800">
            Copy code
          </button>
          <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
            {copy === "copied" ? "Embed code copied" : ""}
          </p>
        </div>
        {copy === "blocked" ? (
          <p role="alert" className="text-sm text-slate-800 dark:text-slate-100">
            Copying is blocked here. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.
          </p>
        ) : null}
      </div>
    </dialog>
  );
}
