import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Article, TimelineEvent } from "../dataset/schema";
import { toolbarButtonClass } from "../ui/button-class";
import { citationFormats, formatCitation, type CitationFormat } from "./citation";

export interface CiteButtonProps {
  event: TimelineEvent;
  articles: ReadonlyMap<string, Article>;
  datasetTitle: string;
  /** The explorer's link to an event: the one "Copy link" builds. */
  eventLink(id: string): string;
}

const FORMAT_LABELS: Record<CitationFormat, string> = { plain: "Plain text", markdown: "Markdown", "csl-json": "CSL-JSON" };
/** The format's name inside a sentence. */
const FORMAT_NAMES: Record<CitationFormat, string> = { plain: "plain text", markdown: "Markdown", "csl-json": "CSL-JSON" };

const FORMAT_HINTS: Record<CitationFormat, string> = {
  plain: "For a document or an e-mail: the event, then each source article with its quotation.",
  markdown: "For Markdown: the event's title links to the explorer, each headline to its article.",
  "csl-json": "One item per source article, for Zotero, Mendeley or pandoc.",
};

/** The details panel's "Cite" button and the citation dialog it opens. */
export function CiteButton(props: CiteButtonProps) {
  const [open, setOpen] = useState(false);
  // Kept while the panel stays open, so a reader who cites several events keeps their format.
  const [format, setFormat] = useState<CitationFormat>("plain");
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={buttonRef} type="button" aria-haspopup="dialog" className={toolbarButtonClass} onClick={() => setOpen(true)}>
        Cite
      </button>
      {open ? (
        <CitationDialog
          {...props}
          format={format}
          onFormatChange={setFormat}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      ) : null}
    </>
  );
}

interface CitationDialogProps extends CiteButtonProps {
  format: CitationFormat;
  onFormatChange(format: CitationFormat): void;
  onClose(): void;
}

type CopyState = "idle" | "copied" | "blocked";

/** A modal dialog: the citation in the chosen format, and a button that copies it. Esc or Close closes it. */
function CitationDialog({ event, articles, datasetTitle, eventLink, format, onFormatChange, onClose }: CitationDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLPreElement>(null);
  const tabRefs = useRef(new Map<CitationFormat, HTMLButtonElement>());
  const [copy, setCopy] = useState<CopyState>("idle");
  const id = useId();
  const link = useMemo(() => eventLink(event.id), [eventLink, event.id]);
  const text = useMemo(() => formatCitation(format, { event, articles, datasetTitle, link }), [format, event, articles, datasetTitle, link]);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Enter then copies at once; the format tabs are one Shift+Tab away.
    copyRef.current?.focus();
  }, []);

  const choose = (next: CitationFormat, focus = false) => {
    onFormatChange(next);
    setCopy("idle");
    if (focus) tabRefs.current.get(next)?.focus();
  };

  const onTabKeyDown = (keyEvent: KeyboardEvent<HTMLButtonElement>) => {
    const at = citationFormats.indexOf(format);
    const last = citationFormats.length - 1;
    const target = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[keyEvent.key];
    if (target === undefined) return;
    keyEvent.preventDefault();
    choose(citationFormats[target]!, true);
  };

  const copyText = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setCopy("copied");
    } catch {
      // Selected, so Ctrl+C copies it where the page may not.
      const selection = window.getSelection();
      if (textRef.current && selection) selection.selectAllChildren(textRef.current);
      setCopy("blocked");
    }
  };

  const close = () => dialogRef.current?.close();
  const label = FORMAT_LABELS[format];
  const name = FORMAT_NAMES[format];

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-event`}
      onClose={onClose}
      // The explorer's keys (←/→ step, Esc closes the details) are not for what lies under the dialog.
      onKeyDown={(keyEvent) => keyEvent.stopPropagation()}
      // A click on the backdrop lands on the dialog itself.
      onClick={(clickEvent) => clickEvent.target === clickEvent.currentTarget && close()}
      className="m-auto h-fit max-h-[calc(100dvh-1rem)] w-[calc(100vw-1rem)] max-w-3xl overflow-hidden rounded-xl border border-slate-300 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex max-h-[calc(100dvh-1rem)] flex-col gap-3 p-4 sm:p-5">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              Cite this event
            </h2>
            <p id={`${id}-event`} className="text-sm text-slate-700 dark:text-slate-300">
              {event.title}, with its {event.sources.length === 1 ? "source" : `${event.sources.length} sources`}
            </p>
          </div>
          <button type="button" className={`${toolbarButtonClass} shrink-0`} onClick={close} aria-label="Close citation">
            <span aria-hidden="true">✕&nbsp;</span>Close
          </button>
        </div>
        <div role="tablist" aria-label="Citation format" className="flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1 dark:bg-slate-800">
          {citationFormats.map((each) => (
            <button
              key={each}
              ref={(element) => {
                if (element) tabRefs.current.set(each, element);
                else tabRefs.current.delete(each);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${each}`}
              aria-selected={each === format}
              aria-controls={`${id}-panel`}
              tabIndex={each === format ? 0 : -1}
              onClick={() => choose(each)}
              onKeyDown={onTabKeyDown}
              className={`min-h-9 flex-1 rounded-md px-3 text-sm font-medium ${
                each === format
                  ? "bg-white text-slate-900 shadow-sm ring-1 ring-slate-300 dark:bg-slate-950 dark:text-white dark:ring-slate-600"
                  : "text-slate-700 hover:bg-white/70 dark:text-slate-200 dark:hover:bg-slate-700"
              }`}
            >
              {FORMAT_LABELS[each]}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${format}`} className="flex min-h-0 flex-col gap-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">{FORMAT_HINTS[format]}</p>
          <pre
            ref={textRef}
            tabIndex={0}
            aria-label={`${label} citation`}
            className="min-h-0 overflow-auto overscroll-contain rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-sm leading-relaxed whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
          >
            {text}
          </pre>
          <div className="flex flex-wrap items-center gap-3">
            <button
              ref={copyRef}
              type="button"
              onClick={copyText}
              className="inline-flex min-h-9 items-center rounded-md bg-sky-700 px-4 text-sm font-medium text-white hover:bg-sky-800"
            >
              Copy {name}
            </button>
            <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
              {copy === "copied" ? `Citation copied as ${name}` : ""}
            </p>
          </div>
          {copy === "blocked" ? (
            <p role="alert" className="text-sm text-slate-800 dark:text-slate-100">
              Copying is blocked here. The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.
            </p>
          ) : null}
        </div>
      </div>
    </dialog>
  );
}
