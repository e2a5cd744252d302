import { progressReading } from "./load-progress";

describe("progressReading", () => {
  it("progressReading counts received bytes against a known total", () => {
    expect(progressReading({ phase: "receive", received: 12_300_000, total: 27_000_000 })).toEqual({
      value: 12_300_000,
      max: 27_000_000,
      text: "Received 12 MB of 27 MB",
    });
  });

  it("progressReading has no value while the total is unknown", () => {
    expect(progressReading({ phase: "receive", received: 340_000, total: null })).toEqual({ value: null, max: 1, text: "Received 340 KB…" });
  });

  it("progressReading is full while the events are checked, and counts them", () => {
    expect(progressReading({ phase: "check", received: 27_000_000, events: 100_000 })).toEqual({
      value: 27_000_000,
      max: 27_000_000,
      text: "Received 27 MB; checking 100,000 events…",
    });
    expect(progressReading({ phase: "check", received: 5, events: 1 }).text).toBe("Received 5 bytes; checking 1 event…");
    expect(progressReading({ phase: "check", received: 5, events: null }).text).toBe("Received 5 bytes; checking the dataset…");
  });
});
