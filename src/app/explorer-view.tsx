import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Dataset } from "../dataset/schema";
import {
  actorFilterMask,
  adjacentEvents,
  eventPositionsByActor,
  eventsByArticle,
  eventsInMask,
  filterEventsByActors,
  sortEventsChronologically,
  trackList,
  type ActorMatch,
} from "../dataset/selectors";
import { EventDetails } from "../details/event-details";
import { ActorFilter } from "../filters/actor-filter";
import { EventList } from "../list/event-list";
import { SourcesView } from "../sources/sources-view";
import { eventInterval, rangeWindow } from "../timeline/event-time";
import { TimelineChart } from "../timeline/timeline-chart";
import { windowAround, zoomWindow, type TimeInterval } from "../timeline/zoom";
import type { UseViewParamsResult } from "../url/use-view-params";
import { checkViewAgainstDataset, type ViewName } from "../url/view-params";
import { daysFromWindow, windowFromDays } from "../url/view-window";
import { AppHeader } from "./app-header";
import { detailsPanelClass, ExplorerLayout } from "./explorer-layout";
import { Notices } from "./notices";
import { useKeyboardShortcuts } from "./use-keyboard-shortcuts";
import { ViewTabs } from "./view-tabs";

export interface ExplorerViewProps {
  dataset: Dataset;
  url: UseViewParamsResult;
  actions: ReactNode;
  sourceNote: ReactNode;
}

const ZOOM_STEP = 0.5;

/** Notices stay until dismissed, even after the next URL write drops what caused them. */
function useStickyNotices(current: readonly string[]): [string[], () => void] {
  const key = current.join("\n");
  const [shown, setShown] = useState<{ key: string; notices: string[] }>({ key: "", notices: [] });
  if (key !== "" && key !== shown.key) setShown({ key, notices: [...current] });
  return [shown.notices, () => setShown({ key: shown.key, notices: [] })];
}

/** A function that keeps its identity across renders and always calls the latest `callback`. */
function useLatestCallback<Args extends unknown[]>(callback: (...args: Args) => void): (...args: Args) => void {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}

/** The explorer for a loaded dataset: the URL's view, applied; every change goes back through the URL. */
export function ExplorerView({ dataset, url, actions, sourceNote }: ExplorerViewProps) {
  const { navigate, hrefFor } = url;
  const eventsById = useMemo(() => new Map(dataset.events.map((event) => [event.id, event])), [dataset]);
  const checked = useMemo(() => checkViewAgainstDataset(url.params, dataset, eventsById), [url.params, dataset, eventsById]);
  const params = checked.view;
  const [notices, dismissNotices] = useStickyNotices([...url.notices, ...checked.notices]);

  const sorted = useMemo(() => sortEventsChronologically(dataset.events), [dataset]);
  const articlesById = useMemo(() => new Map(dataset.articles.map((article) => [article.id, article])), [dataset]);
  const actorsById = useMemo(() => new Map(dataset.actors.map((actor) => [actor.id, actor])), [dataset]);
  const positionsByActor = useMemo(() => eventPositionsByActor(sorted), [sorted]);
  const counts = useMemo(
    () => new Map([...positionsByActor].map(([actor, positions]) => [actor, positions.length])),
    [positionsByActor],
  );
  const tracks = useMemo(() => trackList(dataset), [dataset]);
  // Every URL write (a zoom, a pan) parses a new actors array; keep one per set of ids, so the filter is not redone.
  const actorsKey = params.actors.join(",");
  const selectedActors = useMemo(() => (actorsKey === "" ? [] : actorsKey.split(",")), [actorsKey]);
  const shown = useMemo(
    () => actorFilterMask(positionsByActor, sorted.length, selectedActors, params.match),
    [positionsByActor, sorted.length, selectedActors, params.match],
  );
  const filtered = useMemo(() => eventsInMask(sorted, shown), [sorted, shown]);
  // Only the Sources view needs this; with 100,000 events it is worth not computing elsewhere.
  const showsSources = params.view === "sources";
  const byArticle = useMemo(() => (showsSources ? eventsByArticle(filtered) : null), [showsSources, filtered]);
  const { start: rangeStart, end: rangeEnd } = dataset.range;
  const domain = useMemo(() => rangeWindow({ start: rangeStart, end: rangeEnd }), [rangeStart, rangeEnd]);

  // The URL keeps whole days; the live window keeps the exact zoom while the URL still names the same days.
  const windowKey = `${params.from}|${params.to}`;
  const [live, setLive] = useState<{ key: string; window: TimeInterval } | null>(null);
  const visible = live && live.key === windowKey ? live.window : windowFromDays(params.from, params.to, domain);

  const selected = params.event === null ? null : (eventsById.get(params.event) ?? null);
  const { previous, next } = useMemo(() => adjacentEvents(filtered, params.event), [filtered, params.event]);

  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const focusDetails = useRef(false);
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  useEffect(() => {
    if (focusDetails.current && headingRef.current) headingRef.current.focus();
    focusDetails.current = false;
  });

  const changeWindow = (next: TimeInterval) => {
    const days = daysFromWindow(next, domain);
    setLive({ key: `${days.from}|${days.to}`, window: next });
    navigate({ ...params, ...days }, "replace-debounced");
  };

  const select = (id: string, options: { focus: boolean; view?: ViewName }) => {
    const event = eventsById.get(id);
    if (!event) return;
    const moved = windowAround(eventInterval(event).start, visible, domain);
    const days = daysFromWindow(moved, domain);
    setLive({ key: `${days.from}|${days.to}`, window: moved });
    if (options.focus) {
      focusDetails.current = true;
      const active = document.activeElement;
      // Esc returns to what opened the details, not to a control inside them. Timeline marks are SVG elements.
      const inDetails = headingRef.current?.closest("aside")?.contains(active) ?? false;
      if ((active instanceof HTMLElement || active instanceof SVGElement) && !inDetails) returnFocus.current = active;
    }
    navigate({ ...params, ...days, event: id, view: options.view ?? params.view }, "push");
  };

  const close = () => {
    if (!selected) return;
    navigate({ ...params, event: null }, "push");
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus();
    else mainRef.current?.focus();
  };

  const changeFilter = (actors: string[], match: ActorMatch) => {
    const keep = selected !== null && filterEventsByActors([selected], actors, match).length === 1;
    navigate({ ...params, actors, match, event: keep ? params.event : null }, "push");
  };

  // Stable, so the memoised filter panel is not rendered again on every zoom frame.
  const onFilterChange = useLatestCallback(changeFilter);

  const step = (direction: 1 | -1) => {
    const index = selected ? filtered.indexOf(selected) : -1;
    const target =
      index >= 0
        ? filtered[index + direction]
        : direction === 1
          ? (filtered.find((event) => eventInterval(event).start >= visible.start) ?? filtered[0])
          : (filtered.findLast((event) => eventInterval(event).start < visible.end) ?? filtered.at(-1));
    if (target) select(target.id, { focus: false });
  };

  const zoom = (factor: number) => {
    if (params.view !== "timeline") return;
    const selectedStart = selected ? eventInterval(selected).start : null;
    const anchor =
      selectedStart !== null && selectedStart >= visible.start && selectedStart < visible.end
        ? selectedStart
        : (visible.start + visible.end) / 2;
    changeWindow(zoomWindow(visible, factor, anchor, domain));
  };

  useKeyboardShortcuts({
    onPrevious: () => step(-1),
    onNext: () => step(1),
    onZoomIn: () => zoom(ZOOM_STEP),
    onZoomOut: () => zoom(1 / ZOOM_STEP),
    onEscape: close,
  });

  // On phones the details are a sheet over the lower part of the screen: keep the selected mark or list row
  // above it, or, where the chart draws the event only as a count, bring the chart up.
  const selectedId = selected?.id ?? null;
  const view = params.view;
  useEffect(() => {
    const sheet = headingRef.current?.closest("aside");
    if (selectedId === null || !sheet || getComputedStyle(sheet).position !== "fixed") return;
    const chosen = mainRef.current?.querySelector('[aria-pressed="true"], [aria-current="true"]');
    if (!chosen) {
      if (view === "timeline") mainRef.current?.scrollIntoView({ block: "start" });
      return;
    }
    const sheetTop = sheet.getBoundingClientRect().top;
    const box = chosen.getBoundingClientRect();
    const margin = 16;
    if (box.bottom > sheetTop - margin) window.scrollBy({ top: box.bottom - sheetTop + margin });
    else if (box.top < margin) window.scrollBy({ top: box.top - margin });
  }, [selectedId, view]);

  useEffect(() => {
    document.title = selected ? `${selected.title} · ${dataset.title}` : dataset.title;
  }, [selected, dataset.title]);

  const total = dataset.events.length;
  const header = (
    <AppHeader
      title={dataset.title}
      description={dataset.description}
      actions={actions}
      note={sourceNote}
      nav={
        <ViewTabs
          current={params.view}
          hrefFor={(view) => hrefFor({ ...params, view })}
          onChange={(view) => navigate({ ...params, view }, "push")}
        />
      }
    />
  );

  const main = (
    <>
      <Notices notices={notices} onDismiss={dismissNotices} />
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p role="status" className="font-medium text-slate-800 dark:text-slate-100">
          Showing {filtered.length.toLocaleString("en")} of {total.toLocaleString("en")} events
        </p>
        <p className="hidden text-sm text-slate-600 md:block dark:text-slate-400">
          <kbd className="font-sans">←</kbd>/<kbd className="font-sans">→</kbd> previous/next event
          {params.view === "timeline" ? (
            <>
              {" "}· <kbd className="font-sans">+</kbd>/<kbd className="font-sans">−</kbd> zoom
            </>
          ) : null}
        </p>
      </div>
      {filtered.length === 0 && params.view === "timeline" ? (
        <p className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 dark:border-slate-800 dark:bg-slate-900">
          No event involves {params.match === "all" ? "all of the selected actors" : "the selected actors"}.
          <button
            type="button"
            onClick={() => changeFilter([], params.match)}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Clear the filter
          </button>
        </p>
      ) : null}
      {params.view === "timeline" ? (
        <TimelineChart
          events={sorted}
          shown={shown}
          tracks={tracks}
          domain={domain}
          window={visible}
          onWindowChange={changeWindow}
          selectedId={params.event}
          onSelect={(id) => select(id, { focus: true })}
        />
      ) : params.view === "list" ? (
        <section aria-labelledby="view-heading" className="rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <h2 id="view-heading" className="sr-only">
            List of events
          </h2>
          <EventList events={filtered} actors={actorsById} selectedId={params.event} onSelect={(id) => select(id, { focus: true })} />
        </section>
      ) : (
        <section aria-labelledby="view-heading">
          <h2 id="view-heading" className="sr-only">
            Sources
          </h2>
          <SourcesView
            articles={dataset.articles}
            eventsByArticle={byArticle ?? new Map()}
            onSelect={(id) => select(id, { focus: true, view: "timeline" })}
          />
        </section>
      )}
    </>
  );

  return (
    <ExplorerLayout
      header={header}
      mainRef={mainRef}
      filterSummary={params.actors.length > 0 ? `${params.actors.length} selected` : undefined}
      filter={
        <ActorFilter
          actors={dataset.actors}
          counts={counts}
          selected={selectedActors}
          match={params.match}
          onChange={onFilterChange}
        />
      }
      main={main}
      details={
        selected ? (
          <EventDetails
            event={selected}
            articles={articlesById}
            actors={actorsById}
            previous={previous}
            next={next}
            onSelect={(id) => select(id, { focus: false })}
            onClose={close}
            onFilterActor={(id) => changeFilter([id], "any")}
            headingRef={headingRef}
            className={detailsPanelClass}
          />
        ) : null
      }
    />
  );
}
