import { describe, expect, it } from "vitest";
import { historyModeFor } from "./history-mode";
import { DEFAULT_VIEW_PARAMS } from "./view-params";

const zoomed = { ...DEFAULT_VIEW_PARAMS, from: "2016-01-01", to: "2016-02-01" };

describe("historyModeFor", () => {
  it("historyModeFor writes nothing when the address would not change", () => {
    expect(historyModeFor(zoomed, { ...zoomed })).toBeNull();
  });

  it("historyModeFor replaces, debounced, when only the window moved", () => {
    expect(historyModeFor(zoomed, { ...zoomed, from: "2016-01-05" })).toBe("replace-debounced");
    expect(historyModeFor(DEFAULT_VIEW_PARAMS, zoomed)).toBe("replace-debounced");
  });

  it("historyModeFor pushes a selection, a filter or a tab, even with the window", () => {
    expect(historyModeFor(zoomed, { ...zoomed, event: "a", from: "2016-03-01" })).toBe("push");
    expect(historyModeFor(zoomed, { ...zoomed, actors: ["putin"] })).toBe("push");
    expect(historyModeFor(zoomed, { ...zoomed, view: "list" })).toBe("push");
  });

  it("historyModeFor writes a search change as one entry per settled search", () => {
    expect(historyModeFor(zoomed, { ...zoomed, q: "S" })).toBe("push-settled");
    expect(historyModeFor({ ...zoomed, q: "S" }, { ...zoomed, q: "Sp", from: "2016-01-05" })).toBe("push-settled");
    expect(historyModeFor({ ...zoomed, q: "Sputnik" }, zoomed)).toBe("push-settled");
  });

  it("historyModeFor pushes a search that comes with another change", () => {
    expect(historyModeFor({ ...zoomed, event: "a" }, { ...zoomed, q: "S" })).toBe("push");
  });

  it("historyModeFor writes nothing for spaces around the search", () => {
    expect(historyModeFor({ ...zoomed, q: "Sputnik" }, { ...zoomed, q: "Sputnik " })).toBeNull();
  });

  it("historyModeFor ignores a match that the address leaves out", () => {
    expect(historyModeFor(zoomed, { ...zoomed, match: "all" })).toBeNull();
  });
});
