import { expect, test, type Page } from "@playwright/test";
import type { DatasetInput } from "../../src/dataset/schema";
import { HOSTILE_IDS, hostileDataset, LONG_WORD } from "../fixtures/hostile-dataset";

/** Datasets served as `?data=` loads them; each test routes its own. */
const DATA_PATH = "data/hostile.json";

async function openDataset(page: Page, dataset: DatasetInput, search: string) {
  const body = JSON.stringify(dataset);
  await page.route(`**/${DATA_PATH}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
  await page.goto(`./?data=${DATA_PATH}&${search}`);
  await expect(page.getByRole("status").filter({ hasText: /^Showing \d+ of 3 events/ })).toBeVisible();
}

/** What can be seen of the explorer, each reached by its address and, where it takes one, a click. */
const VIEWS: { name: string; search: string; open?(page: Page): Promise<void> }[] = [
  { name: "the Timeline", search: "view=timeline" },
  { name: "the List", search: "view=list" },
  { name: "the Sources view", search: "view=sources" },
  { name: "an event's details", search: `event=${HOSTILE_IDS.round}` },
  { name: "a part's details", search: `view=list&event=${HOSTILE_IDS.phase}` },
  {
    name: "the Cite dialog",
    search: `event=${HOSTILE_IDS.round}`,
    open: (page) => page.getByRole("complementary", { name: "Event details" }).getByRole("button", { name: "Cite" }).click(),
  },
  { name: "the Export menu", search: "view=list", open: (page) => page.getByRole("button", { name: "Export" }).click() },
  {
    name: "the filters, with a filter set",
    search: `view=list&actors=${HOSTILE_IDS.state}`,
    open: async (page) => {
      const fold = page.getByRole("complementary", { name: "Filters" }).getByRole("button", { name: /^Filters/ });
      if (await fold.isVisible()) await fold.click();
    },
  },
  { name: "a search, marked in the list and the details", search: `view=list&q=Unbreakable&event=${HOSTILE_IDS.strike}` },
  { name: "the notices of a link", search: "view=list&actors=nobody&tracks=none" },
];

/**
 * How far the page is wider than the window, the outermost elements that stick
 * out, and the boxes that clip or scroll what is too wide for them (a box that
 * ends its text in an ellipsis, or is for screen readers only, means to).
 */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 4).join(".")}`;
    const sticksOut = (element: Element | null) => element !== null && element.getBoundingClientRect().right > width + 1;
    const outside: string[] = [];
    const clipping: string[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (sticksOut(element) && !sticksOut(element.parentElement)) outside.push(describe(element));
      const style = getComputedStyle(element);
      // A box clipped to nothing holds text for screen readers only.
      const meant = style.textOverflow === "ellipsis" || style.clipPath === "inset(50%)";
      if (style.overflowX !== "visible" && !meant && element.scrollWidth > element.clientWidth + 1) clipping.push(describe(element));
    }
    return { excess: document.documentElement.scrollWidth - width, outside: outside.slice(0, 5), clipping: clipping.slice(0, 5) };
  });
}

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const view of VIEWS) {
      test(`a 5,000-character word in every text field fits ${view.name}`, async ({ page }) => {
        await openDataset(page, hostileDataset(() => LONG_WORD), view.search);
        await view.open?.(page);
        const overflow = await horizontalOverflow(page);
        expect(overflow.excess, `too wide because of ${overflow.outside.join(", ")}`).toBeLessThanOrEqual(1);
        expect(overflow.clipping, "boxes too narrow for their text").toEqual([]);
      });
    }
  });
}
