import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "../dataset/schema";
import type { ActorMatch } from "./actor-match";
import { ACTOR_LIST_LIMIT, ActorFilter } from "./actor-filter";

const actors: Actor[] = [
  { id: "vladimir-putin", name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
  { id: "russia", name: "Russia", kind: "state", aliases: [] },
  { id: "united-nations", name: "United Nations", kind: "organization", aliases: ["UN"] },
];
const counts = new Map([["vladimir-putin", 2], ["russia", 3], ["united-nations", 1]]);

function Harness({ onChange, initial = [] }: { onChange?: (selected: string[], match: ActorMatch) => void; initial?: string[] }) {
  const [selected, setSelected] = useState<string[]>(initial);
  const [match, setMatch] = useState<ActorMatch>("any");
  return (
    <ActorFilter
      actors={actors}
      counts={counts}
      selected={selected}
      match={match}
      onChange={(next, nextMatch) => {
        onChange?.(next, nextMatch);
        setSelected(next);
        setMatch(nextMatch);
      }}
    />
  );
}

describe("ActorFilter", () => {
  it("says the dataset names no actors, rather than that none matches an empty search", () => {
    render(<ActorFilter actors={[]} counts={new Map()} selected={[]} match="any" onChange={() => undefined} />);
    expect(screen.getByText("This dataset names no actors.")).toBeInTheDocument();
    expect(screen.queryByRole("searchbox", { name: "Search actors" })).not.toBeInTheDocument();
  });

  it("names each checkbox exactly by the actor and describes it by its event count", () => {
    render(<Harness />);
    const putin = screen.getByRole("checkbox", { name: "Vladimir Putin" });
    expect(putin).toHaveAccessibleDescription("2 events");
    expect(screen.getByRole("checkbox", { name: "United Nations" })).toHaveAccessibleDescription("1 event");
  });

  it("groups actors by kind", () => {
    render(<Harness />);
    expect(screen.getByRole("group", { name: "People" })).toContainElement(screen.getByRole("checkbox", { name: "Vladimir Putin" }));
    expect(screen.getByRole("group", { name: "States" })).toContainElement(screen.getByRole("checkbox", { name: "Russia" }));
    expect(screen.getByRole("group", { name: "Organizations" })).toContainElement(screen.getByRole("checkbox", { name: "United Nations" }));
  });

  it("adds and removes actors with the checkboxes", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole("checkbox", { name: "Russia" }));
    await user.click(screen.getByRole("checkbox", { name: "Vladimir Putin" }));
    await user.click(screen.getByRole("checkbox", { name: "Russia" }));
    expect(onChange.mock.calls).toEqual([
      [["russia"], "any"],
      [["russia", "vladimir-putin"], "any"],
      [["vladimir-putin"], "any"],
    ]);
  });

  it("switches between Match any and Match all", async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} initial={["russia"]} />);
    expect(screen.getByRole("radio", { name: "Match any" })).toBeChecked();
    await user.click(screen.getByRole("radio", { name: "Match all" }));
    expect(onChange).toHaveBeenLastCalledWith(["russia"], "all");
    expect(screen.getByRole("radio", { name: "Match all" })).toBeChecked();
  });

  it("clears the selection", async () => {
    const user = userEvent.setup();
    render(<Harness initial={["russia", "vladimir-putin"]} />);
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(screen.getByRole("checkbox", { name: "Russia" })).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Clear" })).toBeDisabled();
  });

  it("narrows the list with the search box, by name or alias", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByRole("searchbox", { name: "Search actors" }), "un");
    expect(screen.getByRole("checkbox", { name: "United Nations" })).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Russia" })).toBeNull();
    await user.clear(screen.getByRole("searchbox", { name: "Search actors" }));
    await user.type(screen.getByRole("searchbox", { name: "Search actors" }), "nobody");
    expect(screen.getByText("No actor matches “nobody”.")).toBeInTheDocument();
  });

  it("shows only the most frequent actors of a long list and says how many more search reaches", async () => {
    const user = userEvent.setup();
    const many: Actor[] = Array.from({ length: 3000 }, (_, index) => ({ id: `actor-${index}`, name: `Actor ${index}`, kind: "group", aliases: [] }));
    const manyCounts = new Map(many.map((actor, index) => [actor.id, 3000 - index]));
    render(<ActorFilter actors={many} counts={manyCounts} selected={[]} match="any" onChange={() => {}} />);
    expect(screen.getAllByRole("checkbox")).toHaveLength(ACTOR_LIST_LIMIT);
    expect(screen.getByText("2,950 more actors — search to find them.")).toBeInTheDocument();
    await user.type(screen.getByRole("searchbox", { name: "Search actors" }), "Actor 2999");
    expect(screen.getAllByRole("checkbox")).toHaveLength(1);
    expect(screen.getByRole("checkbox", { name: "Actor 2999" })).toBeInTheDocument();
  });
});
