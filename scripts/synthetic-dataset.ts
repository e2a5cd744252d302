import { DAY_MS } from "../src/dataset/event-time";
import type { DatasetInput } from "../src/dataset/schema";
import { exponential, mulberry32, pick, randomInt, zipfSampler, type Random } from "./random";

/** What to generate: how many events, from which seed. */
export interface SyntheticOptions {
  events: number;
  seed: number;
}

type SyntheticEvent = DatasetInput["events"][number];

const RANGE = { start: "2011-01-01", end: "2020-12-31" } as const;
const RANGE_START_MS = Date.parse(RANGE.start);
const RANGE_DAYS = (Date.parse(RANGE.end) - RANGE_START_MS) / DAY_MS + 1;

const TRACKS = ["Military", "Diplomacy", "Talks", "Humanitarian", "Politics", "Economy"] as const;
const PLACES = ["Aleppo", "Damascus", "Homs", "Idlib", "Latakia", "Raqqa", "Deir ez-Zor", "Palmyra", "Hama", "Daraa", "Geneva", "Astana", "Moscow", "Vienna", "Sochi", "Ankara", "Tehran", "New York"] as const;
const ACTIONS: Record<(typeof TRACKS)[number], readonly string[]> = {
  Military: ["Air strikes", "Ground offensive", "Artillery shelling", "Convoy attacked", "Base reinforced", "Ceasefire violation"],
  Diplomacy: ["Foreign ministers meet", "Envoy visits", "Joint statement", "Phone call between leaders", "Resolution drafted"],
  Talks: ["Talks round", "Proximity talks", "Technical consultations", "Delegations meet"],
  Humanitarian: ["Aid convoy enters", "Evacuation", "Hospital hit", "Refugees cross border", "Siege tightened"],
  Politics: ["Parliament vote", "Opposition congress", "Constitutional committee", "Cabinet reshuffle"],
  Economy: ["Sanctions announced", "Oil field seized", "Currency falls", "Reconstruction pledge"],
};
const OUTLETS = ["Reuters", "Associated Press", "Agence France-Presse", "TASS", "Al Jazeera", "BBC News", "The Guardian", null] as const;
const ACTOR_KINDS = ["person", "state", "organization", "group"] as const;
const NAME_PARTS = ["Al", "Ber", "Cal", "Dar", "Es", "Fen", "Gar", "Hal", "Ib", "Jas", "Kar", "Lun", "Mar", "Nor", "Or", "Pas", "Quin", "Ras", "Sol", "Tar", "Ul", "Var", "Wen", "Yar", "Zan"] as const;

function isoDay(dayIndex: number): string {
  return new Date(RANGE_START_MS + dayIndex * DAY_MS).toISOString().slice(0, 10);
}

function padded(prefix: string, index: number, width: number): string {
  return `${prefix}${String(index).padStart(width, "0")}`;
}

function actorName(random: Random, index: number): string {
  return `${pick(random, NAME_PARTS)}${pick(random, NAME_PARTS).toLowerCase()} ${pick(random, NAME_PARTS)}${pick(random, NAME_PARTS).toLowerCase()} ${index + 1}`;
}

/** A day index in the range: most near a crisis date (exponential falloff either side), the rest uniform. */
function eventDay(random: Random, crises: readonly number[]): number {
  if (random() < 0.3) return randomInt(random, 0, RANGE_DAYS - 1);
  const offset = Math.round(exponential(random, 6)) * (random() < 0.5 ? -1 : 1);
  return Math.min(RANGE_DAYS - 1, Math.max(0, pick(random, crises) + offset));
}

/**
 * A seeded synthetic dataset in the public format: bursts of events around a
 * few dozen crisis dates, ~10% spans (talks rounds of 2–20 days), ~5%
 * month-precision events, Zipf-distributed actors, six tracks, articles with
 * quotes and some disputes. Same options, same dataset.
 */
export function generateSyntheticDataset({ events: eventCount, seed }: SyntheticOptions): DatasetInput {
  const random = mulberry32(seed);
  const actorCount = Math.min(3000, Math.max(100, Math.round(eventCount / 30)));
  const articleCount = Math.min(2000, Math.max(5, Math.round(eventCount / 50)));
  const crises = Array.from({ length: 36 }, () => randomInt(random, 0, RANGE_DAYS - 1));

  const actors = Array.from({ length: actorCount }, (_, index) => ({
    id: padded("a", index + 1, 4),
    name: actorName(random, index),
    kind: pick(random, ACTOR_KINDS),
    aliases: random() < 0.2 ? [`${pick(random, NAME_PARTS)} group`] : [],
  }));
  const articles = Array.from({ length: articleCount }, (_, index) => {
    const outlet = pick(random, OUTLETS);
    return {
      id: padded("art", index + 1, 4),
      outlet,
      headline: `${pick(random, PLACES)}: report ${index + 1}`,
      published: isoDay(randomInt(random, 0, RANGE_DAYS - 1)),
      url: outlet === null ? null : `https://news.example.org/${index + 1}`,
    };
  });

  const nextActor = zipfSampler(random, actorCount, 1.1);
  const nextArticle = zipfSampler(random, articleCount, 0.8);
  const width = String(eventCount).length;
  const events: SyntheticEvent[] = [];
  for (let index = 0; index < eventCount; index++) {
    const track = pick(random, TRACKS);
    const place = pick(random, PLACES);
    const action = pick(random, ACTIONS[track]);
    const day = eventDay(random, crises);
    const shape = random();
    const isMonth = shape < 0.05;
    const isSpan = !isMonth && (shape < 0.15 || (track === "Talks" && shape < 0.6));
    const involved = new Set<string>();
    const actorTotal = randomInt(random, 1, 3);
    while (involved.size < actorTotal) involved.add(actors[nextActor()]!.id);
    const article = articles[nextArticle()]!.id;
    const event: SyntheticEvent = {
      id: padded("e", index + 1, width),
      title: `${action} in ${place}`,
      summary: `Synthetic event ${index + 1}.`,
      start: isMonth ? isoDay(day).slice(0, 7) : isoDay(day),
      track,
      place,
      actors: [...involved],
      sources: [{ article, quote: `${action}, the article said.` }],
    };
    if (isSpan) event.end = isoDay(Math.min(RANGE_DAYS - 1, day + randomInt(random, 2, 20) - 1));
    if (random() < 0.02) {
      event.disputes = [{ article: articles[nextArticle()]!.id, note: `Another report dates this ${randomInt(random, 1, 3)} days later; the event keeps the earlier date.` }];
    }
    events.push(event);
  }

  return {
    title: `Synthetic timeline (${eventCount.toLocaleString("en-US")} events, seed ${seed})`,
    description: "Generated by scripts/gen-dataset.ts for scale testing; every event and quotation is invented.",
    range: { ...RANGE },
    tracks: [...TRACKS],
    articles,
    actors,
    events,
  };
}
