import { test } from "@playwright/test";
import { hostileDataset, LONG_WORD } from "../fixtures/hostile-dataset";
import { expectNoHorizontalOverflow, explorerViews, openDataset } from "./explorer-views";

for (const width of [390, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const view of explorerViews({ query: "Unbreakable", unknown: "nobody" })) {
      test(`a 5,000-character word in every text field fits ${view.name}`, async ({ page }) => {
        await openDataset(page, hostileDataset(() => LONG_WORD), view.search);
        await view.open?.(page);
        await expectNoHorizontalOverflow(page);
      });
    }
  });
}
