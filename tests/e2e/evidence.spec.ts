import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Runs on the bundled dataset: rounds and phases, notes beyond the quotations, and the sources' disagreements. */
async function open(page: Page, search = "") {
  await page.goto(`./${search}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

const details = (page: Page) => page.getByRole("complementary", { name: "Event details" });
const mark = (page: Page, title: string) => page.getByRole("region", { name: "Timeline" }).getByRole("button", { name: new RegExp(`^${title},`) });

for (const width of [1280, 390]) {
  test(`Geneva VIII is a bracket over its phases, and its details list them (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await open(page, "?from=2017-11-20&to=2017-12-20");
    const round = mark(page, "Eighth round of Geneva talks");
    const phase = mark(page, "Geneva VIII, second phase");
    await expect(round).toHaveAttribute("data-kind", "bracket");
    const roundRow = Number(await round.getAttribute("data-row"));
    expect(Number(await phase.getAttribute("data-row"))).toBeGreaterThan(roundRow);
    expect(Number(await mark(page, "Government delegation returns to Geneva").getAttribute("data-row"))).toBeGreaterThan(roundRow);

    await round.click();
    const parts = details(page).getByRole("region", { name: "Parts (2)" });
    await expect(parts).toContainText("Geneva VIII, first phase (28 November – 1 December 2017)");
    await parts.getByRole("button", { name: "Geneva VIII, second phase" }).click();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Geneva VIII, second phase");
    await details(page).getByRole("button", { name: "Eighth round of Geneva talks" }).click();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Eighth round of Geneva talks");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}

test("a note from the record names it, and the week convention is explained", async ({ page }) => {
  await open(page, "?event=government-delegation-returns-2017-12-10");
  const notes = details(page).getByRole("region", { name: "Beyond the quotations" });
  await expect(notes).toContainText("From the record, date");
  await expect(notes).toContainText("Record: The UN Special Envoy for Syria's press conference in Geneva, 14 December 2017.");
  await expect(details(page)).toContainText("weeks from Sunday, as in the article's locale en-US");
  await expect(details(page).getByText("This source’s date disagrees with the event’s date.")).toHaveCount(0);
});

test("the Sources view shows where the sources disagree, with no accessibility violations", async ({ page }) => {
  await open(page, "?view=sources");
  const section = page.getByRole("region", { name: "Where the sources disagree" });
  const toll = section.getByRole("article", { name: "How many people the war had killed by late 2017" });
  await expect(toll).toContainText("More than 300,000 people have been killed since 2011");
  await expect(toll).toContainText("DW (Deutsche Welle)");
  await expect(toll).toContainText("The war is estimated to have killed at least 400,000 people");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id)).toEqual([]);
});
