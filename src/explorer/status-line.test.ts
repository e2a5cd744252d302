import { describe, expect, it } from "vitest";
import type { Actor } from "../dataset/schema";
import { NO_FILTERS } from "./shown-events";
import { statusLine } from "./status-line";

const actors = new Map<string, Actor>([
  ["putin", { id: "putin", name: "Vladimir Putin", kind: "person", aliases: [] }],
  ["russia", { id: "russia", name: "Russia", kind: "state", aliases: [] }],
  ["syria", { id: "syria", name: "Syria", kind: "state", aliases: [] }],
]);

describe("statusLine", () => {
  it("statusLine without filters says how many events are shown", () => {
    expect(statusLine(62, 62, NO_FILTERS, actors)).toBe("Showing 62 of 62 events");
  });

  it("statusLine names the search as typed, without surrounding spaces", () => {
    expect(statusLine(1, 62, { ...NO_FILTERS, q: " Sputnik " }, actors)).toBe('Showing 1 of 62 events matching "Sputnik"');
  });

  it("statusLine leaves out a search with no words", () => {
    expect(statusLine(62, 62, { ...NO_FILTERS, q: ' "" ' }, actors)).toBe("Showing 62 of 62 events");
  });

  it("statusLine names up to two actors, joined as the match says, and counts more", () => {
    expect(statusLine(3, 62, { ...NO_FILTERS, actors: ["putin", "russia"] }, actors)).toBe("Showing 3 of 62 events involving Vladimir Putin or Russia");
    expect(statusLine(3, 62, { ...NO_FILTERS, actors: ["putin", "russia"], match: "all" }, actors)).toBe("Showing 3 of 62 events involving Vladimir Putin and Russia");
    expect(statusLine(3, 62, { ...NO_FILTERS, actors: ["putin", "russia", "syria"] }, actors)).toBe("Showing 3 of 62 events involving any of 3 actors");
  });

  it("statusLine says all of them when every actor must take part", () => {
    expect(statusLine(0, 62, { ...NO_FILTERS, actors: ["putin", "russia", "syria"], match: "all" }, actors)).toBe("Showing 0 of 62 events involving all of 3 actors");
  });

  it("statusLine lists every active filter in order, with thousands separated", () => {
    const filters = { ...NO_FILTERS, q: "talks", actors: ["syria"], tracks: ["UN Geneva talks"], outlets: ["DW", "TASS", "AP"], places: ["Geneva"], disputed: true };
    expect(statusLine(1200, 100000, filters, actors)).toBe(
      'Showing 1,200 of 100,000 events matching "talks", involving Syria, in UN Geneva talks, reported by 3 outlets, at Geneva, that the sources dispute',
    );
  });
});
