import type { TimelineEvent } from "../dataset/schema";

/**
 * The bundled dataset's events (data/events.yaml) reduced to what the chart
 * reads, plus one month-precision event, for the chart's tests.
 */
export function fixtureEvent(fields: {
  id: string;
  title: string;
  start: string;
  end?: string;
  precision?: TimelineEvent["precision"];
  track?: string;
  sourceCount?: number;
}): TimelineEvent {
  const { sourceCount = 1, ...event } = fields;
  return {
    ...event,
    summary: event.title,
    actors: [],
    sources: Array.from({ length: sourceCount }, (_, i) => ({ article: `article-${i}`, quote: "A quotation." })),
    disputes: [],
  };
}

export const FIXTURE_TRACKS = ["Military campaign", "UN Geneva talks", "Astana and Sochi", "Other diplomacy"] as const;

/** 1 Sep 2015 – 31 Dec 2017 inclusive, as the bundled dataset's `range`. */
export const FIXTURE_DOMAIN = { start: Date.UTC(2015, 8, 1), end: Date.UTC(2018, 0, 1) };

export const FIXTURE_EVENTS: readonly TimelineEvent[] = [
  fixtureEvent({ id: "russian-air-campaign-begins-2015-09-30", title: "Russia begins its air campaign in Syria", start: "2015-09-30", track: "Military campaign", sourceCount: 1 }),
  fixtureEvent({ id: "geneva-talks-open-2016-01-29", title: "UN-mediated Geneva talks open under de Mistura", start: "2016-01-29", end: "2016-02-03", track: "UN Geneva talks", sourceCount: 2 }),
  fixtureEvent({ id: "cessation-of-hostilities-2016-02-27", title: "Nationwide cessation of hostilities takes effect", start: "2016-02-27", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "putin-announces-withdrawal-2016-03-14", title: "Putin orders most Russian forces out of Syria", start: "2016-03-14", track: "Military campaign", sourceCount: 1 }),
  fixtureEvent({ id: "geneva-round-resumes-2016-03-14", title: "Geneva talks resume for a new round", start: "2016-03-14", end: "2016-03-24", track: "UN Geneva talks", sourceCount: 1 }),
  fixtureEvent({ id: "putin-calls-assad-and-obama-2016-03-14", title: "Putin phones Assad and Obama about the drawdown", start: "2016-03-14", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "syrian-presidency-backs-drawdown-2016-03-14", title: "Damascus says the drawdown was agreed with Moscow", start: "2016-03-14", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "white-house-readout-2016-03-14", title: "White House welcomes less violence but warns Damascus", start: "2016-03-14", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "opposition-reacts-to-drawdown-2016-03-14", title: "Syrian rebels react with surprise and distrust", start: "2016-03-14", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "russian-pullback-begins-2016-03-15", title: "Russian pullback from Syria begins", start: "2016-03-15", track: "Military campaign", sourceCount: 1 }),
  fixtureEvent({ id: "eastern-aleppo-offensive-2016-11", title: "Government offensive on eastern Aleppo", start: "2016-11", track: "Military campaign", sourceCount: 0 }),
  fixtureEvent({ id: "astana-seventh-round-2017-10-30", title: "Seventh round of Astana talks", start: "2017-10-30", end: "2017-10-31", track: "Astana and Sochi", sourceCount: 1 }),
  fixtureEvent({ id: "putin-assad-sochi-talks-2017-11-20", title: "Putin and Assad meet in Sochi", start: "2017-11-20", track: "Astana and Sochi", sourceCount: 1 }),
  fixtureEvent({ id: "hijab-resigns-2017-11-20", title: "Opposition chief negotiator Riyad Hijab resigns", start: "2017-11-20", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "kremlin-discloses-sochi-talks-2017-11-21", title: "Kremlin makes the Putin–Assad talks public", start: "2017-11-21", track: "Astana and Sochi", sourceCount: 1 }),
  fixtureEvent({ id: "riyadh-opposition-conference-2017-11-22", title: "Syrian opposition conference in Riyadh", start: "2017-11-22", end: "2017-11-24", track: "Other diplomacy", sourceCount: 1 }),
  fixtureEvent({ id: "sochi-trilateral-summit-2017-11-22", title: "Russia, Turkey and Iran hold a Syria summit in Sochi", start: "2017-11-22", track: "Astana and Sochi", sourceCount: 1 }),
  fixtureEvent({ id: "geneva-eighth-round-2017-11-28", title: "Eighth round of Geneva talks", start: "2017-11-28", end: "2017-12-14", track: "UN Geneva talks", sourceCount: 3 }),
  fixtureEvent({ id: "jaafari-threatens-walkout-2017-12-01", title: "Government negotiator al-Jaafari threatens to quit the talks", start: "2017-12-01", track: "UN Geneva talks", sourceCount: 1 }),
  fixtureEvent({ id: "russian-military-declares-victory-2017-12-07", title: "Russian military declares its Syria mission accomplished", start: "2017-12-07", track: "Military campaign", sourceCount: 1 }),
  fixtureEvent({ id: "government-delegation-returns-2017-12-10", title: "Government delegation returns to Geneva", start: "2017-12-10", track: "UN Geneva talks", sourceCount: 1 }),
  fixtureEvent({ id: "putin-hmeimim-withdrawal-2017-12-11", title: "Putin visits Hmeimim and orders a partial withdrawal", start: "2017-12-11", track: "Military campaign", sourceCount: 3 }),
  fixtureEvent({ id: "de-mistura-rts-interview-2017-12-13", title: "De Mistura urges Putin to push Damascus toward elections", start: "2017-12-13", track: "UN Geneva talks", sourceCount: 3 }),
  fixtureEvent({ id: "jaafari-arrives-final-day-2017-12-14", title: "Al-Jaafari arrives on the round's last day", start: "2017-12-14", track: "UN Geneva talks", sourceCount: 1 }),
];
