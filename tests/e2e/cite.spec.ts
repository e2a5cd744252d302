import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Runs on the bundled dataset that `npm run data` writes to public/data/timeline.json. */
const DATASET_TITLE = "Russia in Syria, 2015–2017";
const HMEIMIM = "putin-hmeimim-withdrawal-2017-12-11";
const HMEIMIM_TITLE = "Putin visits Hmeimim and orders a partial withdrawal";
const GENEVA_VIII = "geneva-eighth-round-2017-11-28";

async function open(page: Page, search = "") {
  await page.goto(`./${search}`);
  await expect(page.getByRole("heading", { level: 1, name: DATASET_TITLE })).toBeVisible();
}

const details = (page: Page) => page.getByRole("complementary", { name: "Event details" });
const citeDialog = (page: Page) => page.getByRole("dialog", { name: "Cite this event" });

test("Cite copies the event's citation, with the explorer's link to the event that Copy link gives", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    const page = await context.newPage();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    // The link Copy link gives with only this event selected is the link a citation carries.
    await open(page, `?event=${HMEIMIM}`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const eventLink = await clipboard();

    // A filter and a window are the reader's view, not part of the event's citation.
    await open(page, `?event=${HMEIMIM}&actors=vladimir-putin&from=2017-12-01&to=2017-12-31`);
    await details(page).getByRole("button", { name: "Cite" }).click();
    const dialog = citeDialog(page);
    await expect(dialog).toBeVisible();
    const plain = dialog.getByLabel("Plain text citation");
    await expect(plain).toContainText(`“${HMEIMIM_TITLE}.” 11 December 2017. ${DATASET_TITLE}. ${eventLink}`);
    await expect(plain).toContainText("Haaretz. “UN Syria Envoy Makes Rare Statement Urging Putin to Have the 'Courage' to Push Assad Out.” [14 December 2017, inferred].");
    await expect(plain).toContainText("The Associated Press. “UN Syria envoy urges Putin to have 'courage' to push Assad.” 14 December 2017. No URL known.");
    await dialog.getByRole("button", { name: "Copy plain text" }).click();
    await expect(dialog.getByText("Citation copied as plain text")).toBeVisible();
    expect(await clipboard()).toBe(await plain.innerText());

    await dialog.getByRole("tab", { name: "CSL-JSON" }).click();
    await dialog.getByRole("button", { name: "Copy CSL-JSON" }).click();
    await expect(dialog.getByText("Citation copied as CSL-JSON")).toBeVisible();
    const items = JSON.parse(await clipboard()) as { id: string; type: string; issued: unknown; note: string }[];
    expect(items.map((item) => [item.id, item.type])).toEqual([
      ["dw-2017-12-13", "article-newspaper"],
      ["ap-2017-12-14", "article-newspaper"],
      ["haaretz-2017-12-14", "article-newspaper"],
    ]);
    expect(items[2]!.issued).toEqual({ "date-parts": [[2017, 12, 14]], circa: true });
    expect(items[0]!.note).toContain(eventLink);
  } finally {
    await context.close();
  }
});

test("the citation dialog works by keyboard: focus moves in, ←/→ stay inside, Esc closes it and only it", async ({ page }) => {
  await open(page, `?event=${HMEIMIM}`);
  const cite = details(page).getByRole("button", { name: "Cite" });
  await cite.focus();
  await page.keyboard.press("Enter");
  const dialog = citeDialog(page);
  await expect(dialog.getByRole("button", { name: "Copy plain text" })).toBeFocused();
  // Back past the citation text (a focusable region, so it can be scrolled by keys) to the format tabs.
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByLabel("Plain text citation")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("tab", { name: "Plain text" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(dialog.getByRole("tab", { name: "Markdown" })).toHaveAttribute("aria-selected", "true");
  await expect(dialog.getByLabel("Markdown citation")).toContainText(`[${HMEIMIM_TITLE}](`);
  // The arrow chose a format; it did not step the explorer to another event.
  await expect(page).toHaveURL(new RegExp(`event=${HMEIMIM}`));
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText(HMEIMIM_TITLE);
  await expect(cite).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(details(page)).toHaveCount(0);
});

test("the citation dialog: no serious accessibility violations and no sideways scroll, desktop and phone", async ({ page }) => {
  const scans = [
    { width: 1280, height: 800, scheme: "light", shot: "cite-desktop.png" },
    { width: 1280, height: 800, scheme: "dark", shot: "cite-desktop-dark.png" },
    { width: 375, height: 812, scheme: "light", shot: "cite-phone.png" },
  ] as const;
  for (const { width, height, scheme, shot } of scans) {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `?event=${GENEVA_VIII}`);
    await details(page).getByRole("button", { name: "Cite" }).click();
    const dialog = citeDialog(page);
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    await expect(dialog.getByRole("button", { name: "Copy plain text" })).toBeInViewport();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
    expect(serious.map((violation) => `${width}px ${scheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `artifacts/screenshots/${shot}` });
  }
  await citeDialog(page).getByRole("tab", { name: "CSL-JSON" }).click();
  await page.screenshot({ path: "artifacts/screenshots/cite-phone-csl.png" });
});
