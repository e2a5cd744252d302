import type { Browser, Page } from "@playwright/test";
import { instrument, type BenchWindow } from "./session";
import { ourApp } from "./targets";

/** One export or one open: the reader's action → its result painted, and the longest task in between. */
export interface Timed {
  ms: number;
  longestTaskMs: number;
}

export const EXPORTS = [
  { id: "csv", button: /^CSV/ },
  { id: "json", button: /^JSON/ },
  { id: "ics", button: /^Calendar/ },
] as const;

export type ExportId = (typeof EXPORTS)[number]["id"];

/** What one run measured: each export from a loaded dataset, and opening the same dataset from a file as CSV and as JSON. */
export interface DataInOutResult {
  exports: Record<ExportId, Timed>;
  open: { csv: Timed; json: Timed };
}

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript("globalThis.__name = (fn) => fn;");
  await page.addInitScript(instrument);
  return page;
}

/**
 * Starts listening for `trigger` (a DOM event, captured on the document) and
 * resolves once a status line matches `pattern` and a frame has painted: the
 * time between, and the longest task from the trigger on.
 */
function timeUntilStatus(page: Page, trigger: "click" | "change", pattern: RegExp): Promise<Timed> {
  return page.evaluate(
    ([trigger, source]) =>
      new Promise<Timed>((resolve) => {
        let started = Number.NaN;
        document.addEventListener(trigger, () => (started = performance.now()), { capture: true, once: true });
        const pattern = new RegExp(source);
        const shown = () => [...document.querySelectorAll('[role="status"]')].some((node) => pattern.test(node.textContent ?? ""));
        const observer = new MutationObserver(() => {
          if (Number.isNaN(started) || !shown()) return;
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => {
              const ended = performance.now();
              const tasks = (window as unknown as BenchWindow).__bench.longTasks.filter((task) => task.start >= started && task.start < ended);
              resolve({ ms: ended - started, longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)) });
            }),
          );
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    [trigger, pattern.source] as const,
  );
}

/** Export → format on a loaded page, until "Exported N events" is shown and the file has downloaded. */
async function timeExport(page: Page, { id, button }: (typeof EXPORTS)[number], events: number, timeoutMs: number): Promise<Timed> {
  await page.getByRole("button", { name: "Export" }).click();
  // The file name's extension tells this export's message from the one before.
  const timed = timeUntilStatus(page, "click", new RegExp(`Exported ${events.toLocaleString("en")} events to .*\\.${id}`));
  const downloading = page.waitForEvent("download", { timeout: timeoutMs });
  await page.getByRole("group", { name: "Export formats" }).getByRole("button", { name: button }).click();
  const download = await downloading;
  await download.path();
  await download.delete();
  return timed;
}

/** Open dataset with a file, on a page showing the bundled dataset, until "Showing N of N events". */
async function timeOpen(browser: Browser, baseURL: string, file: string, events: number, timeoutMs: number): Promise<Timed> {
  const page = await newPage(browser, baseURL);
  try {
    await page.goto("/");
    await ourApp.waitUntilReady(page, timeoutMs);
    const count = events.toLocaleString("en");
    const timed = timeUntilStatus(page, "change", new RegExp(`Showing ${count} of ${count} events`));
    await page.getByLabel("Dataset file").setInputFiles(file);
    return await timed;
  } finally {
    await page.context().close();
  }
}

export async function measureDataInOut(
  browser: Browser,
  baseURL: string,
  dataset: { url: string; jsonFile: string; csvFile: string; events: number },
  timeoutMs: number,
): Promise<DataInOutResult> {
  const page = await newPage(browser, baseURL);
  const exports = {} as Record<ExportId, Timed>;
  try {
    await page.goto(ourApp.url(dataset.url));
    await ourApp.waitUntilReady(page, timeoutMs);
    for (const format of EXPORTS) exports[format.id] = await timeExport(page, format, dataset.events, timeoutMs);
  } finally {
    await page.context().close();
  }
  const csv = await timeOpen(browser, baseURL, dataset.csvFile, dataset.events, timeoutMs);
  const json = await timeOpen(browser, baseURL, dataset.jsonFile, dataset.events, timeoutMs);
  return { exports, open: { csv, json } };
}
