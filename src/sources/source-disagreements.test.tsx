import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import type { Claim } from "../dataset/schema";
import { eventsByArticle } from "../dataset/selectors";
import { SourcesView } from "./sources-view";

const dataset = fixtureDataset();
const toll: Claim = {
  id: "toll",
  topic: "The war's death toll",
  sources: [
    { article: "dw-2017-12-13", quote: "More than 300,000 people have been killed since 2011" },
    { article: "bbc-2016-03-14", quote: "at least 400,000" },
  ],
  note: "No count is official.",
};

describe("SourcesView: where the sources disagree", () => {
  it("shows each claim's topic with every article's quotation and attribution, and the note", () => {
    render(<SourcesView articles={dataset.articles} claims={[toll]} eventsByArticle={eventsByArticle(dataset.events)} onSelect={() => {}} />);
    const section = screen.getByRole("region", { name: "Where the sources disagree" });
    const claim = within(section).getByRole("article", { name: "The war's death toll" });
    const quotes = within(claim).getAllByRole("listitem");
    expect(quotes).toHaveLength(2);
    expect(within(quotes[0]!).getByText("“More than 300,000 people have been killed since 2011”").closest("blockquote")).not.toBeNull();
    expect(quotes[0]).toHaveTextContent("— Deutsche Welle, “Syria talks end in Geneva without progress”, 13 December 2017");
    expect(quotes[1]).toHaveTextContent("“at least 400,000”— BBC News");
    expect(claim).toHaveTextContent("No count is official.");
  });

  it("still shows the disagreements when the filter leaves no article", () => {
    render(<SourcesView articles={dataset.articles} claims={[toll]} eventsByArticle={new Map()} onSelect={() => {}} />);
    expect(screen.getByRole("region", { name: "Where the sources disagree" })).toBeInTheDocument();
    expect(screen.getByText("No article reports the events that match the filter.")).toBeInTheDocument();
  });

  it("shows no disagreement section for a dataset without claims", () => {
    render(<SourcesView articles={dataset.articles} eventsByArticle={eventsByArticle(dataset.events)} onSelect={() => {}} />);
    expect(screen.queryByRole("region", { name: "Where the sources disagree" })).toBeNull();
  });
});
