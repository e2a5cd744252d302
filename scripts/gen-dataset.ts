import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { generateSyntheticDataset } from "./synthetic-dataset";

/** Usage: npm run gen:dataset -- --events 100000 [--seed 1] [--out public/data/synthetic-100000.json] */
const { values } = parseArgs({
  options: {
    events: { type: "string" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
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
const out = values.out ?? `public/data/synthetic-${events}.json`;
const json = JSON.stringify(generateSyntheticDataset({ events, seed }));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
console.log(`Wrote ${events.toLocaleString("en-US")} events (seed ${seed}) to ${out}: ${(json.length / 1e6).toFixed(1)} MB`);
