// @vitest-environment node
import { describe, expect, it } from "vitest";
import { ISO_WEEK, localeFirstDay, weekConvention } from "./week-convention";

describe("weekConvention", () => {
  it("weekConvention starts US and Israeli weeks on Sunday", () => {
    expect(weekConvention("en-US")).toEqual({ firstDay: 0, description: "weeks from Sunday, as in the article's locale en-US" });
    expect(weekConvention("en-IL").firstDay).toBe(0);
  });

  it("weekConvention starts German and British weeks on Monday", () => {
    expect(weekConvention("en-DE")).toEqual({ firstDay: 1, description: "weeks from Monday, as in the article's locale en-DE" });
    expect(weekConvention("en-GB").firstDay).toBe(1);
  });

  it("weekConvention falls back to ISO weeks without a locale", () => {
    expect(weekConvention(null)).toBe(ISO_WEEK);
    expect(ISO_WEEK.firstDay).toBe(1);
  });

  it("localeFirstDay reads CLDR's first day of the week", () => {
    expect(localeFirstDay("ar-EG")).toBe(6);
    expect(localeFirstDay("fr-FR")).toBe(1);
  });
});
