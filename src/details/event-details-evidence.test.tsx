import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import type { TimelineEvent } from "../dataset/schema";
import { EventDetails } from "./event-details";

const dataset = fixtureDataset();
const articles = new Map(dataset.articles.map((article) => [article.id, article]));
const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
const base = dataset.events.find((event) => event.id === "putin-announces-withdrawal-2016-03-14")!;

function renderDetails(event: TimelineEvent) {
  render(<EventDetails event={event} articles={articles} actors={actors} previous={null} next={null} onSelect={vi.fn()} onClose={vi.fn()} onFilterActor={vi.fn()} />);
}

describe("EventDetails notes beyond the quotations", () => {
  it("shows a note from the record with the record it names, and an inference", () => {
    renderDetails({
      ...base,
      notes: [
        { basis: "record", about: "date", note: "The day is from the record.", record: "Russian Ministry of Defence statement, 15 March 2016" },
        { basis: "inference", note: "The place is worked out from the article." },
      ],
    });
    const section = screen.getByRole("region", { name: "Beyond the quotations" });
    const [record, inference] = within(section).getAllByRole("listitem");
    expect(record).toHaveTextContent("From the record, date The day is from the record. Record: Russian Ministry of Defence statement, 15 March 2016.");
    expect(inference).toHaveTextContent("Inferred The place is worked out from the article.");
  });

  it("shows no notes section for an event whose quotations carry everything", () => {
    renderDetails(base);
    expect(screen.queryByRole("region", { name: "Beyond the quotations" })).toBeNull();
  });
});

describe("EventDetails sources", () => {
  it("shows an article once, with each of its quotations and how each one's date was read", () => {
    const [first] = base.sources;
    renderDetails({ ...base, sources: [first!, { article: first!.article, quote: "A second passage of the same article.", datePhrase: "today" }] });
    expect(screen.getByRole("heading", { name: "Sources (1)" })).toBeInTheDocument();
    const card = screen.getByRole("heading", { name: "Sources (1)" }).parentElement!;
    expect(within(card).getAllByRole("listitem")).toHaveLength(1);
    expect(within(card).getByText("“A second passage of the same article.”")).toBeInTheDocument();
    expect(within(card).getAllByRole("link", { name: /Original article/ })).toHaveLength(1);
    expect(within(card).getAllByText(/Date phrase:/).map((line) => line.textContent)).toEqual([
      expect.stringMatching(/^Date phrase: on Monday/),
      "Date phrase: today",
    ]);
  });
});

describe("EventDetails parts of a process", () => {
  const round = dataset.events.find((event) => event.id === "geneva-talks-round-8-2017-11-28")!;

  it("lists an event's parts, each opening that part", async () => {
    const onSelect = vi.fn();
    const phase = { ...base, id: "phase-1", title: "First phase", start: "2017-11-28", end: "2017-12-01", parent: round.id };
    render(<EventDetails event={round} parts={[phase]} articles={articles} actors={actors} previous={null} next={null} onSelect={onSelect} onClose={vi.fn()} onFilterActor={vi.fn()} />);
    const parts = screen.getByRole("region", { name: "Parts (1)" });
    expect(parts).toHaveTextContent("First phase (28 November – 1 December 2017)");
    await userEvent.setup().click(within(parts).getByRole("button", { name: "First phase" }));
    expect(onSelect).toHaveBeenCalledWith("phase-1");
  });

  it("names the process an event is part of, as a way back to it", async () => {
    const onSelect = vi.fn();
    render(<EventDetails event={{ ...base, parent: round.id }} parent={round} articles={articles} actors={actors} previous={null} next={null} onSelect={onSelect} onClose={vi.fn()} onFilterActor={vi.fn()} />);
    expect(screen.getByText(/^Part of/)).toHaveTextContent("Part of Eighth round of Geneva talks (28 November – 14 December 2017)");
    await userEvent.setup().click(screen.getByRole("button", { name: "Eighth round of Geneva talks" }));
    expect(onSelect).toHaveBeenCalledWith(round.id);
  });
});
