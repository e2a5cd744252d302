import { describe, expect, it } from "vitest";
import { normalizeSiteUrl, robotsTxt, sitemapXml } from "./site-files";

describe("normalizeSiteUrl", () => {
  it("is null when unset or blank", () => {
    expect(normalizeSiteUrl(undefined)).toBeNull();
    expect(normalizeSiteUrl(" ")).toBeNull();
  });

  it("ends the address in a slash", () => {
    expect(normalizeSiteUrl("https://example.org/syria")).toBe("https://example.org/syria/");
    expect(normalizeSiteUrl("https://example.org")).toBe("https://example.org/");
  });

  it("refuses what cannot be a site's address", () => {
    expect(() => normalizeSiteUrl("example.org/syria")).toThrow('SITE_URL "example.org/syria" is not an absolute URL');
    expect(() => normalizeSiteUrl("ftp://example.org/")).toThrow("must be an http(s) URL");
    expect(() => normalizeSiteUrl("https://example.org/?a=1")).toThrow("must not have a query");
  });
});

describe("sitemapXml", () => {
  it("lists the addresses, escaped", () => {
    expect(sitemapXml(["https://example.org/", "https://example.org/events/a&b/"])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "  <url><loc>https://example.org/</loc></url>\n  <url><loc>https://example.org/events/a&amp;b/</loc></url>\n</urlset>\n",
    );
  });
});

describe("robotsTxt", () => {
  it("adds the sitemap line only when there is a sitemap", () => {
    expect(robotsTxt("User-agent: *\nAllow: /\n", null)).toBe("User-agent: *\nAllow: /\n");
    expect(robotsTxt("User-agent: *\nAllow: /", "https://example.org/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
  });
});
