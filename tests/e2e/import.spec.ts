import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";

/** Runs on the bundled dataset that `npm run data` writes to public/data/timeline.json. */
const DATASET_TITLE = "Russia in Syria, 2015–2017";

const status = (page: Page) => page.getByRole("status").filter({ hasText: /^Showing [\d,]+ of [\d,]+ events/ });
const fileInput = (page: Page) => page.getByLabel("Dataset file");

async function exportFiltered(page: Page, format: RegExp): Promise<{ path: string; shown: number }> {
  await page.goto("./?view=list&actors=vladimir-putin");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  const shown = Number((await status(page).innerText()).match(/\d+/)![0]);
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export formats" }).getByRole("button", { name: format }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { path, shown };
}

for (const [label, format] of [["CSV", /^CSV/], ["JSON", /^JSON/]] as const) {
  test(`the exported ${label} of a filtered view opens as a dataset of exactly those events`, async ({ page }) => {
    const { path, shown } = await exportFiltered(page, format);
    const titles = await page.getByRole("list", { name: "Events in chronological order" }).getByRole("button").allTextContents();
    await page.goto("./?view=list");
    // Opened at once, while the bundled dataset may still load: the file must win.
    await fileInput(page).setInputFiles(path);
    await expect(status(page)).toHaveText(`Showing ${shown} of ${shown} events`);
    await expect(page.getByText(/^Opened from the file russia-in-syria-2015-2017-\d{4}-\d{2}-\d{2}\./)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
    await expect(page.getByRole("list", { name: "Events in chronological order" }).getByRole("button")).toHaveText(titles);
  });
}

const TIMELINEJS = [
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,Editor's notes",
  ',,,,,,,,,Sochi and after,"<p>Three summits, <b>one</b> war</p>",,,,,title,,,',
  "2017,11,22,,,,,,,Sochi summit,<p>Russia hosts Turkey &amp; Iran.</p>,https://www.dw.com/en/a-41787709,DW,Leaders in Sochi,,,Diplomacy,,check date",
  "2017,12,,,,,,,,Withdrawal month,Forces start to leave.,,,,,,Military,,",
  "2018,1,29,,2018,1,30,,,Congress in Sochi,The Syrian national dialogue congress.,,,,,,Diplomacy,,",
].join("\r\n");

test("a file opened while the bundled dataset still loads stays open when that load ends", async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/data\/timeline\.json$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await page.goto("./?view=list");
  await expect.poll(() => requested).toBe(true);
  await expect(page.getByRole("status").filter({ hasText: "Loading dataset…" })).toBeVisible();
  await fileInput(page).setInputFiles({ name: "sochi.csv", mimeType: "text/csv", buffer: Buffer.from(TIMELINEJS) });
  await expect(page.getByRole("heading", { level: 1, name: "Sochi and after" })).toBeVisible();
  release();
  // The bundled load's end (or its cancelling), and a render after it, must leave the opened file in place.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
  await expect(page.getByRole("heading", { level: 1, name: "Sochi and after" })).toBeVisible();
  await expect(status(page)).toHaveText("Showing 3 of 3 events");
});

test("a TimelineJS-template spreadsheet opens with its title, its events and a source link, naming the ignored column", async ({ page }) => {
  await page.goto("./?view=list");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  await fileInput(page).setInputFiles({ name: "sochi.csv", mimeType: "text/csv", buffer: Buffer.from(TIMELINEJS) });
  await expect(page.getByRole("heading", { level: 1, name: "Sochi and after" })).toBeVisible();
  await expect(page.getByText("Three summits, one war")).toBeVisible();
  await expect(status(page)).toHaveText("Showing 3 of 3 events");
  await expect(page.getByRole("status").filter({ hasText: "sochi.csv: ignored the column “Editor's notes”" })).toBeVisible();
  const list = page.getByRole("list", { name: "Events in chronological order" });
  await expect(list.getByRole("button")).toHaveCount(3);
  await list.getByRole("button", { name: /Sochi summit/ }).click();
  const details = page.getByRole("complementary", { name: "Event details" });
  await expect(details).toContainText("Russia hosts Turkey & Iran.");
  await expect(details.getByRole("link", { name: /Original article.*DW/ })).toHaveAttribute("href", "https://www.dw.com/en/a-41787709");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});

test("a spreadsheet with a bad row names the file, row and column, and keeps the dataset shown", async ({ page }) => {
  await page.goto("./?view=list");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  const before = await status(page).innerText();
  const bad = ["Year,Month,Day,Headline", "2017,11,22,Sochi summit", "20l7,12,11,Hmeimim"].join("\r\n");
  await fileInput(page).setInputFiles({ name: "events.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  const alert = page.getByRole("alert").filter({ hasText: "Could not open events.csv" });
  await expect(alert).toContainText("the dataset shown is unchanged");
  await expect(alert).toContainText('events.csv: row 3, column "Year": "20l7" is not a year');
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  await expect(status(page)).toHaveText(before);
});

test("an exported CSV with a formula-like title and a ';' in an actor's name opens back exactly", async ({ page }) => {
  const dataset = generateSyntheticDataset({ events: 3, seed: 1 });
  const title = '=HYPERLINK("http://evil.example","click me")';
  const actor = dataset.actors.find((each) => each.id === dataset.events[0]!.actors![0])!;
  actor.name = "Jaish al-Fatah; the Army of Conquest";
  dataset.events[0]!.title = title;
  await page.goto("./?view=list");
  await fileInput(page).setInputFiles({ name: "formulas.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(dataset)) });
  await expect(status(page)).toHaveText("Showing 3 of 3 events");
  const list = page.getByRole("list", { name: "Events in chronological order" });
  const titles = await list.getByRole("button").allTextContents();

  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("group", { name: "Export formats" }).getByRole("button", { name: /^CSV/ }).click();
  const download = await downloading;
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  const text = await readFile(path, "utf8");
  // The spreadsheet sees text, not a formula.
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click me"")"`);
  expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);

  await page.goto("./?view=list");
  await fileInput(page).setInputFiles(path);
  await expect(page.getByText(/^Opened from the file .*\.csv/)).toBeVisible();
  await expect(status(page)).toHaveText("Showing 3 of 3 events");
  await expect(list.getByRole("button")).toHaveText(titles);
  await list.getByRole("button", { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) }).click();
  const details = page.getByRole("complementary", { name: "Event details" });
  await expect(details.getByRole("heading", { name: title })).toBeVisible();
  await expect(details).toContainText("Jaish al-Fatah; the Army of Conquest");
});

test("a small JSON file with a bad date names the field the schema finds, though the page has no schema", async ({ page }) => {
  await page.goto("./?view=list");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  const dataset = generateSyntheticDataset({ events: 3, seed: 1 });
  dataset.events[1]!.start = "2017-13-01";
  await fileInput(page).setInputFiles({ name: "bad-date.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(dataset)) });
  const alert = page.getByRole("alert").filter({ hasText: "Could not open bad-date.json" });
  await expect(alert).toContainText('The dataset is not in the timeline format: events[1].start "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)');
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
});

test("a spreadsheet opened when the parsing worker cannot load says so, and keeps the dataset shown", async ({ page }) => {
  await page.goto("./?view=list");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  // As if the connection dropped after the page loaded: the worker's script never arrives.
  await page.route(/parse-dataset\.worker-[^/]*\.js$/, (route) => route.abort("internetdisconnected"));
  const sheet = ["Year,Month,Day,Headline", "2017,11,22,Sochi summit"].join("\r\n");
  await fileInput(page).setInputFiles({ name: "events.csv", mimeType: "text/csv", buffer: Buffer.from(sheet) });
  const alert = page.getByRole("alert").filter({ hasText: "Could not open events.csv" });
  await expect(alert).toContainText("Could not read events.csv: the parsing worker failed");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
});
