import { expect, test, type Page } from "@playwright/test";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import { buildDatasetIndex } from "../../src/dataset/dataset-index";
import { parseDataset } from "../../src/dataset/parse-dataset-text";

const EVENTS = 100_000;
const CROWD = 20_000;
const DATA_PATH = `data/synthetic-list-${EVENTS}.json`;

/** 100,000 synthetic events; the last in date order names 20,000 actors. */
function crowdedDataset() {
  const dataset = generateSyntheticDataset({ events: EVENTS, seed: 1 });
  const order = buildDatasetIndex(parseDataset(dataset)).events;
  const last = order.at(-1)!;
  const crowd = Array.from({ length: CROWD }, (_, index) => ({ id: `crowd-${index + 1}`, name: `Crowd member ${index + 1}`, kind: "person" as const, aliases: [] }));
  dataset.actors.push(...crowd);
  dataset.events.find((event) => event.id === last.id)!.actors = crowd.map((actor) => actor.id);
  return { body: JSON.stringify(dataset), lastId: last.id, lastTitle: last.title };
}

const { body, lastId, lastTitle } = crowdedDataset();

test.beforeEach(async ({ page }) => {
  test.setTimeout(180_000);
  // Served from memory, so the test needs no generated file in dist/.
  await page.route(`**/${DATA_PATH}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
});

const list = (page: Page) => page.getByRole("list", { name: "Events in chronological order" });
const details = (page: Page) => page.getByRole("complementary", { name: "Event details" });

async function expectSelectedRowInView(page: Page) {
  const row = list(page).getByRole("listitem").filter({ has: page.locator('[aria-current="true"]') });
  await expect(row).toHaveAttribute("aria-posinset", String(EVENTS));
  await expect(row).toHaveAttribute("aria-setsize", String(EVENTS));
  await expect(row.getByRole("button")).toContainText(lastTitle);
  await expect(row).toBeInViewport();
}

test("a link to the last of 100,000 events in the List shows its row, its position, and its 20,000 actors capped", async ({ page }) => {
  await page.goto(`./?data=${DATA_PATH}&view=list&event=${lastId}`);
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText("Showing 100,000 of 100,000 events", { timeout: 120_000 });
  await expectSelectedRowInView(page);
  // Only the rows near the window are in the page.
  expect(await list(page).getByRole("listitem").count()).toBeLessThan(100);

  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(lastTitle);
  const actors = details(page).getByRole("region", { name: /^Actors/ });
  await expect(actors.getByRole("button", { name: /^Filter by/ })).toHaveCount(20);
  await actors.getByRole("button", { name: "Show all 20,000 actors" }).click();
  await expect(actors.getByRole("button", { name: /^Filter by/ })).toHaveCount(CROWD, { timeout: 30_000 });
  await expect(actors.getByRole("button", { name: "Show the first 20 only" })).toBeFocused();
});

test("switching from the Timeline to the List with the last of 100,000 events selected shows its row", async ({ page }) => {
  await page.goto(`./?data=${DATA_PATH}&event=${lastId}`);
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText("Showing 100,000 of 100,000 events", { timeout: 120_000 });
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(lastTitle);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "List" }).click();
  await expectSelectedRowInView(page);
  // ← steps back one event; its row is the one before.
  await page.keyboard.press("ArrowLeft");
  const selected = list(page).getByRole("listitem").filter({ has: page.locator('[aria-current="true"]') });
  await expect(selected).toHaveAttribute("aria-posinset", String(EVENTS - 1));
  await expect(selected).toBeInViewport();
});
