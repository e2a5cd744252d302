import { describe, expect, it } from "vitest";
import { daysFromWindow, windowFromDays } from "./view-window";

const DAY = 86_400_000;
const domain = { start: Date.UTC(2015, 8, 1), end: Date.UTC(2018, 0, 1) };

describe("windowFromDays", () => {
  it("windowFromDays runs from the start of 'from' to the end of 'to'", () => {
    expect(windowFromDays("2016-03-01", "2016-03-31", domain)).toEqual({ start: Date.UTC(2016, 2, 1), end: Date.UTC(2016, 3, 1) });
  });
  it("windowFromDays is the domain when either day is missing", () => {
    expect(windowFromDays(null, "2016-03-31", domain)).toBe(domain);
    expect(windowFromDays(null, null, domain)).toBe(domain);
  });
  it("windowFromDays clamps to the domain", () => {
    expect(windowFromDays("2010-01-01", "2016-01-01", domain)).toEqual({ start: domain.start, end: Date.UTC(2016, 0, 2) });
  });
  it("windowFromDays is the domain for days wholly outside it", () => {
    expect(windowFromDays("2010-01-01", "2010-02-01", domain)).toBe(domain);
  });
});

describe("daysFromWindow", () => {
  it("daysFromWindow names the first and last day a window touches", () => {
    expect(daysFromWindow({ start: Date.UTC(2016, 2, 1, 13), end: Date.UTC(2016, 2, 31, 5) }, domain)).toEqual({ from: "2016-03-01", to: "2016-03-31" });
  });
  it("daysFromWindow treats the window end as exclusive", () => {
    expect(daysFromWindow({ start: Date.UTC(2016, 2, 1), end: Date.UTC(2016, 3, 1) }, domain)).toEqual({ from: "2016-03-01", to: "2016-03-31" });
  });
  it("daysFromWindow writes nothing for the whole domain", () => {
    expect(daysFromWindow(domain, domain)).toEqual({ from: null, to: null });
  });
  it("daysFromWindow round-trips a whole-day window through windowFromDays", () => {
    const window = { start: Date.UTC(2016, 0, 10), end: Date.UTC(2016, 0, 10) + 3 * DAY };
    const days = daysFromWindow(window, domain);
    expect(windowFromDays(days.from, days.to, domain)).toEqual(window);
  });
});
