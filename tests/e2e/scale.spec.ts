import { expect, test } from "@playwright/test";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";

const EVENTS = 10_000;
const DATA_PATH = `data/synthetic-${EVENTS}.json`;

test.beforeEach(async ({ page }) => {
  // Served from memory, so the test needs no generated file in dist/.
  const body = JSON.stringify(generateSyntheticDataset({ events: EVENTS, seed: 1 }));
  await page.route(`**/${DATA_PATH}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
});

test("a 10,000-event dataset loads, zooms in to single events, and a selected event shows its details", async ({ page }) => {
  await page.goto(`./?data=${DATA_PATH}`);
  await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toHaveText("Showing 10,000 of 10,000 events", { timeout: 30_000 });

  const timeline = page.getByRole("region", { name: "Timeline" });
  // Zoomed out, 10,000 events are drawn as counts per period, not as marks.
  await expect(timeline.getByRole("group", { name: /events, shown as counts; zoom in to see them$/ }).first()).toBeVisible();

  const marks = timeline.getByRole("group", { name: /events? in view$/ }).getByRole("button");
  const zoomIn = timeline.getByRole("button", { name: "Zoom in" });
  for (let step = 0; step < 40 && (await marks.count()) === 0; step++) {
    await zoomIn.click();
  }
  const mark = marks.first();
  await expect(mark).toBeVisible();

  await mark.focus();
  await expect(mark).toBeFocused();
  const name = (await mark.getAttribute("aria-label"))!;
  const title = name.slice(0, name.lastIndexOf(", "));
  await page.keyboard.press("Enter");

  const details = page.getByRole("complementary", { name: "Event details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(title);
  await expect(details.getByRole("heading", { name: /Sources?/ })).toBeVisible();
  await expect(details).toContainText("the article said");
});
