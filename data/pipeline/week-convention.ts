/**
 * Which day starts a week for an article's readers: "this week" in an American
 * outlet runs Sunday to Saturday, in a German one Monday to Sunday. The day
 * comes from the article's locale (CLDR week data, through Intl.Locale); an
 * article without a locale is read with ISO 8601 weeks, and the explanation
 * shown to readers says so.
 */

/** How week-relative phrases of one article are read. */
export interface WeekConvention {
  /** 0 = Sunday … 6 = Saturday. */
  firstDay: number;
  /** For explanations, e.g. "weeks from Sunday, as in the article's locale en-US". */
  description: string;
}

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** ISO 8601 weeks, for an article whose locale is not recorded. */
export const ISO_WEEK: WeekConvention = {
  firstDay: 1,
  description: "ISO weeks from Monday, as the article's locale is not recorded",
};

type WeekInfo = { firstDay: number };
/** Node 20 and Chromium expose `weekInfo`; newer runtimes rename it `getWeekInfo()`. */
type LocaleWithWeekInfo = Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };

/** The first day of the week in a BCP 47 locale such as "en-US" (CLDR: 1 = Monday … 7 = Sunday), or null where the runtime has no week data. */
export function localeFirstDay(locale: string): number | null {
  const value = new Intl.Locale(locale) as LocaleWithWeekInfo;
  const info = typeof value.getWeekInfo === "function" ? value.getWeekInfo() : value.weekInfo;
  return info ? info.firstDay % 7 : null;
}

/** The week convention for an article's locale (null: not recorded). */
export function weekConvention(locale: string | null): WeekConvention {
  if (locale === null) return ISO_WEEK;
  const firstDay = localeFirstDay(locale);
  if (firstDay === null) {
    return { firstDay: 1, description: `ISO weeks from Monday, as this runtime has no week data for the article's locale ${locale}` };
  }
  return { firstDay, description: `weeks from ${DAY_NAMES[firstDay]}, as in the article's locale ${locale}` };
}
