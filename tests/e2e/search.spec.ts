import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Runs on the bundled dataset that `npm run data` writes to public/data/timeline.json. */
const DATASET_TITLE = "Russia in Syria, 2015–2017";
const HMEIMIM = "putin-hmeimim-withdrawal-2017-12-11";
const HMEIMIM_TITLE = "Putin visits Hmeimim and orders a partial withdrawal";
const PULLBACK_TITLE = "Russian pullback from Syria begins";

async function open(page: Page, search = "") {
  await page.goto(`./${search}`);
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
}

const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search events" });
const status = (page: Page) => page.getByRole("status").filter({ hasText: /^Showing \d+ of \d+ events/ });
const rows = (page: Page) => page.getByRole("list", { name: "Events in chronological order" }).getByRole("button");
const details = (page: Page) => page.getByRole("complementary", { name: "Event details" });
const total = async (page: Page) => Number((await status(page).innerText()).match(/of (\d+) events/)![1]);

test('searching "Sputnik" shows exactly the event whose quotation says it, marked', async ({ page }) => {
  await open(page, "?view=list");
  const all = await total(page);
  await searchBox(page).fill("Sputnik");
  await expect(status(page)).toHaveText(`Showing 1 of ${all} events matching "Sputnik"`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(PULLBACK_TITLE);
  await expect(rows(page).first().locator("mark")).toHaveText(["Sputnik"]);
  await rows(page).first().click();
  await expect(details(page).locator("blockquote mark")).toHaveText(["Sputnik"]);
  await expect(page).toHaveURL(/q=Sputnik/);
});

test('"Hemeimeem", a spelling only one quotation uses, finds the Hmeimim visit, whatever the case', async ({ page }) => {
  await open(page, "?view=list");
  await searchBox(page).fill("HEMEIMEEM");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(HMEIMIM_TITLE);
  await expect(rows(page).first().locator("mark")).toHaveText(["Hemeimeem"]);
});

test("a link with q= opens the same result in a fresh browser", async ({ browser, page }) => {
  await open(page, "?view=list");
  await searchBox(page).fill("withdr");
  await expect(status(page)).toContainText('matching "withdr"');
  await expect(page).toHaveURL(/q=withdr/);
  const link = page.url();
  const titles = await rows(page).allInnerTexts();
  expect(titles.length).toBeGreaterThan(1);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(searchBox(other)).toHaveValue("withdr");
    await expect(status(other)).toHaveText(await status(page).innerText());
    expect(await rows(other).allInnerTexts()).toEqual(titles);
  } finally {
    await fresh.close();
  }
});

test("a search and an actor filter narrow together", async ({ page }) => {
  await open(page, "?view=list");
  await searchBox(page).fill("Geneva");
  await expect(status(page)).toContainText('matching "Geneva"');
  const searched = await rows(page).count();
  await page.getByRole("checkbox", { name: "Vladimir Putin" }).check();
  await expect(status(page)).toContainText('matching "Geneva", involving Vladimir Putin');
  const both = await rows(page).count();
  expect(both).toBeGreaterThan(0);
  expect(both).toBeLessThan(searched);
  await expect(rows(page).filter({ hasText: "Vladimir Putin" })).toHaveCount(both);
  await expect(page).toHaveURL(/actors=vladimir-putin&q=Geneva/);
});

test("Back undoes a search, typed a key at a time", async ({ page }) => {
  await open(page, "?view=list");
  const before = await status(page).innerText();
  const entries = await page.evaluate(() => history.length);
  await searchBox(page).pressSequentially("Sputnik", { delay: 30 });
  await expect(page).toHaveURL(/q=Sputnik$/);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  await page.goBack();
  await expect(searchBox(page)).toHaveValue("");
  await expect(status(page)).toHaveText(before);
  await expect(page).not.toHaveURL(/q=/);
});

test("/ focuses the search from anywhere; Esc in it clears it", async ({ page }) => {
  await open(page);
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("/");
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type("Sochi");
  await expect(status(page)).toContainText('matching "Sochi"');
  await page.keyboard.press("Escape");
  await expect(searchBox(page)).toHaveValue("");
  await expect(status(page)).toHaveText(/^Showing (\d+) of \1 events$/);
});

test("facets: a track, and only the disputed events, with honest counts and in the address", async ({ page }) => {
  await open(page, "?view=list");
  const all = await total(page);
  const disputed = page.getByRole("checkbox", { name: "Only events the sources dispute" });
  const disputedCount = Number((await disputed.getAttribute("aria-describedby").then((id) => page.locator(`[id="${id}"]`).innerText())).split(" ")[0]);
  expect(disputedCount).toBeGreaterThan(0);
  expect(disputedCount).toBeLessThan(all);
  await disputed.check();
  await expect(status(page)).toHaveText(`Showing ${disputedCount} of ${all} events that the sources dispute`);
  await expect(rows(page)).toHaveCount(disputedCount);
  const track = page.getByRole("checkbox", { name: "UN Geneva talks" });
  const trackCount = Number((await page.locator(`[id="${await track.getAttribute("aria-describedby")}"]`).innerText()).split(" ")[0]);
  await track.check();
  await expect(rows(page)).toHaveCount(trackCount);
  await expect(page).toHaveURL(/tracks=UN\+Geneva\+talks&disputed=1/);
});

test("no serious or critical accessibility violations with a search active, at desktop and phone widths", async ({ page }) => {
  for (const { search, width } of [
    { search: "?view=list&q=withdrawal", width: 1280 },
    { search: `?q=withdrawal&event=${HMEIMIM}`, width: 1280 },
    { search: "?view=list&q=withdrawal&tracks=Military+campaign", width: 375 },
    { search: `?q=Hemeimeem&event=${HMEIMIM}`, width: 375 },
    { search: "?q=nothing-matches-this", width: 375 },
  ]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page, search);
    await expect(status(page)).toContainText("matching");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${search} ${width}px: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
