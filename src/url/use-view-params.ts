import { useCallback, useEffect, useRef, useState } from "react";
import { parseViewParams, serializeViewParams, type ViewParams } from "./view-params";

/**
 * How a change reaches history: "push" for a step the reader can go Back to (a selection,
 * a filter, a tab), "replace" to correct the current entry, "replace-debounced" for the
 * stream of window changes a zoom or pan produces (browsers throttle history calls).
 */
export type HistoryMode = "push" | "replace" | "replace-debounced";

export interface UseViewParamsResult {
  /** The view the address held when it was last read: on load, on Back or Forward, or after `navigate`. */
  params: ViewParams;
  /** What that address held that could not be used, newest last. */
  notices: string[];
  /** Counts those reads, so a state kept elsewhere knows when to restore itself from `params`. */
  restores: number;
  /** Writes the address and reads it back into `params`, for changes made where no explorer state exists yet. */
  navigate(next: ViewParams, mode: HistoryMode): void;
  /** Writes the address only, for a state that already holds `next` (the explorer's, on every change). */
  write(next: ViewParams, mode: HistoryMode): void;
  /** The view last written or read. */
  latest(): ViewParams;
  /** Writes a debounced change now, e.g. before the address is copied. */
  flush(): void;
  /** The full address of the current view, with any debounced change written first: the link to share. */
  currentLink(): string;
  /** The full address of a view: the one way a shareable link is built (Copy link, a citation's link to an event). */
  linkFor(params: ViewParams): string;
  /** The address of a view, for links that open it. */
  hrefFor(params: ViewParams): string;
}

const DEBOUNCE_MS = 300;

function urlFor(params: ViewParams): string {
  return `${window.location.pathname}${serializeViewParams(params)}${window.location.hash}`;
}

function linkFor(params: ViewParams): string {
  return new URL(urlFor(params), window.location.href).href;
}

/** The one place that reads and writes `location` and `history` for the view. */
export function useViewParams(): UseViewParamsResult {
  const [state, setState] = useState(() => {
    const parsed = parseViewParams(window.location.search);
    return { params: parsed.view, notices: parsed.notices, restores: 0 };
  });
  const latest = useRef(state.params);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; url: string } | null>(null);

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    window.history.replaceState(window.history.state, "", waiting.url);
  }, []);

  useEffect(() => {
    const onPopState = () => {
      // A pending write belongs to the entry we just left.
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      const parsed = parseViewParams(window.location.search);
      latest.current = parsed.view;
      setState((current) => ({ params: parsed.view, notices: parsed.notices, restores: current.restores + 1 }));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
      flush();
    };
  }, [flush]);

  const write = useCallback(
    (next: ViewParams, mode: HistoryMode) => {
      latest.current = next;
      const url = urlFor(next);
      if (mode === "replace-debounced") {
        if (pending.current) clearTimeout(pending.current.timer);
        pending.current = { url, timer: setTimeout(flush, DEBOUNCE_MS) };
        return;
      }
      if (mode === "push") {
        // The window the reader zoomed to belongs to the entry they are leaving.
        flush();
        if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
          window.history.pushState(null, "", url);
        }
        return;
      }
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      window.history.replaceState(window.history.state, "", url);
    },
    [flush],
  );

  const navigate = useCallback(
    (next: ViewParams, mode: HistoryMode) => {
      setState((current) => ({ params: next, notices: current.notices, restores: current.restores + 1 }));
      write(next, mode);
    },
    [write],
  );
  const latestParams = useCallback(() => latest.current, []);
  const currentLink = useCallback(() => {
    flush();
    return linkFor(latest.current);
  }, [flush]);

  return { ...state, navigate, write, latest: latestParams, flush, currentLink, linkFor, hrefFor: urlFor };
}
