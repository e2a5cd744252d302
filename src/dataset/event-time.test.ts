import { describe, expect, it } from "vitest";
import { dateEnd, dateStart, eventInterval, intervalAtPrecision, isSpanEvent, rangeWindow } from "./event-time";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe("eventInterval", () => {
  it("eventInterval covers the UTC day of a day-precision date", () => {
    expect(eventInterval({ start: "2016-03-14" })).toEqual({ start: utc(2016, 3, 14), end: utc(2016, 3, 15) });
  });

  it("eventInterval covers the whole month of a month-precision date", () => {
    expect(eventInterval({ start: "2016-11" })).toEqual({ start: utc(2016, 11, 1), end: utc(2016, 12, 1) });
  });

  it("eventInterval runs a span to the end of its last day", () => {
    expect(eventInterval({ start: "2017-11-28", end: "2017-12-14" })).toEqual({ start: utc(2017, 11, 28), end: utc(2017, 12, 15) });
  });

  it("eventInterval widens a day to its month when precision says month", () => {
    expect(eventInterval({ start: "2016-02-10", precision: "month" })).toEqual({ start: utc(2016, 2, 1), end: utc(2016, 3, 1) });
  });

  it("eventInterval widens to the year for year precision", () => {
    expect(eventInterval({ start: "2016-02-10", end: "2017-01", precision: "year" })).toEqual({ start: utc(2016, 1, 1), end: utc(2018, 1, 1) });
  });

  it("eventInterval of a month-precision span covers both months", () => {
    expect(eventInterval({ start: "2016-12", end: "2017-01" })).toEqual({ start: utc(2016, 12, 1), end: utc(2017, 2, 1) });
  });
});

describe("intervalAtPrecision", () => {
  it("intervalAtPrecision widens to the precision it is given", () => {
    expect(intervalAtPrecision({ start: "2016-03-14" }, "month")).toEqual({ start: utc(2016, 3, 1), end: utc(2016, 4, 1) });
  });
});

describe("dateStart and dateEnd", () => {
  it("dateEnd of the last day of a month is the first of the next", () => {
    expect(dateEnd("2016-02-29")).toBe(utc(2016, 3, 1));
  });

  it("dateStart rejects a string that is not a date", () => {
    for (const value of ["14 March 2016", "2016-3-14", "2016-03-1x", "2016/03/14", "2016-03-"]) {
      expect(() => dateStart(value)).toThrow(`${JSON.stringify(value)} is not a date`);
    }
  });
});

describe("event shape", () => {
  it("isSpanEvent is true only when the end differs from the start", () => {
    expect(isSpanEvent({ start: "2017-11-28", end: "2017-12-14" })).toBe(true);
    expect(isSpanEvent({ start: "2017-11-28", end: "2017-11-28" })).toBe(false);
    expect(isSpanEvent({ start: "2017-11-28" })).toBe(false);
  });
});

describe("rangeWindow", () => {
  it("rangeWindow includes the range's last day", () => {
    expect(rangeWindow({ start: "2015-09-01", end: "2017-12-31" })).toEqual({ start: utc(2015, 9, 1), end: utc(2018, 1, 1) });
  });
});
