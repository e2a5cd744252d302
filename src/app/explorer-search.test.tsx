import { QueryClient } from "@tanstack/react-query";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fixture from "../../tests/fixtures/timeline.json";
import { App } from "./app";

function renderApp(search = "") {
  vi.spyOn(globalThis, "fetch").mockResolvedValueOnce(new Response(JSON.stringify(fixture), { status: 200, headers: { "content-type": "application/json" } }));
  window.history.replaceState(null, "", `/${search}`);
  render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
  return screen.findByRole("heading", { level: 1, name: "Fixture: Russia in Syria" });
}

const status = () => screen.getByText(/^Showing \d+ of \d+ events/);
const searchBox = () => screen.getByRole("searchbox", { name: "Search events" });
const list = () => screen.getByRole("list", { name: "Events in chronological order" });
const details = () => screen.getByRole("complementary", { name: "Event details" });
const marks = (container: HTMLElement) => [...container.querySelectorAll("mark")].map((mark) => mark.textContent);

beforeEach(() => window.history.replaceState(null, "", "/"));
afterEach(() => window.history.replaceState(null, "", "/"));

describe("Explorer search", () => {
  it("searches as the reader types, says so in the status line, marks the match and writes q=", async () => {
    const user = userEvent.setup();
    await renderApp("?view=list");
    await user.type(searchBox(), "yesterday");
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 5 events matching "yesterday"'));
    const rows = within(list()).getAllByRole("button");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent("Russia begins airstrikes in Syria");
    expect(marks(rows[0]!)).toEqual(["yesterday"]);
    // The address follows once the keys pause.
    await waitFor(() => expect(window.location.search).toBe("?view=list&q=yesterday"));
  });

  it("combines the search with the actor filter", async () => {
    const user = userEvent.setup();
    await renderApp("?view=list");
    await user.type(searchBox(), "withdr");
    await waitFor(() => expect(status()).toHaveTextContent("Showing 2 of 5 events"));
    await user.click(screen.getByRole("checkbox", { name: "Russia" }));
    expect(status()).toHaveTextContent('Showing 2 of 5 events matching "withdr", involving Russia');
    await user.click(screen.getByRole("checkbox", { name: "Staffan de Mistura" }));
    await waitFor(() => expect(status()).toHaveTextContent("Showing 2 of 5 events"));
    await user.click(screen.getByRole("radio", { name: "Match all" }));
    await waitFor(() => expect(status()).toHaveTextContent("Showing 0 of 5 events"));
    expect(screen.getByText('No event matches "withdr" with these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear all filters" }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Showing 5 of 5 events$/));
    expect(searchBox()).toHaveValue("");
    expect(screen.getByRole("checkbox", { name: "Russia" })).not.toBeChecked();
  });

  it("offers to clear a search that finds nothing; Esc in the box clears it too", async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.type(searchBox(), "Sputnik");
    await waitFor(() => expect(screen.getByText('No event matches "Sputnik".')).toBeInTheDocument());
    await user.click(screen.getByRole("button", { name: "Clear the search" }));
    expect(searchBox()).toHaveValue("");
    await waitFor(() => expect(status()).toHaveTextContent(/^Showing 5 of 5 events$/));
    await user.type(searchBox(), "Geneva{Escape}");
    expect(searchBox()).toHaveValue("");
  });

  it("focuses the search box with / from anywhere but a text field", async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.keyboard("/");
    expect(searchBox()).toHaveFocus();
    expect(searchBox()).toHaveValue("");
  });

  it("opens a link with q= with the search applied and its matches marked in the details", async () => {
    await renderApp("?q=%22main%20part%22&event=putin-announces-withdrawal-2016-03-14");
    expect(searchBox()).toHaveValue('"main part"');
    await waitFor(() => expect(status()).toHaveTextContent('Showing 1 of 5 events matching ""main part""'));
    // In the summary, the quotation and the headline.
    expect(marks(details())).toEqual(["main part", "main part", "main part"]);
  });

  it("keeps markup in the data as text while marking it", async () => {
    await renderApp("?q=script&event=putin-visits-hmeimim-2017-12");
    await waitFor(() => expect(marks(details())).toEqual(["script", "script"]));
    expect(details().querySelector("script")).toBeNull();
    expect(details()).toHaveTextContent("<script>alert('x')</script> Putin landed at Hmeimim.");
  });

  it("Back undoes a search", async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.type(searchBox(), "Geneva");
    await waitFor(() => expect(window.location.search).toBe("?q=Geneva"));
    act(() => window.history.back());
    await waitFor(() => expect(searchBox()).toHaveValue(""));
    await waitFor(() => expect(status()).toHaveTextContent(/^Showing 5 of 5 events$/));
  });
});

describe("Explorer facets", () => {
  it("filters by track with counts for what the other filters leave, and writes tracks=", async () => {
    const user = userEvent.setup();
    await renderApp();
    const diplomacy = screen.getByRole("checkbox", { name: "Diplomacy" });
    expect(diplomacy).toHaveAccessibleDescription("1 event");
    await user.type(searchBox(), "putin");
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Diplomacy" })).toHaveAccessibleDescription("0 events"));
    expect(screen.getByRole("checkbox", { name: "Military" })).toHaveAccessibleDescription("2 events");
    await user.click(screen.getByRole("checkbox", { name: "Military" }));
    expect(status()).toHaveTextContent('Showing 2 of 5 events matching "putin", in Military');
    expect(window.location.search).toBe("?q=putin&tracks=Military");
  });

  it("combines outlet and place, and shows only the disputed events with the toggle", async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(screen.getByRole("checkbox", { name: "Only events the sources dispute" }));
    await waitFor(() => expect(status()).toHaveTextContent("Showing 1 of 5 events that the sources dispute"));
    expect(window.location.search).toBe("?disputed=1");
    await user.click(screen.getByRole("checkbox", { name: "Only events the sources dispute" }));
    await user.click(screen.getByRole("checkbox", { name: "BBC News" }));
    await user.click(screen.getByRole("checkbox", { name: "Homs, Syria" }));
    await waitFor(() => expect(status()).toHaveTextContent("Showing 0 of 5 events reported by BBC News, at Homs, Syria"));
    await user.click(screen.getByRole("checkbox", { name: "Moscow" }));
    await waitFor(() => expect(status()).toHaveTextContent("Showing 1 of 5 events"));
    expect(window.location.search).toBe("?outlets=BBC+News&places=Homs%252C+Syria,Moscow");
  });

  it("opens a link with facets checked", async () => {
    await renderApp("?tracks=Diplomacy&disputed=1");
    expect(screen.getByRole("checkbox", { name: "Diplomacy" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Only events the sources dispute" })).toBeChecked();
    expect(status()).toHaveTextContent("Showing 1 of 5 events in Diplomacy, that the sources dispute");
  });
});
