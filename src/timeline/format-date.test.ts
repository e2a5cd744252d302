import { describe, expect, it } from "vitest";
import { formatDay, formatDayRange, formatMonth } from "./format-date";

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
