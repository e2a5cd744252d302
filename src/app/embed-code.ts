import { escapeHtml } from "../ui/escape-html";

/** How tall the iframe is by default: the toolbar, four lanes and the overview, without the host page scrolling it. */
export const EMBED_HEIGHT = 600;

/**
 * The `<iframe>` a host page pastes to embed a view: full width up to its column, a fixed
 * height, loaded lazily, titled for screen readers; clipboard-write lets Cite copy inside it.
 */
export function iframeCode(src: string, title: string, height = EMBED_HEIGHT): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" style="border: 0; max-width: 100%;" loading="lazy" allow="clipboard-write"></iframe>`;
}
