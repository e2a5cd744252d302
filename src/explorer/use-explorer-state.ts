import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, type Dispatch } from "react";
import type { DatasetIndex } from "../dataset/dataset-index";
import { historyModeFor } from "../url/history-mode";
import type { UseViewParamsResult } from "../url/use-view-params";
import type { ViewName, ViewParams } from "../url/view-params";
import { initialExplorerState, reduceExplorer, viewParamsOf, type ExplorerAction, type ExplorerState } from "./state";

export interface ExplorerStore {
  state: ExplorerState;
  dispatch: Dispatch<ExplorerAction>;
  /** The address of the current state in another view, for the tabs' links. */
  hrefFor(view: ViewName): string;
}

/**
 * The explorer's state over one dataset, and its projection onto the address: restored
 * (and checked against the dataset) when the address is read — on load, Back, Forward —
 * and written back after every change, a push for discrete actions and a debounced
 * replace for the window. A zoom frame never goes through the address.
 */
export function useExplorerState(index: DatasetIndex, address: UseViewParamsResult): ExplorerStore {
  const reducer = useCallback((state: ExplorerState, action: ExplorerAction) => reduceExplorer(state, action, index), [index]);
  const [state, dispatch] = useReducer(reducer, null, () => initialExplorerState(index, address.params, address.notices));
  // `params.data` changes only when the address is read, never by the explorer's own writes.
  const { restores, params, notices, latest, write } = address;

  const restoredFrom = useRef({ restores, index });
  useLayoutEffect(() => {
    const last = restoredFrom.current;
    if (last.restores === restores && last.index === index) return;
    restoredFrom.current = { restores, index };
    // A new address brings its own notices; a new dataset alone is checked against the address as it stands.
    if (last.restores !== restores) dispatch({ type: "restore", params, notices });
    else dispatch({ type: "restore", params: latest(), notices: [] });
  }, [restores, index, params, notices, latest]);

  const written = useRef<{ state: ExplorerState; params: ViewParams } | null>(null);
  useEffect(() => {
    const last = written.current;
    // Only the state's changes are written: a new address or dataset is restored first, in the layout effect above.
    if (last?.state === state) return;
    const next = viewParamsOf(state, index.domain, params.data);
    written.current = { state, params: next };
    // What was just restored is what the address says (less what the dataset lacks): nothing to write.
    if (!last || last.state.restores !== state.restores) return;
    const mode = historyModeFor(last.params, next);
    if (mode) write(next, mode);
  }, [state, index.domain, params.data, write]);

  const hrefFor = (view: ViewName) => address.hrefFor(viewParamsOf({ ...state, view }, index.domain, params.data));
  return { state, dispatch, hrefFor };
}
