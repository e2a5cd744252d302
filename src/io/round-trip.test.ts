// @vitest-environment node
import { fileURLToPath } from "node:url";
import { buildTimeline } from "../../data/pipeline/build-timeline";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { datasetFromText, parseDataset } from "../dataset/parse-dataset-text";
import type { Dataset, TimelineEvent } from "../dataset/schema";
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
});
