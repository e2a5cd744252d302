/**
 * Where the site's pages live: the explorer at the site root and one page per event of
 * the bundled dataset at `<root>events/<id>/`. `npm run build` writes those pages, and
 * the address hook links to them, so both read the layout from here.
 */

/** The folder, under the site root, that holds one folder per event. */
export const EVENTS_FOLDER = "events";

/** An event page's path below the site root, e.g. "events/sochi-summit/". */
export function eventPagePath(id: string): string {
  return `${EVENTS_FOLDER}/${encodeURIComponent(id)}/`;
}

/** What a page's path says: the site root (ending in "/") and, on an event page, the event's id. */
export interface SitePath {
  root: string;
  event: string | null;
}

const EVENT_PAGE = new RegExp(`^(.*/)${EVENTS_FOLDER}/([^/]+)/(?:index\\.html)?$`);

/** Reads a pathname such as "/syria/events/sochi-summit/" (root "/syria/") or "/syria/index.html" (root "/syria/"). */
export function parseSitePath(pathname: string): SitePath {
  const match = EVENT_PAGE.exec(pathname);
  if (match) {
    try {
      return { root: match[1]!, event: decodeURIComponent(match[2]!) };
    } catch {
      // A malformed escape is not an event page; fall through to the folder it is in.
    }
  }
  return { root: pathname.slice(0, pathname.lastIndexOf("/") + 1) || "/", event: null };
}

/** From an event page, the relative path back to the site root. */
export const EVENT_PAGE_TO_ROOT = "../../";
