// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTimeline } from "../../data/pipeline/build-timeline";
import type { Dataset } from "../../src/dataset/schema";
import { buildPages, type BuildPagesResult } from "./build-pages";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** A site as `vite build` leaves it, from the real data/ folder, index.html and public/. */
function builtSite(): { dist: string; dataset: Dataset } {
  const dist = mkdtempSync(join(tmpdir(), "pages-"));
  const result = buildTimeline({ dataDir: join(ROOT, "data") });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  mkdirSync(join(dist, "data"));
  writeFileSync(join(dist, "data", "timeline.json"), result.json);
  writeFileSync(join(dist, "index.html"), readFileSync(join(ROOT, "index.html"), "utf8").replace('src="/src/main.tsx"', 'src="./assets/index.js"'));
  writeFileSync(join(dist, "robots.txt"), readFileSync(join(ROOT, "public", "robots.txt"), "utf8"));
  return { dist, dataset: JSON.parse(result.json) as Dataset };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const meta = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe("buildPages on the bundled dataset", () => {
  let site: ReturnType<typeof builtSite>;
  let result: BuildPagesResult;
  const removedFile = join(tmpdir(), `removed-${process.pid}.yaml`);

  beforeAll(async () => {
    site = builtSite();
    const kept = site.dataset.events[0]!.id;
    writeFileSync(removedFile, `- id: withdrawn-event-2016-01-01\n  title: A withdrawn event\n  removed: "2026-12-01"\n  reason: Its only source did not support it.\n  replacedBy: ${kept}\n`);
    result = await buildPages({ distDir: site.dist, removedFile, siteUrl: "https://example.org/syria/" });
  }, 120_000);

  afterAll(() => {
    rmSync(site.dist, { recursive: true, force: true });
    rmSync(removedFile, { force: true });
  });

  it("gives every event a page and a 1200×630 card", () => {
    expect(result.eventPages).toBe(site.dataset.events.length);
    for (const event of site.dataset.events) {
      const folder = join(site.dist, "events", event.id);
      expect(existsSync(join(folder, "index.html")), `${event.id} has a page`).toBe(true);
      expect(pngSize(readFileSync(join(folder, "card.png"))), `${event.id}'s card`).toEqual({ width: 1200, height: 630 });
    }
    expect(pngSize(readFileSync(join(site.dist, "card.png")))).toEqual({ width: 1200, height: 630 });
  });

  it("writes an event page's head for link previews, with absolute addresses from SITE_URL", () => {
    const id = "putin-hmeimim-withdrawal-2017-12-11";
    const html = readFileSync(join(site.dist, "events", id, "index.html"), "utf8");
    expect(html).toContain("<title>Putin visits Hmeimim and orders a partial withdrawal · Russia in Syria, 2015–2017</title>");
    expect(meta(html, "og:title")).toBe("Putin visits Hmeimim and orders a partial withdrawal");
    expect(meta(html, "og:type")).toBe("article");
    expect(meta(html, "og:description")).toMatch(/^11 December 2017 · Hmeimim air base, Syria\. On a surprise visit/);
    expect(meta(html, "description")).toBe(meta(html, "og:description"));
    expect(meta(html, "og:url")).toBe(`https://example.org/syria/events/${id}/`);
    expect(html).toContain(`<link rel="canonical" href="https://example.org/syria/events/${id}/" />`);
    expect(meta(html, "og:image")).toBe(`https://example.org/syria/events/${id}/card.png`);
    expect(meta(html, "og:image:width")).toBe("1200");
    expect(meta(html, "og:image:height")).toBe("630");
    expect(meta(html, "og:image:alt")).toMatch(/^Putin visits Hmeimim and orders a partial withdrawal: 11 December 2017/);
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(html).toContain('src="../../assets/index.js"');
  });

  it("puts the event's facts in the page's body and hides the app's root until it takes over", () => {
    const html = readFileSync(join(site.dist, "events", "putin-hmeimim-withdrawal-2017-12-11", "index.html"), "utf8");
    expect(html).toMatch(/<h1[^>]*>Putin visits Hmeimim and orders a partial withdrawal<\/h1>/);
    expect(html).toContain('href="https://www.dw.com/en/in-syria-russias-vladimir-putin-must-win-the-peace-says-un-mediator/a-41787709"');
    expect(html).toContain("<blockquote");
    expect(html).toContain('<div id="root" hidden></div>');
  });

  it("gives a removed event a page that says so, without the app", () => {
    expect(result.removedPages).toBe(1);
    const html = readFileSync(join(site.dist, "events", "withdrawn-event-2016-01-01", "index.html"), "utf8");
    expect(html).toContain("This event was removed");
    expect(html).toContain("Its only source did not support it.");
    expect(html).toContain(`href="../../events/${site.dataset.events[0]!.id}/"`);
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).not.toContain("<script");
  });

  it("gives the home page link previews and a card, and lists every page in sitemap.xml and robots.txt", () => {
    const home = readFileSync(join(site.dist, "index.html"), "utf8");
    expect(meta(home, "og:type")).toBe("website");
    expect(meta(home, "og:image")).toBe("https://example.org/syria/card.png");
    expect(meta(home, "og:url")).toBe("https://example.org/syria/");
    const sitemap = readFileSync(join(site.dist, "sitemap.xml"), "utf8");
    expect(sitemap.match(/<loc>/g)).toHaveLength(site.dataset.events.length + 1);
    expect(sitemap).toContain("<loc>https://example.org/syria/events/putin-hmeimim-withdrawal-2017-12-11/</loc>");
    expect(sitemap).not.toContain("withdrawn-event");
    expect(readFileSync(join(site.dist, "robots.txt"), "utf8")).toContain("Sitemap: https://example.org/syria/sitemap.xml");
  });
});

describe("buildPages without SITE_URL", () => {
  it("keeps every link relative and leaves out what must be absolute", async () => {
    const site = builtSite();
    try {
      await buildPages({ distDir: site.dist, removedFile: join(ROOT, "data", "removed.yaml"), siteUrl: null });
      const html = readFileSync(join(site.dist, "events", site.dataset.events[0]!.id, "index.html"), "utf8");
      expect(meta(html, "og:title")).toBe(site.dataset.events[0]!.title);
      for (const key of ["og:url", "og:image"]) expect(meta(html, key)).toBeUndefined();
      expect(html).not.toContain('rel="canonical"');
      expect(existsSync(join(site.dist, "sitemap.xml"))).toBe(false);
      expect(readFileSync(join(site.dist, "robots.txt"), "utf8")).not.toContain("Sitemap");
    } finally {
      rmSync(site.dist, { recursive: true, force: true });
    }
  }, 120_000);
});
