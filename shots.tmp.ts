// Throwaway: screenshots at 1280 and 390 px of the screens this stop changed. Run from a checkout with node_modules and a built dist served at BASE.
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumExecutablePath } from "./tests/chromium";
const base = process.env.BASE ?? "http://127.0.0.1:4600/";
const out = process.env.OUT ?? "/work/notes/shots";
mkdirSync(out, { recursive: true });
type Shot = { name: string; url: string; act?: (page: Page) => Promise<void> };
const shots: Shot[] = [
  { name: "timeline", url: "" },
  { name: "search-list", url: "?view=list&q=Sputnik" },
  { name: "search-details", url: "?q=Hemeimeem&event=putin-hmeimim-withdrawal-2017-12-11" },
  { name: "phrase-search", url: '?view=list&q=%22main%20part%22' },
  { name: "cite", url: "?event=putin-announces-withdrawal-2016-03-14", act: async (page) => { await page.getByRole("button", { name: "Cite" }).first().click(); await page.waitForTimeout(300); } },
  { name: "export-menu", url: "", act: async (page) => { await page.getByRole("button", { name: "Export" }).click(); await page.waitForTimeout(200); } },
  { name: "bad-data", url: "?data=" + encodeURIComponent("/data/bad.json") },
  { name: "big-100k", url: "?data=" + encodeURIComponent("/data/synthetic-100000.json"), act: async (page) => { await page.getByText(/Showing 100,000 of/).waitFor({ timeout: 120000 }); } },
];
const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
for (const width of [1280, 390]) {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 800 : 844 }, deviceScaleFactor: 1, hasTouch: width < 500, isMobile: width < 500 });
  for (const shot of shots) {
    const page = await context.newPage();
    await page.goto(base + shot.url);
    await page.waitForTimeout(1200);
    if (shot.act) await shot.act(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.screenshot({ path: `${out}/${shot.name}-${width}.png`, fullPage: false });
    console.log(`${shot.name}-${width}.png sideways overflow ${overflow}px`);
    await page.close();
  }
  await context.close();
}
await browser.close();
