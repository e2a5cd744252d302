import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateSpan, formatEventDate, formatPublished } from "./format-date";

describe("formatCalendarDate", () => {
  it("formatCalendarDate writes a day as '14 March 2016'", () => {
    expect(formatCalendarDate("2016-03-14")).toBe("14 March 2016");
  });
  it("formatCalendarDate writes a month as 'December 2017'", () => {
    expect(formatCalendarDate("2017-12")).toBe("December 2017");
  });
});

describe("formatDateSpan", () => {
  it("formatDateSpan names both months within a year", () => {
    expect(formatDateSpan("2017-11-28", "2017-12-14")).toBe("28 November – 14 December 2017");
  });
  it("formatDateSpan names the month once within a month", () => {
    expect(formatDateSpan("2017-11-28", "2017-11-30")).toBe("28–30 November 2017");
  });
  it("formatDateSpan writes both dates in full across years", () => {
    expect(formatDateSpan("2016-12-30", "2017-01-02")).toBe("30 December 2016 – 2 January 2017");
  });
  it("formatDateSpan joins months", () => {
    expect(formatDateSpan("2017-11", "2017-12")).toBe("November – December 2017");
  });
  it("formatDateSpan writes a zero-length span as one date", () => {
    expect(formatDateSpan("2017-11-28", "2017-11-28")).toBe("28 November 2017");
  });
});

describe("formatEventDate", () => {
  it("formatEventDate writes a day-precision event as its day", () => {
    expect(formatEventDate({ start: "2016-03-14" })).toBe("14 March 2016");
  });
  it("formatEventDate marks a month-precision event", () => {
    expect(formatEventDate({ start: "2017-12" })).toBe("December 2017 (month precision)");
  });
  it("formatEventDate shows only the month of a day written with month precision", () => {
    expect(formatEventDate({ start: "2017-12-01", precision: "month" })).toBe("December 2017 (month precision)");
  });
  it("formatEventDate marks a year-precision event", () => {
    expect(formatEventDate({ start: "2016-01-01", precision: "year" })).toBe("2016 (year precision)");
  });
  it("formatEventDate writes a span", () => {
    expect(formatEventDate({ start: "2017-11-28", end: "2017-12-14" })).toBe("28 November – 14 December 2017");
  });
});

describe("formatPublished", () => {
  it("formatPublished takes the calendar day of a date-time", () => {
    expect(formatPublished("2017-12-13T23:30:00-05:00")).toBe("13 December 2017");
  });
});
