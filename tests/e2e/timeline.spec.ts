import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";

/** Runs on the bundled dataset (public/data/timeline.json) and the synthetic 100,000-event one. */
const DATASET_TITLE = "Russia in Syria, 2015–2017";
const WITHDRAWAL = "Putin orders most Russian forces out of Syria, 14 March 2016";

async function open(page: Page, search = "") {
  await page.goto(`./${search}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Parsing the 100,000-event dataset takes a few seconds on a slow machine.
  await expect(chart(page)).toBeVisible({ timeout: 30_000 });
}

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline" });
const chart = (page: Page) => timeline(page).getByRole("group", { name: /^Events from / });
const axisLabels = (page: Page) => chart(page).locator("[data-part=axis] text").allTextContents();
const visiblePeriod = (page: Page) => timeline(page).getByRole("slider", { name: "Visible period" });

test("the whole range shows the key events with their labels", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DATASET_TITLE);
  for (const label of [
    "Putin orders most Russian forces out of Syria",
    "Putin visits Hmeimim and orders a partial withdrawal",
    "Putin and Assad meet in Sochi",
    "Russia, Turkey and Iran hold a Syria summit in Sochi",
    "First round of the 2016 Geneva talks",
    "Geneva talks resume for a second round",
    "Eighth round of Geneva talks",
  ]) {
    await expect(chart(page).locator("text", { hasText: label }).first()).toBeVisible();
  }
});

test("wheel zoom at the pointer narrows the window and changes the axis ticks", async ({ page }) => {
  await open(page);
  const before = await axisLabels(page);
  expect(before).toContain("2016");
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + 100);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -100);
  await expect(visiblePeriod(page)).not.toHaveAttribute("aria-valuetext", "1 September 2015 to 31 December 2017");
  await expect.poll(() => axisLabels(page)).not.toEqual(before);
  // Zoomed to weeks or days, the upper row names months ("October 2017") instead of years.
  expect((await axisLabels(page)).some((label) => /^[A-Z][a-z]+ 2017$/.test(label))).toBe(true);
  await expect(timeline(page).getByRole("button", { name: "Zoom out" })).toBeEnabled();
});

test("a selected mark keeps its row through 10 wheel steps in and 10 out", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  // A mark stacked under another, so keeping its row is not just row 0 being free.
  const mark = chart(page).locator('[role="button"][data-row]:not([data-row="0"])').first();
  const name = (await mark.getAttribute("aria-label"))!;
  const row = await mark.getAttribute("data-row");
  await mark.click();
  const selected = chart(page).getByRole("button", { name, exact: true });
  await expect(selected).toHaveAttribute("aria-pressed", "true");
  await expect(selected).toHaveAttribute("data-row", row!);
  const nextFrame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  for (const deltaY of [...Array<number>(10).fill(-100), ...Array<number>(10).fill(100)]) {
    // The mark's own centre (its group is translated there), not the middle of mark and label.
    const centre = await selected.evaluate((element) => {
      const matrix = (element as SVGGraphicsElement).getScreenCTM()!;
      return { x: matrix.e, y: matrix.f };
    });
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, deltaY);
    await nextFrame();
    await expect(selected).toHaveAttribute("data-row", row!);
  }
  await expect(visiblePeriod(page)).toHaveAttribute("aria-valuetext", "1 September 2015 to 31 December 2017");
});

test("dragging the plot pans the window to earlier dates", async ({ page }) => {
  await open(page, "?from=2016-02-01&to=2016-04-30");
  const start = Number(await visiblePeriod(page).getAttribute("aria-valuenow"));
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + 200, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 60, { steps: 5 });
  await page.mouse.move(box.x + 400, box.y + 60, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Number(await visiblePeriod(page).getAttribute("aria-valuenow"))).toBeLessThan(start);
});

test("pinching apart with two fingers zooms in", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  try {
    await open(page);
    const box = (await chart(page).boundingBox())!;
    const y = box.y + 120;
    const centre = box.x + box.width / 2;
    const touch = await context.newCDPSession(page);
    const fingers = (spread: number) => [
      { x: centre - spread, y, id: 1 },
      { x: centre + spread, y, id: 2 },
    ];
    await touch.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: fingers(20) });
    for (const spread of [40, 60, 80, 100]) {
      await touch.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: fingers(spread) });
    }
    await touch.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await expect(visiblePeriod(page)).not.toHaveAttribute("aria-valuetext", "1 September 2015 to 31 December 2017");
    // The slider runs from the domain's start to its end less the window's span.
    const travel = Number(await visiblePeriod(page).getAttribute("aria-valuemax")) - Number(await visiblePeriod(page).getAttribute("aria-valuemin"));
    const full = Date.UTC(2018, 0, 1) - Date.UTC(2015, 8, 1);
    expect(full - travel).toBeLessThan(full / 2);
  } finally {
    await context.close();
  }
});

test("a mark is focusable, named by title and date, and Enter opens it", async ({ page }) => {
  await open(page);
  const mark = chart(page).getByRole("button", { name: WITHDRAWAL });
  await mark.focus();
  await expect(mark).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("complementary", { name: "Event details" }).getByRole("heading", { level: 2 })).toHaveText(
    "Putin orders most Russian forces out of Syria",
  );
  await expect(chart(page).getByRole("button", { name: WITHDRAWAL })).toHaveAttribute("aria-pressed", "true");
});

test("the zoom buttons and the overview slider change the window", async ({ page }) => {
  await open(page);
  await timeline(page).getByRole("button", { name: "Zoom in" }).click();
  const zoomed = await visiblePeriod(page).getAttribute("aria-valuetext");
  expect(zoomed).not.toBe("1 September 2015 to 31 December 2017");
  await visiblePeriod(page).focus();
  await page.keyboard.press("End");
  await expect(visiblePeriod(page)).toHaveAttribute("aria-valuetext", /to 31 December 2017$/);
  await timeline(page).getByRole("button", { name: "Show all" }).click();
  await expect(visiblePeriod(page)).toHaveAttribute("aria-valuetext", "1 September 2015 to 31 December 2017");
});

test("on a phone the chart fits the width and keeps its lane names", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await open(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(chart(page).locator("text", { hasText: "Astana and Sochi" })).toBeVisible();
  await expect(chart(page).getByRole("button", { name: WITHDRAWAL })).toBeVisible();
});

test("the chart has no accessibility violations", async ({ page }) => {
  await open(page, "?from=2017-11-15&to=2017-12-20");
  const results = await new AxeBuilder({ page }).include("section[aria-label='Timeline']").analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("100,000 events show as accessible count buttons that zoom into their period", async ({ page }) => {
  // Served from memory, so the test needs no generated file on disk.
  const body = JSON.stringify(generateSyntheticDataset({ events: 100_000, seed: 1 }));
  await page.route("**/data/synthetic-100000.json", (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await open(page, "?data=data%2Fsynthetic-100000.json");
  const bucket = chart(page).getByRole("button", { name: /^[\d,]+ events in Military, / }).first();
  await expect(bucket).toBeVisible();
  const results = await new AxeBuilder({ page }).include("section[aria-label='Timeline']").analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await bucket.focus();
  await page.keyboard.press("Enter");
  await expect(visiblePeriod(page)).not.toHaveAttribute("aria-valuetext", "1 January 2011 to 31 December 2020");
});
