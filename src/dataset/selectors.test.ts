import { describe, expect, it } from "vitest";
import type { Actor, TimelineEvent } from "./schema";
import {
  actorFilterMask,
  adjacentEvents,
  eventPositionsByActor,
  eventsByArticle,
  eventsInMask,
  filterEventsByActors,
  groupActorsByKind,
  sortEventsChronologically,
  trackList,
  visibleActors,
} from "./selectors";

function event(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: id, summary: id, start, actors: [], sources: [], disputes: [], ...extra };
}

function actor(id: string, kind: Actor["kind"] = "person", aliases: string[] = []): Actor {
  return { id, name: id.replace(/-/g, " "), kind, aliases };
}

const ids = (events: readonly TimelineEvent[]) => events.map((item) => item.id);

describe("sortEventsChronologically", () => {
  it("sortEventsChronologically orders by start date", () => {
    expect(ids(sortEventsChronologically([event("b", "2017-01-02"), event("a", "2016-05-01"), event("c", "2017-01-01")]))).toEqual(["a", "c", "b"]);
  });

  it("sortEventsChronologically puts a month-precision event before the days of its month", () => {
    expect(ids(sortEventsChronologically([event("day", "2017-12-01"), event("month", "2017-12"), event("nov", "2017-11-30")]))).toEqual(["nov", "month", "day"]);
  });

  it("sortEventsChronologically breaks ties by end, then id", () => {
    const sorted = sortEventsChronologically([
      event("z", "2017-01-01", { end: "2017-01-05" }),
      event("y", "2017-01-01"),
      event("x", "2017-01-01"),
    ]);
    expect(ids(sorted)).toEqual(["x", "y", "z"]);
  });

  it("sortEventsChronologically does not change its input", () => {
    const input = [event("b", "2017-01-02"), event("a", "2016-05-01")];
    sortEventsChronologically(input);
    expect(ids(input)).toEqual(["b", "a"]);
  });

  it("sortEventsChronologically returns [] for no events", () => {
    expect(sortEventsChronologically([])).toEqual([]);
  });
});

describe("filterEventsByActors", () => {
  const events = [
    event("putin", "2016-01-01", { actors: ["putin", "russia"] }),
    event("un", "2016-02-01", { actors: ["un"] }),
    event("none", "2016-03-01"),
    event("russia", "2016-04-01", { actors: ["russia"] }),
  ];

  it("filterEventsByActors keeps every event when no actor is selected", () => {
    expect(ids(filterEventsByActors(events, [], "all"))).toEqual(["putin", "un", "none", "russia"]);
  });

  it("filterEventsByActors with match any keeps events with at least one selected actor", () => {
    expect(ids(filterEventsByActors(events, ["un", "putin"], "any"))).toEqual(["putin", "un"]);
  });

  it("filterEventsByActors with match all keeps events with every selected actor", () => {
    expect(ids(filterEventsByActors(events, ["russia", "putin"], "all"))).toEqual(["putin"]);
  });

  it("filterEventsByActors returns [] when no event has the actor", () => {
    expect(filterEventsByActors(events, ["nobody"], "any")).toEqual([]);
  });
});

describe("eventPositionsByActor", () => {
  it("eventPositionsByActor lists each actor's event positions in order, once per event", () => {
    const positions = eventPositionsByActor([
      event("a", "2016-01-01", { actors: ["russia", "putin", "russia"] }),
      event("b", "2016-01-02"),
      event("c", "2016-01-03", { actors: ["russia"] }),
    ]);
    expect([...positions.entries()]).toEqual([
      ["russia", [0, 2]],
      ["putin", [0]],
    ]);
  });

  it("eventPositionsByActor is empty for no events", () => {
    expect(eventPositionsByActor([]).size).toBe(0);
  });
});

describe("actorFilterMask", () => {
  const events = [
    event("putin", "2016-01-01", { actors: ["putin", "russia"] }),
    event("un", "2016-02-01", { actors: ["un"] }),
    event("none", "2016-03-01"),
    event("russia", "2016-04-01", { actors: ["russia"] }),
  ];
  const positions = eventPositionsByActor(events);
  const mask = (actorIds: string[], match: "any" | "all") => [...actorFilterMask(positions, events.length, actorIds, match)];

  it("actorFilterMask keeps every event when no actor is selected", () => {
    expect(mask([], "all")).toEqual([1, 1, 1, 1]);
  });

  it("actorFilterMask with match any keeps events with at least one selected actor", () => {
    expect(mask(["un", "putin"], "any")).toEqual([1, 1, 0, 0]);
  });

  it("actorFilterMask with match all keeps events with every selected actor", () => {
    expect(mask(["russia", "putin"], "all")).toEqual([1, 0, 0, 0]);
  });

  it("actorFilterMask with match all counts an actor selected twice once", () => {
    expect(mask(["russia", "russia"], "all")).toEqual([1, 0, 0, 1]);
  });

  it("actorFilterMask keeps nothing for an actor without events", () => {
    expect(mask(["nobody"], "any")).toEqual([0, 0, 0, 0]);
    expect(mask(["russia", "nobody"], "all")).toEqual([0, 0, 0, 0]);
  });

  it("actorFilterMask keeps the same events as filterEventsByActors", () => {
    for (const [actorIds, match] of [[["russia"], "any"], [["un", "russia"], "any"], [["putin", "russia"], "all"], [["un", "putin"], "all"]] as const) {
      expect(ids(eventsInMask(events, actorFilterMask(positions, events.length, actorIds, match)))).toEqual(ids(filterEventsByActors(events, actorIds, match)));
    }
  });
});

describe("eventsInMask", () => {
  it("eventsInMask keeps the marked events in order", () => {
    const events = [event("a", "2016-01-01"), event("b", "2016-01-02"), event("c", "2016-01-03")];
    expect(ids(eventsInMask(events, Uint8Array.of(1, 0, 1)))).toEqual(["a", "c"]);
  });
});

describe("eventsByArticle", () => {
  it("eventsByArticle lists the events each article reports, in the given order, once each", () => {
    const source = (article: string) => ({ article, quote: "q" });
    const byArticle = eventsByArticle([
      event("early", "2016-01-01", { sources: [source("bbc"), source("dw")] }),
      event("late", "2017-01-01", { sources: [source("bbc"), source("bbc")] }),
      event("unsourced", "2016-06-01"),
    ]);
    expect([...byArticle.keys()]).toEqual(["bbc", "dw"]);
    expect(ids(byArticle.get("bbc")!)).toEqual(["early", "late"]);
    expect(ids(byArticle.get("dw")!)).toEqual(["early"]);
  });
});

describe("adjacentEvents", () => {
  const sorted = [event("a", "2016-01-01"), event("b", "2016-01-02"), event("c", "2016-01-03")];

  it("adjacentEvents returns the neighbours of a middle event", () => {
    const { previous, next } = adjacentEvents(sorted, "b");
    expect([previous?.id, next?.id]).toEqual(["a", "c"]);
  });

  it("adjacentEvents returns null before the first and after the last", () => {
    expect(adjacentEvents(sorted, "a").previous).toBeNull();
    expect(adjacentEvents(sorted, "c").next).toBeNull();
  });

  it("adjacentEvents returns nulls for an id not in the list, or none", () => {
    expect(adjacentEvents(sorted, "x")).toEqual({ previous: null, next: null });
    expect(adjacentEvents(sorted, null)).toEqual({ previous: null, next: null });
  });
});

describe("trackList", () => {
  it("trackList keeps the dataset's order and adds unnamed tracks in order of first use", () => {
    expect(
      trackList({
        tracks: ["Diplomacy", "Military"],
        events: [event("a", "2016-01-01", { track: "Aid" }), event("b", "2016-01-02", { track: "Military" }), event("c", "2016-01-03", { track: "Courts" }), event("d", "2016-01-04")],
      }),
    ).toEqual(["Diplomacy", "Military", "Aid", "Courts"]);
  });

  it("trackList is empty when no event has a track and none is named", () => {
    expect(trackList({ tracks: [], events: [event("a", "2016-01-01")] })).toEqual([]);
  });
});

describe("groupActorsByKind", () => {
  it("groupActorsByKind groups people, states, organizations, groups, each by count then name", () => {
    const groups = groupActorsByKind(
      [actor("un", "organization"), actor("syria", "state"), actor("russia", "state"), actor("putin"), actor("assad")],
      new Map([["syria", 3], ["russia", 5], ["un", 1]]),
    );
    expect(groups.map((group) => [group.kind, group.actors.map((item) => item.id)])).toEqual([
      ["person", ["assad", "putin"]],
      ["state", ["russia", "syria"]],
      ["organization", ["un"]],
    ]);
  });
});

describe("visibleActors", () => {
  const actors = [actor("vladimir-putin", "person", ["Putin"]), actor("russia", "state"), actor("syria", "state"), actor("staffan-de-mistura", "person", ["UN envoy"])];
  const counts = new Map([["russia", 9], ["syria", 5], ["vladimir-putin", 3], ["staffan-de-mistura", 1]]);

  it("visibleActors shows the most frequent actors up to the limit and counts the rest", () => {
    const result = visibleActors(actors, counts, [], "", 2);
    expect(result.actors.map((item) => item.id)).toEqual(["russia", "syria"]);
    expect(result.hidden).toBe(2);
  });

  it("visibleActors keeps selected actors visible beyond the limit", () => {
    const result = visibleActors(actors, counts, ["staffan-de-mistura"], "", 2);
    expect(result.actors.map((item) => item.id)).toEqual(["staffan-de-mistura", "russia", "syria"]);
  });

  it("visibleActors matches names and aliases, ignoring case", () => {
    expect(visibleActors(actors, counts, [], "un envoy", 50).actors.map((item) => item.id)).toEqual(["staffan-de-mistura"]);
    expect(visibleActors(actors, counts, [], "SYR", 50).actors.map((item) => item.id)).toEqual(["syria"]);
  });

  it("visibleActors returns none for a query nothing matches", () => {
    expect(visibleActors(actors, counts, [], "zzz", 50)).toEqual({ actors: [], hidden: 0 });
  });
});
