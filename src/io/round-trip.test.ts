// @vitest-environment node
import { fileURLToPath } from "node:url";
import { buildTimeline } from "../../data/pipeline/build-timeline";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { datasetFromText, parseDataset } from "../dataset/parse-dataset-text";
import type { Dataset, TimelineEvent } from "../dataset/schema";
import { eventPrecision } from "../dataset/dataset-rules";
import { filterEventsByActors } from "../filters/actor-match";
import { EXPORT_FORMATS, exportText, type ExportFormat } from "./export-formats";

const NOW = new Date(Date.UTC(2026, 10, 23));
const csv = EXPORT_FORMATS.find((format) => format.id === "csv")!;
const json = EXPORT_FORMATS.find((format) => format.id === "json")!;

/** The bundled dataset as `npm run data` builds it from data/. */
function bundled(): Dataset {
  const result = buildTimeline({ dataDir: fileURLToPath(new URL("../../data", import.meta.url)) });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return parseDataset(JSON.parse(result.json));
}

const open = (text: string, name: string) => (({ json, describe }) => parseDataset(json, describe))(datasetFromText(text, name));

function exported(format: ExportFormat, dataset: Dataset, keep: (events: readonly TimelineEvent[]) => readonly TimelineEvent[] = (events) => events) {
  const index = buildDatasetIndex(dataset);
  return exportText(format, index, keep(index.events), NOW);
}

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * What an export of these events must hold, field for field: the dataset's own
 * fields and claims, the events as they are (their precision written out), and
 * the articles and actors they and the claims use. Lists that an export puts in
 * order of first use are compared by id.
 */
function expectEveryField(opened: Dataset, dataset: Dataset, events: readonly TimelineEvent[]) {
  const articles = new Set([...events.flatMap((event) => [...event.sources, ...event.disputes]), ...(dataset.claims ?? []).flatMap((claim) => claim.sources)].map((item) => item.article));
  const actors = new Set(events.flatMap((event) => event.actors));
  expect({ ...opened, articles: byId(opened.articles), actors: byId(opened.actors) }).toEqual({
    title: dataset.title,
    description: dataset.description,
    range: dataset.range,
    tracks: buildDatasetIndex(dataset).tracks.filter((track) => events.some((event) => event.track === track)),
    articles: byId(dataset.articles.filter((article) => articles.has(article.id))),
    actors: byId(dataset.actors.filter((actor) => actors.has(actor.id))),
    events: events.map((event) => ({ ...event, precision: eventPrecision(event) })),
    claims: dataset.claims,
  });
}

describe("every field of the bundled dataset survives export → open", () => {
  const dataset = bundled();
  const { events } = buildDatasetIndex(dataset);

  it("the bundled dataset has parents, notes and claims, so a lost field would show", () => {
    expect(events.filter((event) => event.parent !== undefined).length).toBeGreaterThan(0);
    expect(events.filter((event) => (event.notes ?? []).length > 0).length).toBeGreaterThan(0);
    expect(dataset.claims?.length).toBeGreaterThan(0);
  });

  it("JSON: the opened file is the dataset", () => {
    expectEveryField(open(exported(json, dataset), "russia-in-syria.json"), dataset, events);
  });

  it("CSV: the opened file is the dataset", () => {
    expectEveryField(open(exported(csv, dataset), "russia-in-syria.csv"), dataset, events);
  });

  it("export → open → export gives identical JSON bytes", () => {
    const first = exported(json, dataset);
    expect(exported(json, open(first, "russia-in-syria.json"))).toBe(first);
  });
});

describe("export → open → export", () => {
  it("gives identical CSV bytes on the bundled dataset, and the opened CSV equals the exported JSON", () => {
    const dataset = bundled();
    const first = exported(csv, dataset);
    const opened = open(first, "russia-in-syria.csv");
    expect(exported(csv, opened)).toBe(first);
    expect(opened).toEqual(open(exported(json, dataset), "russia-in-syria.json"));
    expect(opened.events).toHaveLength(dataset.events.length);
  });

  it("gives identical CSV bytes for a filtered view, whose JSON opens to the same dataset", () => {
    const dataset = bundled();
    const keep = (events: readonly TimelineEvent[]) => filterEventsByActors(events, ["vladimir-putin"], "any");
    const first = exported(csv, dataset, keep);
    const opened = open(first, "putin.csv");
    expect(exported(csv, opened)).toBe(first);
    expect(opened).toEqual(open(exported(json, dataset, keep), "putin.json"));
    expect(opened.events.length).toBeLessThan(dataset.events.length);
  });

  it("holds for a synthetic dataset with spans, month dates, aliases and unknown outlets", () => {
    const dataset = parseDataset(generateSyntheticDataset({ events: 2000, seed: 3 }));
    const first = exported(csv, dataset);
    const opened = open(first, "synthetic.csv");
    expect(exported(csv, opened)).toBe(first);
    expect(opened).toEqual(open(exported(json, dataset), "synthetic.json"));
  });

  it("keeps commas, quotes, line breaks and non-Latin text inside cells", () => {
    const dataset = bundled();
    const [first, ...rest] = dataset.events;
    const tricky = { ...first!, title: 'Путин: "победа", и\nвывод войск', summary: "سوريا, \"quoted\"\r\nsecond line", place: " Hmeimim, Latakia " };
    const withTricky = { ...dataset, events: [tricky, ...rest] };
    const text = exported(csv, withTricky);
    const opened = open(text, "tricky.csv");
    const back = opened.events.find((event) => event.id === tricky.id)!;
    expect(back.title).toBe('Путин: "победа", и\nвывод войск');
    expect(back.summary).toBe("سوريا, \"quoted\"\r\nsecond line");
    expect(back.place).toBe(" Hmeimim, Latakia ");
    expect(exported(csv, opened)).toBe(text);
  });

  it("opens a short export back, though ';' fills its cells and its last CRLF ends in an empty line (the delimiter is still ',')", () => {
    const raw = generateSyntheticDataset({ events: 3, seed: 1 });
    const actor = raw.actors.find((each) => each.id === raw.events[0]!.actors![0])!;
    actor.name = "Jaish al-Fatah; the Army of Conquest";
    const dataset = parseDataset(raw);
    const first = exported(csv, dataset);
    const opened = open(first, "short.csv");
    expect(opened).toEqual(open(exported(json, dataset), "short.json"));
    expect(exported(csv, opened)).toBe(first);
  });

  it("keeps formula-like text and names with ';' exactly, with the formulas guarded in the file", () => {
    const dataset = bundled();
    const [first, ...rest] = dataset.events;
    const actor = dataset.actors.find((each) => each.id === first!.actors[0])!;
    const tricky = { ...first!, title: '=HYPERLINK("http://evil.example","click")', summary: "'quoted' from the start", place: "@home", track: "+plus" };
    const renamed = dataset.actors.map((each) => (each === actor ? { ...each, name: "Jaish al-Fatah; the Army of Conquest" } : each));
    const withTricky = { ...dataset, actors: renamed, events: [tricky, ...rest] };
    const text = exported(csv, withTricky);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(",''quoted' from the start,");
    expect(text).toContain("Jaish al-Fatah;; the Army of Conquest");
    const opened = open(text, "tricky.csv");
    const back = opened.events.find((event) => event.id === tricky.id)!;
    expect(back).toMatchObject({ title: tricky.title, summary: tricky.summary, place: "@home", track: "+plus" });
    expect(opened.actors.find((each) => each.id === actor.id)!.name).toBe("Jaish al-Fatah; the Army of Conquest");
    expect(back.actors).toEqual(first!.actors);
    expect(exported(csv, opened)).toBe(text);
    expect(opened).toEqual(open(exported(json, withTricky), "tricky.json"));
  });

  it("keeps actor names that hold the list's ';' (found by the fuzz suite)", () => {
    const dataset = bundled();
    const names = new Map([["vladimir-putin", "Putin; V. V."], ["russia", "Russia;"]]);
    const renamed = { ...dataset, actors: dataset.actors.map((actor) => ({ ...actor, name: names.get(actor.id) ?? actor.name })) };
    const text = exported(csv, renamed);
    const opened = open(text, "names.csv");
    expect(opened.actors.filter((actor) => names.has(actor.id)).map((actor) => actor.name).sort()).toEqual(["Putin; V. V.", "Russia;"]);
    expect(opened).toEqual(open(exported(json, renamed), "names.json"));
    expect(exported(csv, opened)).toBe(text);
  });

  it("opens the export of a few events whose cells hold ';' (found by the fuzz suite)", () => {
    const dataset = bundled();
    const few = { ...dataset, events: dataset.events.slice(0, 2).map((event) => ({ ...event, actors: [], parent: undefined, summary: "One; two; three" })) };
    const text = exported(csv, few);
    expect(open(text, "few.csv").events.map((event) => event.summary)).toEqual(["One; two; three", "One; two; three"]);
  });
});
