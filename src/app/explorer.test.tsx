import { QueryClient } from "@tanstack/react-query";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import fixture from "../../tests/fixtures/timeline.json";
import { App } from "./app";

function jsonResponse(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function mockFetch(...responses: Response[]) {
  const spy = vi.spyOn(globalThis, "fetch");
  for (const response of responses) spy.mockResolvedValueOnce(response);
  return spy;
}

function renderApp(search = "") {
  window.history.replaceState(null, "", `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(<App queryClient={queryClient} />);
}

async function loaded() {
  return screen.findByRole("heading", { level: 1, name: "Fixture: Russia in Syria" });
}

const details = () => screen.getByRole("complementary", { name: "Event details" });
const detailsTitle = () => within(details()).getByRole("heading", { level: 2 }).textContent;
const status = () => screen.getByText(/^Showing \d+ of \d+ events/);
const address = () => `${window.location.pathname}${window.location.search}`;

beforeEach(() => {
  window.history.replaceState(null, "", "/");
});

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("Explorer loading", () => {
  it("shows a loading state, then the dataset's title and description", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp();
    expect(screen.getByText("Loading dataset…", { selector: "p" })).toHaveAttribute("role", "status");
    expect(screen.getByRole("main")).toHaveAttribute("aria-busy", "true");
    await loaded();
    expect(screen.getByText("A small dataset in the public timeline format for tests.")).toBeInTheDocument();
    expect(status()).toHaveTextContent("Showing 5 of 5 events");
    expect(status()).toHaveAttribute("role", "status");
    expect(document.title).toBe("Fixture: Russia in Syria");
  });

  it("shows the HTTP status on failure and loads on Retry", async () => {
    const fetchSpy = mockFetch(new Response("missing", { status: 404, statusText: "Not Found" }), jsonResponse(fixture));
    renderApp();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dataset could not be loaded");
    expect(alert).toHaveTextContent("HTTP 404 Not Found");
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Retry" }));
    await loaded();
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it("names the first schema problem with its path", async () => {
    mockFetch(jsonResponse({ ...fixture, range: { start: "2015-09-01", end: "someday" } }));
    renderApp();
    expect(await screen.findByRole("alert")).toHaveTextContent('range.end "someday" is not a date (YYYY-MM-DD)');
  });

  it("loads the dataset named by ?data=", async () => {
    const fetchSpy = mockFetch(jsonResponse(fixture));
    renderApp("?data=https%3A%2F%2Fexample.org%2Fother.json");
    await loaded();
    expect(fetchSpy.mock.calls[0]![0]).toBe("https://example.org/other.json");
    expect(screen.getByText("Loaded from https://example.org/other.json")).toBeInTheDocument();
  });

  it("does not claim a ?data= dataset loaded when it failed", async () => {
    mockFetch(new Response("missing", { status: 404, statusText: "Not Found" }));
    renderApp("?data=https%3A%2F%2Fexample.org%2Fgone.json");
    await screen.findByRole("alert");
    expect(screen.getByText("Could not load https://example.org/gone.json")).toBeInTheDocument();
    expect(screen.queryByText(/Loaded from/)).toBeNull();
  });
});

describe("Explorer with an opened file", () => {
  it("shows a dataset file the reader opens and drops the ?data= link", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?data=https%3A%2F%2Fexample.org%2Fother.json&event=putin-announces-withdrawal-2016-03-14");
    await loaded();
    const file = new File([JSON.stringify({ ...fixture, title: "My own research" })], "mine.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Dataset file"), file);
    expect(await screen.findByRole("heading", { level: 1, name: "My own research" })).toBeInTheDocument();
    expect(screen.getByText(/Opened from the file mine\.json/)).toBeInTheDocument();
    expect(window.location.search).toBe("");
  });
});

describe("Explorer with a file opened while the bundled dataset loads", () => {
  it("keeps a file picked as the load ends, and the load's end does not replace an opened file", async () => {
    const user = userEvent.setup();
    let respond: (response: Response) => void = () => {};
    vi.spyOn(globalThis, "fetch").mockReturnValueOnce(new Promise((resolve) => (respond = resolve)));
    renderApp();
    // The picker is open (its input in hand) when the bundled dataset arrives.
    const input = screen.getByLabelText("Dataset file");
    respond(jsonResponse(fixture));
    await loaded();
    await user.upload(input, new File([JSON.stringify({ ...fixture, title: "My own research" })], "mine.json", { type: "application/json" }));
    expect(await screen.findByRole("heading", { level: 1, name: "My own research" })).toBeInTheDocument();
  });

  it("shows a file opened before the bundled load ends, and keeps it when that load ends", async () => {
    const user = userEvent.setup();
    let respond: (response: Response) => void = () => {};
    vi.spyOn(globalThis, "fetch").mockReturnValueOnce(new Promise((resolve) => (respond = resolve)));
    renderApp();
    await user.upload(screen.getByLabelText("Dataset file"), new File([JSON.stringify({ ...fixture, title: "My own research" })], "mine.json", { type: "application/json" }));
    expect(await screen.findByRole("heading", { level: 1, name: "My own research" })).toBeInTheDocument();
    await act(async () => respond(jsonResponse(fixture)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole("heading", { level: 1, name: "My own research" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 1, name: "Fixture: Russia in Syria" })).toBeNull();
  });
});

describe("Explorer with a broken file", () => {
  it("says why the file could not be opened and keeps the current dataset and view", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=putin-announces-withdrawal-2016-03-14");
    await loaded();
    await user.upload(screen.getByLabelText("Dataset file"), new File(["not json {"], "broken.json", { type: "application/json" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/^Could not open broken\.json; the dataset shown is unchanged\. .*not valid JSON/);
    expect(screen.getByRole("heading", { level: 1, name: "Fixture: Russia in Syria" })).toBeInTheDocument();
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
    expect(window.location.search).toBe("?event=putin-announces-withdrawal-2016-03-14");
  });
});

describe("Explorer selection", () => {
  it("selects an event from the timeline and shows its details and source", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    await userEvent.setup().click(screen.getByRole("button", { name: /^Putin announces withdrawal of main forces/ }));
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
    const link = within(details()).getByRole("link", { name: /Original article/ });
    expect(link).toHaveAttribute("href", "https://www.bbc.com/news/world-middle-east-35807689");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener noreferrer");
    expect(details()).toHaveTextContent("'on Monday' in an article of Mon 14 Mar 2016 → Mon 14 Mar 2016");
    // The bundled dataset's events have pages of their own: the address is the event's page.
    expect(address()).toBe("/events/putin-announces-withdrawal-2016-03-14/");
    expect(document.title).toBe("Putin announces withdrawal of main forces · Fixture: Russia in Syria");
    expect(document.activeElement).toBe(within(details()).getByRole("heading", { level: 2 }));
  });

  it("steps with Previous and Next in chronological order", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=putin-announces-withdrawal-2016-03-14");
    await loaded();
    await user.click(within(details()).getByRole("button", { name: "Next" }));
    expect(detailsTitle()).toBe("De Mistura briefs the Security Council");
    await user.click(within(details()).getByRole("button", { name: "Previous" }));
    await user.click(within(details()).getByRole("button", { name: "Previous" }));
    expect(detailsTitle()).toBe("Russia begins airstrikes in Syria");
    expect(within(details()).getByRole("button", { name: "Previous" })).toBeDisabled();
  });

  it("closes the details with the Close button and with Esc", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=putin-announces-withdrawal-2016-03-14");
    await loaded();
    await user.click(screen.getByRole("button", { name: "Close details" }));
    expect(screen.queryByRole("complementary", { name: "Event details" })).toBeNull();
    expect(window.location.search).toBe("");
    await user.click(screen.getByRole("button", { name: /^Eighth round of Geneva talks/ }));
    expect(detailsTitle()).toBe("Eighth round of Geneva talks");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("complementary", { name: "Event details" })).toBeNull();
  });

  it("moves focus to the details on opening and back to the last list row on Esc", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?view=list");
    await loaded();
    await user.click(screen.getByRole("button", { name: /Russia begins airstrikes in Syria/ }));
    const row = screen.getByRole("button", { name: /Eighth round of Geneva talks/ });
    await user.click(row);
    expect(document.activeElement).toBe(within(details()).getByRole("heading", { level: 2 }));
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(row);
  });

  it("returns focus to the timeline mark that opened the details on Esc", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    const mark = screen.getByRole("button", { name: /^Eighth round of Geneva talks/ });
    mark.focus();
    await user.keyboard("{Enter}");
    expect(document.activeElement).toBe(within(details()).getByRole("heading", { level: 2 }));
    await user.keyboard("{Escape}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /^Eighth round of Geneva talks/ }));
  });

  it("steps through the filtered events with ← and →", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?actors=vladimir-putin");
    await loaded();
    await user.keyboard("{ArrowRight}");
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
    await user.keyboard("{ArrowRight}");
    expect(detailsTitle()).toBe("Putin visits Hmeimim air base");
    await user.keyboard("{ArrowRight}");
    expect(detailsTitle()).toBe("Putin visits Hmeimim air base");
    await user.keyboard("{ArrowLeft}");
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
  });

  it("leaves ← and → alone while typing in the actor search", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    await user.type(screen.getByRole("searchbox", { name: "Search actors" }), "ru{ArrowLeft}{ArrowRight}");
    expect(screen.queryByRole("complementary", { name: "Event details" })).toBeNull();
  });

  it("keeps the stepped-to event in the visible window", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=russian-airstrikes-begin-2015-09-30&from=2015-09-01&to=2015-12-31");
    await loaded();
    await user.keyboard("{ArrowRight}");
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
    const params = new URLSearchParams(window.location.search);
    expect(params.get("from")! <= "2016-03-14" && "2016-03-14" <= params.get("to")!).toBe(true);
  });

  it("goes Back and Forward through selections", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?view=list");
    await loaded();
    await user.click(screen.getByRole("button", { name: /Russia begins airstrikes in Syria/ }));
    await user.click(screen.getByRole("button", { name: /Eighth round of Geneva talks/ }));
    expect(detailsTitle()).toBe("Eighth round of Geneva talks");
    act(() => window.history.back());
    await waitFor(() => expect(detailsTitle()).toBe("Russia begins airstrikes in Syria"));
    act(() => window.history.forward());
    await waitFor(() => expect(detailsTitle()).toBe("Eighth round of Geneva talks"));
  });
});

describe("Explorer actor filter", () => {
  it("filters with a checkbox and updates the count, the list and the URL", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?view=list");
    await loaded();
    await user.click(screen.getByRole("checkbox", { name: "Staffan de Mistura" }));
    expect(status()).toHaveTextContent("Showing 2 of 5 events");
    const list = screen.getByRole("list", { name: "Events in chronological order" });
    expect(within(list).getAllByRole("button")).toHaveLength(2);
    expect(window.location.search).toBe("?view=list&actors=staffan-de-mistura");
  });

  it("matches any or all of the selected actors, and clears", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    await user.click(screen.getByRole("checkbox", { name: "Vladimir Putin" }));
    await user.click(screen.getByRole("checkbox", { name: "Syria" }));
    expect(status()).toHaveTextContent("Showing 4 of 5 events");
    await user.click(screen.getByRole("radio", { name: "Match all" }));
    expect(status()).toHaveTextContent("Showing 0 of 5 events");
    expect(screen.getByText("No event involves all of the selected actors.")).toBeInTheDocument();
    expect(window.location.search).toBe("?actors=vladimir-putin,syria&match=all");
    await user.click(screen.getByRole("button", { name: "Clear" }));
    expect(status()).toHaveTextContent("Showing 5 of 5 events");
  });

  it("filters by an actor from the details", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=geneva-talks-round-8-2017-11-28");
    await loaded();
    await user.click(within(details()).getByRole("button", { name: "Filter by United Nations" }));
    expect(screen.getByRole("checkbox", { name: "United Nations" })).toBeChecked();
    expect(status()).toHaveTextContent("Showing 2 of 5 events");
    expect(detailsTitle()).toBe("Eighth round of Geneva talks");
  });

  it("closes the details when the filter drops the selected event", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=geneva-talks-round-8-2017-11-28");
    await loaded();
    await user.click(screen.getByRole("checkbox", { name: "Vladimir Putin" }));
    expect(screen.queryByRole("complementary", { name: "Event details" })).toBeNull();
  });
});

describe("Event pages", () => {
  afterEach(() => {
    document.getElementById("static-page")?.remove();
    document.getElementById("root")?.remove();
  });

  it("an event's page opens the explorer with its event selected, the bundled data fetched once from the site root", async () => {
    const fetchSpy = mockFetch(jsonResponse(fixture));
    window.history.replaceState(null, "", "/syria/events/putin-announces-withdrawal-2016-03-14/");
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
    await loaded();
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy.mock.calls[0]![0]).toBe("/syria/data/timeline.json");
    await userEvent.setup().click(screen.getByRole("button", { name: "Close details" }));
    expect(address()).toBe("/syria/");
  });

  it("keeps the page's static facts up while the data loads, then shows the explorer in their place", async () => {
    let respond: (response: Response) => void = () => {};
    vi.spyOn(globalThis, "fetch").mockReturnValueOnce(new Promise((resolve) => (respond = resolve)));
    document.body.insertAdjacentHTML("beforeend", '<div id="static-page">Facts from the build</div><div id="root" hidden></div>');
    window.history.replaceState(null, "", "/events/putin-announces-withdrawal-2016-03-14/");
    render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
    expect(screen.getByText("Facts from the build")).toBeInTheDocument();
    expect(document.getElementById("root")).toHaveAttribute("hidden");
    respond(jsonResponse(fixture));
    await loaded();
    expect(screen.queryByText("Facts from the build")).toBeNull();
    expect(document.getElementById("root")).not.toHaveAttribute("hidden");
  });

  it("a dataset from ?data= keeps the event in the query: its events have no pages", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp("?data=https%3A%2F%2Fexample.org%2Fother.json");
    await loaded();
    await userEvent.setup().click(screen.getByRole("button", { name: /^Putin announces withdrawal of main forces/ }));
    expect(address()).toBe("/?data=https%3A%2F%2Fexample.org%2Fother.json&event=putin-announces-withdrawal-2016-03-14");
  });
});

describe("Embed", () => {
  it("embed=1 shows the timeline and the details only, states the filter in one line and links to the same view in the full explorer", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp("?embed=1&view=list&actors=vladimir-putin&event=putin-announces-withdrawal-2016-03-14");
    expect(await screen.findByRole("heading", { level: 1, name: "Fixture: Russia in Syria" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Timeline" })).toBeInTheDocument();
    expect(detailsTitle()).toBe("Putin announces withdrawal of main forces");
    expect(screen.queryByRole("navigation", { name: "Views" })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: "Vladimir Putin" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull();
    expect(screen.getByText("Only events involving Vladimir Putin")).toBeInTheDocument();
    const full = screen.getByRole("link", { name: /Open in the full explorer/ });
    expect(full).toHaveAttribute("target", "_blank");
    expect(full).toHaveAttribute("href", "http://localhost:3000/events/putin-announces-withdrawal-2016-03-14/?view=list&actors=vladimir-putin");
  });

  it("an embed keeps embed=1 and the event in its own address as the reader moves on", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp("?embed=1");
    await loaded();
    await userEvent.setup().click(screen.getByRole("button", { name: /^Putin announces withdrawal of main forces/ }));
    expect(address()).toBe("/?event=putin-announces-withdrawal-2016-03-14&embed=1");
  });

  it("the Embed button opens a dialog with the iframe code for the current view, and copies it", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    mockFetch(jsonResponse(fixture));
    renderApp("?actors=vladimir-putin");
    await loaded();
    await user.click(screen.getByRole("button", { name: "Embed" }));
    const dialog = screen.getByRole("dialog", { name: "Embed this view" });
    const code = within(dialog).getByRole("textbox", { name: "Embed code" });
    expect(code).toHaveValue(
      '<iframe src="http://localhost:3000/?actors=vladimir-putin&amp;embed=1" title="Fixture: Russia in Syria: interactive timeline" width="100%" height="600" style="border: 0; max-width: 100%;" loading="lazy" allow="clipboard-write"></iframe>',
    );
    await user.click(within(dialog).getByRole("button", { name: "Copy code" }));
    expect(writeText).toHaveBeenCalledWith((code as HTMLTextAreaElement).value);
    expect(within(dialog).getByText("Embed code copied")).toBeInTheDocument();
  });
});

describe("Explorer deep links", () => {
  it("opens the view a link names: event, filter, match and tab", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp("?view=list&event=putin-visits-hmeimim-2017-12&actors=vladimir-putin,russia&match=all");
    await loaded();
    expect(detailsTitle()).toBe("Putin visits Hmeimim air base");
    expect(screen.getByRole("checkbox", { name: "Vladimir Putin" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Match all" })).toBeChecked();
    expect(status()).toHaveTextContent("Showing 2 of 5 events");
    expect(screen.getByRole("link", { name: "List" })).toHaveAttribute("aria-current", "page");
  });

  it("applies what it can of a bad link and says what it ignored", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp("?event=nope&from=garbage&actors=russia,ghost");
    await loaded();
    const alert = screen.getByRole("alert");
    expect(within(alert).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Ignored malformed date in 'from'",
      'Event "nope" not found',
      'Unknown actor "ghost" ignored',
    ]);
    expect(screen.getByRole("checkbox", { name: "Russia" })).toBeChecked();
    expect(screen.queryByRole("complementary", { name: "Event details" })).toBeNull();
    await user.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("switches views with the tabs and returns from Sources to the selected event on the timeline", async () => {
    const user = userEvent.setup();
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    await user.click(within(screen.getByRole("navigation", { name: "Views" })).getByRole("link", { name: "Sources" }));
    expect(window.location.search).toBe("?view=sources");
    const article = screen.getByRole("article", { name: "Syria talks end in Geneva without progress" });
    await user.click(within(article).getByRole("button", { name: "Eighth round of Geneva talks" }));
    expect(address()).toBe("/events/geneva-talks-round-8-2017-11-28/");
    expect(screen.getByRole("link", { name: "Timeline" })).toHaveAttribute("aria-current", "page");
    expect(detailsTitle()).toBe("Eighth round of Geneva talks");
  });
});

describe("Window changes", () => {
  it("replace the history entry once a burst of zooming settles", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    const entries = window.history.length;
    vi.useFakeTimers();
    try {
      for (let step = 0; step < 5; step += 1) fireEvent.keyDown(document.body, { key: "+" });
      act(() => vi.runAllTimers());
    } finally {
      vi.useRealTimers();
    }
    expect(window.history.length).toBe(entries);
    expect(new URLSearchParams(window.location.search).get("from")).not.toBeNull();
  });
});

describe("Copy link", () => {
  it("copies the address and confirms", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    mockFetch(jsonResponse(fixture));
    renderApp("?event=putin-announces-withdrawal-2016-03-14");
    await loaded();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledWith("http://localhost:3000/events/putin-announces-withdrawal-2016-03-14/");
    expect(await screen.findByText("Link copied")).toBeInTheDocument();
  });

  it("offers the address to copy by hand when the clipboard refuses", async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, "clipboard", { value: { writeText: vi.fn().mockRejectedValue(new Error("denied")) }, configurable: true });
    mockFetch(jsonResponse(fixture));
    renderApp("?view=list");
    await loaded();
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(await screen.findByRole("textbox", { name: /Copy this link by hand/ })).toHaveValue("http://localhost:3000/?view=list");
  });
});

describe("Zoom keys", () => {
  it("+ halves the window about its centre and writes its days to the URL once the zoom settles", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp();
    await loaded();
    const entries = window.history.length;
    vi.useFakeTimers();
    try {
      fireEvent.keyDown(document.body, { key: "+" });
      expect(window.location.search).toBe("");
      act(() => vi.runAllTimers());
    } finally {
      vi.useRealTimers();
    }
    const params = new URLSearchParams(window.location.search);
    expect([params.get("from"), params.get("to")]).toEqual(["2016-04-01", "2017-06-01"]);
    expect(window.history.length).toBe(entries);
  });

  it("+ and − zoom about the focused timeline mark, once per press", async () => {
    mockFetch(jsonResponse(fixture));
    renderApp("?from=2016-01-01&to=2016-12-31");
    await loaded();
    const mark = screen.getByRole("button", { name: /^Putin announces withdrawal of main forces/ });
    mark.focus();
    const settledDays = () => {
      act(() => vi.runAllTimers());
      const params = new URLSearchParams(window.location.search);
      return [params.get("from"), params.get("to")];
    };
    vi.useFakeTimers();
    try {
      // Half the year, with 14 March where it was on screen.
      fireEvent.keyDown(mark, { key: "+" });
      expect(settledDays()).toEqual(["2016-02-06", "2016-08-07"]);
      fireEvent.keyDown(mark, { key: "-" });
      expect(settledDays()).toEqual(["2016-01-01", "2016-12-31"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
