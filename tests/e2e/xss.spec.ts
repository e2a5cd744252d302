import { expect, test, type Page } from "@playwright/test";
import { hostileDataset } from "../fixtures/hostile-dataset";
import { PAYLOADS, xssText, xssUrls } from "../fixtures/xss-corpus";
import { datasetSearch, expectNoHorizontalOverflow, explorerViews, openDataset, serveDataset } from "./explorer-views";

/** What each payload calls if it runs; defined in every frame of the page. */
const SENTINEL = "__pwned";
const ARTICLE_URL = "https://example.org/article";
/** The code of the corpus put in a link's values rather than the dataset. */
const LINK_FIELD = 99;

/** The text fields in the order the dataset asks for them, so a code names the field. */
function xssDataset(url?: (field: string) => string) {
  const fields: string[] = [];
  const dataset = hostileDataset((field) => {
    if (!fields.includes(field)) fields.push(field);
    return xssText(SENTINEL, fields.indexOf(field));
  }, url);
  const describe = (code: number) => {
    const field = Math.floor(code / PAYLOADS);
    return code < 0 ? "an article URL" : `payload ${code % PAYLOADS} in ${field === LINK_FIELD ? "a link's value" : fields[field]}`;
  };
  return { dataset, describe };
}

type Watched = Window & { cspViolations?: string[] };

/** Records every payload that runs, every dialog (dismissed), every uncaught error and what the page's CSP blocks. */
async function watch(page: Page) {
  const ran: number[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction(SENTINEL, (code: number) => void ran.push(code));
  await page.addInitScript(() => {
    const watched = window as Watched;
    watched.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      // zod asks whether it may compile its checks (Function("")) and, told no, does without.
      if (event.blockedURI === "eval" && new URL(event.sourceFile, location.href).pathname.includes("/assets/")) return;
      watched.cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}: ${event.sample.slice(0, 60)}`);
    });
  });
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  const cspViolations = () => page.evaluate(() => (window as Watched).cspViolations ?? []);
  return { ran, dialogs, errors, cspViolations };
}

/**
 * Every address in the page: what links, forms, frames and media point to, resolved against the
 * page. Handlers in attributes, styles that fetch or compute, and elements that run or embed
 * content are listed as found.
 */
function addressesAndActiveContent(page: Page) {
  return page.evaluate(() => {
    const URL_ATTRIBUTES = ["href", "xlink:href", "src", "srcset", "action", "formaction", "data", "poster", "background", "ping"];
    const addresses: string[] = [];
    const active: string[] = [];
    const resolve = (value: string) => {
      try {
        return new URL(value, document.baseURI).href;
      } catch {
        return `(not a URL: ${value.slice(0, 40)})`;
      }
    };
    for (const element of document.querySelectorAll("*")) {
      const tag = element.tagName.toLowerCase();
      for (const { name, value } of element.attributes) {
        if (name.startsWith("on") || name === "srcdoc") active.push(`${tag}[${name}]`);
        if (name === "style" && /url\(|expression\(|@import/i.test(value)) active.push(`${tag}[style] ${value.slice(0, 60)}`);
        // A srcset lists addresses, each with a size after it.
        const urls = name === "srcset" ? value.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "") : [value];
        if (URL_ATTRIBUTES.includes(name)) for (const url of urls) addresses.push(`${tag}[${name}] ${resolve(url)}`);
      }
      const inHead = element.closest("head") !== null;
      if (["iframe", "frame", "object", "embed", "base", "meta", "link", "style"].includes(tag) && !inHead) active.push(tag);
      // The app's own script is the one the page's head loads.
      if (tag === "script" && !(inHead && element.hasAttribute("src"))) active.push(`script ${element.textContent?.slice(0, 40) ?? ""}`);
    }
    return { addresses, active, origin: location.origin };
  });
}

for (const width of [390, 1280]) {
  const csp = width === 390;
  test.describe(`XSS corpus in every text field, at ${width} px, CSP ${csp ? "in force" : "bypassed"}`, () => {
    test.use({ viewport: { width, height: 844 }, bypassCSP: !csp });

    for (const view of explorerViews({ query: "onerror", unknown: xssText(SENTINEL, LINK_FIELD) })) {
      test(`nothing runs in ${view.name}, every address is http(s)${width === 390 ? ", nothing is too wide" : ""}`, async ({ page }) => {
        const seen = await watch(page);
        const { dataset, describe } = xssDataset();
        await openDataset(page, dataset, view.search);
        await view.open?.(page);
        // An image's error handler runs once its request fails; wait until the page is quiet.
        await page.waitForLoadState("networkidle");

        expect(seen.ran.map(describe), "payloads that ran").toEqual([]);
        expect(seen.dialogs, "dialogs opened").toEqual([]);
        expect(seen.errors, "uncaught errors").toEqual([]);
        expect(await seen.cspViolations(), "what the CSP blocked").toEqual([]);
        const { addresses, active, origin } = await addressesAndActiveContent(page);
        expect(active, "handlers, scripts and frames from the data").toEqual([]);
        // Links of the app's own (its views, the skip link) stay on its origin; the only other address is the article's.
        const foreign = addresses.filter((entry) => {
          const url = new URL(entry.slice(entry.indexOf(" ") + 1));
          return !((url.protocol === "http:" || url.protocol === "https:") && (url.origin === origin || url.href === ARTICLE_URL));
        });
        expect(foreign, "addresses that are not the app's own or the article's").toEqual([]);
        expect(addresses.length, "addresses found (the view tabs at least)").toBeGreaterThan(0);
        if (width === 390) await expectNoHorizontalOverflow(page);
      });
    }
  });
}

test.describe("an article URL that is not http(s)", () => {
  for (const url of xssUrls(SENTINEL)) {
    test(`${JSON.stringify(url)} is refused, naming the field, and nothing runs`, async ({ page }) => {
      const seen = await watch(page);
      await serveDataset(page, xssDataset(() => url).dataset);
      await page.goto(`./?${datasetSearch}&view=list`);
      const alert = page.getByRole("alert").filter({ hasText: "The dataset could not be loaded" });
      await expect(alert).toContainText("articles[0].url");
      await expect(alert).toContainText("is not an http(s) URL");
      await page.waitForLoadState("networkidle");
      expect(seen.ran, "payloads that ran").toEqual([]);
      expect(seen.dialogs).toEqual([]);
      const { addresses, origin } = await addressesAndActiveContent(page);
      expect(addresses.filter((entry) => !entry.includes(` ${origin}/`)), "addresses off the app's origin").toEqual([]);
    });
  }
});
