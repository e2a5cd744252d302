import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import type { TimelineEvent } from "../dataset/schema";
import { sortEventsChronologically } from "../dataset/dataset-index";
import { EventList, LIST_PAGE_SIZE } from "./event-list";

const dataset = fixtureDataset();
const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));

function manyEvents(count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    title: `Event ${index}`,
    summary: "s",
    start: "2016-01-01",
    actors: [],
    sources: [],
    disputes: [],
  }));
}

describe("EventList", () => {
  it("lists events chronologically, each a button that selects it", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<EventList events={sortEventsChronologically(dataset.events)} actors={actors} selectedId={null} onSelect={onSelect} />);
    const list = screen.getByRole("list", { name: "Events in chronological order" });
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((button) => button.textContent)).toEqual([
      "30 September 2015Russia begins airstrikes in SyriaRussia, Syria",
      "14 March 2016Putin announces withdrawal of main forcesVladimir Putin, Russia",
      "21 November 2017De Mistura briefs the Security CouncilStaffan de Mistura, United Nations",
      "28 November – 14 December 2017Eighth round of Geneva talksStaffan de Mistura, United Nations, Syria",
      "December 2017 (month precision)Putin visits Hmeimim air baseVladimir Putin, Russia",
    ]);
    await user.click(within(list).getByRole("button", { name: /Eighth round of Geneva talks/ }));
    expect(onSelect).toHaveBeenCalledWith("geneva-talks-round-8-2017-11-28");
  });

  it("marks the selected event", () => {
    render(<EventList events={dataset.events} actors={actors} selectedId="putin-visits-hmeimim-2017-12" onSelect={() => {}} />);
    expect(screen.getByRole("button", { name: /Putin visits Hmeimim/ })).toHaveAttribute("aria-current", "true");
  });

  it("renders a long list a page at a time", async () => {
    const user = userEvent.setup();
    render(<EventList events={manyEvents(250)} actors={actors} selectedId={null} onSelect={() => {}} />);
    const rows = () => screen.getByRole("list").querySelectorAll("li");
    expect(rows()).toHaveLength(LIST_PAGE_SIZE);
    expect(screen.getByText("200 of 250 shown")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show more" }));
    expect(rows()).toHaveLength(250);
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
  });

  it("shows far enough to include the selected event", () => {
    render(<EventList events={manyEvents(300)} actors={actors} selectedId="e250" onSelect={() => {}} />);
    expect(screen.getByRole("button", { name: /Event 250$/ })).toHaveAttribute("aria-current", "true");
  });

  it("says when no event matches", () => {
    render(<EventList events={[]} actors={actors} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByText("No events match the filter.")).toBeInTheDocument();
  });
});
