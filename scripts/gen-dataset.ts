import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { datasetAsOurCsv } from "./synthetic-csv";
import { generateSyntheticDataset } from "./synthetic-dataset";

/** Usage: npm run gen:dataset -- --events 100000 [--seed 1] [--format json|csv] [--out public/data/synthetic-100000.json] */
const { values } = parseArgs({
  options: {
    events: { type: "string" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    format: { type: "string", default: "json" },
  },
});

const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 1) {
  console.error(`--events must be a positive whole number (got ${JSON.stringify(values.events ?? null)})`);
  process.exit(1);
}
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number (got ${JSON.stringify(values.seed)})`);
  process.exit(1);
}
if (values.format !== "json" && values.format !== "csv") {
  console.error(`--format must be json or csv (got ${JSON.stringify(values.format)})`);
  process.exit(1);
}
const out = values.out ?? `public/data/synthetic-${events}.${values.format}`;
const dataset = generateSyntheticDataset({ events, seed });
const text = values.format === "csv" ? datasetAsOurCsv(dataset) : JSON.stringify(dataset);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`Wrote ${events.toLocaleString("en-US")} events (seed ${seed}) to ${out}: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
