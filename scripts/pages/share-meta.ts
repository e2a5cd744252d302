import { escapeHtml } from "../../src/ui/escape-html";

/** The preview image a page names in its head. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What a page tells link previews (Open Graph, X/Twitter cards) and search engines. */
export interface ShareMeta {
  /** The page's own title, e.g. the event's. */
  title: string;
  description: string;
  type: "article" | "website";
  siteName: string;
  /** The page's absolute URL; null when the build has no SITE_URL. */
  url: string | null;
  /** Null when the build has no SITE_URL: og:image must be absolute. */
  image: ShareImage | null;
}

const meta = (attribute: "name" | "property", key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;

/** The head's tags for a page's description, canonical address and link previews, one per line. */
export function shareHeadTags(page: ShareMeta): string[] {
  const tags = [
    meta("name", "description", page.description),
    meta("property", "og:type", page.type),
    meta("property", "og:site_name", page.siteName),
    meta("property", "og:title", page.title),
    meta("property", "og:description", page.description),
  ];
  if (page.url !== null) {
    tags.push(meta("property", "og:url", page.url), `<link rel="canonical" href="${escapeHtml(page.url)}" />`);
  }
  tags.push(meta("name", "twitter:card", "summary_large_image"), meta("name", "twitter:title", page.title), meta("name", "twitter:description", page.description));
  if (page.image !== null) {
    tags.push(
      meta("property", "og:image", page.image.url),
      meta("property", "og:image:type", "image/png"),
      meta("property", "og:image:width", String(page.image.width)),
      meta("property", "og:image:height", String(page.image.height)),
      meta("property", "og:image:alt", page.image.alt),
      meta("name", "twitter:image", page.image.url),
      meta("name", "twitter:image:alt", page.image.alt),
    );
  }
  return tags;
}
