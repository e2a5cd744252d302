import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SEARCH_SETTLE_MS, useViewParams } from "./use-view-params";
import { DEFAULT_VIEW_PARAMS } from "./view-params";

beforeEach(() => window.history.replaceState(null, "", "/?view=list&from=nope"));
afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

describe("useViewParams", () => {
  it("reads the view and the notices from the address", () => {
    const { result } = renderHook(() => useViewParams());
    expect(result.current.params).toEqual({ ...DEFAULT_VIEW_PARAMS, view: "list" });
    expect(result.current.notices).toEqual(["Ignored malformed date in 'from'"]);
  });

  it("push adds a history entry; replace does not", () => {
    const { result } = renderHook(() => useViewParams());
    const entries = window.history.length;
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, event: "a" }, "push"));
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe("?event=a");
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, event: "b" }, "replace"));
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe("?event=b");
    expect(result.current.params.event).toBe("b");
  });

  it("replace-debounced updates the view at once and the address once it settles", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useViewParams());
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, from: "2016-01-01", to: "2016-02-01" }, "replace-debounced"));
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, from: "2016-01-05", to: "2016-02-01" }, "replace-debounced"));
    expect(result.current.params.from).toBe("2016-01-05");
    expect(window.location.search).toBe("?view=list&from=nope");
    act(() => vi.runAllTimers());
    expect(window.location.search).toBe("?from=2016-01-05&to=2016-02-01");
  });

  it("push first writes a pending window to the entry being left", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useViewParams());
    const zoomed = { ...DEFAULT_VIEW_PARAMS, from: "2016-01-01", to: "2016-02-01" };
    act(() => result.current.navigate(zoomed, "replace-debounced"));
    const replace = vi.spyOn(window.history, "replaceState");
    act(() => result.current.navigate({ ...zoomed, event: "a" }, "push"));
    expect(replace).toHaveBeenCalledWith(null, "", "/?from=2016-01-01&to=2016-02-01");
    expect(window.location.search).toBe("?event=a&from=2016-01-01&to=2016-02-01");
  });

  it("push-settled adds one entry per search: the first keystroke pushes, the next ones replace until it rests", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useViewParams());
    const entries = window.history.length;
    for (const q of ["S", "Sp", "Sputnik"]) {
      act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, q }, "push-settled"));
      act(() => vi.advanceTimersByTime(SEARCH_SETTLE_MS - 1));
    }
    expect(window.history.length).toBe(entries + 1);
    expect(window.location.search).toBe("?q=Sputnik");
    act(() => vi.advanceTimersByTime(1));
    act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, q: "Hemeimeem" }, "push-settled"));
    expect(window.history.length).toBe(entries + 2);
  });

  it("push-settled pushes again after any other push", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useViewParams());
    const entries = window.history.length;
    act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, q: "S" }, "push-settled"));
    act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, q: "S", event: "a" }, "push"));
    act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, q: "Sp", event: "a" }, "push-settled"));
    expect(window.history.length).toBe(entries + 3);
  });

  it("flush writes a pending change now", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useViewParams());
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, view: "sources" }, "replace-debounced"));
    act(() => result.current.flush());
    expect(window.location.search).toBe("?view=sources");
  });

  it("follows Back and Forward", () => {
    const { result } = renderHook(() => useViewParams());
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, event: "a" }, "push"));
    act(() => {
      window.history.replaceState(null, "", "/?event=zzz&match=both");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    expect(result.current.params.event).toBe("zzz");
    expect(result.current.notices).toEqual(['Ignored unknown match "both" (use "any" or "all")']);
  });

  it("hrefFor gives the address of a view", () => {
    const { result } = renderHook(() => useViewParams());
    expect(result.current.hrefFor({ ...DEFAULT_VIEW_PARAMS, view: "sources" })).toBe("/?view=sources");
  });

  it("write changes the address but not params, and counts no restore", () => {
    const { result } = renderHook(() => useViewParams());
    act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, event: "a" }, "push"));
    expect(window.location.search).toBe("?event=a");
    expect(result.current.params).toEqual({ ...DEFAULT_VIEW_PARAMS, view: "list" });
    expect(result.current.restores).toBe(0);
    expect(result.current.latest().event).toBe("a");
  });

  it("counts a restore for navigate and for Back or Forward", () => {
    const { result } = renderHook(() => useViewParams());
    act(() => result.current.navigate({ ...DEFAULT_VIEW_PARAMS, event: "a" }, "push"));
    expect(result.current.restores).toBe(1);
    act(() => window.dispatchEvent(new PopStateEvent("popstate")));
    expect(result.current.restores).toBe(2);
  });

  it("currentLink writes a pending change and returns the full address", () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useViewParams());
    act(() => result.current.write({ ...DEFAULT_VIEW_PARAMS, from: "2016-01-01", to: "2016-02-01" }, "replace-debounced"));
    expect(result.current.currentLink()).toBe("http://localhost:3000/?from=2016-01-01&to=2016-02-01");
  });

  it("linkFor gives the full address of any view, as currentLink does of the current one", () => {
    const { result } = renderHook(() => useViewParams());
    expect(result.current.linkFor({ ...DEFAULT_VIEW_PARAMS, event: "geneva-viii", data: "other.json" })).toBe(
      "http://localhost:3000/?data=other.json&event=geneva-viii",
    );
    expect(window.location.search).toBe("?view=list&from=nope");
    expect(result.current.currentLink()).toBe(result.current.linkFor(result.current.latest()));
  });
});
