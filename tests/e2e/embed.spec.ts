import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";

/** The explorer framed by a page of another origin: a second local port serves the host page. */
const HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? 4190);
const HOST = `http://127.0.0.1:${HOST_PORT}/`;
const HMEIMIM = "putin-hmeimim-withdrawal-2017-12-11";
const HMEIMIM_TITLE = "Putin visits Hmeimim and orders a partial withdrawal";

let hostHtml = "";
let server: Server;

test.beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(hostHtml);
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function hostPage(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host article</title><style>body{margin:0}</style></head><body><main><h1>A host article</h1>${body}</main></body></html>`;
}

/** Makes every cookie and storage API throw, in every frame, as a browser that blocks them would. */
async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException("Storage is blocked", "SecurityError");
    };
    for (const name of ["localStorage", "sessionStorage", "indexedDB"]) Object.defineProperty(window, name, { get: blocked });
    Object.defineProperty(Document.prototype, "cookie", { get: blocked, set: blocked });
  });
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

for (const width of [320, 360]) {
  test(`embed=1 in an iframe of another origin, ${width} px wide and 400 px tall: the timeline and the details, no errors, no horizontal overflow, no storage`, async ({ page, baseURL }) => {
    await blockStorage(page);
    const errors = collectErrors(page);
    await page.setViewportSize({ width: width + 40, height: 700 });
    hostHtml = hostPage(`<iframe src="${baseURL}?embed=1&actors=vladimir-putin" title="Timeline" width="${width}" height="400" style="border:1px solid #999"></iframe>`);
    await page.goto(HOST);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("region", { name: "Timeline" })).toBeVisible();
    await expect(frame.getByText("Only events involving Vladimir Putin")).toBeVisible();
    await expect(frame.getByRole("navigation", { name: "Views" })).toHaveCount(0);
    const full = frame.getByRole("link", { name: /Open in the full explorer/ });
    await expect(full).toHaveAttribute("target", "_blank");
    await expect(full).toHaveAttribute("href", `${baseURL}?actors=vladimir-putin`);

    await frame.getByRole("button", { name: new RegExp(`^${HMEIMIM_TITLE}`) }).click();
    await expect(frame.getByRole("complementary", { name: "Event details" }).getByRole("heading", { level: 2 })).toHaveText(HMEIMIM_TITLE);
    await expect(full).toHaveAttribute("href", `${baseURL}events/${HMEIMIM}/?actors=vladimir-putin`);

    const embedded = page.frames().find((each) => each.url().startsWith(baseURL!))!;
    expect(new URL(embedded.url()).searchParams.get("embed")).toBe("1");
    const overflow = await embedded.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
}

test("the Embed dialog's code, pasted into a page of another origin, shows the same view", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  try {
    const page = await context.newPage();
    await page.goto(`./?event=${HMEIMIM}&actors=vladimir-putin`);
    await page.getByRole("button", { name: "Embed" }).click();
    const dialog = page.getByRole("dialog", { name: "Embed this view" });
    const code = await dialog.getByRole("textbox", { name: "Embed code" }).inputValue();
    expect(code).toContain(`src="${baseURL}?event=${HMEIMIM}&amp;actors=vladimir-putin&amp;embed=1"`);
    expect(code).toContain('loading="lazy"');
    expect(code).toMatch(/title="[^"]+"/);
    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect(dialog.getByText("Embed code copied")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Embed" })).toBeFocused();

    const errors = collectErrors(page);
    hostHtml = hostPage(`<p>Some text before the timeline.</p>${code}`);
    await page.goto(HOST);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("complementary", { name: "Event details" }).getByRole("heading", { level: 2 })).toHaveText(HMEIMIM_TITLE);
    await expect(frame.getByText("Only events involving Vladimir Putin")).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
