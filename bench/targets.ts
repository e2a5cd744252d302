import type { Page } from "@playwright/test";
import type { BenchTarget } from "./session";

const STATUS_PATTERN = /Showing\s+[\d,]+\s+of\s+[\d,]+/;
const CHART_SELECTOR = 'section[aria-label="Timeline"] svg[aria-roledescription="timeline chart"]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Resolves once a status line contains `text` (or, with `absent`, none does) and a frame has painted, with the time then (performance.now()). */
function statusPainted([text, absent]: readonly [string, boolean]): Promise<number> {
  return new Promise<number>((resolve) => {
    const done = () => [...document.querySelectorAll('[role="status"]')].some((node) => (node.textContent ?? "").includes(text)) !== absent;
    const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    if (done()) {
      finish();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      finish();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
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
  async measureSearch(page: Page, terms: readonly string[]) {
    const box = page.getByRole("searchbox", { name: "Search events" });
    const latencies: number[] = [];
    for (const term of terms) {
      await box.fill("");
      await page.evaluate(statusPainted, ["matching", true] as const);
      // Typed about as fast as a reader types; the clock starts at the last key.
      await box.pressSequentially(term.slice(0, -1), { delay: 100 });
      await page.evaluate(() => {
        const bench = window as unknown as { __lastKey: number };
        document.addEventListener("keydown", () => (bench.__lastKey = performance.now()), { once: true, capture: true });
      });
      const painted = page.evaluate(statusPainted, [`matching "${term}"`, false] as const);
      await box.press(term.slice(-1));
      const paintedAt = await painted;
      latencies.push(paintedAt - (await page.evaluate(() => (window as unknown as { __lastKey: number }).__lastKey)));
    }
    await box.fill("");
    await page.evaluate(statusPainted, ["matching", true] as const);
    return latencies;
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
