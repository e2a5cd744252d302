import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./safe-url";

describe("safeHttpUrl", () => {
  it("safeHttpUrl keeps http and https URLs", () => {
    expect(safeHttpUrl("https://www.bbc.com/news/x")).toBe("https://www.bbc.com/news/x");
    expect(safeHttpUrl("http://example.org/a")).toBe("http://example.org/a");
  });
  it("safeHttpUrl rejects other schemes", () => {
    expect(safeHttpUrl("javascript:alert(1)")).toBeNull();
    expect(safeHttpUrl("data:text/html,hi")).toBeNull();
    expect(safeHttpUrl("ftp://example.org/")).toBeNull();
  });
  it("safeHttpUrl rejects relative, empty and missing URLs", () => {
    expect(safeHttpUrl("/news/x")).toBeNull();
    expect(safeHttpUrl("")).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
