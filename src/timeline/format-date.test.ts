import { describe, expect, it } from "vitest";
import { formatDay, formatDayRange, formatEventDate, formatMonth } from "./format-date";

describe("formatEventDate", () => {
  it("formatEventDate writes a day as day, month name and year", () => {
    expect(formatEventDate({ start: "2016-03-14" })).toBe("14 March 2016");
  });

  it("formatEventDate writes a month-precision date as month and year", () => {
    expect(formatEventDate({ start: "2016-11" })).toBe("November 2016");
  });

  it("formatEventDate writes a span within a month once", () => {
    expect(formatEventDate({ start: "2016-03-14", end: "2016-03-24" })).toBe("14–24 March 2016");
  });

  it("formatEventDate writes a span across months with both month names", () => {
    expect(formatEventDate({ start: "2017-11-28", end: "2017-12-14" })).toBe("28 November – 14 December 2017");
  });

  it("formatEventDate writes a span across years in full", () => {
    expect(formatEventDate({ start: "2016-12-30", end: "2017-01-02" })).toBe("30 December 2016 – 2 January 2017");
  });

  it("formatEventDate writes a month-precision span as months", () => {
    expect(formatEventDate({ start: "2016-02", end: "2016-03" })).toBe("February – March 2016");
  });

  it("formatEventDate writes a year-precision date as the year", () => {
    expect(formatEventDate({ start: "2016-05-01", precision: "year" })).toBe("2016");
  });
});

describe("formatDay and formatMonth", () => {
  it("formatDay uses the UTC calendar", () => {
    expect(formatDay(Date.UTC(2017, 11, 11, 23, 59))).toBe("11 December 2017");
  });

  it("formatMonth names the month and year", () => {
    expect(formatMonth(Date.UTC(2016, 0, 1))).toBe("January 2016");
  });
});

describe("formatDayRange", () => {
  it("formatDayRange names one day once and a range by its first and last days", () => {
    expect(formatDayRange(Date.UTC(2016, 2, 14, 5), Date.UTC(2016, 2, 14, 20))).toBe("14 March 2016");
    expect(formatDayRange(Date.UTC(2016, 2, 14), Date.UTC(2016, 2, 24))).toBe("14–24 March 2016");
  });
});
