import { useCallback, useMemo, useRef, type ReactNode } from "react";
import { eventById, type DatasetIndex } from "../dataset/dataset-index";
import type { TimeInterval } from "../dataset/event-time";
import { adjacentEvents } from "../dataset/selectors";
import { CiteButton } from "../details/cite-button";
import { EventDetails } from "../details/event-details";
import { useExplorerState } from "../explorer/use-explorer-state";
import { ActorFilter } from "../filters/actor-filter";
import { actorFilterMask, eventsInMask, type ActorMatch } from "../filters/actor-match";
import { ZOOM_STEP_FACTOR } from "../timeline/zoom";
import type { UseViewParamsResult } from "../url/use-view-params";
import { DEFAULT_VIEW_PARAMS, type ViewName } from "../url/view-params";
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

/** The events the actor filter keeps, as a mask over the index's events and as a list. */
function useFilteredEvents(index: DatasetIndex, actors: readonly string[], match: ActorMatch) {
  const filterMask = useMemo(() => actorFilterMask(index.positionsByActor, index.events.length, actors, match), [index, actors, match]);
  const filtered = useMemo(() => eventsInMask(index.events, filterMask), [index, filterMask]);
  return { filterMask, filtered };
}

/** The explorer for a loaded dataset: its state, shown; every change is an action on that state. */
export function ExplorerView({ index, url, actions, sourceNote }: ExplorerViewProps) {
  const { state, dispatch, hrefFor } = useExplorerState(index, url);
  const { filterMask, filtered } = useFilteredEvents(index, state.actors, state.match);
  const selected = eventById(index, state.event);
  const { previous, next } = useMemo(() => adjacentEvents(filtered, state.event), [filtered, state.event]);
  const focus = useDetailsFocus();
  const focusedMark = useRef<string | null>(null);

  const select = (id: string, options: { focus: boolean; view?: ViewName }) => {
    if (options.focus) focus.willOpen();
    dispatch({ type: "select", id, ...(options.view ? { view: options.view } : {}) });
  };
  const close = () => {
    if (!selected) return;
    dispatch({ type: "close" });
    focus.returnFocus();
  };
  // Stable, so the memoised filter panel is not rendered again on every zoom frame.
  const changeFilter = useCallback((actors: readonly string[], match: ActorMatch) => dispatch({ type: "setFilter", actors, match }), [dispatch]);
  const changeWindow = useCallback((visible: TimeInterval) => dispatch({ type: "setWindow", window: visible }), [dispatch]);
  // A citation links to the event alone, in the dataset it comes from; the filter and window are the reader's, not the event's.
  const { linkFor, params } = url;
  const eventLink = useCallback((id: string) => linkFor({ ...DEFAULT_VIEW_PARAMS, event: id, data: params.data }), [linkFor, params.data]);

  useKeyboardShortcuts({
    onPrevious: () => dispatch({ type: "step", direction: -1 }),
    onNext: () => dispatch({ type: "step", direction: 1 }),
    onZoomIn: () => dispatch({ type: "zoom", factor: 1 / ZOOM_STEP_FACTOR, about: focusedMark.current }),
    onZoomOut: () => dispatch({ type: "zoom", factor: ZOOM_STEP_FACTOR, about: focusedMark.current }),
    onEscape: close,
  });
  useSheetKeepsSelectionVisible(focus.headingRef, focus.mainRef, selected?.id ?? null, state.view);
  useDocumentTitle(index.dataset.title, selected?.title ?? null);

  return (
    <PageShell
      title={index.dataset.title}
      description={index.dataset.description}
      actions={actions}
      note={sourceNote}
      tabs={{ current: state.view, hrefFor, onChange: (view) => dispatch({ type: "setView", view }) }}
      mainRef={focus.mainRef}
      filterSummary={state.actors.length > 0 ? `${state.actors.length} selected` : undefined}
      filter={<ActorFilter actors={index.dataset.actors} counts={index.actorCounts} selected={state.actors} match={state.match} onChange={changeFilter} />}
      main={
        <>
          <Notices notices={state.notices} onDismiss={() => dispatch({ type: "dismissNotices" })} />
          <ExplorerMain
            index={index}
            view={state.view}
            filtered={filtered}
            filterMask={filterMask}
            match={state.match}
            visible={state.window}
            selectedId={state.event}
            onWindowChange={changeWindow}
            onSelect={(id, view) => select(id, { focus: true, ...(view ? { view } : {}) })}
            onClearFilter={() => changeFilter([], state.match)}
            onFocusChange={(id) => (focusedMark.current = id)}
          />
        </>
      }
      details={
        selected ? (
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
        ) : null
      }
    />
  );
}
