import { joinNames, splitNames } from "./name-list";

describe("a cell of names", () => {
  it("joins names with '; ' and splits them back, trimmed, without empty ones", () => {
    expect(joinNames(["Vladimir Putin", "Russia"])).toBe("Vladimir Putin; Russia");
    expect(splitNames("Vladimir Putin; Russia")).toEqual(["Vladimir Putin", "Russia"]);
    expect(splitNames("Russia;Syria ;  ; ")).toEqual(["Russia", "Syria"]);
    expect(splitNames("")).toEqual([]);
  });

  it("doubles a ';' inside a name, so the name splits back whole", () => {
    expect(joinNames(["Jaish al-Fatah; the Army of Conquest", "Russia"])).toBe("Jaish al-Fatah;; the Army of Conquest; Russia");
    expect(splitNames("Jaish al-Fatah;; the Army of Conquest; Russia")).toEqual(["Jaish al-Fatah; the Army of Conquest", "Russia"]);
  });

  it("round-trips names that start or end with ';' or hold ';;'", () => {
    for (const names of [["a;", ";b"], ["a;;b"], [";"], ["x", ";;;", "y"], ["a ;b", "c"]]) expect(splitNames(joinNames(names))).toEqual(names);
  });
});
