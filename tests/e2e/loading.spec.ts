import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";

/**
 * Datasets from another origin, as `?data=` loads them from the web: a big one
 * sent slowly, one from a server that does not allow CORS, and a gzip bomb.
 */
const EVENTS = 10_000;
const big = Buffer.from(JSON.stringify(generateSyntheticDataset({ events: EVENTS, seed: 3 })));
const PIECES = 40;
const PIECE_GAP_MS = 40;

// 200,000 articles, every URL bad: 19 MB, refused at the first.
const badUrls = Buffer.from(
  `{"title":"Bad links","description":"Every article's link is bad.","range":{"start":"2015-01-01","end":"2015-12-31"},"tracks":[],"articles":[${Array.from({ length: 200_000 }, (_, index) => JSON.stringify({ id: `a${index}`, outlet: null, headline: "T", published: "2015-10-30", url: `notaurl ${index}` })).join(",")}],"actors":[],"events":[]}`,
);
/** How much of the bad file the server sent, and whether the browser hung up before the end. */
const badUrlsSent = { bytes: 0, closedEarly: false };

let server: Server;
let origin: string;

test.beforeAll(async () => {
  // 110 MB of spaces: about 110 KB on the wire, more than the limit once inflated.
  const bomb = gzipSync(Buffer.alloc(110_000_000, " "), { level: 1 });
  server = createServer((request, response) => {
    const cors = { "access-control-allow-origin": "*" };
    if (request.url === "/slow.json") {
      response.writeHead(200, { ...cors, "content-type": "application/json", "content-length": big.length });
      const size = Math.ceil(big.length / PIECES);
      let sent = 0;
      const timer = setInterval(() => {
        response.write(big.subarray(sent, sent + size));
        sent += size;
        if (sent >= big.length) {
          clearInterval(timer);
          response.end();
        }
      }, PIECE_GAP_MS);
      request.on("close", () => clearInterval(timer));
    } else if (request.url === "/bad-urls.json") {
      response.writeHead(200, { ...cors, "content-type": "application/json", "content-length": badUrls.length });
      const size = 200_000;
      const timer = setInterval(() => {
        response.write(badUrls.subarray(badUrlsSent.bytes, badUrlsSent.bytes + size));
        badUrlsSent.bytes = Math.min(badUrls.length, badUrlsSent.bytes + size);
        if (badUrlsSent.bytes >= badUrls.length) {
          clearInterval(timer);
          response.end();
        }
      }, 50);
      request.on("close", () => {
        clearInterval(timer);
        if (badUrlsSent.bytes < badUrls.length) badUrlsSent.closedEarly = true;
      });
    } else if (request.url === "/no-cors.json") {
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    } else if (request.url === "/bomb.json") {
      // No content-length: the browser only learns the size by reading.
      response.writeHead(200, { ...cors, "content-type": "application/json", "content-encoding": "gzip" }).end(bomb);
    } else {
      response.writeHead(404, cors).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Reading = { now: number; max: number };

/** Records in the page every reading the progress bar named `label` shows, as it changes. */
async function recordProgress(page: Page, label: string) {
  await page.addInitScript((name) => {
    const readings: { now: number; max: number }[] = [];
    (window as unknown as { readings: typeof readings }).readings = readings;
    new MutationObserver(() => {
      const bar = [...document.querySelectorAll('[role="progressbar"]')].find((element) => element.getAttribute("aria-label") === name);
      const now = bar?.getAttribute("aria-valuenow");
      if (!bar || now === null || now === undefined) return;
      const reading = { now: Number(now), max: Number(bar.getAttribute("aria-valuemax")) };
      const last = readings[readings.length - 1];
      if (!last || last.now !== reading.now || last.max !== reading.max) readings.push(reading);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, label);
  return () => page.evaluate(() => (window as unknown as { readings: Reading[] }).readings);
}

test("a big dataset sent slowly shows a progress bar that fills to its end, then the dataset", async ({ page }) => {
  const readings = await recordProgress(page, "Loading the dataset");
  await page.goto(`./?data=${encodeURIComponent(`${origin}/slow.json`)}`);
  const bar = page.getByRole("progressbar", { name: "Loading the dataset" });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuetext", /^Received [\d.]+ (KB|MB) of [\d.]+ MB$/);
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText(`Showing 10,000 of 10,000 events`, { timeout: 30_000 });
  await expect(bar).toHaveCount(0);

  const seen = await readings();
  expect(seen.length).toBeGreaterThan(2);
  expect(seen.every(({ max }) => max === big.length)).toBe(true);
  expect(seen.map(({ now }) => now)).toEqual([...seen.map(({ now }) => now)].sort((a, b) => a - b));
  expect(seen[0]!.now).toBeLessThan(big.length);
  expect(seen.at(-1)!.now).toBe(big.length);
});

test("opening a big dataset file shows its progress to the end, then the dataset", async ({ page }) => {
  const readings = await recordProgress(page, "Opening research.json");
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Russia in Syria, 2015–2017" })).toBeVisible();
  await page.getByLabel("Dataset file").setInputFiles({ name: "research.json", mimeType: "application/json", buffer: big });
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText(`Showing 10,000 of 10,000 events`, { timeout: 30_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  const seen = await readings();
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.at(-1)).toEqual({ now: big.length, max: big.length });
});

test("a big dataset sent slowly is refused at its first bad entry, with its message, before the rest is sent", async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${origin}/bad-urls.json`)}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText('The dataset is not in the timeline format: articles[0].url "notaurl 0" is not an http(s) URL', { timeout: 30_000 });
  // At 4 MB a second the whole file takes 5 s; the refusal comes with its first pieces, and the download stops.
  expect(badUrlsSent.bytes).toBeLessThan(badUrls.length / 2);
  await expect.poll(() => badUrlsSent.closedEarly).toBe(true);
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("a dataset from a server that does not allow CORS says so, and that opening the file works", async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${origin}/no-cors.json`)}`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(`Could not load ${origin}/no-cors.json: its server does not allow cross-origin requests (CORS)`);
  await expect(alert).toContainText("open it with “Open dataset”");
  await alert.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Russia in Syria, 2015–2017" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});

test("a gzip bomb is refused at the size limit, not read whole", async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${origin}/bomb.json`)}`);
  await expect(page.getByRole("alert")).toContainText(`${origin}/bomb.json is more than 100 MB; the limit is 100 MB`, { timeout: 30_000 });
  await expect(page.getByRole("alert").getByRole("button", { name: "Retry" })).toBeVisible();
});
