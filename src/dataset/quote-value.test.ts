import { quoteValue } from "./quote-value";

describe("quoteValue", () => {
  it("quoteValue quotes a short string as JSON", () => {
    expect(quoteValue('say "hi"')).toBe('"say \\"hi\\""');
  });

  it("quoteValue cuts a long string at 80 characters with an ellipsis and its length", () => {
    expect(quoteValue("x".repeat(5_000_000))).toBe(`"${"x".repeat(80)}…" (5,000,000 characters)`);
  });

  it("quoteValue keeps a string of exactly 80 characters whole", () => {
    expect(quoteValue("y".repeat(80))).toBe(`"${"y".repeat(80)}"`);
  });

  it("quoteValue never splits a surrogate pair", () => {
    expect(quoteValue(`${"a".repeat(79)}😀tail`)).toBe(`"${"a".repeat(79)}…" (85 characters)`);
  });

  it("quoteValue counts the characters as escaped: NULs and lone surrogates quote at most 80 characters", () => {
    expect(quoteValue(`ab${"\u0000".repeat(5_000)}`)).toBe(`"ab${"\\u0000".repeat(13)}…" (5,002 characters)`);
    expect(quoteValue("\ud800".repeat(20))).toBe(`"${"\\ud800".repeat(13)}…" (20 characters)`);
  });

  it("quoteValue writes small objects and arrays as JSON without calling their methods", () => {
    expect(quoteValue({ valueOf: 1, toString: {} })).toBe('{"valueOf":1,"toString":{}}');
    expect(quoteValue([1, null, true, "a"])).toBe('[1,null,true,"a"]');
  });

  it("quoteValue cuts deep nesting without overflowing the stack", () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(quoteValue(deep)).toBe(`${"[".repeat(80)}…`);
  });

  it("quoteValue cuts a large object", () => {
    const wide = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`key${index}`, index]));
    const quoted = quoteValue(wide);
    expect(quoted.startsWith('{"key0":0,"key1":1,')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(81);
  });

  it("quoteValue names values JSON cannot hold", () => {
    expect(quoteValue(undefined)).toBe("undefined");
    expect(quoteValue(() => 1)).toBe("a function");
  });
});
