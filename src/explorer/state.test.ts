import { describe, expect, it } from "vitest";
import fixture from "../../tests/fixtures/timeline.json";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { datasetSchema } from "../dataset/schema";
import { DEFAULT_VIEW_PARAMS } from "../url/view-params";
import { initialExplorerState, reduceExplorer, viewParamsOf, type ExplorerAction, type ExplorerState } from "./state";

const index = buildDatasetIndex(datasetSchema.parse(fixture));
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const opened = initialExplorerState(index, DEFAULT_VIEW_PARAMS, []);
const reduce = (state: ExplorerState, ...actions: ExplorerAction[]) => actions.reduce((current, action) => reduceExplorer(current, action, index), state);
const year2016 = { start: utc(2016, 1, 1), end: utc(2017, 1, 1) };

describe("initialExplorerState", () => {
  it("initialExplorerState opens the whole dataset on the timeline with nothing selected", () => {
    expect(opened).toEqual({
      view: "timeline",
      event: null,
      actors: [],
      match: "any",
      q: "",
      tracks: [],
      outlets: [],
      places: [],
      disputed: false,
      window: index.domain,
      notices: [],
      restores: 1,
      embed: false,
    });
  });
});

describe("embed", () => {
  it("an embed=1 address opens the embedded explorer, and its address keeps embed=1 through the reader's actions", () => {
    const embedded = initialExplorerState(index, { ...DEFAULT_VIEW_PARAMS, embed: true }, []);
    expect(embedded.embed).toBe(true);
    const after = reduce(embedded, { type: "select", id: "putin-announces-withdrawal-2016-03-14" }, { type: "zoom", factor: 0.5 }, { type: "close" });
    expect(viewParamsOf(after, index.domain, null).embed).toBe(true);
    expect(reduce(after, { type: "restore", params: DEFAULT_VIEW_PARAMS, notices: [] }).embed).toBe(false);
  });
});

describe("select", () => {
  it("select selects the event and keeps a window it is in", () => {
    const state = reduce({ ...opened, window: year2016 }, { type: "select", id: "putin-announces-withdrawal-2016-03-14" });
    expect(state.event).toBe("putin-announces-withdrawal-2016-03-14");
    expect(state.window).toEqual(year2016);
  });

  it("select moves a window the event is not in to centre on it, at the same span", () => {
    const state = reduce({ ...opened, window: year2016 }, { type: "select", id: "geneva-talks-round-8-2017-11-28" });
    const span = year2016.end - year2016.start;
    expect(state.window.end - state.window.start).toBe(span);
    expect(state.window.end).toBe(index.domain.end);
  });

  it("select can switch the view, e.g. from Sources to the timeline", () => {
    expect(reduce({ ...opened, view: "sources" }, { type: "select", id: "putin-visits-hmeimim-2017-12", view: "timeline" }).view).toBe("timeline");
  });

  it("select ignores an id the dataset does not have", () => {
    expect(reduce(opened, { type: "select", id: "nope" })).toBe(opened);
  });
});

describe("close", () => {
  it("close clears the selection and keeps the rest", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    expect(reduce(selected, { type: "close" })).toEqual({ ...selected, event: null });
  });

  it("close without a selection changes nothing", () => {
    expect(reduce(opened, { type: "close" })).toBe(opened);
  });
});

describe("step", () => {
  it("step goes to the next and previous event in date order", () => {
    const first = reduce(opened, { type: "select", id: "putin-announces-withdrawal-2016-03-14" });
    expect(reduce(first, { type: "step", direction: 1 }).event).toBe("de-mistura-briefing-2017-11-21");
    expect(reduce(first, { type: "step", direction: -1 }).event).toBe("russian-airstrikes-begin-2015-09-30");
  });

  it("step stays put at either end", () => {
    const last = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    expect(reduce(last, { type: "step", direction: 1 })).toBe(last);
  });

  it("step skips the events the filter leaves out", () => {
    const filtered = reduce(opened, { type: "setFilter", actors: ["vladimir-putin"], match: "any" }, { type: "select", id: "putin-announces-withdrawal-2016-03-14" });
    expect(reduce(filtered, { type: "step", direction: 1 }).event).toBe("putin-visits-hmeimim-2017-12");
  });

  it("step with nothing selected starts from the first event in view (→) or the last one before its end (←)", () => {
    const zoomed = { ...opened, window: year2016 };
    expect(reduce(zoomed, { type: "step", direction: 1 }).event).toBe("putin-announces-withdrawal-2016-03-14");
    expect(reduce(zoomed, { type: "step", direction: -1 }).event).toBe("putin-announces-withdrawal-2016-03-14");
  });

  it("step with nothing selected and nothing in view goes to the first or last event", () => {
    const empty = { ...opened, window: { start: utc(2017, 12, 20), end: utc(2018, 1, 1) } };
    expect(reduce(empty, { type: "step", direction: 1 }).event).toBe("russian-airstrikes-begin-2015-09-30");
  });
});

describe("zoom", () => {
  it("zoom halves the window about its centre when nothing is selected", () => {
    const state = reduce({ ...opened, window: year2016 }, { type: "zoom", factor: 0.5 });
    const centre = (year2016.start + year2016.end) / 2;
    const quarter = (year2016.end - year2016.start) / 4;
    expect(state.window).toEqual({ start: centre - quarter, end: centre + quarter });
  });

  it("zoom holds the selected event still while it is in view", () => {
    const selected = reduce({ ...opened, window: year2016 }, { type: "select", id: "putin-announces-withdrawal-2016-03-14" });
    const anchor = utc(2016, 3, 14);
    const state = reduce(selected, { type: "zoom", factor: 0.5 });
    expect(state.window.start).toBe(anchor - (anchor - year2016.start) / 2);
  });

  it("zoom holds the `about` event (the focused mark) still before the selected one", () => {
    const selected = { ...opened, window: year2016, event: "russian-airstrikes-begin-2015-09-30" };
    const withinYear = { ...selected, window: { start: utc(2015, 9, 1), end: utc(2016, 9, 1) } };
    const anchor = utc(2016, 3, 14);
    const state = reduce(withinYear, { type: "zoom", factor: 0.5, about: "putin-announces-withdrawal-2016-03-14" });
    expect(state.window.start).toBe(anchor - (anchor - withinYear.window.start) / 2);
  });

  it("zoom about a selected event out of view uses the centre", () => {
    const state = reduce({ ...opened, window: year2016, event: "putin-visits-hmeimim-2017-12" }, { type: "zoom", factor: 0.5 });
    expect(state.window.start).toBe(year2016.start + (year2016.end - year2016.start) / 4);
  });

  it("zoom does nothing outside the timeline view", () => {
    const list = { ...opened, view: "list" as const };
    expect(reduce(list, { type: "zoom", factor: 0.5 })).toBe(list);
  });
});

describe("setWindow", () => {
  it("setWindow keeps the window at full precision", () => {
    const exact = { start: utc(2016, 1, 1) + 1234.5, end: utc(2016, 2, 1) - 0.25 };
    expect(reduce(opened, { type: "setWindow", window: exact }).window).toEqual(exact);
  });

  it("setWindow to the same window returns the same state, so nothing re-renders", () => {
    expect(reduce(opened, { type: "setWindow", window: { ...index.domain } })).toBe(opened);
  });
});

describe("setFilter", () => {
  it("setFilter keeps a selected event the filter still shows", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    const state = reduce(selected, { type: "setFilter", actors: ["vladimir-putin"], match: "any" });
    expect([state.actors, state.match, state.event]).toEqual([["vladimir-putin"], "any", "putin-visits-hmeimim-2017-12"]);
  });

  it("setFilter drops a selected event the filter hides", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    expect(reduce(selected, { type: "setFilter", actors: ["syria", "russia"], match: "all" }).event).toBeNull();
  });

  it("setFilter leaves the window alone", () => {
    const zoomed = { ...opened, window: year2016 };
    expect(reduce(zoomed, { type: "setFilter", actors: ["syria"], match: "any" }).window).toBe(year2016);
  });
});

describe("setSearch", () => {
  it("setSearch keeps the search as typed and a selected event it still matches", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    const state = reduce(selected, { type: "setSearch", q: "Hmeimim " });
    expect([state.q, state.event]).toEqual(["Hmeimim ", "putin-visits-hmeimim-2017-12"]);
  });

  it("setSearch drops a selected event the search no longer matches", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    expect(reduce(selected, { type: "setSearch", q: "Geneva" }).event).toBeNull();
  });

  it("setSearch to the same text returns the same state", () => {
    const searched = reduce(opened, { type: "setSearch", q: "putin" });
    expect(reduce(searched, { type: "setSearch", q: "putin" })).toBe(searched);
  });

  it("step goes through the events the search and the actors both keep", () => {
    const state = reduce(opened, { type: "setSearch", q: "withdr" }, { type: "setFilter", actors: ["russia"], match: "any" }, { type: "select", id: "putin-announces-withdrawal-2016-03-14" });
    expect(reduce(state, { type: "step", direction: 1 }).event).toBe("putin-visits-hmeimim-2017-12");
    expect(reduce(state, { type: "step", direction: -1 }).event).toBe("putin-announces-withdrawal-2016-03-14");
  });
});

describe("setFacet", () => {
  it("setFacet sets one facet's values and leaves the others", () => {
    const state = reduce(opened, { type: "setFacet", facet: "tracks", values: ["Military"] }, { type: "setFacet", facet: "places", values: ["Moscow"] });
    expect([state.tracks, state.places, state.outlets]).toEqual([["Military"], ["Moscow"], []]);
  });

  it("setFacet drops a selected event the facet hides", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    expect(reduce(selected, { type: "setFacet", facet: "tracks", values: ["Diplomacy"] }).event).toBeNull();
    expect(reduce(selected, { type: "setFacet", facet: "tracks", values: ["Military"] }).event).toBe("putin-visits-hmeimim-2017-12");
  });
});

describe("setDisputed", () => {
  it("setDisputed keeps only disputed events in ←/→", () => {
    const state = reduce(opened, { type: "setDisputed", disputed: true });
    expect(state.disputed).toBe(true);
    expect(reduce(state, { type: "step", direction: 1 }).event).toBe("geneva-talks-round-8-2017-11-28");
  });

  it("setDisputed to the current value returns the same state", () => {
    expect(reduce(opened, { type: "setDisputed", disputed: false })).toBe(opened);
  });
});

describe("clearFilters", () => {
  it("clearFilters clears the actors, the search and the facets, and keeps the match", () => {
    const filtered = reduce(
      opened,
      { type: "setFilter", actors: ["russia"], match: "all" },
      { type: "setSearch", q: "putin" },
      { type: "setFacet", facet: "outlets", values: ["BBC News"] },
      { type: "setDisputed", disputed: true },
    );
    expect(reduce(filtered, { type: "clearFilters" })).toEqual({ ...opened, match: "all" });
  });
});

describe("setView", () => {
  it("setView switches the tab and keeps the selection", () => {
    const selected = reduce(opened, { type: "select", id: "putin-visits-hmeimim-2017-12" });
    expect(reduce(selected, { type: "setView", view: "list" })).toEqual({ ...selected, view: "list" });
  });
});

describe("restore", () => {
  it("restore applies the address: view, event, filter and window in whole days", () => {
    const params = { ...DEFAULT_VIEW_PARAMS, view: "list" as const, event: "putin-visits-hmeimim-2017-12", actors: ["russia"], match: "all" as const, from: "2016-01-01", to: "2016-12-31" };
    const state = reduce(opened, { type: "restore", params, notices: [] });
    expect(state).toMatchObject({ view: "list", event: "putin-visits-hmeimim-2017-12", actors: ["russia"], match: "all", window: year2016, restores: 2 });
  });

  it("restore drops what the dataset lacks and says so, after the address's own notices", () => {
    const params = { ...DEFAULT_VIEW_PARAMS, event: "gone", actors: ["russia", "nobody"] };
    const state = reduce(opened, { type: "restore", params, notices: ["Ignored unknown view \"map\""] });
    expect(state.event).toBeNull();
    expect(state.actors).toEqual(["russia"]);
    expect(state.notices).toEqual(['Ignored unknown view "map"', 'Event "gone" not found', 'Unknown actor "nobody" ignored']);
  });

  it("restore applies the search and the facets, and drops facet values the dataset lacks", () => {
    const params = { ...DEFAULT_VIEW_PARAMS, q: "withdr", tracks: ["Military", "Naval"], places: ["Moscow"], disputed: false };
    const state = reduce(opened, { type: "restore", params, notices: [] });
    expect(state).toMatchObject({ q: "withdr", tracks: ["Military"], places: ["Moscow"], notices: ['Unknown track "Naval" ignored'] });
  });

  it("restore without notices leaves earlier notices up", () => {
    const noticed = { ...opened, notices: ['Event "gone" not found'] };
    expect(reduce(noticed, { type: "restore", params: DEFAULT_VIEW_PARAMS, notices: [] }).notices).toEqual(['Event "gone" not found']);
  });
});

describe("dismissNotices", () => {
  it("dismissNotices clears the notices", () => {
    expect(reduce({ ...opened, notices: ["x"] }, { type: "dismissNotices" }).notices).toEqual([]);
  });
});

describe("viewParamsOf", () => {
  it("viewParamsOf writes the window as the whole days it touches, and nothing for the whole domain", () => {
    expect(viewParamsOf(opened, index.domain, null)).toEqual(DEFAULT_VIEW_PARAMS);
    const zoomed = { ...opened, window: { start: utc(2016, 1, 1) + 5, end: utc(2016, 2, 1) - 5 } };
    expect(viewParamsOf(zoomed, index.domain, "https://example.org/d.json")).toEqual({ ...DEFAULT_VIEW_PARAMS, from: "2016-01-01", to: "2016-01-31", data: "https://example.org/d.json" });
  });

  it("viewParamsOf writes the search and the facets", () => {
    const state = { ...opened, q: "putin", tracks: ["Military"], outlets: ["BBC News"], places: ["Moscow"], disputed: true };
    expect(viewParamsOf(state, index.domain, null)).toEqual({ ...DEFAULT_VIEW_PARAMS, q: "putin", tracks: ["Military"], outlets: ["BBC News"], places: ["Moscow"], disputed: true });
  });
});
