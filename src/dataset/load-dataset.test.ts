import { QueryClient } from "@tanstack/react-query";
import { datasetQueryOptions, DatasetLoadError, type DatasetSource } from "./load-dataset";
import type { DatasetInput } from "./schema";

const minimal: DatasetInput = {
  title: "Tiny",
  range: { start: "2015-01-01", end: "2015-12-31" },
  articles: [{ id: "a1", outlet: "Reuters", headline: "Talks open", published: "2015-10-30", url: "https://example.org/a1" }],
  actors: [{ id: "ru", name: "Russia", kind: "state" }],
  events: [{ id: "e1", title: "Talks open", summary: "Vienna talks open.", start: "2015-10-30", actors: ["ru"], sources: [{ article: "a1", quote: "Talks opened." }] }],
};

function load(source: DatasetSource) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return client.fetchQuery(datasetQueryOptions(source));
}

function stubFetch(body: string, init: ResponseInit = {}) {
  const fetchMock = vi.fn(async () => new Response(body, init));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe("datasetQueryOptions", () => {
  it("loads and validates a dataset from a URL, applying defaults", async () => {
    stubFetch(JSON.stringify(minimal), { status: 200 });
    const { dataset } = await load({ kind: "url", url: "data/tiny.json" });
    expect(dataset.events[0]!.disputes).toEqual([]);
    expect(dataset.tracks).toEqual([]);
  });

  it("loads a dataset from a file the reader opened", async () => {
    const file = new File([JSON.stringify(minimal)], "tiny.json", { type: "application/json" });
    const { dataset } = await load({ kind: "file", file });
    expect(dataset.title).toBe("Tiny");
  });

  it("reports the HTTP status when the server refuses", async () => {
    stubFetch("missing", { status: 404, statusText: "Not Found" });
    await expect(load({ kind: "url", url: "data/gone.json" })).rejects.toThrow("Could not load data/gone.json: HTTP 404 Not Found");
  });

  it("reports an unreachable server", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(load({ kind: "url", url: "https://example.org/x.json" })).rejects.toThrow("Could not reach https://example.org/x.json: Failed to fetch");
  });

  it("reports a response that is not JSON", async () => {
    stubFetch("<html>oops</html>", { status: 200 });
    await expect(load({ kind: "url", url: "data/page.json" })).rejects.toThrow("data/page.json is not valid JSON");
  });

  it("reports a file that is not JSON with the line and column of the problem", async () => {
    const file = new File(['{\n  "title": "x"\n  "range": {}\n}'], "broken.json");
    await expect(load({ kind: "file", file })).rejects.toThrow(
      new DatasetLoadError("broken.json is not valid JSON: line 3, column 3: expected ',' or '}' after a value, found '\"'"),
    );
  });

  it("reports the first schema problem with its path", async () => {
    const bad = { ...minimal, events: [{ ...minimal.events[0]!, actors: ["nobody"] }] };
    stubFetch(JSON.stringify(bad), { status: 200 });
    await expect(load({ kind: "url", url: "data/bad.json" })).rejects.toThrow(
      'The dataset is not in the timeline format: events[0].actors[0]: unknown actor "nobody"',
    );
  });

  it("refuses a response whose declared length is over the limit, saying both sizes", async () => {
    stubFetch("{}", { status: 200, headers: { "content-length": String(142_000_000) } });
    await expect(load({ kind: "url", url: "data/huge.json" })).rejects.toThrow("data/huge.json is 142 MB; the limit is 100 MB");
  });

  it("refuses a file over the limit before reading it", async () => {
    const file = new File(["{}"], "huge.json");
    Object.defineProperty(file, "size", { value: 142_000_000 });
    const read = vi.spyOn(file, "slice");
    await expect(load({ kind: "file", file })).rejects.toThrow("huge.json is 142 MB; the limit is 100 MB");
    expect(read).not.toHaveBeenCalled();
  });
});
