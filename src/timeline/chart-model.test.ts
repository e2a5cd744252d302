import { describe, expect, it } from "vitest";
import { AXIS_HEIGHT, computeChartModel, LANE_HEADER_HEIGHT, markLimit, markRows, ROW_HEIGHT } from "./chart-model";
import { FIXTURE_DOMAIN, FIXTURE_EVENTS, FIXTURE_TRACKS, fixtureEvent } from "./test-fixtures";
import { buildTimelineIndex } from "./timeline-index";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe("markLimit", () => {
  it("markLimit allows about one mark per 8 px, between 30 and 150", () => {
    expect([100, 351, 800, 1256, 2000].map(markLimit)).toEqual([30, 44, 100, 150, 150]);
  });
});

describe("computeChartModel", () => {
  it("computeChartModel shows the bundled dataset's key events with labels at the whole range", () => {
    const model = computeChartModel(buildTimelineIndex(FIXTURE_EVENTS, FIXTURE_TRACKS), 1280, FIXTURE_DOMAIN, null);
    expect(model.lanes.map((lane) => [lane.name, lane.mode])).toEqual([
      ["Military campaign", "marks"],
      ["UN Geneva talks", "marks"],
      ["Astana and Sochi", "marks"],
      ["Other diplomacy", "marks"],
    ]);
    const labelled = new Set(model.lanes.flatMap((lane) => (lane.mode === "marks" ? lane.marks.filter((mark) => mark.label).map((mark) => mark.event.id) : [])));
    for (const id of [
      "putin-announces-withdrawal-2016-03-14",
      "putin-hmeimim-withdrawal-2017-12-11",
      "putin-assad-sochi-talks-2017-11-20",
      "sochi-trilateral-summit-2017-11-22",
      "geneva-talks-open-2016-01-29",
      "geneva-round-resumes-2016-03-14",
      "geneva-eighth-round-2017-11-28",
    ]) {
      expect(labelled).toContain(id);
    }
  });

  it("computeChartModel stacks lanes below the axis by their rows", () => {
    const model = computeChartModel(buildTimelineIndex(FIXTURE_EVENTS, FIXTURE_TRACKS), 1280, FIXTURE_DOMAIN, null);
    expect(model.lanes[0]!.y).toBe(AXIS_HEIGHT);
    expect(model.lanes[1]!.y).toBe(model.lanes[0]!.y + model.lanes[0]!.height);
    expect(model.lanes[0]!.height).toBe(LANE_HEADER_HEIGHT + 3 * ROW_HEIGHT + 6);
    expect(model.plotWidth).toBe(1256);
  });

  it("computeChartModel cuts a lane's name that is wider than the chart short, with an ellipsis", () => {
    const long = "Unbreakable".repeat(100);
    const model = computeChartModel(buildTimelineIndex([], [long, "Short"]), 390, FIXTURE_DOMAIN, null);
    const [cut, short] = model.lanes;
    expect(cut!.name).toBe(long);
    expect(cut!.label).toMatch(/^UnbreakableUnbreakable.*…$/);
    expect(cut!.label.length * 7).toBeLessThan(390 - 14);
    expect(short!.label).toBe("Short");
  });

  it("computeChartModel gives an empty lane one row", () => {
    const model = computeChartModel(buildTimelineIndex([], ["Empty"]), 800, FIXTURE_DOMAIN, null);
    expect(model.lanes).toMatchObject([{ name: "Empty", mode: "marks", marks: [], height: LANE_HEADER_HEIGHT + ROW_HEIGHT + 6 }]);
  });

  it("computeChartModel switches a dense lane to counts and back to marks as the reader zooms in", () => {
    const events = Array.from({ length: 2000 }, (_, i) =>
      fixtureEvent({ id: `e${i}`, title: `Event ${i}`, start: new Date(utc(2016, 1, 1) + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10), track: "Dense" }),
    );
    const index = buildTimelineIndex([...events, fixtureEvent({ id: "lone", title: "Lone", start: "2016-06-01", track: "Sparse" })], ["Dense", "Sparse"]);
    const whole = computeChartModel(index, 1280, { start: utc(2016, 1, 1), end: utc(2017, 6, 1) }, null);
    expect(whole.lanes.map((lane) => lane.mode)).toEqual(["aggregate", "marks"]);
    const dense = whole.lanes[0]!;
    if (dense.mode !== "aggregate") throw new Error("expected counts");
    expect(dense.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(2000);
    expect(dense.maxCount).toBe(124);

    const zoomed = computeChartModel(index, 1280, { start: utc(2016, 3, 1), end: utc(2016, 3, 15) }, null);
    expect(zoomed.lanes.map((lane) => lane.mode)).toEqual(["marks", "marks"]);
    const marks = zoomed.lanes[0]!;
    if (marks.mode !== "marks") throw new Error("expected marks");
    expect(marks.marks).toHaveLength(56);
  });

  it("computeChartModel shows counts for a lane too crowded for its rows, and marks again at the narrowest zoom", () => {
    const sameDay = Array.from({ length: 12 }, (_, i) => fixtureEvent({ id: `s${i}`, title: `Statement ${i}`, start: "2016-03-14", track: "Reactions" }));
    const index = buildTimelineIndex(sameDay, ["Reactions"]);
    const month = computeChartModel(index, 1280, { start: utc(2016, 3, 1), end: utc(2016, 4, 1) }, null);
    expect(month.lanes[0]).toMatchObject({ mode: "aggregate", bars: [{ count: 12, period: "14 March 2016" }] });
    const day = computeChartModel(index, 1280, { start: utc(2016, 3, 14), end: utc(2016, 3, 15) }, null);
    expect(day.lanes[0]).toMatchObject({ mode: "marks", rows: 8 });
  });
});

describe("markRows", () => {
  it("markRows lists each drawn mark's row, which the next model keeps", () => {
    const index = buildTimelineIndex(FIXTURE_EVENTS, FIXTURE_TRACKS);
    const first = computeChartModel(index, 1280, FIXTURE_DOMAIN, null);
    const rows = markRows(first);
    expect(rows.size).toBe(FIXTURE_EVENTS.length);
    const [stacked] = [...rows].find(([, row]) => row > 0)!;
    const again = computeChartModel(index, 1280, FIXTURE_DOMAIN, stacked, rows);
    expect(markRows(again).get(stacked)).toBe(rows.get(stacked));
    expect(computeChartModel(index, 1280, FIXTURE_DOMAIN, stacked).lanes.some((lane) => lane.mode === "marks" && lane.marks.some((mark) => mark.event.id === stacked && mark.row === 0))).toBe(true);
  });
});
