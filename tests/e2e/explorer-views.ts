import { expect, type Page } from "@playwright/test";
import type { DatasetInput } from "../../src/dataset/schema";
import { HOSTILE_IDS } from "../fixtures/hostile-dataset";

/** Where a test serves its dataset, loaded as `?data=` loads one. */
const DATA_PATH = "data/hostile.json";

/** Serves `dataset` and opens the explorer on it at `search`, once its three events are shown. */
export async function openDataset(page: Page, dataset: DatasetInput, search: string) {
  await serveDataset(page, dataset);
  await page.goto(`./?data=${DATA_PATH}&${search}`);
  await expect(page.getByRole("status").filter({ hasText: /^Showing \d+ of 3 events/ })).toBeVisible();
}

/** Serves `dataset` at the address `datasetSearch` names; the caller opens the page. */
export async function serveDataset(page: Page, dataset: DatasetInput) {
  const body = JSON.stringify(dataset);
  await page.route(`**/${DATA_PATH}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
}

/** The address part that loads the served dataset. */
export const datasetSearch = `data=${DATA_PATH}`;

export interface ExplorerView {
  name: string;
  search: string;
  open?(page: Page): Promise<void>;
}

/**
 * What can be seen of the explorer with the hostile dataset, each reached by its address and,
 * where it takes one, a click: a search for `query`, and a link naming `unknown` as an actor and
 * a track, which the notices quote.
 */
export function explorerViews({ query, unknown }: { query: string; unknown: string }): ExplorerView[] {
  const q = encodeURIComponent(query);
  const nobody = encodeURIComponent(unknown);
  return [
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
    { name: "a search, marked in the list and the details", search: `view=list&q=${q}&event=${HOSTILE_IDS.strike}` },
    { name: "the notices of a link", search: `view=list&actors=${nobody}&tracks=${nobody}` },
  ];
}

/**
 * How far the page is wider than the window, the outermost elements that stick
 * out, and the boxes that clip or scroll what is too wide for them (a box that
 * ends its text in an ellipsis, or is for screen readers only, means to).
 */
export function horizontalOverflow(page: Page) {
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

/** Fails the test if the page is wider than the window or a box cuts off its text. */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await horizontalOverflow(page);
  expect(overflow.excess, `too wide because of ${overflow.outside.join(", ")}`).toBeLessThanOrEqual(1);
  expect(overflow.clipping, "boxes too narrow for their text").toEqual([]);
}
