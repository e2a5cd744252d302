import { describe, expect, it } from "vitest";
import { incrementalSort } from "./incremental-sort";

const words = (count: number) => Array.from({ length: count }, (_, at) => `w${(at * 7919) % count}`);

describe("incrementalSort", () => {
  it("sorts as Array.prototype.sort does, across runs and merges", () => {
    for (const count of [0, 1, 5, 8, 9, 31, 100]) {
      const values = [...words(count), "Zeta", "alpha", "é", "e", "alpha"];
      expect(incrementalSort(values, 4).result()).toEqual([...values].sort());
    }
  });

  it("gets there in slices when each step has no time at all", () => {
    const values = words(5000);
    const sort = incrementalSort(values, 64);
    let steps = 1;
    while (!sort.step(0)) steps += 1;
    expect(steps).toBeGreaterThan(10);
    expect(sort.result()).toEqual([...values].sort());
  });

  it("leaves its input as it was", () => {
    const values = ["b", "a"];
    incrementalSort(values).result();
    expect(values).toEqual(["b", "a"]);
  });
});
