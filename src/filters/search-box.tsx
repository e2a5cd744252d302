import { useId, useState, useTransition, type Ref } from "react";

export interface SearchBoxProps {
  /** The search as typed. */
  value: string;
  onChange(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The "Search events" box: every keystroke searches; Esc clears it; `/` (anywhere) focuses it.
 * The box shows each key at once and hands the search on in a transition, so the explorer's
 * render (100,000 events: the filters, their counts, the chart) never holds up the next key
 * and React can pause it between components.
 */
export function SearchBox({ value, onChange, inputRef }: SearchBoxProps) {
  const id = useId();
  const [typed, setTyped] = useState(value);
  const [pending, startTransition] = useTransition();
  // Until the explorer has caught up, what was typed; after, the explorer's search (which Back or "Clear the search" also change).
  const shown = pending ? typed : value;
  const change = (next: string) => {
    setTyped(next);
    startTransition(() => onChange(next));
  };
  return (
    <div role="search" className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800 dark:text-slate-100">
        Search events
      </label>
      <div className="flex items-center gap-2">
        <input
          id={id}
          ref={inputRef}
          type="search"
          value={shown}
          onChange={(event) => change(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== "Escape" || shown === "") return;
            // Handled: the page's Esc (close the details) is not for this key press.
            event.preventDefault();
            change("");
          }}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          placeholder="Words, prefixes or “a phrase”"
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        />
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-300">
        Searches titles, summaries, places, actors, quotations, outlets, headlines and disputes. Every word must match.
        <span className="hidden md:inline">
          {" "}
          Press <kbd className="font-sans">/</kbd> to search, <kbd className="font-sans">Esc</kbd> to clear.
        </span>
      </p>
    </div>
  );
}
