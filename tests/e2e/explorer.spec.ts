import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Runs on the bundled dataset that `npm run data` writes to public/data/timeline.json. */
const DATASET_TITLE = "Russia in Syria, 2015–2017";
const HMEIMIM = "putin-hmeimim-withdrawal-2017-12-11";
const HMEIMIM_TITLE = "Putin visits Hmeimim and orders a partial withdrawal";
const DW_URL = "https://www.dw.com/en/in-syria-russias-vladimir-putin-must-win-the-peace-says-un-mediator/a-41787709";

async function open(page: Page, search = "") {
  await page.goto(`./${search}`);
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
}

const details = (page: Page) => page.getByRole("complementary", { name: "Event details" });
const detailsTitle = (page: Page) => details(page).getByRole("heading", { level: 2 });
/** The list renders only the rows near the window: scroll down to a row as a reader would. */
async function scrolledToRow(page: Page, name: RegExp) {
  const row = page.getByRole("list", { name: "Events in chronological order" }).getByRole("button", { name });
  await page.mouse.move(400, 400);
  for (let step = 0; step < 40 && (await row.count()) === 0; step++) await page.mouse.wheel(0, 400);
  return row;
}
const status = (page: Page) => page.getByRole("status").filter({ hasText: /^Showing \d+ of \d+ events/ });

test("selecting an event on the timeline shows its sources with a link to the original", async ({ page }) => {
  await open(page, "?from=2017-12-01&to=2017-12-31");
  await page.getByRole("button", { name: new RegExp(`^${HMEIMIM_TITLE}`) }).click();
  await expect(detailsTitle(page)).toHaveText(HMEIMIM_TITLE);
  const link = details(page).getByRole("link", { name: /Original article.*DW/ });
  await expect(link).toHaveAttribute("href", DW_URL);
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(details(page).getByText("URL unknown").first()).toBeVisible();
  // The bundled dataset's events have pages of their own: the address is the event's page.
  await expect(page).toHaveURL(new RegExp(`/events/${HMEIMIM}/`));
});

test("filtering by an actor narrows the list and the timeline", async ({ page }) => {
  await open(page, "?view=list");
  // The list renders the rows near the window; each row says how many there are in all.
  const rows = page.getByRole("list", { name: "Events in chronological order" }).getByRole("listitem");
  const total = Number(await rows.first().getAttribute("aria-setsize"));
  await expect(status(page)).toHaveText(`Showing ${total} of ${total} events`);
  const checkbox = page.getByRole("checkbox", { name: "Staffan de Mistura" });
  const count = Number((await page.locator(`[id="${await checkbox.getAttribute("aria-describedby")}"]`).innerText()).split(" ")[0]);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(total);
  await checkbox.check();
  await expect(status(page)).toHaveText(`Showing ${count} of ${total} events involving Staffan de Mistura`);
  await expect(rows.first()).toHaveAttribute("aria-setsize", String(count));
  const rendered = await rows.count();
  await expect(rows.filter({ hasText: "Staffan de Mistura" })).toHaveCount(rendered);
  await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Timeline" }).click();
  // Event marks are the toggle buttons of the chart (aria-pressed); the zoom buttons are not.
  await expect(page.getByRole("region", { name: "Timeline" }).locator("[role=button][aria-pressed]")).toHaveCount(count);
  await expect(page).toHaveURL(/actors=staffan-de-mistura/);
});

test("a deep link opens the same event and filter in a fresh browser", async ({ browser, page }) => {
  await open(page, "?view=list");
  await page.getByRole("checkbox", { name: "Vladimir Putin" }).check();
  await page.getByRole("button", { name: new RegExp(HMEIMIM_TITLE) }).click();
  await expect(detailsTitle(page)).toHaveText(HMEIMIM_TITLE);
  const link = page.url();

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(detailsTitle(other)).toHaveText(HMEIMIM_TITLE);
    await expect(other.getByRole("checkbox", { name: "Vladimir Putin" })).toBeChecked();
    await expect(status(other)).toHaveText(await status(page).innerText());
    await expect(other.getByRole("link", { name: "List" })).toHaveAttribute("aria-current", "page");
  } finally {
    await fresh.close();
  }
});

test("zooming rewrites the address without adding history, and the link reopens the same window", async ({ browser, page }) => {
  await open(page);
  const entries = await page.evaluate(() => history.length);
  const timeline = page.getByRole("region", { name: "Timeline" });
  await timeline.getByRole("button", { name: "Zoom in" }).click();
  await timeline.getByRole("button", { name: "Zoom in" }).click();
  await timeline.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
  const window = await timeline.getByText(/^\d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}$/).innerText();
  expect(window).not.toBe("1 September 2015 to 31 December 2017");

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(page.url());
    await expect(other.getByRole("region", { name: "Timeline" }).getByText(window, { exact: true })).toBeVisible();
  } finally {
    await fresh.close();
  }
});

test("Back returns to the previous selection and Forward comes back", async ({ page }) => {
  await open(page, "?view=list");
  await (await scrolledToRow(page, /Eighth round of Geneva talks/)).click();
  await expect(detailsTitle(page)).toHaveText("Eighth round of Geneva talks");
  await (await scrolledToRow(page, new RegExp(HMEIMIM_TITLE))).click();
  await expect(detailsTitle(page)).toHaveText(HMEIMIM_TITLE);
  await page.goBack();
  await expect(detailsTitle(page)).toHaveText("Eighth round of Geneva talks");
  await page.goForward();
  await expect(detailsTitle(page)).toHaveText(HMEIMIM_TITLE);
});

test("← and → step through events in date order and Esc closes", async ({ page }) => {
  await open(page, `?event=${HMEIMIM}`);
  await expect(detailsTitle(page)).toHaveText(HMEIMIM_TITLE);
  await page.keyboard.press("ArrowRight");
  await expect(detailsTitle(page)).toHaveText("De Mistura urges Putin to push Damascus toward elections");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(detailsTitle(page)).toHaveText("Government delegation returns to Geneva");
  await expect(page).toHaveURL(/\/events\/government-delegation-returns-2017-12-10\//);
  await page.keyboard.press("Escape");
  await expect(details(page)).toHaveCount(0);
});

test("a bad deep link shows what was ignored and still opens the app", async ({ page }) => {
  await open(page, "?event=nope&from=garbage");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText('Event "nope" not found');
  await expect(alert).toContainText("Ignored malformed date in 'from'");
  await expect(page.getByRole("button", { name: /^Russia begins its air campaign in Syria/ })).toBeVisible();
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toHaveCount(0);
});

test("no serious or critical accessibility violations", async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scans = [
      { search: `?event=${HMEIMIM}`, width: 1280, scheme: "light" },
      { search: "?view=list&actors=russia", width: 1280, scheme: "light" },
      { search: "?view=sources", width: 1280, scheme: "light" },
      { search: "?event=geneva-eighth-round-2017-11-28", width: 1280, scheme: "dark" },
      { search: `?event=${HMEIMIM}`, width: 375, scheme: "light" },
    ] as const;
    for (const { search, width, scheme } of scans) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, search);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
      expect(serious.map((violation) => `${search} ${width}px ${scheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  } finally {
    await context.close();
  }
});

test("phone width: no horizontal scroll, collapsible filter, details as a bottom sheet", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await open(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "artifacts/screenshots/phone-timeline.png", fullPage: true });
  // Open dataset and Copy link share one line, with the file hint under them.
  const openBox = (await page.getByRole("button", { name: "Open dataset" }).boundingBox())!;
  const copyBox = (await page.getByRole("button", { name: "Copy link" }).boundingBox())!;
  expect(Math.abs(copyBox.y + copyBox.height / 2 - (openBox.y + openBox.height / 2))).toBeLessThan(openBox.height / 2);

  const toggle = page.getByRole("button", { name: /^Filters/ });
  await expect(page.getByRole("checkbox", { name: "Russia", exact: true })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("checkbox", { name: "Russia", exact: true }).check();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await toggle.click();

  await page.goto(`./?event=${HMEIMIM}`);
  await expect(detailsTitle(page)).toHaveText(HMEIMIM_TITLE);
  const sheet = await details(page).boundingBox();
  expect(sheet!.y).toBeGreaterThan(812 / 3);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "artifacts/screenshots/phone-details.png" });
  await details(page).getByRole("button", { name: "Close details" }).click();
  await expect(details(page)).toHaveCount(0);

  // The sheet must not cover the mark just chosen, even one low in the chart.
  const lowMark = page.getByRole("button", { name: /^Riyad Hijab resigns as head of the High Negotiations Committee/ });
  await lowMark.click();
  await expect(detailsTitle(page)).toHaveText("Riyad Hijab resigns as head of the High Negotiations Committee");
  const markBox = (await lowMark.boundingBox())!;
  expect(markBox.y + markBox.height).toBeLessThanOrEqual((await details(page).boundingBox())!.y);

  await page.goto("./?view=list");
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto("./?view=sources");
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("desktop screenshots", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, `?event=${HMEIMIM}`);
  await page.screenshot({ path: "artifacts/screenshots/desktop-details.png" });
  await open(page, "?view=list&actors=vladimir-putin");
  await page.screenshot({ path: "artifacts/screenshots/desktop-list.png" });
  await open(page, "?view=sources");
  await page.screenshot({ path: "artifacts/screenshots/desktop-sources.png" });
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, "?event=geneva-eighth-round-2017-11-28");
  await page.screenshot({ path: "artifacts/screenshots/desktop-dark.png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("the skip link is the first stop and leads to the main content", async ({ page }) => {
  await open(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("Copy link copies the address of the current view: the event's page, with the rest of the view in its query", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    const page = await context.newPage();
    await open(page, `?event=${HMEIMIM}&actors=vladimir-putin`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}events/${HMEIMIM}/?actors=vladimir-putin`);
    await page.getByRole("button", { name: "Close details" }).click();
    await page.getByRole("button", { name: "Copy link" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(page.url()).toBe(`${baseURL}?actors=vladimir-putin`);
  } finally {
    await context.close();
  }
});
