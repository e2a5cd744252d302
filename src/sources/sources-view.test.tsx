import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { eventsByArticle } from "../dataset/selectors";
import { ARTICLE_EVENTS_PAGE_SIZE, SourcesView } from "./sources-view";

const dataset = fixtureDataset();

describe("SourcesView", () => {
  it("lists each cited article by publication date with the events it reports", () => {
    render(<SourcesView articles={dataset.articles} eventsByArticle={eventsByArticle(dataset.events)} onSelect={() => {}} />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Russian jets strike near Homs",
      "Syria conflict: Russia's Putin orders 'main part' of forces out",
      "<img src=x onerror=alert(1)> headline",
      "Syria talks end in Geneva without progress",
    ]);
    const dw = screen.getByRole("article", { name: "Syria talks end in Geneva without progress" });
    expect(dw).toHaveTextContent("Deutsche Welle · 13 December 2017");
    expect(within(dw).getByRole("button", { name: "Eighth round of Geneva talks" })).toBeInTheDocument();
  });

  it("links to originals in a new tab and says when the URL is unknown or the date inferred", () => {
    render(<SourcesView articles={dataset.articles} eventsByArticle={eventsByArticle(dataset.events)} onSelect={() => {}} />);
    const bbc = screen.getByRole("article", { name: /Putin orders 'main part'/ });
    const link = within(bbc).getByRole("link", { name: /Original article/ });
    expect(link).toHaveAttribute("href", "https://www.bbc.com/news/world-middle-east-35807689");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(link).toHaveAttribute("target", "_blank");
    const wire = screen.getByRole("article", { name: "Russian jets strike near Homs" });
    expect(wire).toHaveTextContent("URL unknown");
    expect(wire).toHaveTextContent("Publication date inferred: Undated wire copy");
  });

  it("selects an event from its article", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<SourcesView articles={dataset.articles} eventsByArticle={eventsByArticle(dataset.events)} onSelect={onSelect} />);
    await user.click(screen.getByRole("button", { name: "Putin announces withdrawal of main forces" }));
    expect(onSelect).toHaveBeenCalledWith("putin-announces-withdrawal-2016-03-14");
  });

  it("lists the first events of a prolific article and reveals more on request", async () => {
    const user = userEvent.setup();
    const article = dataset.articles[0]!;
    const events = Array.from({ length: 250 }, (_, index) => ({ ...dataset.events[0]!, id: `e${index}`, title: `Event ${index}` }));
    render(<SourcesView articles={[article]} eventsByArticle={new Map([[article.id, events]])} onSelect={() => {}} />);
    const card = screen.getByRole("article");
    expect(within(card).getAllByRole("button", { name: /^Event / })).toHaveLength(ARTICLE_EVENTS_PAGE_SIZE);
    await user.click(within(card).getByRole("button", { name: `Show 200 more events from “${article.headline}”` }));
    expect(within(card).getAllByRole("button", { name: /^Event / })).toHaveLength(210);
    await user.click(within(card).getByRole("button", { name: /^Show 40 more events/ }));
    expect(within(card).getAllByRole("button", { name: /^Event / })).toHaveLength(250);
    expect(within(card).queryByRole("button", { name: /more events/ })).toBeNull();
  });

  it("says when no article reports a matching event", () => {
    render(<SourcesView articles={dataset.articles} eventsByArticle={new Map()} onSelect={() => {}} />);
    expect(screen.getByText("No article reports the events that match the filter.")).toBeInTheDocument();
  });
});
