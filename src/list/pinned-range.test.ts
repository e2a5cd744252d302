import { describe, expect, it } from "vitest";
import { pinnedRange } from "./pinned-range";

const range = { startIndex: 10, endIndex: 12, overscan: 1, count: 100 };

describe("pinnedRange", () => {
  it("is the rows in view and the overscan when nothing is pinned elsewhere", () => {
    expect(pinnedRange(range, [])).toEqual([9, 10, 11, 12, 13]);
    expect(pinnedRange(range, [11])).toEqual([9, 10, 11, 12, 13]);
  });

  it("adds pinned rows out of view, in list order", () => {
    expect(pinnedRange(range, [99, 2])).toEqual([2, 9, 10, 11, 12, 13, 99]);
  });

  it("ignores a pin that is no row (nothing selected, or a stale index after filtering)", () => {
    expect(pinnedRange(range, [-1, 100])).toEqual([9, 10, 11, 12, 13]);
  });
});
