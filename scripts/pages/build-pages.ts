import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildDatasetIndex, type DatasetIndex } from "../../src/dataset/dataset-index";
import { formatCalendarDate } from "../../src/dataset/format-date";
import { checkDataset } from "../../src/dataset/check-dataset";
import { EVENTS_FOLDER, eventPagePath } from "../../src/url/site-path";
import { drawEventCard, drawHomeCard, laneOrderById, loadCardFonts } from "./card";
import { eventDateLine } from "./describe-event";
import { CARD_FILE, eventCardAlt, renderEventPage } from "./event-page";
import { renderHomePage } from "./home-page";
import { renderRemovedPage } from "./removed-page";
import { parseRemovedEvents } from "./removed-events";
import { robotsTxt, sitemapXml } from "./site-files";

export interface BuildPagesOptions {
  /** The folder `vite build` wrote: its index.html is the template, its data/timeline.json the dataset. */
  distDir: string;
  /** The removed-events list, e.g. data/removed.yaml; a missing file means none. */
  removedFile: string;
  /** The absolute site address ending in "/", or null (see `normalizeSiteUrl`). */
  siteUrl: string | null;
}

export interface BuildPagesResult {
  eventPages: number;
  removedPages: number;
  cards: number;
  /** How long drawing every card took, in milliseconds. */
  cardMs: number;
}

function readIndex(distDir: string): DatasetIndex {
  const file = join(distDir, "data", "timeline.json");
  const parsed = checkDataset(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} does not match the schema; run npm run data`);
  return buildDatasetIndex(parsed.data);
}

/** The folder of a page below the site root, for writing it. */
function pageFolder(distDir: string, id: string): string {
  const folder = join(distDir, EVENTS_FOLDER, id);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** The dataset's span as the home card says it: "September 2015 – December 2017". */
function rangeLine(index: DatasetIndex): string {
  const month = (day: string) => formatCalendarDate(day.slice(0, 7));
  return `${month(index.dataset.range.start)} – ${month(index.dataset.range.end)} · ${index.events.length} events, each with its sources`;
}

/**
 * Writes, into a built site: a page and a preview card per event, a page per removed event,
 * the home page's previews and card, and (with a site URL) sitemap.xml and robots.txt's sitemap line.
 */
export async function buildPages({ distDir, removedFile, siteUrl }: BuildPagesOptions): Promise<BuildPagesResult> {
  const template = readFileSync(join(distDir, "index.html"), "utf8");
  // The home page is written over the template, so a second run would start from a page, not from vite's output.
  if (template.includes('property="og:type"')) throw new Error(`${join(distDir, "index.html")} already has its pages; run vite build (or npm run build) first`);
  const index = readIndex(distDir);
  const removedText = existsSync(removedFile) ? readFileSync(removedFile, "utf8") : "[]";
  const { removed, errors } = parseRemovedEvents(removedText, removedFile, new Set(index.positionById.keys()));
  if (errors.length > 0) throw new Error(errors.join("\n"));

  const alts = index.events.map((event) => eventCardAlt(event, index.dataset.title, eventDateLine(event)));
  const homeAlt = `${index.dataset.title}: ${rangeLine(index)}, with every event on the timeline.`;
  index.events.forEach((event, position) => {
    writeFileSync(join(pageFolder(distDir, event.id), "index.html"), renderEventPage(template, index, position, siteUrl, alts[position]!));
  });
  for (const item of removed) writeFileSync(join(pageFolder(distDir, item.id), "index.html"), renderRemovedPage(template, index, item));
  writeFileSync(join(distDir, "index.html"), renderHomePage(template, index, siteUrl, homeAlt));

  const started = performance.now();
  const fonts = loadCardFonts();
  const orders = laneOrderById(index);
  const cards = await Promise.all(index.events.map((event) => drawEventCard(index, orders, event, eventDateLine(event), fonts)));
  cards.forEach((png, position) => writeFileSync(join(distDir, EVENTS_FOLDER, index.events[position]!.id, CARD_FILE), png));
  writeFileSync(join(distDir, CARD_FILE), await drawHomeCard(index, orders, rangeLine(index), fonts));
  const cardMs = performance.now() - started;

  const robotsFile = join(distDir, "robots.txt");
  if (siteUrl !== null) {
    writeFileSync(join(distDir, "sitemap.xml"), sitemapXml([siteUrl, ...index.events.map((event) => `${siteUrl}${eventPagePath(event.id)}`)]));
  }
  if (existsSync(robotsFile)) writeFileSync(robotsFile, robotsTxt(readFileSync(robotsFile, "utf8"), siteUrl === null ? null : `${siteUrl}sitemap.xml`));
  return { eventPages: index.events.length, removedPages: removed.length, cards: cards.length + 1, cardMs };
}
