import type { Page } from "@playwright/test";
import { percentile } from "./stats";

/** What one scripted session measured, in ms and bytes. */
export interface SessionResult {
  /** Navigation start → the tool's ready signal and one painted frame. */
  readyMs: number;
  /** Longest task from navigation to ready. */
  loadLongestTaskMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  /** Longest task during the zoom/pan session. */
  sessionLongestTaskMs: number;
  /** JS heap in use after the session and a forced garbage collection. */
  heapBytes: number;
  /** Click on the most common actor's checkbox → "Showing N of M" changed and a frame painted (our app only). */
  filterMs: number;
  /** JS heap in use right after ready and a forced garbage collection. */
  loadHeapBytes: number;
  /** The app's "load:<phase>" performance measures, ms per phase (our app only). */
  phases: Record<string, number>;
  /** Per search term: its last keystroke → the status says `matching "term"` and a frame painted (our app only). */
  searchMs: number[];
  /** Longest task while the search terms were typed (our app only). */
  typingLongestTaskMs: number;
}

/** How to drive one tool: where it is, when it is ready, where to zoom and pan. */
export interface BenchTarget {
  name: string;
  url(datasetUrl: string): string;
  waitUntilReady(page: Page, timeoutMs: number): Promise<void>;
  /** The element wheel zooms and drag pans act on. */
  chartSelector: string;
  /** Clicks the actor's filter and returns how long until the result was painted. */
  measureFilter?(page: Page, actorName: string): Promise<number>;
  /** Types each term into the search and returns, per term, how long from its last keystroke until the result was painted. */
  measureSearch?(page: Page, terms: readonly string[]): Promise<number[]>;
}

/** What the bench searches for in the synthetic datasets: words, prefixes, phrases, an outlet, a place, one that finds nothing. */
export const SEARCH_TERMS = ["aleppo", "air strikes", "convoy", "reuters", "\"talks round\"", "sanct", "hospital hit", "idlib", "tass", "evacuation", "geneva proximity", "nothing-matches"] as const;

export interface BenchWindow {
  __bench: {
    longTasks: { start: number; duration: number }[];
    frames: number[];
    recording: boolean;
  };
}

/** Installed before any page script: records long tasks from the start, and frame deltas on demand. */
export function instrument() {
  const bench = { longTasks: [] as { start: number; duration: number }[], frames: [] as number[], recording: false };
  (window as unknown as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
}

/** The page's JS heap in use after a forced garbage collection. */
async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  return metrics.find((metric) => metric.name === "JSHeapUsedSize")?.value ?? Number.NaN;
}

/**
 * The floor for a load: in a blank page of the same origin, `fetch` and
 * `response.json()` of the same file, which any app that shows it must pay.
 */
export async function measureFloor(page: Page, datasetUrl: string): Promise<number> {
  await page.goto("/bench/floor.html");
  return page.evaluate(async (url) => {
    const start = performance.now();
    const response = await fetch(url);
    await response.json();
    return performance.now() - start;
  }, datasetUrl);
}

/** Resolves after the next frame has been painted. */
function nextFrame(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))));
}

const ZOOM_STEPS = 25;
const WHEEL_DELTA = 120;
const PAN_STEPS = 20;
const PAN_STEP_PX = 20;

/**
 * One session: load, 25 wheel zooms in at the chart's centre, a 400 px drag
 * pan, 25 wheel zooms out; then heap, and the actor filter where the tool has one.
 */
export async function runSession(
  page: Page,
  target: BenchTarget,
  datasetUrl: string,
  actorName: string,
  readyTimeoutMs: number,
  onReady: (readyMs: number) => void = () => undefined,
): Promise<SessionResult> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(); page functions are serialised as source, so give the page one.
  await page.addInitScript("globalThis.__name = (fn) => fn;");
  await page.addInitScript(instrument);
  await page.goto(target.url(datasetUrl), { waitUntil: "commit" });
  await target.waitUntilReady(page, readyTimeoutMs);
  const readyMs = await nextFrame(page);
  onReady(readyMs);
  const phases = await page.evaluate(() => {
    const totals: Record<string, number> = {};
    for (const entry of performance.getEntriesByType("measure")) {
      if (entry.name.startsWith("load:")) totals[entry.name.slice(5)] = (totals[entry.name.slice(5)] ?? 0) + entry.duration;
    }
    return totals;
  });
  const loadHeapBytes = await usedHeap(page);

  const box = await page.locator(target.chartSelector).first().boundingBox();
  if (!box) throw new Error(`${target.name}: ${target.chartSelector} has no box`);
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);

  const sessionStart = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.frames = [];
    bench.recording = true;
    let last = 0;
    const loop = (time: number) => {
      if (!bench.recording) return;
      if (last > 0) bench.frames.push(time - last);
      last = time;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return performance.now();
  });
  for (let step = 0; step < ZOOM_STEPS; step++) {
    await page.mouse.wheel(0, -WHEEL_DELTA);
    await nextFrame(page);
  }
  await page.mouse.down();
  for (let step = 1; step <= PAN_STEPS; step++) {
    await page.mouse.move(x - step * PAN_STEP_PX, y);
    await nextFrame(page);
  }
  await page.mouse.up();
  await page.mouse.move(x, y);
  for (let step = 0; step < ZOOM_STEPS; step++) {
    await page.mouse.wheel(0, WHEEL_DELTA);
    await nextFrame(page);
  }
  await nextFrame(page);
  const { frames, longTasks } = await page.evaluate(() => {
    const bench = (window as unknown as BenchWindow).__bench;
    bench.recording = false;
    return { frames: bench.frames, longTasks: bench.longTasks };
  });

  const heapBytes = await usedHeap(page);

  const longest = (from: number, to: number, tasks = longTasks) =>
    Math.max(0, ...tasks.filter((task) => task.start >= from && task.start < to).map((task) => task.duration));
  let searchMs: number[] = [];
  let typingLongestTaskMs = Number.NaN;
  if (target.measureSearch) {
    const typingStart = await page.evaluate(() => performance.now());
    searchMs = await target.measureSearch(page, SEARCH_TERMS);
    const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks);
    typingLongestTaskMs = longest(typingStart, Number.POSITIVE_INFINITY, tasks);
  }
  return {
    readyMs,
    loadLongestTaskMs: longest(0, readyMs),
    frameP50Ms: percentile(frames, 0.5),
    frameP95Ms: percentile(frames, 0.95),
    sessionLongestTaskMs: longest(sessionStart, Number.POSITIVE_INFINITY),
    heapBytes,
    filterMs: target.measureFilter ? await target.measureFilter(page, actorName) : Number.NaN,
    loadHeapBytes,
    phases,
    searchMs,
    typingLongestTaskMs,
  };
}
