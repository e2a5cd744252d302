import { describe, expect, it } from "vitest";
import { MIN_SPAN_MS, panWindow, windowAround, windowFor, zoomAnchor, zoomWindow } from "./zoom";

const DAY = 86_400_000;
const domain = { start: 0, end: 1000 * DAY };

describe("zoomWindow", () => {
  it("zoomWindow halves the span around the anchor", () => {
    expect(zoomWindow({ start: 100 * DAY, end: 300 * DAY }, 0.5, 200 * DAY, domain)).toEqual({ start: 150 * DAY, end: 250 * DAY });
  });

  it("zoomWindow keeps the anchor at the same share of the window", () => {
    const zoomed = zoomWindow({ start: 100 * DAY, end: 300 * DAY }, 0.5, 150 * DAY, domain);
    expect(zoomed).toEqual({ start: 125 * DAY, end: 225 * DAY });
    expect((150 * DAY - zoomed.start) / (zoomed.end - zoomed.start)).toBe(0.25);
  });

  it("zoomWindow zooms out no wider than the domain", () => {
    expect(zoomWindow({ start: 100 * DAY, end: 900 * DAY }, 4, 500 * DAY, domain)).toEqual(domain);
  });

  it("zoomWindow shifts a zoomed-out window back inside the domain", () => {
    expect(zoomWindow({ start: 0, end: 200 * DAY }, 2, 0, domain)).toEqual({ start: 0, end: 400 * DAY });
    expect(zoomWindow({ start: 900 * DAY, end: 1000 * DAY }, 3, 900 * DAY, domain)).toEqual({ start: 700 * DAY, end: 1000 * DAY });
  });

  it("zoomWindow stops at a span of one day", () => {
    expect(zoomWindow({ start: 10 * DAY, end: 12 * DAY }, 0.01, 11 * DAY, domain)).toEqual({ start: 10.5 * DAY, end: 11.5 * DAY });
    expect(MIN_SPAN_MS).toBe(DAY);
  });

  it("zoomWindow on a domain shorter than a day shows the whole domain", () => {
    const short = { start: 0, end: 3_600_000 };
    expect(zoomWindow(short, 0.5, 0, short)).toEqual(short);
    expect(zoomWindow(short, 4, 0, short)).toEqual(short);
  });
});

describe("panWindow", () => {
  it("panWindow shifts the window by the delta", () => {
    expect(panWindow({ start: 100 * DAY, end: 200 * DAY }, 50 * DAY, domain)).toEqual({ start: 150 * DAY, end: 250 * DAY });
  });

  it("panWindow stops at the domain's start and end", () => {
    expect(panWindow({ start: 100 * DAY, end: 200 * DAY }, -500 * DAY, domain)).toEqual({ start: 0, end: 100 * DAY });
    expect(panWindow({ start: 800 * DAY, end: 900 * DAY }, 500 * DAY, domain)).toEqual({ start: 900 * DAY, end: 1000 * DAY });
  });
});

describe("windowAround", () => {
  it("windowAround returns the same window when the time is visible", () => {
    const window = { start: 100 * DAY, end: 200 * DAY };
    expect(windowAround(150 * DAY, window, domain)).toBe(window);
  });

  it("windowAround centres the window on a time outside it", () => {
    expect(windowAround(500 * DAY, { start: 100 * DAY, end: 200 * DAY }, domain)).toEqual({ start: 450 * DAY, end: 550 * DAY });
  });

  it("windowAround clamps to the domain near its edge", () => {
    expect(windowAround(990 * DAY, { start: 100 * DAY, end: 200 * DAY }, domain)).toEqual({ start: 900 * DAY, end: 1000 * DAY });
  });
});

describe("windowFor", () => {
  it("windowFor shows an interval with a margin each side", () => {
    expect(windowFor({ start: 100 * DAY, end: 200 * DAY }, domain)).toEqual({ start: 95 * DAY, end: 205 * DAY });
  });
});

describe("zoomAnchor", () => {
  const visible = { start: 1000, end: 2000 };
  it("zoomAnchor is the first time in view", () => {
    expect(zoomAnchor(visible, [null, 2500, 1200, 1800])).toBe(1200);
  });
  it("zoomAnchor treats the window end as outside", () => {
    expect(zoomAnchor(visible, [2000])).toBe(1500);
  });
  it("zoomAnchor is the centre when nothing is in view", () => {
    expect(zoomAnchor(visible, [])).toBe(1500);
    expect(zoomAnchor(visible, [null, 500])).toBe(1500);
  });
});
