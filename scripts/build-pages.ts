/**
 * Run by `npm run build` after `vite build`: writes a page and a preview card per event,
 * the removed events' pages, the home page's link previews and, with SITE_URL set (for
 * example `SITE_URL=https://example.org/syria/ npm run build`), the absolute addresses and sitemap.xml.
 */
import { buildPages } from "./pages/build-pages";
import { normalizeSiteUrl } from "./pages/site-files";

try {
  const siteUrl = normalizeSiteUrl(process.env.SITE_URL);
  const result = await buildPages({ distDir: "dist", removedFile: "data/removed.yaml", siteUrl });
  console.log(
    `Wrote ${result.eventPages} event pages, ${result.removedPages} removed-event pages and ${result.cards} preview cards (cards drawn in ${(result.cardMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    siteUrl === null
      ? "SITE_URL is not set: pages use relative links, and og:url, canonical links, og:image and sitemap.xml are left out"
      : `Absolute links and sitemap.xml use SITE_URL ${siteUrl}`,
  );
} catch (error) {
  console.error(`npm run build: ${(error as Error).message}`);
  process.exitCode = 1;
}
