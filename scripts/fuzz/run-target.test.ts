// @vitest-environment node
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findingCount, runTarget } from "./run-target";
import type { FuzzTarget } from "./targets";

/** A target whose check throws on 6 modulo 7 and otherwise judges by the number modulo 6: two passes, then one of each verdict. */
const known: FuzzTarget<number> = {
  name: "known",
  arbitrary: fc.nat({ max: 1_000 }),
  check: (value) => {
    const kinds = [null, null, "crash", "wrong accept", "wrong reject", "bad message"] as const;
    if (value % 7 === 6) throw new Error("broken check");
    const verdict = kinds[value % 6]!;
    return verdict === null ? null : { verdict, detail: `case ${value}` };
  },
  label: (value) => `case ${value}`,
  testRuns: 1,
};

describe("runTarget", () => {
  it("runs every case and counts each by its verdict, a throwing check as a crash", () => {
    const seen: number[] = [];
    fc.check(fc.property(known.arbitrary, (value) => void seen.push(value)), { seed: 7, numRuns: 200 });
    const expected = { crash: 0, "wrong accept": 0, "wrong reject": 0, "bad message": 0 };
    for (const value of seen) {
      if (value % 7 === 6) expected.crash++;
      else if (value % 6 === 2) expected.crash++;
      else if (value % 6 === 3) expected["wrong accept"]++;
      else if (value % 6 === 4) expected["wrong reject"]++;
      else if (value % 6 === 5) expected["bad message"]++;
    }

    const report = runTarget(known, { seed: 7, runs: 200 });

    expect(report.cases).toBe(200);
    expect(report.counts).toEqual(expected);
    expect(findingCount(report)).toBeGreaterThan(5);
    expect(report.findings).toHaveLength(5);
    expect(report.findings[0]).toMatchObject({ label: `case ${seen[report.findings[0]!.run]}` });
    expect(report.slowest?.label).toMatch(/^case \d+$/);
  });

  it("reports a clean run as clean", () => {
    const report = runTarget({ ...known, check: () => null }, { seed: 1, runs: 50 });
    expect(report).toMatchObject({ cases: 50, counts: { crash: 0, "wrong accept": 0, "wrong reject": 0, "bad message": 0 }, findings: [] });
  });
});
