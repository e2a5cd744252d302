import { escapeIcsText, foldIcsLine, icsTextProperty } from "./ics-text";

const octets = (line: string) => new TextEncoder().encode(line).length;

describe("escapeIcsText", () => {
  it("escapes backslashes, semicolons and commas", () => {
    expect(escapeIcsText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
  });
  it("writes every kind of line break as \\n", () => {
    expect(escapeIcsText("one\ntwo\r\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
  });
  it("escapes the backslash before adding its own, so an escape is never doubled", () => {
    expect(escapeIcsText("\\n")).toBe("\\\\n");
  });
  it("leaves colons and quotes alone (they need no escape in TEXT)", () => {
    expect(escapeIcsText('UN: "courage"')).toBe('UN: "courage"');
  });
});

describe("foldIcsLine", () => {
  it("leaves a line of 75 octets on one line", () => {
    const line = `SUMMARY:${"x".repeat(67)}`;
    expect(foldIcsLine(line)).toBe(`${line}\r\n`);
  });
  it("folds a 76-octet line after 75 octets, the continuation starting with a space", () => {
    const line = `SUMMARY:${"x".repeat(68)}`;
    expect(foldIcsLine(line)).toBe(`SUMMARY:${"x".repeat(67)}\r\n x\r\n`);
  });
  it("keeps every physical line within 75 octets, counting the leading space", () => {
    const folded = foldIcsLine(`DESCRIPTION:${"abcdefghij".repeat(40)}`);
    const lines = folded.slice(0, -2).split("\r\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(" "))).toBe(true);
  });
  it("never splits a multi-octet character, and unfolding gives the line back", () => {
    const line = `SUMMARY:${"Путин в Сирии — ".repeat(12)}🇸🇾 done`;
    const folded = foldIcsLine(line);
    const lines = folded.slice(0, -2).split("\r\n");
    for (const physical of lines) {
      expect(octets(physical)).toBeLessThanOrEqual(75);
      // A split UTF-8 sequence would decode to U+FFFD.
      expect(new TextDecoder().decode(new TextEncoder().encode(physical))).not.toContain("\uFFFD");
    }
    expect(lines.some((physical) => octets(physical) < 74)).toBe(true);
    expect(folded.slice(0, -2).replaceAll("\r\n ", "")).toBe(line);
  });
});

describe("icsTextProperty", () => {
  it("escapes, then folds", () => {
    expect(icsTextProperty("LOCATION", "Sochi, Russia")).toBe("LOCATION:Sochi\\, Russia\r\n");
  });
});
