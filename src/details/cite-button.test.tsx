import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { CiteButton } from "./cite-button";

const dataset = fixtureDataset();
const articles = new Map(dataset.articles.map((article) => [article.id, article]));
const byId = (id: string) => dataset.events.find((event) => event.id === id)!;
const eventLink = (id: string) => `https://example.org/?event=${id}`;

function renderCite(id = "russian-airstrikes-begin-2015-09-30") {
  render(<CiteButton event={byId(id)} articles={articles} datasetTitle={dataset.title} eventLink={eventLink} />);
}

describe("CiteButton", () => {
  it("opens a dialog with the plain-text citation, the inferred date cited as inferred", async () => {
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole("button", { name: "Cite" }));
    const dialog = screen.getByRole("dialog", { name: "Cite this event" });
    expect(within(dialog).getByRole("tab", { name: "Plain text" })).toHaveAttribute("aria-selected", "true");
    const text = within(dialog).getByLabelText("Plain text citation");
    expect(text).toHaveTextContent("Unknown outlet. “Russian jets strike near Homs.” [1 October 2015, inferred]. No URL known.");
    expect(text).toHaveTextContent("https://example.org/?event=russian-airstrikes-begin-2015-09-30");
    expect(within(dialog).getByRole("button", { name: "Copy plain text" })).toHaveFocus();
  });

  it("copies the format chosen, and says so", async () => {
    const user = userEvent.setup();
    renderCite("putin-announces-withdrawal-2016-03-14");
    await user.click(screen.getByRole("button", { name: "Cite" }));
    await user.click(screen.getByRole("tab", { name: "Markdown" }));
    const markdown = screen.getByLabelText("Markdown citation").textContent!;
    expect(markdown).toContain("*BBC News*. “[Syria conflict: Russia's Putin orders 'main part' of forces out](https://www.bbc.com/news/world-middle-east-35807689).”");
    await user.click(screen.getByRole("button", { name: "Copy Markdown" }));
    expect(await navigator.clipboard.readText()).toBe(markdown);
    expect(screen.getByRole("status")).toHaveTextContent("Citation copied as Markdown");
  });

  it("gives CSL-JSON that parses, one item per source article", async () => {
    const user = userEvent.setup();
    renderCite("putin-announces-withdrawal-2016-03-14");
    await user.click(screen.getByRole("button", { name: "Cite" }));
    await user.click(screen.getByRole("tab", { name: "CSL-JSON" }));
    const items = JSON.parse(screen.getByLabelText("CSL-JSON citation").textContent!);
    expect(items).toMatchObject([
      { id: "bbc-2016-03-14", type: "article-newspaper", "container-title": "BBC News", issued: { "date-parts": [[2016, 3, 14]] } },
    ]);
  });

  it("moves between formats with the arrow keys, as tabs do", async () => {
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole("button", { name: "Cite" }));
    await user.click(screen.getByRole("tab", { name: "Plain text" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Markdown" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "Markdown" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(screen.getByRole("tab", { name: "CSL-JSON" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByLabelText("Plain text citation")).toBeInTheDocument();
  });

  it("keeps the explorer's keys from acting under the dialog", async () => {
    const user = userEvent.setup();
    const onDocumentKey = vi.fn();
    document.addEventListener("keydown", onDocumentKey);
    renderCite();
    await user.click(screen.getByRole("button", { name: "Cite" }));
    await user.keyboard("{ArrowLeft}{Escape}");
    document.removeEventListener("keydown", onDocumentKey);
    expect(onDocumentKey).not.toHaveBeenCalled();
  });

  it("closes with Close and gives focus back to Cite", async () => {
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole("button", { name: "Cite" }));
    await user.click(screen.getByRole("button", { name: "Close citation" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.getByRole("button", { name: "Cite" })).toHaveFocus();
  });

  it("where copying is blocked, selects the citation and says how to copy it", async () => {
    const user = userEvent.setup();
    renderCite();
    await user.click(screen.getByRole("button", { name: "Cite" }));
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValueOnce(new Error("denied"));
    await user.click(screen.getByRole("button", { name: "Copy plain text" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Copying is blocked here. The citation is selected");
    expect(window.getSelection()?.toString()).toBe(screen.getByLabelText("Plain text citation").textContent);
  });
});
