import { mulberry32, randomInt, zipfSampler } from "./random";

describe("random", () => {
  it("mulberry32 gives the same sequence for the same seed", () => {
    const first = mulberry32(42);
    const second = mulberry32(42);
    const a = [first(), first(), first()];
    expect([second(), second(), second()]).toEqual(a);
  });

  it("mulberry32 stays in [0, 1)", () => {
    const random = mulberry32(1);
    for (let index = 0; index < 10_000; index++) {
      const value = random();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it("randomInt includes both ends", () => {
    const random = mulberry32(5);
    const seen = new Set<number>();
    for (let index = 0; index < 1000; index++) seen.add(randomInt(random, 1, 3));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("zipfSampler draws the first rank most often and never leaves the range", () => {
    const next = zipfSampler(mulberry32(9), 50, 1.1);
    const counts = new Array<number>(50).fill(0);
    for (let index = 0; index < 20_000; index++) counts[next()]!++;
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(20_000);
    expect(Math.max(...counts)).toBe(counts[0]);
    expect(counts[0]!).toBeGreaterThan(10 * counts[49]!);
  });
});
