import { useCallback, useEffect, useRef, useState } from "react";
import { useLatest } from "../ui/use-latest";
import { eventPagePath, parseSitePath } from "./site-path";
import { parseViewParams, serializeViewParams, type ViewParams } from "./view-params";

/**
 * How a change reaches history: "push" for a step the reader can go Back to (a selection,
 * a filter, a tab), "replace" to correct the current entry, "replace-debounced" for the
 * stream of window changes a zoom or pan produces (browsers throttle history calls), and
 * "push-settled" for a search being typed: the first keystroke pushes, the next ones
 * replace that entry (debounced) until the search has rested for `SEARCH_SETTLE_MS`.
 */
export type HistoryMode = "push" | "replace" | "replace-debounced" | "push-settled";

/** How long a search must rest before the next change to it is a new history entry. */
export const SEARCH_SETTLE_MS = 1000;

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
  /**
   * The full address of a view: the one way a shareable link is built (Copy link, a citation's
   * link to an event). For an event of the bundled dataset it is the event's page.
   */
  linkFor(params: ViewParams): string;
  /** The address of a view, for links that open it. */
  hrefFor(params: ViewParams): string;
  /** The site root's path (ending in "/"), the same on the explorer and on every event page. */
  siteRoot: string;
}

export interface UseViewParamsOptions {
  /** True while the bundled dataset is shown: its events have pages of their own (`npm run build` writes them). */
  eventPages?: boolean;
}

const DEBOUNCE_MS = 300;

/**
 * The one place an event's link is built. For the bundled dataset an event's address is
 * its page, `<root>events/<id>/`, with the rest of the view in the query; any other view
 * is the explorer's address with the view in the query.
 */
function urlFor(params: ViewParams, eventPages: boolean): string {
  const here = parseSitePath(window.location.pathname);
  const query = (view: ViewParams) => `${serializeViewParams(view)}${window.location.hash}`;
  // An embed stays on the explorer's address: an event page would show its static facts before the embed.
  if (eventPages && params.data === null && params.event !== null && !params.embed) {
    return `${here.root}${eventPagePath(params.event)}${query({ ...params, event: null })}`;
  }
  return `${here.event === null ? window.location.pathname : here.root}${query(params)}`;
}

/** The view the address holds: the query, with the event an event page's path names unless the query names one. */
function readAddress(): { view: ViewParams; notices: string[] } {
  const parsed = parseViewParams(window.location.search);
  const pathEvent = parseSitePath(window.location.pathname).event;
  return parsed.view.event === null && pathEvent !== null ? { ...parsed, view: { ...parsed.view, event: pathEvent } } : parsed;
}

/** The one place that reads and writes `location` and `history` for the view. */
export function useViewParams({ eventPages = false }: UseViewParamsOptions = {}): UseViewParamsResult {
  const [state, setState] = useState(() => {
    const parsed = readAddress();
    return { params: parsed.view, notices: parsed.notices, restores: 0 };
  });
  const [siteRoot] = useState(() => parseSitePath(window.location.pathname).root);
  const latest = useRef(state.params);
  const pages = useLatest(eventPages);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; url: string } | null>(null);
  // Until when the current entry belongs to a search still being typed.
  const typingUntil = useRef(0);

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
      typingUntil.current = 0;
      const parsed = readAddress();
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
      const url = urlFor(next, pages.current);
      if (mode === "push-settled") {
        const typing = Date.now() < typingUntil.current;
        typingUntil.current = Date.now() + SEARCH_SETTLE_MS;
        // While typing, the entry is corrected once the keys pause: a history call per keystroke
        // cost several milliseconds each at 10 keys a second (and browsers throttle them).
        mode = typing ? "replace-debounced" : "push";
      } else if (mode !== "replace-debounced") typingUntil.current = 0;
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
    [flush, pages],
  );

  const navigate = useCallback(
    (next: ViewParams, mode: HistoryMode) => {
      setState((current) => ({ params: next, notices: current.notices, restores: current.restores + 1 }));
      write(next, mode);
    },
    [write],
  );
  const latestParams = useCallback(() => latest.current, []);
  const hrefFor = useCallback((params: ViewParams) => urlFor(params, eventPages), [eventPages]);
  const linkFor = useCallback((params: ViewParams) => new URL(hrefFor(params), window.location.href).href, [hrefFor]);
  const currentLink = useCallback(() => {
    flush();
    return linkFor(latest.current);
  }, [flush, linkFor]);

  return { ...state, navigate, write, latest: latestParams, flush, currentLink, hrefFor, linkFor, siteRoot };
}
