import { expect, test, type Page } from "@playwright/test";

/** The pages `npm run build` writes for each event of the bundled dataset (dist/events/<id>/). */
const HMEIMIM = "putin-hmeimim-withdrawal-2017-12-11";
const HMEIMIM_TITLE = "Putin visits Hmeimim and orders a partial withdrawal";
const DW_URL = "https://www.dw.com/en/in-syria-russias-vladimir-putin-must-win-the-peace-says-un-mediator/a-41787709";
const DW_QUOTE = /Putin on Monday made a surprise visit to Hmeymim airbase in Syria/;

const content = (page: Page, selector: string) => page.locator(selector).getAttribute("content");

test("an event's page without JavaScript shows its facts, and its head describes it for link previews", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`./events/${HMEIMIM}/`);
    await expect(page.getByRole("heading", { level: 1, name: HMEIMIM_TITLE })).toBeVisible();
    await expect(page.getByText("11 December 2017 · Hmeimim air base, Syria")).toBeVisible();
    const quote = page.locator("blockquote").filter({ hasText: DW_QUOTE });
    await expect(quote).toBeVisible();
    await expect(page.getByRole("link", { name: /Original article.*DW/ })).toHaveAttribute("href", DW_URL);
    await expect(page.getByRole("link", { name: "Open this event in the interactive explorer" })).toHaveAttribute("href", `../../?event=${HMEIMIM}`);
    await expect(page).toHaveTitle(`${HMEIMIM_TITLE} · Russia in Syria, 2015–2017`);
    expect(await content(page, 'meta[property="og:title"]')).toBe(HMEIMIM_TITLE);
    expect(await content(page, 'meta[property="og:type"]')).toBe("article");
    expect(await content(page, 'meta[property="og:description"]')).toMatch(/^11 December 2017 · Hmeimim air base, Syria\. On a surprise visit to Russia's air base in Syria/);
    expect(await content(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    // This build has no SITE_URL: what must be absolute is left out.
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
    const card = await page.request.get(`./events/${HMEIMIM}/card.png`);
    expect(card.headers()["content-type"]).toBe("image/png");
  } finally {
    await context.close();
  }
});

test("with JavaScript, an event's page becomes the explorer with the event selected, from one load of the data and no skeleton", async ({ page }) => {
  const dataRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/timeline.json")) dataRequests.push(request.url());
  });
  // Every frame, note whether the reader could see the loading skeleton.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenLoading: string[] }).seenLoading = seen;
    const check = () => {
      const root = document.getElementById("root");
      if (root && !root.hidden && /Loading dataset/.test(root.textContent ?? "")) seen.push("loading");
      if (!document.querySelector('[aria-label="Event details"]')) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A Content-Security-Policy violation is reported on the console.
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(`./events/${HMEIMIM}/`);
  const details = page.getByRole("complementary", { name: "Event details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(HMEIMIM_TITLE);
  await expect(page.getByRole("heading", { level: 1, name: "Russia in Syria, 2015–2017" })).toBeVisible();
  await expect(page.locator("#static-page")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { seenLoading: string[] }).seenLoading)).toEqual([]);
  expect(dataRequests).toHaveLength(1);
  expect(errors).toEqual([]);

  // Another event is that event's page; closing the details goes back to the explorer's address.
  await details.getByRole("button", { name: /Previous/ }).click();
  await expect(page).toHaveURL(/\/events\/government-delegation-returns-2017-12-10\/$/);
  await details.getByRole("button", { name: "Close details" }).click();
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goBack();
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Government delegation returns to Geneva");
});

test("a ?event= link still opens the explorer with that event", async ({ page }) => {
  await page.goto(`./?event=${HMEIMIM}`);
  await expect(page.getByRole("complementary", { name: "Event details" }).getByRole("heading", { level: 2 })).toHaveText(HMEIMIM_TITLE);
});

test("the home page has link previews, an icon and robots.txt; without JavaScript it lists the event pages", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("./");
    expect(await content(page, 'meta[property="og:type"]')).toBe("website");
    expect(await content(page, 'meta[property="og:title"]')).toBe("Russia in Syria, 2015–2017");
    expect(await content(page, 'meta[name="twitter:card"]')).toBe("summary_large_image");
    const icon = await page.request.get(new URL((await page.locator('link[rel="icon"]').getAttribute("href"))!, page.url()).href);
    expect(icon.ok()).toBe(true);
    expect(await icon.text()).toContain("<svg");
    expect((await page.request.get("./robots.txt")).ok()).toBe(true);
    expect((await page.request.get("./card.png")).headers()["content-type"]).toBe("image/png");
    await page.getByRole("link", { name: HMEIMIM_TITLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: HMEIMIM_TITLE })).toBeVisible();
  } finally {
    await context.close();
  }
});
