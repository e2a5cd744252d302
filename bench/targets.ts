import type { Page } from "@playwright/test";
import type { BenchTarget } from "./session";

const STATUS_PATTERN = /Showing\s+[\d,]+\s+of\s+[\d,]+/;
const CHART_SELECTOR = 'section[aria-label="Timeline"] svg[aria-roledescription="timeline chart"]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The explorer: ready when the status says "Showing N of M events" and the chart's SVG is drawn. */
export const ourApp: BenchTarget = {
  name: "Syria Timeline Explorer",
  url: (datasetUrl) => `/?data=${encodeURIComponent(datasetUrl)}`,
  chartSelector: CHART_SELECTOR,
  async waitUntilReady(page: Page, timeoutMs: number) {
    await page.waitForFunction(
      ([source, chartSelector]) => {
        const pattern = new RegExp(source);
        const status = [...document.querySelectorAll('[role="status"]')].some((element) => pattern.test(element.textContent ?? ""));
        return status && document.querySelector(chartSelector) !== null;
      },
      [STATUS_PATTERN.source, CHART_SELECTOR] as const,
      { polling: "raf", timeout: timeoutMs },
    );
  },
  async measureFilter(page: Page, actorName: string) {
    const checkbox = page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(actorName)}(\\D|$)`) }).first();
    await checkbox.scrollIntoViewIfNeeded();
    return checkbox.evaluate(
      (element, source) =>
        new Promise<number>((resolve) => {
          const pattern = new RegExp(source);
          const statusText = () =>
            [...document.querySelectorAll('[role="status"]')].map((node) => node.textContent ?? "").find((text) => pattern.test(text)) ?? "";
          const before = statusText();
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (statusText() === before) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          (element as HTMLElement).click();
        }),
      STATUS_PATTERN.source,
    );
  },
};

/** vis-timeline 8.5.4 with default options on the same data: ready at its first `changed` event after the data is set. */
export const visTimeline: BenchTarget = {
  name: "vis-timeline 8.5.4",
  url: (datasetUrl) => `/bench/vis-timeline.html?data=${encodeURIComponent(datasetUrl)}`,
  chartSelector: ".vis-center",
  async waitUntilReady(page: Page, timeoutMs: number) {
    await page.waitForFunction(() => typeof (window as unknown as { __benchReady?: number }).__benchReady === "number", undefined, {
      polling: 100,
      timeout: timeoutMs,
    });
  },
};
