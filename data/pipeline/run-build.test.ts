// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_ARTICLES, FIXTURE_FILES, writeFixture } from "./fixture";
import { runBuild } from "./run-build";

function capture() {
  const lines = { log: [] as string[], error: [] as string[] };
  return { lines, output: { log: (line: string) => lines.log.push(line), error: (line: string) => lines.error.push(line) } };
}

function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "timeline-corpus-"));
  for (const [name, text] of Object.entries(FIXTURE_ARTICLES)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("runBuild", () => {
  it("runBuild creates the output folder and prints a one-line summary", () => {
    const out = join(mkdtempSync(join(tmpdir(), "timeline-out-")), "nested", "timeline.json");
    const { lines, output } = capture();
    expect(runBuild({ dataDir: writeFixture(), out, corpusDir: undefined }, output)).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).events).toHaveLength(3);
    expect(lines.log).toEqual([
      "Quotation check skipped: CORPUS_DIR is not set",
      `Wrote ${out}: 3 events, 2 articles, 3 actors, 3 sources, 0 disputes, 0 claims`,
    ]);
  });

  it("runBuild checks quotations against CORPUS_DIR when it is given", () => {
    const out = join(mkdtempSync(join(tmpdir(), "timeline-out-")), "timeline.json");
    const corpus = corpusFolder();
    const { lines, output } = capture();
    expect(runBuild({ dataDir: writeFixture(), out, corpusDir: corpus }, output)).toBe(0);
    expect(lines.log).toEqual([`Wrote ${out}: 3 events, 2 articles, 3 actors, 3 sources, 0 disputes, 0 claims, quotations checked against ${corpus}`]);
  });

  it("runBuild leaves the previous output untouched and writes no temporary file when the data has errors", () => {
    const folder = mkdtempSync(join(tmpdir(), "timeline-out-"));
    const out = join(folder, "timeline.json");
    writeFileSync(out, "previous output\n");
    const dataDir = writeFixture({ "events.yaml": FIXTURE_FILES["events.yaml"].replace('"2017-12-11"', '"2017-13-01"') });
    const { lines, output } = capture();
    expect(runBuild({ dataDir, out, corpusDir: undefined }, output)).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous output\n");
    expect(readdirSync(folder)).toEqual(["timeline.json"]);
    expect(lines.error).toEqual([
      `${join(dataDir, "events.yaml")}:4: event "hmeimim-withdrawal": start "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)`,
      `1 error; ${out} was not written`,
    ]);
  });

  it("runBuild writes nothing when a quotation is not in its article", () => {
    const folder = mkdtempSync(join(tmpdir(), "timeline-out-"));
    const out = join(folder, "timeline.json");
    const dataDir = writeFixture({ "events.yaml": FIXTURE_FILES["events.yaml"].replace("should have the courage", "must have the courage") });
    const { lines, output } = capture();
    expect(runBuild({ dataDir, out, corpusDir: corpusFolder() }, output)).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
    expect(lines.error.at(-1)).toBe(`1 error; ${out} was not written`);
  });

  it("runBuild replaces an existing output file", () => {
    const folder = mkdtempSync(join(tmpdir(), "timeline-out-"));
    mkdirSync(folder, { recursive: true });
    const out = join(folder, "timeline.json");
    writeFileSync(out, "old\n");
    expect(runBuild({ dataDir: writeFixture(), out, corpusDir: undefined }, capture().output)).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^\{\n {2}"title": "Fixture timeline"/);
    expect(readdirSync(folder)).toEqual(["timeline.json"]);
  });
});
