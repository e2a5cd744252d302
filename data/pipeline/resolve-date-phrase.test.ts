// @vitest-environment node
import { describe, expect, it } from "vitest";
import { resolveDatePhrase } from "./resolve-date-phrase";

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
  ["set to end Friday at the latest", "2017-12-14", "day", "2017-12-15", undefined, "Fri 15 Dec 2017"],
  ["on Tuesday", "2017-11-21", "day", "2017-11-21", undefined, "Tue 21 Nov 2017"],
  ["On Monday", "2017-11-21", "day", "2017-11-20", undefined, "Mon 20 Nov 2017"],
  ["On November 20", "2017-11-21", "day", "2017-11-20", undefined, "Mon 20 Nov 2017"],
  ["Thursday’s", "2017-11-21", "day", "2017-11-23", undefined, "Thu 23 Nov 2017"],
  ["on Tuesday and Wednesday", "2017-11-21", "span", "2017-11-21", "2017-11-22", "Tue 21 Nov – Wed 22 Nov 2017"],
  ["next week", "2017-11-21", "period", "2017-11-27", "2017-12-03", "Mon 27 Nov – Sun 3 Dec 2017"],
  ["this week", "2017-12-14", "period", "2017-12-11", "2017-12-17", "Mon 11 Dec – Sun 17 Dec 2017"],
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
      "'next week' in an article of Tue 21 Nov 2017 → Mon 27 Nov – Sun 3 Dec 2017",
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
    expect(resolveDatePhrase("last week", "2017-01-03")).toMatchObject({ start: "2016-12-26", end: "2017-01-01", reading: "Mon 26 Dec 2016 – Sun 1 Jan 2017" });
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
});
