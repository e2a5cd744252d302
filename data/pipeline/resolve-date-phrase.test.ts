// @vitest-environment node
import { describe, expect, it } from "vitest";
import { resolveDatePhrase } from "./resolve-date-phrase";
import { weekConvention } from "./week-convention";

type Row = [phrase: string, published: string, kind: "day" | "span" | "period", start: string, end: string | undefined, reading: string];

// One row per phrase form the articles use, read on the article's publication day.
const table: Row[] = [
  ["Monday", "2016-03-14", "day", "2016-03-14", undefined, "Mon 14 Mar 2016"],
  ["on Monday", "2017-12-13", "day", "2017-12-11", undefined, "Mon 11 Dec 2017"],
  ["will begin Tuesday", "2016-03-14", "day", "2016-03-15", undefined, "Tue 15 Mar 2016"],
  ["today", "2016-03-14", "day", "2016-03-14", undefined, "Mon 14 Mar 2016"],
  ["last September", "2016-03-14", "period", "2015-09", undefined, "September 2015"],
  ["last month", "2016-03-14", "period", "2016-02", undefined, "February 2016"],
  ["on Wednesday", "2017-12-13", "day", "2017-12-13", undefined, "Wed 13 Dec 2017"],
  ["late Wednesday", "2017-12-13", "day", "2017-12-13", undefined, "Wed 13 Dec 2017 (late in the day)"],
  ["late Wednesday", "2017-12-14", "day", "2017-12-13", undefined, "Wed 13 Dec 2017 (late in the day)"],
  ["Thursday afternoon", "2017-12-14", "day", "2017-12-14", undefined, "Thu 14 Dec 2017 (in the afternoon)"],
  ["set to wrap up Thursday", "2017-12-14", "day", "2017-12-14", undefined, "Thu 14 Dec 2017"],
  ["on Tuesday", "2017-11-21", "day", "2017-11-21", undefined, "Tue 21 Nov 2017"],
  ["On Monday", "2017-11-21", "day", "2017-11-20", undefined, "Mon 20 Nov 2017"],
  ["On November 20", "2017-11-21", "day", "2017-11-20", undefined, "Mon 20 Nov 2017"],
  ["Thursday’s", "2017-11-21", "day", "2017-11-23", undefined, "Thu 23 Nov 2017"],
  ["on Tuesday and Wednesday", "2017-11-21", "span", "2017-11-21", "2017-11-22", "Tue 21 Nov – Wed 22 Nov 2017"],
  ["next week", "2017-11-21", "period", "2017-11-27", "2017-12-03", "Mon 27 Nov – Sun 3 Dec 2017 (ISO weeks from Monday, as the article's locale is not recorded)"],
  ["this week", "2017-12-14", "period", "2017-12-11", "2017-12-17", "Mon 11 Dec – Sun 17 Dec 2017 (ISO weeks from Monday, as the article's locale is not recorded)"],
  ["at the beginning of this month", "2017-11-21", "period", "2017-11-01", "2017-11-10", "Wed 1 Nov – Fri 10 Nov 2017 (the first ten days of November 2017)"],
  ["earlier this month", "2017-12-13", "period", "2017-12-01", "2017-12-12", "Fri 1 Dec – Tue 12 Dec 2017 (earlier in December 2017 than the article)"],
  ["since early 2016", "2017-12-14", "period", "2016-01-01", "2016-04-30", "Fri 1 Jan – Sat 30 Apr 2016 (early 2016, read as January–April)"],
  ["on Monday, Dec. 11, 2017", "2017-12-14", "day", "2017-12-11", undefined, "Mon 11 Dec 2017"],
  ["on Monday, Dec. 11, 2017", "2019-06-01", "day", "2017-12-11", undefined, "Mon 11 Dec 2017"],
  ["Dec. 11, 2017", "2016-03-14", "day", "2017-12-11", undefined, "Mon 11 Dec 2017"],
];

describe("resolveDatePhrase", () => {
  it.each(table)("reads %j in an article of %s", (phrase, published, kind, start, end, reading) => {
    const resolved = resolveDatePhrase(phrase, published);
    expect(resolved).toEqual({
      kind,
      start,
      ...(end === undefined ? {} : { end }),
      reading,
      explanation: expect.stringContaining(`→ ${reading}`),
    });
  });

  it("resolveDatePhrase writes an explanation a reader can check", () => {
    expect(resolveDatePhrase("on Monday", "2017-12-13")?.explanation).toBe(
      "'on Monday' in an article of Wed 13 Dec 2017 → Mon 11 Dec 2017",
    );
    expect(resolveDatePhrase("last September", "2016-03-14")?.explanation).toBe(
      "'last September' in an article of Mon 14 Mar 2016 → September 2015",
    );
    expect(resolveDatePhrase("next week", "2017-11-21")?.explanation).toBe(
      "'next week' in an article of Tue 21 Nov 2017 → Mon 27 Nov – Sun 3 Dec 2017 (ISO weeks from Monday, as the article's locale is not recorded)",
    );
  });

  it("resolveDatePhrase uses the calendar day of a date-time with an offset", () => {
    // 08:20 in New York is already 13:20 UTC, but a late-evening time must not roll into the next UTC day.
    expect(resolveDatePhrase("late Wednesday", "2017-12-14T08:20:00-05:00")?.start).toBe("2017-12-13");
    expect(resolveDatePhrase("today", "2017-12-14T23:30:00-05:00")?.start).toBe("2017-12-14");
  });

  it("resolveDatePhrase reads a bare weekday at most three days either side", () => {
    // Thursday 2017-12-14: Sunday is three days later, Monday three days earlier.
    expect(resolveDatePhrase("Sunday", "2017-12-14")?.start).toBe("2017-12-17");
    expect(resolveDatePhrase("Monday", "2017-12-14")?.start).toBe("2017-12-11");
  });

  it("resolveDatePhrase reads last and next weekday strictly before and after", () => {
    expect(resolveDatePhrase("last Thursday", "2017-12-14")?.start).toBe("2017-12-07");
    expect(resolveDatePhrase("next Thursday", "2017-12-14")?.start).toBe("2017-12-21");
    expect(resolveDatePhrase("last Wednesday", "2017-12-14")?.start).toBe("2017-12-13");
  });

  it("resolveDatePhrase reads last and next month names across the year boundary", () => {
    expect(resolveDatePhrase("last December", "2017-01-10")?.start).toBe("2016-12");
    expect(resolveDatePhrase("last March", "2016-03-14")?.start).toBe("2015-03");
    expect(resolveDatePhrase("next January", "2017-12-14")?.start).toBe("2018-01");
  });

  it("resolveDatePhrase reads last week and last month across the year boundary", () => {
    expect(resolveDatePhrase("last week", "2017-01-03")).toMatchObject({ start: "2016-12-26", end: "2017-01-01", reading: "Mon 26 Dec 2016 – Sun 1 Jan 2017 (ISO weeks from Monday, as the article's locale is not recorded)" });
    expect(resolveDatePhrase("last month", "2017-01-03")?.start).toBe("2016-12");
  });

  it("resolveDatePhrase reads yesterday and tomorrow", () => {
    expect(resolveDatePhrase("yesterday", "2016-03-01")?.start).toBe("2016-02-29");
    expect(resolveDatePhrase("tomorrow", "2017-12-31")?.start).toBe("2018-01-01");
  });

  it("resolveDatePhrase reads month names with and without a year", () => {
    expect(resolveDatePhrase("in March 2016", "2017-12-14")).toMatchObject({ kind: "period", start: "2016-03" });
    expect(resolveDatePhrase("Sept. 30", "2015-10-01")?.start).toBe("2015-09-30");
    expect(resolveDatePhrase("late September", "2015-10-01")).toMatchObject({ start: "2015-09-21", end: "2015-09-30" });
    expect(resolveDatePhrase("in mid-March", "2016-03-14")).toMatchObject({ start: "2016-03-11", end: "2016-03-20" });
  });

  it("resolveDatePhrase reads a qualified last or later month", () => {
    expect(resolveDatePhrase("late last month", "2017-12-13")).toMatchObject({ start: "2017-11-21", end: "2017-11-30" });
    expect(resolveDatePhrase("later this month", "2017-12-13")).toMatchObject({ start: "2017-12-14", end: "2017-12-31" });
    expect(resolveDatePhrase("at the end of February 2016", "2016-03-14")).toMatchObject({ start: "2016-02-21", end: "2016-02-29" });
  });

  it("resolveDatePhrase reads a bare year as the whole year", () => {
    expect(resolveDatePhrase("in 2016", "2017-12-14")).toMatchObject({ kind: "period", start: "2016-01", end: "2016-12", reading: "the year 2016" });
  });

  it("resolveDatePhrase returns null for a weekday that contradicts its date", () => {
    expect(resolveDatePhrase("on Tuesday, Dec. 11, 2017", "2017-12-14")).toBeNull();
  });

  it("resolveDatePhrase returns null for a phrase without a date", () => {
    expect(resolveDatePhrase("soon", "2017-12-14")).toBeNull();
    expect(resolveDatePhrase("", "2017-12-14")).toBeNull();
  });

  it("resolveDatePhrase returns null for earlier this month on the first of the month", () => {
    expect(resolveDatePhrase("earlier this month", "2017-12-01")).toBeNull();
  });

  it("resolveDatePhrase reads 'X at the latest' as an interval from the article's day to X", () => {
    expect(resolveDatePhrase("set to end Friday at the latest", "2017-12-14")).toEqual({
      kind: "bound",
      start: "2017-12-14",
      end: "2017-12-15",
      limits: "end",
      reading: "no later than Fri 15 Dec 2017 (Thu 14 Dec – Fri 15 Dec 2017, from the article's day)",
      explanation:
        "'set to end Friday at the latest' in an article of Thu 14 Dec 2017 → no later than Fri 15 Dec 2017 (Thu 14 Dec – Fri 15 Dec 2017, from the article's day)",
    });
    expect(resolveDatePhrase("Friday, at the latest", "2017-12-14")).toMatchObject({ kind: "bound", start: "2017-12-14", end: "2017-12-15" });
  });

  it("resolveDatePhrase reads 'by X' and 'no later than X' as bounds ending on X", () => {
    expect(resolveDatePhrase("by Friday", "2017-12-14")).toMatchObject({ kind: "bound", start: "2017-12-14", end: "2017-12-15", limits: "end" });
    expect(resolveDatePhrase("no later than 15 December", "2017-12-01")).toMatchObject({ kind: "bound", start: "2017-12-01", end: "2017-12-15" });
    expect(resolveDatePhrase("not later than Dec. 15, 2017", "2017-12-01")).toMatchObject({ kind: "bound", end: "2017-12-15" });
    // A bound on a period ends on the period's last day.
    expect(resolveDatePhrase("by the end of this month", "2017-12-01")).toMatchObject({ kind: "bound", start: "2017-12-01", end: "2017-12-31" });
    expect(resolveDatePhrase("by next week", "2017-11-21")).toMatchObject({ kind: "bound", start: "2017-11-21", end: "2017-12-03" });
  });

  it("resolveDatePhrase reads a bound on the article's own day", () => {
    expect(resolveDatePhrase("by today", "2017-12-14")).toMatchObject({
      kind: "bound",
      start: "2017-12-14",
      end: "2017-12-14",
      reading: "no later than Thu 14 Dec 2017 (the article's own day)",
    });
  });

  it("resolveDatePhrase reads a bound the article looks back on as having no first day", () => {
    const resolved = resolveDatePhrase("had left by Monday", "2017-12-14");
    expect(resolved).toMatchObject({ kind: "bound", end: "2017-12-11", reading: "no later than Mon 11 Dec 2017 (on or before it)" });
    expect(resolved).not.toHaveProperty("start");
  });

  it("resolveDatePhrase lets a bound on a beginning limit the event's start", () => {
    expect(resolveDatePhrase("due to resume by Tuesday", "2017-12-08")).toMatchObject({ kind: "bound", limits: "start", end: "2017-12-05" });
    expect(resolveDatePhrase("will begin no later than Tuesday", "2016-03-14")).toMatchObject({ kind: "bound", limits: "start", end: "2016-03-15" });
  });

  it("resolveDatePhrase returns null for a bound on a phrase it cannot read", () => {
    expect(resolveDatePhrase("by then", "2017-12-14")).toBeNull();
    expect(resolveDatePhrase("at the latest", "2017-12-14")).toBeNull();
  });

  it("resolveDatePhrase counts weeks from Sunday for a US article and says so", () => {
    const resolved = resolveDatePhrase("this week", "2017-12-14T08:20:00-05:00", { timezone: "America/New_York", week: weekConvention("en-US") });
    expect(resolved).toMatchObject({ kind: "period", start: "2017-12-10", end: "2017-12-16" });
    expect(resolved?.explanation).toBe(
      "'this week' in an article of Thu 14 Dec 2017 → Sun 10 Dec – Sat 16 Dec 2017 (weeks from Sunday, as in the article's locale en-US)",
    );
  });

  it("resolveDatePhrase counts weeks from Monday for a German article", () => {
    expect(resolveDatePhrase("this week", "2017-12-14", { week: weekConvention("en-DE") })).toMatchObject({
      start: "2017-12-11",
      end: "2017-12-17",
      reading: "Mon 11 Dec – Sun 17 Dec 2017 (weeks from Monday, as in the article's locale en-DE)",
    });
  });

  it("resolveDatePhrase applies the week convention to last and next week, and on the first day of a week", () => {
    const us = { week: weekConvention("en-US") };
    // Sunday 10 December 2017 starts a US week and ends an ISO one.
    expect(resolveDatePhrase("this week", "2017-12-10", us)).toMatchObject({ start: "2017-12-10", end: "2017-12-16" });
    expect(resolveDatePhrase("this week", "2017-12-10")).toMatchObject({ start: "2017-12-04", end: "2017-12-10" });
    expect(resolveDatePhrase("last week", "2017-12-14", us)).toMatchObject({ start: "2017-12-03", end: "2017-12-09" });
    expect(resolveDatePhrase("next week", "2017-11-21", us)).toMatchObject({ start: "2017-11-26", end: "2017-12-02" });
  });

  it("resolveDatePhrase reads a date-time in the article's time zone", () => {
    // 03:00 UTC on the 14th is still the evening of the 13th in New York.
    expect(resolveDatePhrase("today", "2017-12-14T03:00:00Z", { timezone: "America/New_York" })?.start).toBe("2017-12-13");
    expect(resolveDatePhrase("today", "2017-12-14T03:00:00Z")?.start).toBe("2017-12-14");
  });
});
