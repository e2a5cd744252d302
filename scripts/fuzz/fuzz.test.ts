// @vitest-environment node
import { describe, expect, it } from "vitest";
import { findingCount, runTarget } from "./run-target";
import { FUZZ_TARGETS, TEST_SEED } from "./targets";

// A short run with a fixed seed, so `npm test` sees the same cases every time; `npm run fuzz` runs the same targets, many more cases.
describe("fuzz", () => {
  for (const target of FUZZ_TARGETS) {
    it(`${target.name}: no crash, wrong accept, wrong reject or bad message in ${target.testRuns} cases`, () => {
      const report = runTarget(target, { seed: TEST_SEED, runs: target.testRuns });
      expect(report.cases).toBe(target.testRuns);
      expect(report.findings, `${findingCount(report)} findings (seed ${TEST_SEED})`).toEqual([]);
    });
  }
});
