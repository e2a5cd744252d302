import { describe, expect, it } from "vitest";
import { bucketLevel, computeAxis, tickLevel } from "./ticks";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const labels = (ticks: { label: string | null }[]) => ticks.map((tick) => tick.label);

describe("tickLevel", () => {
  it("tickLevel goes from years to months, weeks and days as the window shrinks", () => {
    const end = utc(2018, 1, 1);
    expect(tickLevel({ start: utc(2008, 1, 1), end }, 1000).name).toBe("year");
    expect(tickLevel({ start: utc(2015, 1, 1), end }, 1000).name).toBe("quarter");
    expect(tickLevel({ start: utc(2016, 1, 1), end }, 1000).name).toBe("month");
    expect(tickLevel({ start: utc(2017, 7, 1), end }, 1000).name).toBe("week");
    expect(tickLevel({ start: utc(2017, 12, 1), end }, 1000).name).toBe("day");
  });

  it("tickLevel picks a coarser level for the same window on a narrower plot", () => {
    const window = { start: utc(2015, 9, 1), end: utc(2018, 1, 1) };
    expect(tickLevel(window, 1256).name).toBe("month");
    expect(tickLevel(window, 351).name).toBe("quarter");
  });

  it("tickLevel uses multi-year steps for decades", () => {
    expect(tickLevel({ start: utc(1900, 1, 1), end: utc(2020, 1, 1) }, 1000).name).toBe("years");
  });
});

describe("computeAxis", () => {
  it("computeAxis labels months with short names and years above them", () => {
    const axis = computeAxis({ start: utc(2015, 9, 1), end: utc(2018, 1, 1) }, 1256);
    expect(axis.level).toBe("month");
    expect(labels(axis.ticks.slice(0, 6))).toEqual(["Sep", "Oct", "Nov", "Dec", "Jan", "Feb"]);
    expect(axis.ticks).toHaveLength(28);
    expect(axis.ticks[0]).toEqual({ time: utc(2015, 9, 1), x: 0, label: "Sep" });
    expect(axis.context.map((tick) => [tick.label, Math.round(tick.x)])).toEqual([
      ["2015", 0],
      ["2016", 180],
      ["2017", 719],
    ]);
  });

  it("computeAxis labels weeks by the day of their Monday with the month above", () => {
    const axis = computeAxis({ start: utc(2016, 3, 10), end: utc(2016, 4, 20) }, 700);
    expect(axis.level).toBe("week");
    expect(labels(axis.ticks)).toEqual(["14", "21", "28", "4", "11", "18"]);
    expect(labels(axis.context)).toEqual(["March 2016", "April 2016"]);
    expect(axis.context[0]!.x).toBe(0);
  });

  it("computeAxis labels days by number with the month above", () => {
    const axis = computeAxis({ start: utc(2016, 3, 1), end: utc(2016, 3, 21) }, 1000);
    expect(axis.level).toBe("day");
    expect(labels(axis.ticks)).toEqual(Array.from({ length: 20 }, (_, i) => `${i + 1}`));
    expect(axis.ticks[1]!.x).toBe(50);
    expect(labels(axis.context)).toEqual(["March 2016"]);
  });

  it("computeAxis labels years with no context row", () => {
    const axis = computeAxis({ start: utc(2010, 1, 1), end: utc(2020, 1, 1) }, 1000);
    expect(labels(axis.ticks)).toEqual(["2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"]);
    expect(axis.context).toEqual([]);
  });

  it("computeAxis drops a label that would run off the plot's right edge", () => {
    const axis = computeAxis({ start: utc(2016, 1, 1), end: utc(2016, 2, 1) + 0.05 * 86_400_000 }, 2000);
    expect(axis.level).toBe("day");
    expect(axis.ticks.at(-1)).toMatchObject({ time: utc(2016, 2, 1), label: null });
  });

  it("computeAxis leaves out the leading context label when the next one is too close", () => {
    const axis = computeAxis({ start: utc(2016, 2, 28), end: utc(2016, 3, 20) }, 1000);
    expect(labels(axis.context)).toEqual(["March 2016"]);
  });

  it("computeAxis never lets labels in a row overlap", () => {
    for (const width of [351, 700, 1256]) {
      for (const days of [2, 20, 90, 400, 853, 4000]) {
        const axis = computeAxis({ start: utc(2015, 9, 1), end: utc(2015, 9, 1) + days * 86_400_000 }, width);
        for (const row of [axis.ticks, axis.context]) {
          const shown = row.filter((tick) => tick.label !== null);
          shown.slice(1).forEach((tick, i) => {
            expect(tick.x - shown[i]!.x).toBeGreaterThan(shown[i]!.label!.length * 7 + 3);
          });
        }
      }
    }
  });
});

describe("bucketLevel", () => {
  it("bucketLevel takes the finest period at least 20 px wide, finer than the axis labels", () => {
    const decade = { start: utc(2011, 1, 1), end: utc(2021, 1, 1) };
    expect(tickLevel(decade, 900).name).toBe("year");
    expect(bucketLevel(decade, 900).name).toBe("quarter");
    expect(bucketLevel(decade, 333).name).toBe("year");
    expect(bucketLevel({ start: utc(2016, 1, 1), end: utc(2016, 2, 1) }, 1000).name).toBe("day");
  });
});
