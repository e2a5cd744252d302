import { describe, expect, it } from "vitest";
import { hasCredentials, safeHttpUrl } from "./safe-url";

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
  it("safeHttpUrl rejects URLs with a user name or password", () => {
    expect(safeHttpUrl("https://user:pass@example.org/a")).toBeNull();
    expect(safeHttpUrl("https://user@example.org/a")).toBeNull();
    expect(hasCredentials("https://:secret@example.org/")).toBe(true);
    expect(hasCredentials("https://example.org/a@b")).toBe(false);
  });
});
