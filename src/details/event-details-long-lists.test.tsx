import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import type { Actor, TimelineEvent } from "../dataset/schema";
import { EventDetails } from "./event-details";

const dataset = fixtureDataset();
const articles = new Map(dataset.articles.map((article) => [article.id, article]));
const base = dataset.events[0]!;
const manyActors: Actor[] = Array.from({ length: 250 }, (_, index) => ({ id: `a${index}`, name: `Actor ${index}`, kind: "group", aliases: [] }));
const actors = new Map(manyActors.map((actor) => [actor.id, actor]));

function crowded(id: string): TimelineEvent {
  return {
    ...base,
    id,
    actors: manyActors.map((actor) => actor.id),
    sources: Array.from({ length: 30 }, (_, index) => ({ article: `article-${index}`, quote: `Quotation ${index}` })),
    disputes: Array.from({ length: 25 }, (_, index) => ({ article: base.sources[0]!.article, note: `Dispute ${index}` })),
  };
}

function renderDetails(event: TimelineEvent, parts: TimelineEvent[] = []) {
  const props = { articles, actors, previous: null, next: null, onSelect: vi.fn(), onClose: vi.fn(), onFilterActor: vi.fn(), parts };
  const view = render(<EventDetails event={event} {...props} />);
  return (next: TimelineEvent) => view.rerender(<EventDetails event={next} {...props} />);
}

const section = (name: RegExp) => screen.getByRole("heading", { name }).closest("section")!;
const actorChips = () => within(section(/^Actors/)).queryAllByRole("button", { name: /^Filter by/ });

describe("EventDetails with long lists", () => {
  it("shows the first 20 actors and a button for all of them, which can fold them again", async () => {
    const user = userEvent.setup();
    renderDetails(crowded("crowded"));
    expect(actorChips()).toHaveLength(20);
    await user.click(screen.getByRole("button", { name: "Show all 250 actors" }));
    expect(actorChips()).toHaveLength(250);
    const fold = screen.getByRole("button", { name: "Show the first 20 only" });
    expect(fold).toHaveAttribute("aria-expanded", "true");
    await user.click(fold);
    expect(actorChips()).toHaveLength(20);
    expect(screen.getByRole("button", { name: "Show all 250 actors" })).toHaveFocus();
  });

  it("caps the sources, the disputes and the parts the same way", () => {
    const parts = Array.from({ length: 40 }, (_, index) => ({ ...base, id: `part-${index}`, title: `Part ${index}` }));
    renderDetails(crowded("crowded"), parts);
    expect(screen.getByRole("button", { name: "Show all 30 sources" })).toBeInTheDocument();
    expect(within(section(/^Sources/)).getAllByRole("listitem")).toHaveLength(20);
    expect(screen.getByRole("button", { name: "Show all 25 disputes" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show all 40 parts" })).toBeInTheDocument();
    expect(within(section(/^Parts/)).getAllByRole("button", { name: /^Part / })).toHaveLength(20);
  });

  it("starts capped again for the next event", async () => {
    const user = userEvent.setup();
    const show = renderDetails(crowded("first"));
    await user.click(screen.getByRole("button", { name: "Show all 250 actors" }));
    show(crowded("second"));
    expect(actorChips()).toHaveLength(20);
  });

  it("shows a short list whole, with no button", () => {
    renderDetails(base);
    expect(screen.queryByRole("button", { name: /^Show all/ })).toBeNull();
  });
});
