// @vitest-environment node
import fc from "fast-check";
import { describe, it } from "vitest";
import { FUZZ_TARGETS, TEST_SEED } from "./targets";

// A short run with a fixed seed, so `npm test` sees the same cases every time; `npm run fuzz` runs many more.
describe("fuzz", () => {
  for (const target of FUZZ_TARGETS) {
    it(`${target.name}: no crash, wrong accept, wrong reject or bad message in ${target.testRuns} cases`, () => {
      fc.assert(
        fc.property(target.arbitrary, (input) => {
          const finding = target.check(input);
          if (finding) throw new Error(`${finding.verdict}: ${finding.detail}`);
        }),
        { seed: TEST_SEED, numRuns: target.testRuns },
      );
    });
  }
});
