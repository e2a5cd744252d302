import { describe, expect, it } from "vitest";
import { describeActorFilter } from "./describe-filter";

describe("describeActorFilter", () => {
  it("is null without a filter", () => {
    expect(describeActorFilter([], "any")).toBeNull();
  });

  it("names one actor", () => {
    expect(describeActorFilter(["Vladimir Putin"], "all")).toBe("Only events involving Vladimir Putin");
  });

  it("joins several with or for any, and for all", () => {
    expect(describeActorFilter(["Vladimir Putin", "Russia", "Turkey"], "any")).toBe("Only events involving Vladimir Putin, Russia or Turkey");
    expect(describeActorFilter(["Vladimir Putin", "Russia"], "all")).toBe("Only events involving Vladimir Putin and Russia");
  });
});
