/**
 * An event's page (`npm run build` writes one per event) carries the event's facts as plain
 * HTML in this element, with the app's root hidden beside it. Once the explorer can show the
 * event, it takes the page's place in one step: no loading skeleton, no other view in between.
 */
export const STATIC_PAGE_ID = "static-page";

/** Removes the page's static content, if any, and shows the app's root. */
export function replaceStaticPage(): void {
  const page = document.getElementById(STATIC_PAGE_ID);
  if (!page) return;
  page.remove();
  document.getElementById("root")?.removeAttribute("hidden");
}
