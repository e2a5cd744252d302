import { useCallback, useDeferredValue, useEffect, useMemo, useRef, type ReactNode } from "react";
import { eventById, type DatasetIndex, type FacetName } from "../dataset/dataset-index";
import type { TimeInterval } from "../dataset/event-time";
import { adjacentEvents } from "../dataset/selectors";
import { CiteButton } from "../details/cite-button";
import { EventDetails } from "../details/event-details";
import { selectShownEvents, type EventFilters, type FilterCounts } from "../explorer/shown-events";
import { statusLine } from "../explorer/status-line";
import { useExplorerState } from "../explorer/use-explorer-state";
import { ActorFilter, type ActorFilterProps } from "../filters/actor-filter";
import type { ActorMatch } from "../filters/actor-match";
import { FacetFilter, type FacetFilterProps } from "../filters/facet-filter";
import { facetOptions } from "../filters/facet-options";
import { SearchBox } from "../filters/search-box";
import { warmSearchIndex } from "../filters/search-index";
import { viewParamsOf } from "../explorer/state";
import { describeActorFilter } from "../filters/describe-filter";
import { ZOOM_STEP_FACTOR } from "../timeline/zoom";
import { HighlightProvider } from "../ui/highlight";
import type { UseViewParamsResult } from "../url/use-view-params";
import { DEFAULT_VIEW_PARAMS, type ViewName } from "../url/view-params";
import { EmbedLayout } from "./embed-layout";
import { detailsPanelClass } from "./explorer-layout";
import { ExplorerMain } from "./explorer-main";
import { Notices } from "./notices";
import { PageShell } from "./page-shell";
import { useDetailsFocus } from "./use-details-focus";
import { useDocumentTitle } from "./use-document-title";
import { useKeyboardShortcuts } from "./use-keyboard-shortcuts";
import { useSheetKeepsSelectionVisible } from "./use-sheet-keeps-selection-visible";

export interface ExplorerViewProps {
  index: DatasetIndex;
  url: UseViewParamsResult;
  actions: ReactNode;
  sourceNote: ReactNode;
}

const facetLegends: Record<FacetName, string> = { tracks: "Track", outlets: "Source outlet", places: "Place" };

/** The actor filter, reading its counts in its own render (see `FilterCounts`). */
function ActorCounts({ counts, ...props }: Omit<ActorFilterProps, "counts"> & { counts: FilterCounts }) {
  return <ActorFilter {...props} counts={counts.actors} />;
}

/** The facet lists, reading their counts in their own render (see `FilterCounts`). */
function FacetCounts({ index, counts, ...props }: Omit<FacetFilterProps, "facets" | "disputedCount"> & { index: DatasetIndex; counts: FilterCounts }) {
  const facets = useMemo(
    () => (["tracks", "outlets", "places"] as const).map((name) => ({ name, legend: facetLegends[name], options: facetOptions(index, name, counts[name]) })),
    [index, counts],
  );
  return <FacetFilter {...props} facets={facets} disputedCount={counts.disputed} />;
}

/** The explorer for a loaded dataset: its state, shown; every change is an action on that state. */
export function ExplorerView({ index, url, actions, sourceNote }: ExplorerViewProps) {
  const { state, dispatch, hrefFor } = useExplorerState(index, url);
  const { actors, match, q, tracks, outlets, places, disputed } = state;
  const filters = useMemo<EventFilters>(() => ({ actors, match, q, tracks, outlets, places, disputed }), [actors, match, q, tracks, outlets, places, disputed]);
  // The search box shows each keystroke at once; the events shown follow as soon as React can, so typing never waits for the chart.
  const settled = useDeferredValue(filters);
  const shown = useMemo(() => selectShownEvents(index, settled), [index, settled]);
  useEffect(() => warmSearchIndex(index), [index]);
  const selected = eventById(index, state.event);
  const { previous, next } = useMemo(() => adjacentEvents(shown.events, state.event), [shown.events, state.event]);
  const focus = useDetailsFocus();
  const focusedMark = useRef<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const select = (id: string, options: { focus: boolean; view?: ViewName }) => {
    if (options.focus) focus.willOpen();
    dispatch({ type: "select", id, ...(options.view ? { view: options.view } : {}) });
  };
  const close = () => {
    if (!selected) return;
    dispatch({ type: "close" });
    focus.returnFocus();
  };
  // Stable, so the memoised filter panels are not rendered again on every zoom frame.
  const changeFilter = useCallback((actors: readonly string[], match: ActorMatch) => dispatch({ type: "setFilter", actors, match }), [dispatch]);
  const changeFacet = useCallback((facet: FacetName, values: readonly string[]) => dispatch({ type: "setFacet", facet, values }), [dispatch]);
  const changeDisputed = useCallback((value: boolean) => dispatch({ type: "setDisputed", disputed: value }), [dispatch]);
  const changeWindow = useCallback((visible: TimeInterval) => dispatch({ type: "setWindow", window: visible }), [dispatch]);
  // A citation links to the event alone, in the dataset it comes from; the filter and window are the reader's, not the event's.
  const { linkFor, params } = url;
  const eventLink = useCallback((id: string) => linkFor({ ...DEFAULT_VIEW_PARAMS, event: id, data: params.data }), [linkFor, params.data]);
  const selectedFacets = useMemo(() => ({ tracks, outlets, places }), [tracks, outlets, places]);
  const selections = actors.length + tracks.length + outlets.length + places.length + (disputed ? 1 : 0);

  useKeyboardShortcuts({
    onPrevious: () => dispatch({ type: "step", direction: -1 }),
    onNext: () => dispatch({ type: "step", direction: 1 }),
    onZoomIn: () => dispatch({ type: "zoom", factor: 1 / ZOOM_STEP_FACTOR, about: focusedMark.current }),
    onZoomOut: () => dispatch({ type: "zoom", factor: ZOOM_STEP_FACTOR, about: focusedMark.current }),
    onEscape: close,
    onFocusSearch: () => searchRef.current?.focus(),
  });
  // Embedded, the explorer shows the timeline and the details only.
  const view = state.embed ? "timeline" : state.view;
  useSheetKeepsSelectionVisible(focus.headingRef, focus.mainRef, selected?.id ?? null, view);
  useDocumentTitle(index.dataset.title, selected?.title ?? null);

  const main = (
    <>
      <Notices notices={state.notices} onDismiss={() => dispatch({ type: "dismissNotices" })} />
      {state.embed ? null : <SearchBox value={q} onChange={(value) => dispatch({ type: "setSearch", q: value })} inputRef={searchRef} />}
      <ExplorerMain
        index={index}
        view={view}
        filtered={shown.events}
        filterMask={shown.mask}
        filters={settled}
        status={statusLine(shown.events.length, index.events.length, settled, index.actorsById)}
        visible={state.window}
        selectedId={state.event}
        onWindowChange={changeWindow}
        onSelect={(id, next) => select(id, { focus: true, ...(next ? { view: next } : {}) })}
        onClearSearch={() => dispatch({ type: "setSearch", q: "" })}
        onClearFilters={() => dispatch({ type: "clearFilters" })}
        onFocusChange={(id) => (focusedMark.current = id)}
      />
    </>
  );
  const details = selected ? (
    <EventDetails
      event={selected}
      articles={index.articlesById}
      actors={index.actorsById}
      previous={previous}
      next={next}
      onSelect={(id) => select(id, { focus: false })}
      onClose={close}
      onFilterActor={(id) => changeFilter([id], "any")}
      headingRef={focus.headingRef}
      parent={selected.parent === undefined ? null : eventById(index, selected.parent)}
      parts={index.partsById.get(selected.id) ?? []}
      tools={<CiteButton event={selected} articles={index.articlesById} datasetTitle={index.dataset.title} eventLink={eventLink} />}
      className={detailsPanelClass}
    />
  ) : null;

  if (state.embed) {
    return (
      <HighlightProvider query={shown.query}>
        <EmbedLayout
          title={index.dataset.title}
          fullExplorerHref={linkFor({ ...viewParamsOf(state, index.domain, params.data), embed: false })}
          filterLine={describeActorFilter(state.actors.map((id) => index.actorsById.get(id)?.name ?? id), state.match)}
          main={main}
          details={details}
          mainRef={focus.mainRef}
        />
      </HighlightProvider>
    );
  }
  return (
    <HighlightProvider query={shown.query}>
      <PageShell
        title={index.dataset.title}
        description={index.dataset.description}
        actions={actions}
        note={sourceNote}
        tabs={{ current: state.view, hrefFor, onChange: (view) => dispatch({ type: "setView", view }) }}
        mainRef={focus.mainRef}
        filterSummary={selections > 0 ? `${selections} selected` : undefined}
        filter={
          <>
            <ActorCounts actors={index.dataset.actors} counts={shown.counts} selected={actors} match={match} onChange={changeFilter} />
            <FacetCounts
              index={index}
              counts={shown.counts}
              selected={selectedFacets}
              disputed={disputed}
              onChange={changeFacet}
              onDisputedChange={changeDisputed}
            />
          </>
        }
        main={main}
        details={details}
      />
    </HighlightProvider>
  );
}
