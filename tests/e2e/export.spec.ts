import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";

/** Runs on the bundled dataset that `npm run data` writes to public/data/timeline.json. */
const DATASET_TITLE = "Russia in Syria, 2015–2017";
const FILE_NAME = /^russia-in-syria-2015-2017-\d{4}-\d{2}-\d{2}\./;

const status = (page: Page) => page.getByRole("status").filter({ hasText: /^Showing [\d,]+ of [\d,]+ events/ });

/** Opens the list filtered to Vladimir Putin and returns how many events it shows. */
async function openFiltered(page: Page): Promise<number> {
  await page.goto("./?view=list&actors=vladimir-putin");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  const [shown, total] = (await status(page).innerText()).match(/\d+/g)!.map(Number) as [number, number];
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  return shown;
}

async function exportAs(page: Page, format: RegExp): Promise<{ name: string; text: string }> {
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export formats" }).getByRole("button", { name: format }).click();
  const download = await downloading;
  const text = await readFile((await download.path())!, "utf8");
  return { name: download.suggestedFilename(), text };
}

test("exports the filtered events as CSV: one row per event shown, with a header", async ({ page }) => {
  const shown = await openFiltered(page);
  const { name, text } = await exportAs(page, /^CSV/);
  expect(name).toMatch(new RegExp(`${FILE_NAME.source}csv$`));
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(shown);
  for (const row of rows) expect(row.actors).toContain("Vladimir Putin");
  await expect(page.getByRole("status").filter({ hasText: `Exported ${shown} events to ${name}` })).toBeVisible();
});

test("exports the filtered events as a JSON dataset with only the actors and articles they use", async ({ page }) => {
  const shown = await openFiltered(page);
  const { name, text } = await exportAs(page, /^JSON/);
  expect(name).toMatch(new RegExp(`${FILE_NAME.source}json$`));
  const dataset = JSON.parse(text) as { title: string; events: { actors: string[]; sources: { article: string }[] }[]; actors: { id: string }[]; articles: { id: string }[] };
  expect(dataset.title).toBe(DATASET_TITLE);
  expect(dataset.events).toHaveLength(shown);
  expect(dataset.actors.map((actor) => actor.id).sort()).toEqual([...new Set(dataset.events.flatMap((event) => event.actors))].sort());
  expect(dataset.events.every((event) => event.actors.includes("vladimir-putin"))).toBe(true);
});

test("exports the filtered events as a calendar: one VEVENT per event shown", async ({ page }) => {
  const shown = await openFiltered(page);
  const { name, text } = await exportAs(page, /^Calendar/);
  expect(name).toMatch(new RegExp(`${FILE_NAME.source}ics$`));
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(shown);
  expect(text.match(/^DTSTART;VALUE=DATE:\d{8}\r$/gm)).toHaveLength(shown);
});

test("the Export menu works from the keyboard and passes axe", async ({ page }) => {
  await openFiltered(page);
  const toggle = page.getByRole("button", { name: "Export" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  const formats = page.getByRole("group", { name: "Export formats" });
  await expect(formats).toBeVisible();
  await expect(formats.getByRole("button", { name: /^CSV/ })).toBeFocused();
  const results = await new AxeBuilder({ page }).include("main").analyze();
  expect(results.violations).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(formats).toBeHidden();
  await expect(toggle).toBeFocused();
});

test("exporting 100,000 events shows its progress, can be read while it runs, and writes every event", async ({ page }) => {
  test.setTimeout(180_000);
  const body = JSON.stringify(generateSyntheticDataset({ events: 100_000, seed: 1 }));
  await page.route("**/data/synthetic-100000.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto("./?data=data/synthetic-100000.json");
  await expect(status(page)).toHaveText("Showing 100,000 of 100,000 events", { timeout: 60_000 });

  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download", { timeout: 120_000 });
  await page.getByRole("group", { name: "Export formats" }).getByRole("button", { name: /^Calendar/ }).click();
  await expect(page.getByRole("progressbar", { name: "Export progress" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Exporting 100,000 events as Calendar (.ics)…" })).toBeVisible();
  // The page still answers while the file is built.
  await page.getByRole("link", { name: "List" }).click();
  await expect(page.getByRole("list", { name: "Events in chronological order" })).toBeVisible();
  const download = await downloading;
  const text = await readFile((await download.path())!, "utf8");
  expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(100_000);
  await expect(page.getByRole("progressbar", { name: "Export progress" })).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: /^Exported 100,000 events to / })).toBeVisible();
});
