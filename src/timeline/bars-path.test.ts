import { describe, expect, it } from "vitest";
import { barsPath } from "./bars-path";

describe("barsPath", () => {
  it("draws each bar as a closed rectangle standing on the baseline", () => {
    expect(barsPath([{ x: 0, width: 10, height: 5 }, { x: 12.34, width: 3.33, height: 20 }], 44)).toBe("M0 39h10V44H0ZM12.3 24h3.3V44H12.3Z");
  });

  it("draws nothing for no bars", () => {
    expect(barsPath([], 44)).toBe("");
  });
});
