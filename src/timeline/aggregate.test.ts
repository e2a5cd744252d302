import { describe, expect, it } from "vitest";
import { aggregateLane, countText, overviewBars } from "./aggregate";
import { fixtureEvent } from "./test-fixtures";
import { TICK_LEVELS, tickLevel } from "./ticks";
import { buildTimelineIndex } from "./timeline-index";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const level = (name: string) => TICK_LEVELS.find((candidate) => candidate.name === name)!;

/** `count` events a day apart from `from`, in one track. */
function daily(track: string, from: [number, number, number], count: number) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(utc(...from) + i * 86_400_000).toISOString().slice(0, 10);
    return fixtureEvent({ id: `${track}-${i}`, title: `${track} ${i}`, start: day, track });
  });
}

describe("aggregateLane", () => {
  const index = buildTimelineIndex([...daily("Military", [2016, 1, 1], 366), ...daily("Talks", [2016, 3, 10], 3)], ["Military", "Talks"]);
  const year = { start: utc(2016, 1, 1), end: utc(2017, 1, 1) };

  it("aggregateLane counts a lane's events per month, named by the month", () => {
    const bars = aggregateLane(index.lanes[0]!, year, 1200, level("month"));
    expect(bars.map((bar) => bar.count)).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(bars[2]).toMatchObject({ start: utc(2016, 3, 1), end: utc(2016, 4, 1), period: "March 2016" });
  });

  it("aggregateLane counts add up to the events in the window", () => {
    const bars = aggregateLane(index.lanes[0]!, year, 1200, level("quarter"));
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(366);
    expect(bars.map((bar) => bar.period)).toEqual(["January – March 2016", "April – June 2016", "July – September 2016", "October – December 2016"]);
  });

  it("aggregateLane leaves out empty buckets and positions bars in pixels", () => {
    const bars = aggregateLane(index.lanes[1]!, year, 1200, level("month"));
    expect(bars).toHaveLength(1);
    expect(bars[0]!.count).toBe(3);
    expect(bars[0]!.x).toBeCloseTo((1200 * 60) / 366, 6);
  });

  it("aggregateLane cuts the edge buckets to the window and names them by their days", () => {
    const bars = aggregateLane(index.lanes[0]!, { start: utc(2016, 1, 15), end: utc(2016, 2, 15) }, 310, level("month"));
    expect(bars.map((bar) => [bar.period, bar.count, Math.round(bar.x), Math.round(bar.width)])).toEqual([
      ["15–31 January 2016", 17, 0, 170],
      ["1–14 February 2016", 14, 170, 140],
    ]);
  });

  it("aggregateLane counts add up to the events starting in any window", () => {
    const window = { start: utc(2016, 2, 10) + 3_600_000, end: utc(2016, 7, 20) };
    const bars = aggregateLane(index.lanes[0]!, window, 800, level("week"));
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(160);
    expect(bars[0]).toMatchObject({ start: window.start, period: "10–14 February 2016", count: 4 });
  });

  it("aggregateLane counts only the events it is given, so a filter applies to the counts", () => {
    const filtered = buildTimelineIndex(daily("Military", [2016, 1, 1], 366).filter((_, i) => i % 2 === 0), ["Military"]);
    const bars = aggregateLane(filtered.lanes[0]!, year, 1200, level("month"));
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(183);
  });

  it("aggregateLane by day reveals each day's events as the reader zooms in", () => {
    const week = { start: utc(2016, 3, 10), end: utc(2016, 3, 17) };
    expect(tickLevel(week, 1200).name).toBe("day");
    const bars = aggregateLane(index.lanes[0]!, week, 1200, tickLevel(week, 1200));
    expect(bars.map((bar) => bar.count)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(bars[0]!.period).toBe("10 March 2016");
  });
});

describe("overviewBars", () => {
  it("overviewBars sums all lanes per bucket across the domain", () => {
    const index = buildTimelineIndex([...daily("Military", [2016, 1, 1], 31), ...daily("Talks", [2016, 1, 10], 3)], ["Military", "Talks"]);
    const bars = overviewBars(index, { start: utc(2016, 1, 1), end: utc(2017, 1, 1) }, 300);
    expect(bars.map((bar) => [bar.period, bar.count])).toEqual([["January 2016", 34]]);
  });
});

describe("countText", () => {
  it("countText writes the full count where it fits, else a compact one, else nothing", () => {
    expect(countText(1234, 40)).toBe("1,234");
    expect(countText(1234, 30)).toBe("1.2K");
    expect(countText(1234, 10)).toBeNull();
    expect(countText(7, 8)).toBe("7");
  });
});
