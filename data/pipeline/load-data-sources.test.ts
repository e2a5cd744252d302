// @vitest-environment node
import { describe, expect, it } from "vitest";
import { FIXTURE_FILES } from "./fixture";
import { loadDataSources } from "./load-data-sources";

/** Reads from memory, failing like fs for a file that is not there. */
function readFrom(files: Record<string, string>) {
  return (path: string) => {
    if (path in files) return files[path]!;
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
  };
}

const FILES = Object.fromEntries(Object.entries(FIXTURE_FILES).map(([name, text]) => [`data/${name}`, text]));

describe("loadDataSources", () => {
  it("loadDataSources merges the four files into one input, keeping each article's file", () => {
    const result = loadDataSources("data", readFrom(FILES));
    const input = result.ok ? result.sources.input : {};
    expect(Object.keys(input)).toEqual(["title", "description", "range", "tracks", "articles", "actors", "events"]);
    expect((input.articles as { file?: string }[])[0]?.file).toBe("dw.txt");
  });

  it("loadDataSources keeps dates as strings", () => {
    const result = loadDataSources("data", readFrom({ ...FILES, "data/events.yaml": "- start: 2017-12-11\n" }));
    expect(result.ok && (result.sources.input.events as { start: unknown }[])[0]?.start).toBe("2017-12-11");
  });

  it("loadDataSources names every missing file", () => {
    const { "data/actors.yaml": _actors, "data/events.yaml": _events, ...rest } = FILES;
    expect(loadDataSources("data", readFrom(rest))).toEqual({
      ok: false,
      errors: ["data/actors.yaml: file not found", "data/events.yaml: file not found"],
    });
  });

  it("loadDataSources names the file and line of a YAML syntax error", () => {
    const result = loadDataSources("data", readFrom({ ...FILES, "data/events.yaml": "- id: a\n  title: one\n   bad: indent\n" }));
    expect(result).toEqual({
      ok: false,
      errors: [
        "data/events.yaml:2: YAML syntax error: Nested mappings are not allowed in compact mappings",
        "data/events.yaml:2: YAML syntax error: Implicit keys need to be on a single line",
      ],
    });
  });

  it("loadDataSources reports a key written twice", () => {
    const result = loadDataSources("data", readFrom({ ...FILES, "data/actors.yaml": "- id: a\n  id: b\n" }));
    expect(result).toEqual({ ok: false, errors: ["data/actors.yaml:2: YAML syntax error: Map keys must be unique"] });
  });

  it("loadDataSources names an empty list file", () => {
    expect(loadDataSources("data", readFrom({ ...FILES, "data/events.yaml": "" }))).toEqual({
      ok: false,
      errors: ["data/events.yaml: is empty; expected a list of events"],
    });
  });

  it("loadDataSources rejects a dataset file that is not a mapping", () => {
    expect(loadDataSources("data", readFrom({ ...FILES, "data/dataset.yaml": "- title\n" }))).toEqual({
      ok: false,
      errors: ["data/dataset.yaml: expected a mapping with title, description, range and tracks"],
    });
  });
});
