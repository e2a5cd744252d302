import { describe, expect, it } from "vitest";
import { floatingLabel, layoutLane, MARK_RADIUS, MAX_ROWS, type MarkLayout } from "./layout";
import { timeScale } from "./scales";
import { FIXTURE_DOMAIN, FIXTURE_EVENTS, FIXTURE_TRACKS, fixtureEvent } from "./test-fixtures";
import { buildTimelineIndex, eventsInWindow, type IndexedEvent } from "./timeline-index";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const month = { start: utc(2016, 3, 1), end: utc(2016, 4, 1) };
const scale = timeScale(month, 310);

function indexed(...events: Parameters<typeof fixtureEvent>[0][]): IndexedEvent[] {
  return [...buildTimelineIndex(events.map(fixtureEvent), []).lanes[0]!.events];
}

/** The pixel ranges a mark and its label cover. */
function extents(mark: MarkLayout): [number, number][] {
  const markExtent: [number, number] = [Math.min(mark.x0, mark.x - MARK_RADIUS), Math.max(mark.x1, mark.x + MARK_RADIUS)];
  if (!mark.label) return [markExtent];
  const { x, width, anchor } = mark.label;
  return [markExtent, anchor === "start" ? [x, x + width] : [x - width, x]];
}

function overlapping(marks: MarkLayout[]): string[] {
  const clashes: string[] = [];
  marks.forEach((a, i) =>
    marks.slice(i + 1).forEach((b) => {
      if (a.row !== b.row) return;
      const clash = extents(a).some(([a0, a1]) => extents(b).some(([b0, b1]) => a0 < b1 && b0 < a1));
      if (clash) clashes.push(`${a.event.id}/${b.event.id}`);
    }),
  );
  return clashes;
}

describe("layoutLane", () => {
  it("layoutLane keeps an event in the row the previous frame drew it in, where it still fits", () => {
    const events = indexed({ id: "a", title: "First", start: "2016-03-02" }, { id: "b", title: "Second", start: "2016-03-28" });
    const { marks } = layoutLane(events, scale, 310, null, new Map([["b", 3]]));
    expect(marks.map((mark) => [mark.event.id, mark.row])).toEqual([["a", 0], ["b", 3]]);
    expect(marks[1]!.label?.text).toBe("Second");
  });

  it("layoutLane keeps a pinned event in its previous row rather than lifting it to the first", () => {
    const events = indexed({ id: "a", title: "First", start: "2016-03-14" }, { id: "b", title: "Second", start: "2016-03-14" });
    const { marks } = layoutLane(events, scale, 310, "b", new Map([["a", 0], ["b", 1]]));
    expect(marks.map((mark) => [mark.event.id, mark.row])).toEqual([["a", 0], ["b", 1]]);
  });

  it("layoutLane stacks a crowded lane afresh when kept rows would leave marks overflowing", () => {
    const same = Array.from({ length: MAX_ROWS + 1 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: "2016-03-14" }));
    const fresh = layoutLane(indexed(...same), scale, 310);
    const kept = layoutLane(indexed(...same), scale, 310, null, new Map(same.map((event) => [event.id, MAX_ROWS - 1])));
    expect(fresh.overflow).toBe(1);
    expect(kept).toEqual(fresh);
  });

  it("layoutLane moves an event out of its previous row when staying would overlap", () => {
    const events = indexed({ id: "a", title: "First", start: "2016-03-14", sourceCount: 3 }, { id: "b", title: "Second", start: "2016-03-14" });
    const { marks } = layoutLane(events, scale, 310, null, new Map([["a", 0], ["b", 0]]));
    expect(marks.map((mark) => [mark.event.id, mark.row])).toEqual([["a", 0], ["b", 1]]);
    expect(overlapping(marks)).toEqual([]);
  });

  it("layoutLane of no events has no marks and no rows", () => {
    expect(layoutLane([], scale, 310)).toEqual({ marks: [], rows: 0, overflow: 0 });
  });

  it("layoutLane draws one event as a labelled diamond at the middle of its day, in row 0, at any zoom", () => {
    const { marks, rows } = layoutLane(indexed({ id: "one", title: "Withdrawal", start: "2016-03-14" }), scale, 310);
    expect(rows).toBe(1);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ kind: "point", x: 135, x0: 129, x1: 141, row: 0 });
    expect(marks[0]!.label).toEqual({ text: "Withdrawal", x: 145, anchor: "start", width: 62, onBar: false });
    const zoomedIn = layoutLane(indexed({ id: "one", title: "Withdrawal", start: "2016-03-14" }), timeScale({ start: utc(2016, 3, 13), end: utc(2016, 3, 16) }, 300), 300);
    expect(zoomedIn.marks[0]).toMatchObject({ x: 150, x0: 144, x1: 156, label: { x: 160 } });
  });

  it("layoutLane stacks overlapping events into separate rows", () => {
    const { marks, rows } = layoutLane(
      indexed(
        { id: "a", title: "First", start: "2016-03-14" },
        { id: "b", title: "Second", start: "2016-03-14" },
        { id: "c", title: "Later", start: "2016-03-28" },
      ),
      scale,
      310,
    );
    expect(marks.map((mark) => [mark.event.id, mark.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
    expect(rows).toBe(2);
  });

  it("layoutLane draws a span as a bar from its start to the end of its last day", () => {
    const [mark] = layoutLane(indexed({ id: "round", title: "Round", start: "2016-03-14", end: "2016-03-24" }), scale, 310).marks;
    expect(mark).toMatchObject({ kind: "span", x0: 130, x1: 240 });
  });

  it("layoutLane widens a zero-length span to a visible mark", () => {
    const [mark] = layoutLane(indexed({ id: "same", title: "Same day", start: "2016-03-14", end: "2016-03-14" }), scale, 310).marks;
    expect(mark).toMatchObject({ kind: "point", x0: 129, x1: 141 });
    const [tiny] = layoutLane(indexed({ id: "two", title: "Two days", start: "2016-03-14", end: "2016-03-15" }), timeScale(FIXTURE_DOMAIN, 800), 800).marks;
    expect(tiny!.x1 - tiny!.x0).toBe(2 * MARK_RADIUS);
  });

  it("layoutLane draws a month-precision date as a band across the whole month", () => {
    const [mark] = layoutLane(indexed({ id: "m", title: "Offensive", start: "2016-03" }), scale, 310).marks;
    expect(mark).toMatchObject({ kind: "point", x0: 0, x1: 310, x: 155 });
    expect(mark!.event.approximate).toBe(true);
  });

  it("layoutLane puts a label left of a mark near the right edge", () => {
    const [mark] = layoutLane(indexed({ id: "late", title: "Late event", start: "2016-03-30" }), scale, 310).marks;
    expect(mark!.label).toMatchObject({ anchor: "end", x: 285 });
  });

  it("layoutLane writes a label inside a bar wide enough for it", () => {
    const [mark] = layoutLane(indexed({ id: "long", title: "Long round", start: "2016-02-01", end: "2016-04-30" }), scale, 310).marks;
    expect(mark!.label).toMatchObject({ anchor: "start", x: 4, onBar: true });
  });

  it("layoutLane hides a label rather than overlap, and keeps the pinned event's", () => {
    const events = indexed(
      ...Array.from({ length: 12 }, (_, i) => ({ id: `e${i}`, title: `Event number ${i}`, start: "2016-03-14", sourceCount: i === 3 ? 5 : 1 })),
    );
    const { marks, overflow } = layoutLane(events, scale, 310, "e11");
    expect(overflow).toBe(4);
    expect(overlapping(marks.filter((mark) => mark.row < 7))).toEqual([]);
    expect(marks.filter((mark) => mark.row === 7).every((mark) => mark.label === null)).toBe(true);
    expect(marks.find((mark) => mark.event.id === "e11")).toMatchObject({ row: 0, label: { text: "Event number 11" } });
    expect(marks.find((mark) => mark.event.id === "e3")).toMatchObject({ row: 1, label: { text: "Event number 3" } });
    expect(marks.filter((mark) => mark.label === null).length).toBeGreaterThan(0);
  });

  it("layoutLane labels the bundled dataset's lanes without any overlap at desktop and phone widths", () => {
    const index = buildTimelineIndex(FIXTURE_EVENTS, FIXTURE_TRACKS);
    for (const width of [1256, 333]) {
      for (const lane of index.lanes) {
        const { marks } = layoutLane(eventsInWindow(lane, FIXTURE_DOMAIN), timeScale(FIXTURE_DOMAIN, width), width);
        expect(overlapping(marks)).toEqual([]);
        for (const mark of marks) {
          if (!mark.label) continue;
          const [, [left, right]] = extents(mark) as [[number, number], [number, number]];
          expect(left).toBeGreaterThanOrEqual(0);
          expect(right).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it("layoutLane truncates a long title with an ellipsis", () => {
    const [mark] = layoutLane(indexed({ id: "long", title: "A".repeat(80), start: "2016-03-02" }), scale, 310).marks;
    expect(mark!.label!.text).toBe(`${"A".repeat(31)}…`);
  });
});

describe("floatingLabel", () => {
  it("floatingLabel goes to the side with more room", () => {
    const [mark] = layoutLane(indexed({ id: "late", title: "Late event", start: "2016-03-30" }), scale, 310).marks;
    expect(floatingLabel(mark!, 310)).toMatchObject({ anchor: "end", text: "Late event" });
    const [early] = layoutLane(indexed({ id: "early", title: "Early event", start: "2016-03-02" }), scale, 310).marks;
    expect(floatingLabel(early!, 310)).toMatchObject({ anchor: "start", text: "Early event" });
  });
});
