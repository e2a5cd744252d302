import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { generateSyntheticDataset } from "../scripts/synthetic-dataset";

/** A hostile file near the size limit and the message it must be refused with. */
export interface RejectionCase {
  label: string;
  file: string;
  megabytes: number;
  message: string;
}

/** The synthetic dataset's fields before its lists, so each case fails only where it means to. */
function headOf(dataset: ReturnType<typeof generateSyntheticDataset>): string {
  const { title, description, range, tracks } = dataset;
  return JSON.stringify({ title, description, range, tracks }).slice(1, -1);
}

/**
 * Writes the rejection cases into `folder`: a million `{}` events (3 MB), a
 * million articles with a bad URL (94 MB), and 90 MB of valid events with a
 * bad one near the end, which can only be refused once its bytes arrive.
 */
export function writeRejectionCases(folder: string): RejectionCase[] {
  const small = generateSyntheticDataset({ events: 10, seed: 1 });
  const head = headOf(small);
  const lists = `"articles":${JSON.stringify(small.articles)},"actors":${JSON.stringify(small.actors)}`;
  const emptyEvents = `{${head},${lists},"events":[${Array(1_000_000).fill("{}").join(",")}]}`;
  const badArticles = `{${head},"articles":[${Array.from({ length: 1_000_000 }, (_, index) => JSON.stringify({ id: `a${index}`, outlet: null, headline: "T", published: "2015-10-30", url: `notaurl ${index}` })).join(",")}],"actors":[],"events":[]}`;
  const big = generateSyntheticDataset({ events: 340_000, seed: 1 });
  const late = big.events.length - 10;
  (big.events[late] as { start: string }).start = "2017-13-01";
  const lateBad = JSON.stringify(big);
  const cases = [
    { label: "1,000,000 `{}` events", name: "reject-empty-events.json", text: emptyEvents, message: "events[0].id is missing" },
    { label: "1,000,000 articles with a bad URL", name: "reject-bad-urls.json", text: badArticles, message: 'articles[0].url "notaurl 0" is not an http(s) URL' },
    { label: `${(big.events.length - 1).toLocaleString("en-US")} valid events, then a bad one ${late.toLocaleString("en-US")}th`, name: "reject-late-event.json", text: lateBad, message: `events[${late}].start "2017-13-01" is not a date` },
  ];
  return cases.map(({ label, name, text, message }) => {
    writeFileSync(join(folder, name), text);
    return { label, file: name, megabytes: Buffer.byteLength(text) / 1e6, message };
  });
}

/** Navigation start → the error alert showing the case's message, in ms, each run (NaN where it did not show in time). */
export async function measureRejection(browser: Browser, origin: string, testCase: RejectionCase, runs: number, timeoutMs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await page.goto(`./?data=${encodeURIComponent(`/data/${testCase.file}`)}`, { waitUntil: "commit" });
    try {
      await page.waitForFunction((message) => [...document.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent?.includes(message)), testCase.message, { timeout: timeoutMs, polling: "raf" });
      times.push(await page.evaluate(() => performance.now()));
    } catch {
      times.push(Number.NaN);
    }
    await context.close();
  }
  return times;
}
