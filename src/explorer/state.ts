import { eventById, type DatasetIndex, type FacetName } from "../dataset/dataset-index";
import { eventInterval, type TimeInterval } from "../dataset/event-time";
import type { ActorMatch } from "../filters/actor-match";
import { windowAround, zoomAnchor, zoomWindow } from "../timeline/zoom";
import { checkViewAgainstDataset, type ViewName, type ViewParams } from "../url/view-params";
import { daysFromWindow, windowFromDays } from "../url/view-window";
import { isEventShown, NO_FILTERS, shownEventMask } from "./shown-events";

/** Everything the reader has chosen in the explorer; the address is written from it. */
export interface ExplorerState {
  view: ViewName;
  /** The selected event's id. */
  event: string | null;
  /** Actor ids in the filter, in the order chosen. */
  actors: readonly string[];
  match: ActorMatch;
  /** The search as typed ("" for none). */
  q: string;
  /** Facet values in the filter: an event needs one of a facet's values, for every facet that has some. */
  tracks: readonly string[];
  outlets: readonly string[];
  places: readonly string[];
  /** Only events the sources dispute. */
  disputed: boolean;
  /** The visible window at full precision (the address keeps whole days); the whole domain when not zoomed. */
  window: TimeInterval;
  /** What the restored address held that could not be used; kept until dismissed. */
  notices: readonly string[];
  /** How many times the state was restored from the address, so the address hook need not write back what it read. */
  restores: number;
  /** Framed in a host page (`embed=1`): set by the address, never by the reader. */
  embed: boolean;
}

/** The reader's (and the address's) ways to change the state. */
export type ExplorerAction =
  | { type: "select"; id: string; view?: ViewName }
  | { type: "close" }
  | { type: "step"; direction: 1 | -1 }
  /** `about`: an event to zoom about while it is in view (e.g. the focused mark), before the selected one. */
  | { type: "zoom"; factor: number; about?: string | null }
  | { type: "setWindow"; window: TimeInterval }
  | { type: "setFilter"; actors: readonly string[]; match: ActorMatch }
  /** Every keystroke in the search box; the address keeps one history entry per settled search. */
  | { type: "setSearch"; q: string }
  | { type: "setFacet"; facet: FacetName; values: readonly string[] }
  | { type: "setDisputed"; disputed: boolean }
  /** Clears the actors, the search and the facets. */
  | { type: "clearFilters" }
  | { type: "setView"; view: ViewName }
  | { type: "restore"; params: ViewParams; notices: readonly string[] }
  | { type: "dismissNotices" };

function startOf(index: DatasetIndex, id: string | null | undefined): number | null {
  const event = eventById(index, id ?? null);
  return event ? eventInterval(event).start : null;
}

function select(state: ExplorerState, index: DatasetIndex, id: string, view = state.view): ExplorerState {
  const start = startOf(index, id);
  if (start === null) return state;
  return { ...state, event: id, view, window: windowAround(start, state.window, index.domain) };
}

/**
 * The event ← or → goes to: the neighbour of the selected event among those the
 * filter keeps; with none selected, the first one starting in view (→) or the
 * last one starting before the window's end (←), else the first or last of all.
 */
function stepTarget(state: ExplorerState, index: DatasetIndex, direction: 1 | -1): string | null {
  const { events } = index;
  const kept = shownEventMask(index, state);
  const from = state.event === null ? undefined : index.positionById.get(state.event);
  if (from !== undefined && kept[from] === 1) {
    for (let position = from + direction; position >= 0 && position < events.length; position += direction) {
      if (kept[position] === 1) return events[position]!.id;
    }
    return null;
  }
  let fallback: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const position = direction === 1 ? i : events.length - 1 - i;
    if (kept[position] !== 1) continue;
    const event = events[position]!;
    fallback ??= event.id;
    const start = eventInterval(event).start;
    if (direction === 1 ? start >= state.window.start : start < state.window.end) return event.id;
  }
  return fallback;
}

function restore(state: ExplorerState, index: DatasetIndex, params: ViewParams, notices: readonly string[]): ExplorerState {
  const checked = checkViewAgainstDataset(params, index.dataset, { eventIds: index.positionById, facetValues: index.facets });
  const all = [...notices, ...checked.notices];
  const { view, event, actors, match, q, tracks, outlets, places, disputed, from, to, embed } = checked.view;
  return {
    view,
    event,
    actors,
    match,
    q,
    tracks,
    outlets,
    places,
    disputed,
    window: windowFromDays(from, to, index.domain),
    // A restore with nothing to say leaves earlier notices up until the reader dismisses them.
    notices: all.length > 0 ? all : state.notices,
    restores: state.restores + 1,
    embed,
  };
}

/** The state with some filters changed; the selected event stays selected only while it is still shown. */
function filtered(state: ExplorerState, index: DatasetIndex, changes: Partial<Omit<ExplorerState, "view" | "event" | "window">>): ExplorerState {
  const next = { ...state, ...changes };
  const selected = eventById(index, state.event);
  return selected !== null && !isEventShown(index, next, selected) ? { ...next, event: null } : next;
}

/** The explorer's reducer over one dataset: a pure function of the state, the action and the index. */
export function reduceExplorer(state: ExplorerState, action: ExplorerAction, index: DatasetIndex): ExplorerState {
  switch (action.type) {
    case "select":
      return select(state, index, action.id, action.view);
    case "close":
      return state.event === null ? state : { ...state, event: null };
    case "step": {
      const target = stepTarget(state, index, action.direction);
      return target === null ? state : select(state, index, target);
    }
    case "zoom": {
      if (state.view !== "timeline") return state;
      const anchor = zoomAnchor(state.window, [startOf(index, action.about), startOf(index, state.event)]);
      return { ...state, window: zoomWindow(state.window, action.factor, anchor, index.domain) };
    }
    case "setWindow":
      return action.window.start === state.window.start && action.window.end === state.window.end ? state : { ...state, window: action.window };
    case "setFilter":
      return filtered(state, index, { actors: action.actors, match: action.match });
    case "setSearch":
      return state.q === action.q ? state : filtered(state, index, { q: action.q });
    case "setFacet":
      return filtered(state, index, { [action.facet]: action.values });
    case "setDisputed":
      return state.disputed === action.disputed ? state : filtered(state, index, { disputed: action.disputed });
    case "clearFilters":
      return filtered(state, index, { ...NO_FILTERS, match: state.match });
    case "setView":
      return state.view === action.view ? state : { ...state, view: action.view };
    case "restore":
      return restore(state, index, action.params, action.notices);
    case "dismissNotices":
      return state.notices.length === 0 ? state : { ...state, notices: [] };
  }
}

/** The state a freshly loaded dataset opens in: the address's view, checked against the dataset. */
export function initialExplorerState(index: DatasetIndex, params: ViewParams, notices: readonly string[]): ExplorerState {
  const empty: ExplorerState = { view: "timeline", event: null, ...NO_FILTERS, window: index.domain, notices: [], restores: 0, embed: false };
  return restore(empty, index, params, notices);
}

/** The address's view of the state: whole days for the window, and the dataset link it was opened with. */
export function viewParamsOf(state: ExplorerState, domain: TimeInterval, data: string | null): ViewParams {
  return {
    view: state.view,
    event: state.event,
    actors: [...state.actors],
    match: state.match,
    q: state.q,
    tracks: [...state.tracks],
    outlets: [...state.outlets],
    places: [...state.places],
    disputed: state.disputed,
    ...daysFromWindow(state.window, domain),
    data,
    embed: state.embed,
  };
}
