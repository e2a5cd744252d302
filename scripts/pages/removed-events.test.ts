import { describe, expect, it } from "vitest";
import { parseRemovedEvents } from "./removed-events";

const ids = new Set(["kept-event", "other-event"]);

describe("parseRemovedEvents", () => {
  it("reads an empty list", () => {
    expect(parseRemovedEvents("[]\n", "data/removed.yaml", ids)).toEqual({ removed: [], errors: [] });
  });

  it("reads entries with their optional fields", () => {
    const text = '- id: old-event\n  title: Old\n  removed: "2026-12-01"\n  reason: Merged.\n  replacedBy: kept-event\n- id: gone\n  removed: "2026-12-02"\n  reason: Wrong.\n';
    expect(parseRemovedEvents(text, "data/removed.yaml", ids).removed).toEqual([
      { id: "old-event", title: "Old", removed: "2026-12-01", reason: "Merged.", replacedBy: "kept-event" },
      { id: "gone", removed: "2026-12-02", reason: "Wrong." },
    ]);
  });

  it("names the file, the entry and the field of every problem", () => {
    const text = [
      '- id: kept-event\n  removed: "2026-12-01"\n  reason: Still here.',
      '- id: bad-date\n  removed: "2026-13-01"\n  reason: " "',
      '- id: bad-link\n  removed: "2026-12-01"\n  reason: Merged.\n  replacedBy: nowhere',
      "- title: No id",
    ].join("\n");
    expect(parseRemovedEvents(text, "data/removed.yaml", ids).errors).toEqual([
      'data/removed.yaml: removed event "kept-event": is still an event in the dataset; remove it from one of the two',
      'data/removed.yaml: removed event "bad-date": removed "2026-13-01" is not a date (YYYY-MM-DD)',
      'data/removed.yaml: removed event "bad-date": reason must not be empty',
      'data/removed.yaml: removed event "bad-link": replacedBy "nowhere" is not an event in the dataset',
      "data/removed.yaml: removed event entry #4: id Invalid input: expected string, received undefined",
      "data/removed.yaml: removed event entry #4: removed Invalid input: expected string, received undefined",
      "data/removed.yaml: removed event entry #4: reason Invalid input: expected string, received undefined",
    ]);
  });

  it("says when the file is not a list", () => {
    expect(parseRemovedEvents("id: x\n", "data/removed.yaml", ids).errors).toEqual(["data/removed.yaml: must be a list of removed events"]);
  });
});
