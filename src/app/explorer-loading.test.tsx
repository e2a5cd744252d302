import { QueryClient } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import fixture from "../../tests/fixtures/timeline.json";
import { App } from "./app";

const BUNDLED = "/data/timeline.json";
const OTHER = "https://example.org/other.json";
// ASCII, so string lengths are byte counts.
const fixtureText = JSON.stringify(fixture).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

function renderApp(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  render(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />);
}

const loadedBundled = () => screen.findByRole("heading", { level: 1, name: "Fixture: Russia in Syria" });

/** A body the test sends piece by piece. */
function controlledBody() {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({ start: (opened) => void (controller = opened) });
  const encoder = new TextEncoder();
  return { stream, send: (text: string) => controller.enqueue(encoder.encode(text)), end: () => controller.close() };
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

describe("Explorer loading a ?data= dataset", () => {
  it("shows a progress bar of the bytes received, then the dataset", async () => {
    const body = controlledBody();
    vi.spyOn(globalThis, "fetch").mockResolvedValueOnce(new Response(body.stream, { headers: { "content-length": String(fixtureText.length) } }));
    renderApp(`?data=${encodeURIComponent(OTHER)}`);
    const half = Math.floor(fixtureText.length / 2);
    body.send(fixtureText.slice(0, half));
    const bar = await screen.findByRole("progressbar", { name: "Loading the dataset" });
    expect(bar).toHaveAttribute("aria-valuenow", String(half));
    expect(bar).toHaveAttribute("aria-valuemax", String(fixtureText.length));
    body.send(fixtureText.slice(half));
    body.end();
    await loadedBundled();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("cancels a slow load and returns to the bundled dataset", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    fetchSpy.mockReturnValueOnce(new Promise<Response>(() => undefined));
    fetchSpy.mockResolvedValueOnce(new Response(fixtureText));
    renderApp(`?data=${encodeURIComponent(OTHER)}&view=list`);
    expect(screen.getByText("Loading from https://example.org/other.json")).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: "Cancel" }));
    await loadedBundled();
    expect(fetchSpy.mock.calls[1]![0]).toBe(BUNDLED);
    expect(window.location.search).toBe("?view=list");
  });

  it("offers Retry and Cancel when a ?data= load fails; Cancel returns to the bundled dataset", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    fetchSpy.mockResolvedValueOnce(new Response("missing", { status: 404, statusText: "Not Found" }));
    fetchSpy.mockResolvedValueOnce(new Response(fixtureText));
    renderApp(`?data=${encodeURIComponent(OTHER)}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load https://example.org/other.json: HTTP 404 Not Found");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeEnabled();
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Cancel" }));
    await loadedBundled();
    expect(fetchSpy.mock.calls[1]![0]).toBe(BUNDLED);
    expect(window.location.search).toBe("");
  });

  it("offers no Cancel when the bundled dataset itself fails", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValueOnce(new Response("missing", { status: 404 }));
    renderApp("");
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    expect(within(alert).queryByRole("button", { name: "Cancel" })).toBeNull();
  });
});
