import { describe, expect, it } from "vitest";
import { layoutLane } from "./layout";
import { timeScale } from "./scales";
import { fixtureEvent } from "./test-fixtures";
import { buildTimelineIndex } from "./timeline-index";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const window = { start: utc(2017, 11, 20), end: utc(2017, 12, 20) };
const scale = timeScale(window, 800);

/** Geneva VIII: a round, its two phases, and a walkout inside the first phase; a talk elsewhere in another lane. */
function geneva(pinned: string | null = null) {
  const round = { ...fixtureEvent({ id: "round", title: "Eighth round", start: "2017-11-28", end: "2017-12-14", track: "UN" }) };
  const phase1 = { ...fixtureEvent({ id: "phase-1", title: "First phase", start: "2017-11-28", end: "2017-12-01", track: "UN" }), parent: "round" };
  const phase2 = { ...fixtureEvent({ id: "phase-2", title: "Second phase", start: "2017-12-05", end: "2017-12-14", track: "UN" }), parent: "round" };
  const walkout = { ...fixtureEvent({ id: "walkout", title: "Walkout", start: "2017-12-01", track: "UN" }), parent: "phase-1" };
  const elsewhere = { ...fixtureEvent({ id: "elsewhere", title: "Elsewhere", start: "2017-12-02", track: "Other" }), parent: "round" };
  const index = buildTimelineIndex([round, phase1, walkout, elsewhere, phase2], ["UN", "Other"]);
  const lane = index.lanes[0]!;
  const { marks } = layoutLane([...lane.events], scale, 800, pinned);
  return { index, marks: new Map(marks.map((mark) => [mark.event.id, mark])) };
}

describe("layoutLane with parents", () => {
  it("buildTimelineIndex marks parents with parts in their lane as brackets, with their parts' depth", () => {
    const { index } = geneva();
    const un = new Map(index.lanes[0]!.events.map((event) => [event.id, [event.bracket, event.depth, event.parentId]]));
    expect(Object.fromEntries(un)).toEqual({
      round: [true, 0, null],
      "phase-1": [true, 1, "round"],
      "phase-2": [false, 1, "round"],
      walkout: [false, 2, "phase-1"],
    });
    // A part in another lane gets no bracket over it.
    expect(index.lanes[1]!.events[0]).toMatchObject({ id: "elsewhere", parentId: null, depth: 0, bracket: false });
  });

  it("layoutLane draws a parent as a bracket in a row above its parts, and theirs above their own", () => {
    const { marks } = geneva();
    expect(marks.get("round")).toMatchObject({ kind: "bracket", row: 0 });
    expect(marks.get("phase-1")).toMatchObject({ kind: "bracket", row: 1 });
    expect(marks.get("phase-2")).toMatchObject({ kind: "span", row: 1 });
    expect(marks.get("walkout")!.row).toBe(2);
    // The bracket spans its event's days, with its label over it.
    const round = marks.get("round")!;
    expect(round.x0).toBeCloseTo(scale(utc(2017, 11, 28)));
    expect(round.x1).toBeCloseTo(scale(utc(2017, 12, 15)));
    expect(round.label).toMatchObject({ text: "Eighth round", onBar: true });
  });

  it("layoutLane keeps a selected part below its parent", () => {
    const { marks } = geneva("walkout");
    expect(marks.get("walkout")!.row).toBeGreaterThan(marks.get("phase-1")!.row);
    expect(marks.get("phase-1")!.row).toBeGreaterThan(marks.get("round")!.row);
  });

  it("layoutLane draws a part below its parent even when its previous row was above", () => {
    const index = geneva().index;
    const { marks } = layoutLane([...index.lanes[0]!.events], scale, 800, null, new Map([["round", 1], ["phase-2", 0]]));
    const byId = new Map(marks.map((mark) => [mark.event.id, mark]));
    expect(byId.get("phase-2")!.row).toBeGreaterThan(byId.get("round")!.row);
  });
});
