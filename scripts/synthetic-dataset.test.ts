import { MAX_DATASET_BYTES } from "../src/dataset/dataset-size";
import { checkDataset } from "../src/dataset/check-dataset";
import { isCalendarMonth } from "../src/dataset/dataset-rules";
import { generateSyntheticDataset } from "./synthetic-dataset";

describe("generateSyntheticDataset", () => {
  it("generateSyntheticDataset gives byte-identical JSON for the same seed and size", () => {
    const first = JSON.stringify(generateSyntheticDataset({ events: 2000, seed: 7 }));
    const second = JSON.stringify(generateSyntheticDataset({ events: 2000, seed: 7 }));
    expect(second).toBe(first);
  });

  it("generateSyntheticDataset gives a different dataset for another seed", () => {
    const first = JSON.stringify(generateSyntheticDataset({ events: 200, seed: 1 }));
    const second = JSON.stringify(generateSyntheticDataset({ events: 200, seed: 2 }));
    expect(second).not.toBe(first);
  });

  it("generateSyntheticDataset writes the requested number of events with unique ids", () => {
    const { events } = generateSyntheticDataset({ events: 5000, seed: 1 });
    expect(events).toHaveLength(5000);
    expect(new Set(events.map((event) => event.id)).size).toBe(5000);
  });

  it("generateSyntheticDataset output passes the dataset schema", () => {
    const result = checkDataset(generateSyntheticDataset({ events: 5000, seed: 3 }));
    expect(result.success ? [] : result.issues.slice(0, 3)).toEqual([]);
  });

  it("generateSyntheticDataset writes events small enough that 350,000 of them fit the 100 MB limit, as the bench loads", () => {
    const bytes = (events: number) => new TextEncoder().encode(JSON.stringify(generateSyntheticDataset({ events, seed: 1 }))).length;
    // Each event costs the same beyond the head (articles and actors stop growing at 100,000 events).
    const perEvent = (bytes(20_000) - bytes(10_000)) / 10_000;
    expect(bytes(100_000) + 250_000 * perEvent).toBeLessThan(0.95 * MAX_DATASET_BYTES);
  });

  it("generateSyntheticDataset mixes spans, month-precision events and disputes", () => {
    const { events } = generateSyntheticDataset({ events: 10_000, seed: 1 });
    const share = (count: number) => count / events.length;
    expect(share(events.filter((event) => event.end !== undefined).length)).toBeGreaterThan(0.08);
    expect(share(events.filter((event) => event.end !== undefined).length)).toBeLessThan(0.25);
    expect(share(events.filter((event) => isCalendarMonth(event.start)).length)).toBeGreaterThan(0.03);
    expect(share(events.filter((event) => isCalendarMonth(event.start)).length)).toBeLessThan(0.07);
    expect(events.some((event) => (event.disputes ?? []).length > 0)).toBe(true);
  });

  it("generateSyntheticDataset uses actors unevenly, so the most common actor is in far more events than the median one", () => {
    const { events, actors } = generateSyntheticDataset({ events: 10_000, seed: 1 });
    const counts = new Map<string, number>();
    for (const event of events) for (const actor of event.actors ?? []) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    const sorted = actors.map((actor) => counts.get(actor.id) ?? 0).sort((a, b) => b - a);
    expect(actors.length).toBeGreaterThanOrEqual(100);
    expect(sorted[0]!).toBeGreaterThan(20 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it("generateSyntheticDataset clusters events around crisis dates rather than spreading them evenly", () => {
    const { events } = generateSyntheticDataset({ events: 10_000, seed: 1 });
    const perMonth = new Map<string, number>();
    for (const event of events) perMonth.set(event.start.slice(0, 7), (perMonth.get(event.start.slice(0, 7)) ?? 0) + 1);
    const busiest = Math.max(...perMonth.values());
    // 120 months in the range: an even spread would put ~83 events in each.
    expect(busiest).toBeGreaterThan(3 * (10_000 / 120));
  });
});
