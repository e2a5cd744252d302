import { describe, expect, it } from "vitest";
import { DAY_MS, dateEnd, dateOrderKey, dateStart, eventInterval, intervalAtPrecision, isSpanEvent, rangeWindow } from "./event-time";

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

describe("dates in the years 0000–9999", () => {
  it("dateStart reads years below 100 as written, not as 1900–1999", () => {
    expect(new Date(dateStart("0050-05-15")).toISOString()).toBe("0050-05-15T00:00:00.000Z");
    expect(new Date(dateStart("0000-01-01")).toISOString()).toBe("0000-01-01T00:00:00.000Z");
  });

  it("dateEnd of the last day of 0099 is the first instant of 0100", () => {
    expect(new Date(dateEnd("0099-12-31")).toISOString()).toBe("0100-01-01T00:00:00.000Z");
  });

  it("dateEnd of a month in year 0 is the next month, with year 0 a leap year", () => {
    expect(dateEnd("0000-02") - dateStart("0000-02")).toBe(29 * DAY_MS);
  });

  it("dateEnd of 9999-12-31 is the first instant of 10000", () => {
    expect(dateEnd("9999-12-31")).toBe(Date.UTC(10000, 0, 1));
  });

  it("eventInterval widens a year-precision date below 100 to its whole year", () => {
    expect(eventInterval({ start: "0007-06-01", precision: "year" })).toEqual({ start: dateStart("0007-01-01"), end: dateStart("0008-01-01") });
  });
});

describe("dateOrderKey", () => {
  it("dateOrderKey orders days and months as their text does, a month before its days", () => {
    const dates = ["2017-12-01", "0000-01", "2017-12", "9999-12-31", "2017-11-30", "0099-12-31", "0100-01", "2017-12-31"];
    const byKey = [...dates].sort((a, b) => dateOrderKey(a) - dateOrderKey(b));
    expect(byKey).toEqual([...dates].sort());
  });
});
