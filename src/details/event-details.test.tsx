import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import type { TimelineEvent } from "../dataset/schema";
import { EventDetails, type EventDetailsProps } from "./event-details";

const dataset = fixtureDataset();
const articles = new Map(dataset.articles.map((article) => [article.id, article]));
const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
const byId = (id: string) => dataset.events.find((event) => event.id === id)!;

function renderDetails(event: TimelineEvent, props: Partial<EventDetailsProps> = {}) {
  const handlers = { onSelect: vi.fn(), onClose: vi.fn(), onFilterActor: vi.fn() };
  render(<EventDetails event={event} articles={articles} actors={actors} previous={null} next={null} {...handlers} {...props} />);
  return handlers;
}

describe("EventDetails", () => {
  it("is a landmark named Event details with the title as heading, date, place and summary", () => {
    renderDetails(byId("putin-announces-withdrawal-2016-03-14"));
    const panel = screen.getByRole("complementary", { name: "Event details" });
    expect(within(panel).getByRole("heading", { level: 2, name: "Putin announces withdrawal of main forces" })).toBeInTheDocument();
    expect(panel).toHaveTextContent("14 March 2016 · Moscow");
    expect(panel).toHaveTextContent("Putin orders the main part of Russia's forces to begin withdrawing from Syria.");
  });

  it("shows a span as a reader says it", () => {
    renderDetails(byId("geneva-talks-round-8-2017-11-28"));
    expect(screen.getByText("28 November – 14 December 2017")).toBeInTheDocument();
  });

  it("shows a month-precision date with its precision", () => {
    renderDetails(byId("putin-visits-hmeimim-2017-12"));
    expect(screen.getByText("December 2017 (month precision)")).toBeInTheDocument();
  });

  it("shows the quotation with attribution, the date phrase and how it resolved", () => {
    renderDetails(byId("putin-announces-withdrawal-2016-03-14"));
    const quote = screen.getByText(/has ordered the "main part" of Russia's forces/);
    expect(quote.closest("blockquote")).not.toBeNull();
    expect(screen.getByText("BBC News")).toBeInTheDocument();
    expect(screen.getByText(/Resolved: 'on Monday' in an article of Mon 14 Mar 2016 → Mon 14 Mar 2016/)).toBeInTheDocument();
    expect(screen.queryByText(/disagrees with the event’s date/)).toBeNull();
  });

  it("links to the original article in a new tab, safely", () => {
    renderDetails(byId("putin-announces-withdrawal-2016-03-14"));
    const link = screen.getByRole("link", { name: /Original article/ });
    expect(link).toHaveAttribute("href", "https://www.bbc.com/news/world-middle-east-35807689");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("says URL unknown where an article has no URL, and notes an inferred publication date", () => {
    renderDetails(byId("russian-airstrikes-begin-2015-09-30"));
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("URL unknown")).toBeInTheDocument();
    expect(screen.getByText(/Undated wire copy/)).toBeInTheDocument();
  });

  it("flags a source whose date disagrees and shows the dispute", () => {
    renderDetails(byId("geneva-talks-round-8-2017-11-28"));
    expect(screen.getByText("This source’s date disagrees with the event’s date.")).toBeInTheDocument();
    const disputes = screen.getByRole("region", { name: "Disputed" });
    expect(disputes).toHaveTextContent("Date Deutsche Welle, “Syria talks end in Geneva without progress”:");
    expect(disputes).toHaveTextContent("the UN record closes the round on 14 December");
  });

  it("renders dataset text as text, never as HTML", () => {
    renderDetails(byId("putin-visits-hmeimim-2017-12"));
    const panel = screen.getByRole("complementary", { name: "Event details" });
    expect(panel).toHaveTextContent("<script>alert('x')</script> Putin landed at Hmeimim.");
    expect(panel).toHaveTextContent("“<img src=x onerror=alert(1)> headline”");
    expect(panel.querySelector("script, img")).toBeNull();
  });

  it("filters by an actor from its button", async () => {
    const user = userEvent.setup();
    const { onFilterActor } = renderDetails(byId("putin-announces-withdrawal-2016-03-14"));
    await user.click(screen.getByRole("button", { name: "Filter by Vladimir Putin" }));
    expect(onFilterActor).toHaveBeenCalledWith("vladimir-putin");
  });

  it("steps to the previous and next event and closes", async () => {
    const user = userEvent.setup();
    const { onSelect, onClose } = renderDetails(byId("putin-announces-withdrawal-2016-03-14"), {
      previous: byId("russian-airstrikes-begin-2015-09-30"),
      next: byId("de-mistura-briefing-2017-11-21"),
    });
    await user.click(screen.getByRole("button", { name: "Previous" }));
    await user.click(screen.getByRole("button", { name: "Next" }));
    await user.click(screen.getByRole("button", { name: "Close details" }));
    expect(onSelect.mock.calls).toEqual([["russian-airstrikes-begin-2015-09-30"], ["de-mistura-briefing-2017-11-21"]]);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("disables Previous and Next at the ends", () => {
    renderDetails(byId("putin-announces-withdrawal-2016-03-14"));
    expect(screen.getByRole("button", { name: "Previous" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Next" })).toBeDisabled();
  });

  it("says so when an event has no source", () => {
    renderDetails(byId("de-mistura-briefing-2017-11-21"));
    expect(screen.getByText("No source is recorded for this event.")).toBeInTheDocument();
  });
});
