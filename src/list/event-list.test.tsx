import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import type { TimelineEvent } from "../dataset/schema";
import { sortEventsChronologically } from "../dataset/dataset-index";
import { parseSearchQuery } from "../text/search-text";
import { HighlightProvider } from "../ui/highlight";
import { EventList } from "./event-list";

const dataset = fixtureDataset();
const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));

/** jsdom lays nothing out: here every row measures this tall, the window is jsdom's 768 px and the page is as tall as the list. */
const ROW_PX = 60;

function manyEvents(count: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    title: `Event ${index}`,
    summary: index % 2 === 0 ? "An airstrike near Aleppo" : "Talks in Geneva",
    start: "2016-01-01",
    actors: [],
    sources: [],
    disputes: [],
  }));
}

/** Scrolls the page as a browser would: the offset changes and a scroll event follows. */
function scrollPageTo(top: number) {
  Object.defineProperty(window, "scrollY", { configurable: true, value: top });
  window.dispatchEvent(new Event("scroll"));
}

const rows = () => within(screen.getByRole("list", { name: "Events in chronological order" })).getAllByRole("listitem");

// The config restores every spy after each test.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.tagName === "LI" ? ROW_PX : 0;
  });
  vi.spyOn(Element.prototype, "scrollHeight", "get").mockImplementation(function (this: Element) {
    return this === document.documentElement ? parseFloat(document.querySelector("ol")?.style.height ?? "0") : 0;
  });
  scrollPageTo(0);
  // As in a browser, the offset changes at once and the scroll event follows.
  vi.spyOn(window, "scrollTo").mockImplementation(((options: ScrollToOptions) => {
    Object.defineProperty(window, "scrollY", { configurable: true, value: options.top ?? 0 });
    setTimeout(() => act(() => window.dispatchEvent(new Event("scroll"))));
  }) as typeof window.scrollTo);
});

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
    expect(rows().map((row) => [row.getAttribute("aria-posinset"), row.getAttribute("aria-setsize")])).toEqual([
      ["1", "5"],
      ["2", "5"],
      ["3", "5"],
      ["4", "5"],
      ["5", "5"],
    ]);
    await user.click(within(list).getByRole("button", { name: /Eighth round of Geneva talks/ }));
    expect(onSelect).toHaveBeenCalledWith("geneva-talks-round-8-2017-11-28");
  });

  it("marks the selected event", () => {
    render(<EventList events={dataset.events} actors={actors} selectedId="putin-visits-hmeimim-2017-12" onSelect={() => {}} />);
    expect(screen.getByRole("button", { name: /Putin visits Hmeimim/ })).toHaveAttribute("aria-current", "true");
  });

  it("renders only the rows near the window, however long the list", () => {
    render(<EventList events={manyEvents(100_000)} actors={actors} selectedId={null} onSelect={() => {}} />);
    expect(rows().length).toBeLessThan(40);
    expect(rows()[0]).toHaveAttribute("aria-posinset", "1");
    expect(rows()[0]).toHaveAttribute("aria-setsize", "100000");
    expect(screen.queryByRole("button", { name: "Show more" })).toBeNull();
  });

  it("scrolls to a selection far down the list and renders it with its position", async () => {
    render(<EventList events={manyEvents(100_000)} actors={actors} selectedId="e99990" onSelect={() => {}} />);
    const selected = screen.getByRole("button", { name: /Event 99990$/ });
    expect(selected).toHaveAttribute("aria-current", "true");
    expect(selected.closest("li")).toHaveAttribute("aria-posinset", "99991");
    expect(selected.closest("li")).toHaveAttribute("aria-setsize", "100000");
    // The page scrolled there, so the rows around it are rendered too, and the top of the list is not.
    expect(await screen.findByRole("button", { name: /Event 99989$/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Event 0$/ })).toBeNull();
  });

  it("selects the row clicked far down the list", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<EventList events={manyEvents(100_000)} actors={actors} selectedId={null} onSelect={onSelect} />);
    act(() => scrollPageTo(4_000_000));
    const row = rows().find((item) => Number(item.getAttribute("aria-posinset")) > 50_000)!;
    await user.click(within(row).getByRole("button"));
    expect(onSelect).toHaveBeenCalledWith(`e${Number(row.getAttribute("aria-posinset")) - 1}`);
  });

  it("keeps the focused row when it scrolls out of view, so focus is not lost", async () => {
    const user = userEvent.setup();
    render(<EventList events={manyEvents(1_000)} actors={actors} selectedId={null} onSelect={() => {}} />);
    await user.tab();
    const first = screen.getByRole("button", { name: /Event 0$/ });
    expect(first).toHaveFocus();
    act(() => scrollPageTo(30_000));
    expect(rows()[1]!.getAttribute("aria-posinset")).not.toBe("2");
    expect(first).toBeInTheDocument();
    expect(first).toHaveFocus();
  });

  it("shows the text the search matches, marked", () => {
    render(
      <HighlightProvider query={parseSearchQuery("aleppo")}>
        <EventList events={manyEvents(3).filter((event) => event.summary.includes("Aleppo"))} actors={actors} selectedId={null} onSelect={() => {}} />
      </HighlightProvider>,
    );
    const row = screen.getByRole("button", { name: /Event 0/ });
    expect(row).toHaveTextContent("An airstrike near Aleppo");
    expect(within(row).getByText("Aleppo", { selector: "mark" })).toBeInTheDocument();
  });

  it("says when no event matches", () => {
    render(<EventList events={[]} actors={actors} selectedId={null} onSelect={() => {}} />);
    expect(screen.getByText("No events match the filter.")).toBeInTheDocument();
  });
});
