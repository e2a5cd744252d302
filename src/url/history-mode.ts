import type { HistoryMode } from "./use-view-params";
import { serializeViewParams, type ViewParams } from "./view-params";

const withoutWindow = (params: ViewParams) => serializeViewParams({ ...params, from: null, to: null });
const withoutWindowOrSearch = (params: ViewParams) => serializeViewParams({ ...params, from: null, to: null, q: "" });

/**
 * How a change of view reaches history: not at all when the address would not change, a
 * debounced replace when only the window moved (a zoom or pan streams these), one entry per
 * settled search when only the search changed (every keystroke changes it), else a push,
 * so that Back undoes a selection, a filter, a search or a tab.
 */
export function historyModeFor(previous: ViewParams, next: ViewParams): HistoryMode | null {
  if (withoutWindow(previous) !== withoutWindow(next)) {
    return withoutWindowOrSearch(previous) === withoutWindowOrSearch(next) ? "push-settled" : "push";
  }
  return serializeViewParams(previous) === serializeViewParams(next) ? null : "replace-debounced";
}
