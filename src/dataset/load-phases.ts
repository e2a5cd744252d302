/**
 * Each phase of a dataset load is recorded as a performance measure named
 * "load:<phase>", so the browser's own tools and `npm run bench` can show where
 * the time goes. Phases in the worker are timed there and recorded on arrival.
 */
export type LoadPhase = "fetch" | "worker-start" | "parse" | "validate" | "serialize" | "prepare-index" | "transfer" | "page-parse" | "index" | "chart-index" | "render";

/** A phase timed in the worker, in ms since the epoch (a worker's clock has another origin than the page's). */
export interface TimedPhase {
  phase: LoadPhase;
  startEpochMs: number;
  endEpochMs: number;
}

export function recordPhase(phase: LoadPhase, start: number, end: number = performance.now()): void {
  performance.measure(`load:${phase}`, { start, end });
}

/** Runs `work` and records it as `phase`. */
export function timePhase<T>(phase: LoadPhase, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    recordPhase(phase, start);
  }
}

/** Now, on a clock the page and the worker share. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Records a phase the worker timed, on the page's clock. */
export function recordTimedPhase({ phase, startEpochMs, endEpochMs }: TimedPhase): void {
  recordPhase(phase, startEpochMs - performance.timeOrigin, endEpochMs - performance.timeOrigin);
}

/** The end of the last recorded `phase`, on the page's clock. */
export function phaseEnd(phase: LoadPhase): number | null {
  const entry = performance.getEntriesByName(`load:${phase}`, "measure").at(-1);
  return entry ? entry.startTime + entry.duration : null;
}
