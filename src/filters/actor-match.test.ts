import { describe, expect, it } from "vitest";
import { eventPositionsByActor } from "../dataset/dataset-index";
import type { Actor, TimelineEvent } from "../dataset/schema";
import { actorFilterMask, eventsInMask, filterEventsByActors, groupActorsByKind, visibleActors } from "./actor-match";

function event(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, title: id, summary: id, start, actors: [], sources: [], disputes: [], ...extra };
}

function actor(id: string, kind: Actor["kind"] = "person", aliases: string[] = []): Actor {
  return { id, name: id.replace(/-/g, " "), kind, aliases };
}

const ids = (events: readonly TimelineEvent[]) => events.map((item) => item.id);

/** Events with two actors, one, none, and one again. */
const events = [
  event("putin", "2016-01-01", { actors: ["putin", "russia"] }),
  event("un", "2016-02-01", { actors: ["un"] }),
  event("none", "2016-03-01"),
  event("russia", "2016-04-01", { actors: ["russia"] }),
];

describe("filterEventsByActors", () => {

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

describe("actorFilterMask", () => {
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
