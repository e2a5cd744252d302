// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkAgreement } from "./check-agreement";

describe("checkAgreement", () => {
  it("checkAgreement accepts a day on the event's single day", () => {
    expect(checkAgreement({ kind: "day", start: "2017-12-11" }, { start: "2017-12-11" })).toBe(true);
  });

  it("checkAgreement rejects a day before or after the event", () => {
    expect(checkAgreement({ kind: "day", start: "2017-12-10" }, { start: "2017-12-11" })).toBe(false);
    expect(checkAgreement({ kind: "day", start: "2017-12-16" }, { start: "2017-11-28", end: "2017-12-15" })).toBe(false);
  });

  it("checkAgreement accepts a day anywhere within the event's span", () => {
    expect(checkAgreement({ kind: "day", start: "2017-12-14" }, { start: "2017-11-28", end: "2017-12-15" })).toBe(true);
  });

  it("checkAgreement lets a month-precision event cover its whole month", () => {
    expect(checkAgreement({ kind: "day", start: "2015-09-30" }, { start: "2015-09" })).toBe(true);
    expect(checkAgreement({ kind: "day", start: "2015-10-01" }, { start: "2015-09" })).toBe(false);
  });

  it("checkAgreement lets a year-precision event cover its whole year", () => {
    expect(checkAgreement({ kind: "day", start: "2016-11-30" }, { start: "2016-01", precision: "year" })).toBe(true);
  });

  it("checkAgreement accepts an exact span only when it equals the event's start and end", () => {
    const span = { kind: "span", start: "2017-11-21", end: "2017-11-22" } as const;
    expect(checkAgreement(span, { start: "2017-11-21", end: "2017-11-22" })).toBe(true);
    expect(checkAgreement(span, { start: "2017-11-21" })).toBe(false);
    expect(checkAgreement(span, { start: "2017-11-20", end: "2017-11-22" })).toBe(false);
  });

  it("checkAgreement accepts a vague period that overlaps the event's start day", () => {
    const nextWeek = { kind: "period", start: "2017-11-27", end: "2017-12-03" } as const;
    expect(checkAgreement(nextWeek, { start: "2017-11-28", end: "2017-12-15" })).toBe(true);
    expect(checkAgreement(nextWeek, { start: "2017-12-04" })).toBe(false);
    // Overlapping only the event's later days is not enough: the phrase dates the start.
    expect(checkAgreement(nextWeek, { start: "2017-11-20", end: "2017-11-30" })).toBe(false);
  });

  it("checkAgreement accepts a month period that holds the event's start", () => {
    expect(checkAgreement({ kind: "period", start: "2015-09" }, { start: "2015-09-30" })).toBe(true);
    expect(checkAgreement({ kind: "period", start: "2016-09" }, { start: "2015-09-30" })).toBe(false);
  });

  it("checkAgreement accepts a vague period that overlaps a month-precision start", () => {
    expect(checkAgreement({ kind: "period", start: "2016-01-01", end: "2016-04-30" }, { start: "2016-04" })).toBe(true);
    expect(checkAgreement({ kind: "period", start: "2016-01-01", end: "2016-04-30" }, { start: "2016-05" })).toBe(false);
  });

  it("checkAgreement accepts a bound when the event's last day lies inside it", () => {
    const byFriday = { kind: "bound", start: "2017-12-14", end: "2017-12-15", limits: "end" } as const;
    // Geneva VIII closed on Thursday 14 December: inside "Friday at the latest".
    expect(checkAgreement(byFriday, { start: "2017-11-28", end: "2017-12-14" })).toBe(true);
    expect(checkAgreement(byFriday, { start: "2017-11-28", end: "2017-12-15" })).toBe(true);
    expect(checkAgreement(byFriday, { start: "2017-12-15" })).toBe(true);
  });

  it("checkAgreement rejects a bound the event ends after, or before its first day", () => {
    const byFriday = { kind: "bound", start: "2017-12-14", end: "2017-12-15", limits: "end" } as const;
    expect(checkAgreement(byFriday, { start: "2017-11-28", end: "2017-12-16" })).toBe(false);
    expect(checkAgreement(byFriday, { start: "2017-12-13" })).toBe(false);
  });

  it("checkAgreement accepts any day up to a bound without a first day", () => {
    const byMonday = { kind: "bound", end: "2017-12-11", limits: "end" } as const;
    expect(checkAgreement(byMonday, { start: "2017-12-01" })).toBe(true);
    expect(checkAgreement(byMonday, { start: "2017-12-12" })).toBe(false);
  });

  it("checkAgreement tests a bound on a beginning against the event's first day", () => {
    const resumesByTuesday = { kind: "bound", start: "2017-12-01", end: "2017-12-05", limits: "start" } as const;
    expect(checkAgreement(resumesByTuesday, { start: "2017-12-05", end: "2017-12-14" })).toBe(true);
    expect(checkAgreement(resumesByTuesday, { start: "2017-12-06", end: "2017-12-14" })).toBe(false);
  });

  it("checkAgreement lets a month-precision event meet a bound anywhere in its month", () => {
    expect(checkAgreement({ kind: "bound", end: "2016-03-31", limits: "end" }, { start: "2016-03" })).toBe(true);
    expect(checkAgreement({ kind: "bound", end: "2016-03-15", limits: "end" }, { start: "2016-03" })).toBe(false);
  });
});
