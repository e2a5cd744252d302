import { describe, expect, it } from "vitest";
import { eventPagePath, parseSitePath } from "./site-path";

describe("parseSitePath", () => {
  it("reads an event page's root and id", () => {
    expect(parseSitePath("/events/sochi-summit/")).toEqual({ root: "/", event: "sochi-summit" });
    expect(parseSitePath("/syria/events/sochi-summit/")).toEqual({ root: "/syria/", event: "sochi-summit" });
    expect(parseSitePath("/syria/events/sochi-summit/index.html")).toEqual({ root: "/syria/", event: "sochi-summit" });
  });

  it("decodes an escaped id", () => {
    expect(parseSitePath("/events/a%3Ab/")).toEqual({ root: "/", event: "a:b" });
  });

  it("takes any other path's folder as the root", () => {
    expect(parseSitePath("/")).toEqual({ root: "/", event: null });
    expect(parseSitePath("/syria/index.html")).toEqual({ root: "/syria/", event: null });
    expect(parseSitePath("/syria/events/")).toEqual({ root: "/syria/events/", event: null });
    expect(parseSitePath("/events/a/b/")).toEqual({ root: "/events/a/b/", event: null });
  });

  it("does not take a malformed escape for an event page", () => {
    expect(parseSitePath("/events/%E0%A4%A/")).toEqual({ root: "/events/%E0%A4%A/", event: null });
  });
});

describe("eventPagePath", () => {
  it("is the event's folder under events/, escaped, and round-trips", () => {
    expect(eventPagePath("sochi-summit")).toBe("events/sochi-summit/");
    expect(eventPagePath("a:b")).toBe("events/a%3Ab/");
    expect(parseSitePath(`/x/${eventPagePath("a:b")}`)).toEqual({ root: "/x/", event: "a:b" });
  });
});
