import { escapeHtml } from "../../src/ui/escape-html";

/** `sitemap.xml`: the given absolute page addresses, in order. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`;
}

/** `robots.txt`: the committed one, plus the sitemap's absolute address when there is one. */
export function robotsTxt(committed: string, sitemapUrl: string | null): string {
  const base = committed.endsWith("\n") ? committed : `${committed}\n`;
  return sitemapUrl === null ? base : `${base}\nSitemap: ${sitemapUrl}\n`;
}

/**
 * SITE_URL as the build uses it: an absolute http(s) address ending in "/", or null when
 * unset. Anything else is an error, since every absolute link would be wrong.
 */
export function normalizeSiteUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL ${JSON.stringify(value)} is not an absolute URL (for example https://example.org/syria/)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`SITE_URL ${JSON.stringify(value)} must be an http(s) URL`);
  if (url.search !== "" || url.hash !== "") throw new Error(`SITE_URL ${JSON.stringify(value)} must not have a query or a fragment`);
  return url.pathname.endsWith("/") ? url.href : `${url.href}/`;
}
