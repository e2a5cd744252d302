import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { datasetAsOurCsv } from "../scripts/synthetic-csv";
import { generateSyntheticDataset } from "../scripts/synthetic-dataset";
import { EXPORTS, measureDataInOut, type DataInOutResult, type Timed } from "./data-in-out";
import { measureRejection, writeRejectionCases } from "./rejection";
import { measureFloor, runSession, SEARCH_TERMS, type BenchTarget, type SessionResult } from "./session";
import { startStaticServer } from "./static-server";
import { median } from "./stats";
import { ourApp, visTimeline } from "./targets";
import { chromiumArgs, chromiumExecutablePath } from "../tests/chromium";

/**
 * npm run bench: builds the app, generates synthetic datasets of 1,000, 10,000,
 * 100,000 and 350,000 events, and runs the same scripted session on the explorer
 * and on vis-timeline in headless Chromium; then ("io") times Export in each
 * format and Open dataset with the same dataset as CSV and as JSON. Prints
 * markdown tables of medians and writes them to bench/results/latest.md;
 * ("reject") times the refusal of three hostile files near the size limit.
 *
 * Options (environment): BENCH_SIZES=1000,10000 BENCH_RUNS=3 BENCH_PORT=4200
 * BENCH_TIMEOUT_S=120 BENCH_TOOLS=ours,vis,io,reject BENCH_SKIP_BUILD=1
 */
const root = resolve(import.meta.dirname, "..");
const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000,350000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4200);
const timeoutSeconds = Number(process.env.BENCH_TIMEOUT_S ?? 120);
const tools = (process.env.BENCH_TOOLS ?? "ours,vis,io,reject").split(",");
const SEED = 1;
// Its own build folder, so the bench never overwrites the dist/ other work is testing against.
const distDir = join(root, "bench", "results", "dist");

const targets: { key: string; target: BenchTarget }[] = [
  { key: "ours", target: ourApp },
  { key: "vis", target: visTimeline },
].filter(({ key }) => tools.includes(key));

function javascriptGzipBytes(): { total: number; files: { name: string; bytes: number }[] } {
  const assets = join(distDir, "assets");
  const files = readdirSync(assets)
    .filter((name) => name.endsWith(".js"))
    .map((name) => ({ name, bytes: gzipSync(readFileSync(join(assets, name)), { level: 9 }).length }));
  return { total: files.reduce((sum, file) => sum + file.bytes, 0), files };
}

/** The dataset as JSON (and, for the data in/out measures, as our CSV), and its most common actor's name, for the filter measurement. */
function writeDataset(events: number): { url: string; jsonFile: string; csvFile: string; actorName: string; megabytes: number; csvMegabytes: number } {
  const dataset = generateSyntheticDataset({ events, seed: SEED });
  const json = JSON.stringify(dataset);
  const name = `synthetic-${events}.json`;
  mkdirSync(join(distDir, "data"), { recursive: true });
  const jsonFile = join(distDir, "data", name);
  writeFileSync(jsonFile, json);
  const csvFile = join(distDir, "data", `synthetic-${events}.csv`);
  const csv = tools.includes("io") ? datasetAsOurCsv(dataset) : "";
  if (csv) writeFileSync(csvFile, csv);
  const counts = new Map<string, number>();
  for (const event of dataset.events) for (const actor of event.actors ?? []) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  const [topId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { url: `/data/${name}`, jsonFile, csvFile, actorName: dataset.actors.find((actor) => actor.id === topId)!.name, megabytes: json.length / 1e6, csvMegabytes: Buffer.byteLength(csv) / 1e6 };
}

type Outcome = { results: SessionResult[]; floors: number[]; failure?: string };

/** The load's phases, in pipeline order, as the app records them ("load:<phase>"). */
const PHASES = ["fetch", "worker-start", "parse", "validate", "serialize", "prepare-index", "transfer", "page-parse", "index", "chart-index", "render"] as const;

async function measure(browser: Browser, target: BenchTarget, datasetUrl: string, actorName: string): Promise<Outcome> {
  const results: SessionResult[] = [];
  const floors: number[] = [];
  for (let run = 1; run <= runs; run++) {
    if (target === ourApp) {
      // Side by side with each run: the same file, the same browser, a blank page.
      const floorContext = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
      floors.push(await measureFloor(await floorContext.newPage(), datasetUrl));
      await floorContext.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    const started = Date.now();
    let readyMs: number | null = null;
    // The time limit covers the whole run: a tool that loads in 110 s can still take minutes to zoom 50 times.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("Timeout: run limit")), timeoutSeconds * 1000);
    });
    const session = runSession(page, target, datasetUrl, actorName, timeoutSeconds * 1000, (ms) => (readyMs = ms));
    session.catch(() => undefined);
    try {
      const result = await Promise.race([session, limit]);
      results.push(result);
      const filter = Number.isNaN(result.filterMs) ? "" : `, filter ${result.filterMs.toFixed(0)} ms`;
      const floor = floors.length ? `floor ${floors.at(-1)!.toFixed(0)} ms, ` : "";
      const search = result.searchMs.length ? `, search median ${median(result.searchMs).toFixed(0)} ms, worst ${Math.max(...result.searchMs).toFixed(0)} ms` : "";
      console.log(`  ${target.name} run ${run}: ${floor}ready ${result.readyMs.toFixed(0)} ms, frame p95 ${result.frameP95Ms.toFixed(1)} ms, longest task ${result.sessionLongestTaskMs.toFixed(0)} ms${filter}${search} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    } catch (error) {
      const message = (error as Error).message.split("\n")[0]!;
      const reached = readyMs === null ? "" : ` (ready after ${(readyMs / 1000).toFixed(0)} s; the zoom/pan session did not finish)`;
      const failure = /Timeout|timed out/i.test(message) ? `timed out after ${timeoutSeconds} s${reached}` : `failed: ${message}`;
      console.log(`  ${target.name} run ${run}: ${failure}`);
      // A tool that timed out once at this size would only time out again.
      await context.close().catch(() => undefined);
      return { results, floors, failure };
    } finally {
      clearTimeout(timer);
    }
    await context.close();
  }
  return { results, floors };
}

/** Export in each format and Open dataset as CSV and as JSON, `runs` times; the table row's cells (medians), or null if a run failed. */
async function measureIo(browser: Browser, dataset: Parameters<typeof measureDataInOut>[2]): Promise<string | null> {
  const results: DataInOutResult[] = [];
  for (let run = 1; run <= runs; run++) {
    try {
      const result = await measureDataInOut(browser, `http://127.0.0.1:${port}`, dataset, timeoutSeconds * 1000);
      results.push(result);
      const line = (label: string, timed: Timed) => `${label} ${timed.ms.toFixed(0)} ms (longest task ${timed.longestTaskMs.toFixed(0)} ms)`;
      console.log(`  data in/out run ${run}: ${[...EXPORTS.map(({ id }) => line(`export ${id}`, result.exports[id])), line("open csv", result.open.csv), line("open json", result.open.json)].join(", ")}`);
    } catch (error) {
      console.log(`  data in/out run ${run}: failed: ${(error as Error).message.split("\n")[0]}`);
      return null;
    }
  }
  const cell = (pick: (result: DataInOutResult) => Timed) =>
    `${ms(median(results.map((result) => pick(result).ms)))} (${taskMs(median(results.map((result) => pick(result).longestTaskMs)))})`;
  const openCsv = median(results.map((result) => result.open.csv.ms));
  const openJson = median(results.map((result) => result.open.json.ms));
  return [...EXPORTS.map(({ id }) => cell((result) => result.exports[id])), cell((result) => result.open.json), cell((result) => result.open.csv), ratio(openCsv, openJson)].join(" | ");
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 100 ? 1 : 0)} ms` : "–");
// The long-task API reports only tasks of 50 ms and more.
const taskMs = (value: number) => (value === 0 ? "none ≥ 50 ms" : ms(value));
const mb = (value: number) => (Number.isFinite(value) ? `${(value / 1e6).toFixed(0)} MB` : "–");
const ratio = (ours: number, theirs: number) => (Number.isFinite(ours) && Number.isFinite(theirs) && ours > 0 && theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : "–");

/** The targets for 100,000 events, checked against our medians. */
function targetLines(summary: { ready: number; p95: number; task: number; filter: number; heap: number; searchWorst: number; typingTask: number }, jsBytes: number): string[] {
  const check = (ok: boolean) => (ok ? "✅" : "❌");
  return [
    `- interactive within 3 s of navigation: ${check(summary.ready <= 3000)} ${ms(summary.ready)}`,
    `- zoom/pan frame p95 ≤ 25 ms (goal 16.7 ms): ${check(summary.p95 <= 25)} ${ms(summary.p95)}`,
    `- no task over 200 ms during zoom/pan: ${check(summary.task <= 200)} ${taskMs(summary.task)}`,
    `- filter by actor ≤ 100 ms: ${check(summary.filter <= 100)} ${ms(summary.filter)}`,
    `- search results within 100 ms of the last keystroke (worst term): ${check(summary.searchWorst <= 100)} ${ms(summary.searchWorst)}`,
    `- no task over 50 ms while typing a search: ${check(summary.typingTask < 50)} ${taskMs(summary.typingTask)}`,
    `- JS heap < 400 MB: ${check(summary.heap < 400e6)} ${mb(summary.heap)}`,
    `- JavaScript ≤ 200 KB gzipped: ${check(jsBytes <= 200 * 1024)} ${(jsBytes / 1024).toFixed(1)} KB`,
  ];
}

async function main() {
  const began = Date.now();
  const loadBefore = loadavg()[0]!.toFixed(1);
  if (!process.env.BENCH_SKIP_BUILD) execFileSync("npx", ["vite", "build", "--outDir", distDir, "--emptyOutDir"], { cwd: root, stdio: "inherit" });
  const js = javascriptGzipBytes();

  const server = await startStaticServer(
    {
      "/": distDir,
      "/bench/": join(root, "bench"),
      "/bench/vis/vis-timeline-graph2d.min.js": join(root, "node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"),
      "/bench/vis/vis-timeline-graph2d.min.css": join(root, "node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css"),
    },
    port,
  );
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: chromiumArgs });
  const browserVersion = browser.version();
  const rows: string[] = [];
  const loadRows: string[] = [];
  const searchRows: string[] = [];
  const ioRows: string[] = [];
  const rejectionRows: string[] = [];
  let targets100k: string[] = [];
  try {
    for (const size of sizes) {
      const { url, jsonFile, csvFile, actorName, megabytes, csvMegabytes } = writeDataset(size);
      console.log(`${size.toLocaleString("en-US")} events (${megabytes.toFixed(1)} MB), most common actor "${actorName}"`);
      const outcomes = new Map<string, Outcome>();
      for (const { key, target } of targets) outcomes.set(key, await measure(browser, target, url, actorName));
      const summary = (key: string) => {
        const outcome = outcomes.get(key);
        const pick = (field: Exclude<keyof SessionResult, "phases" | "searchMs">) => median(outcome?.results.map((result) => result[field]) ?? []);
        // Every term of every run: the median and the worst of them.
        const searches = outcome?.results.flatMap((result) => result.searchMs) ?? [];
        const worst = (values: readonly number[]) => (values.some(Number.isFinite) ? Math.max(...values.filter(Number.isFinite)) : Number.NaN);
        return {
          outcome,
          ready: pick("readyMs"),
          loadTask: pick("loadLongestTaskMs"),
          p50: pick("frameP50Ms"),
          p95: pick("frameP95Ms"),
          task: pick("sessionLongestTaskMs"),
          heap: pick("heapBytes"),
          filter: pick("filterMs"),
          loadHeap: pick("loadHeapBytes"),
          floor: median(outcome?.floors ?? []),
          phases: PHASES.map((phase) => median(outcome?.results.map((result) => result.phases[phase] ?? Number.NaN) ?? [])),
          searchMedian: median(searches),
          searchWorst: worst(searches),
          searches: searches.length,
          typingTask: worst(outcome?.results.map((result) => result.typingLongestTaskMs) ?? []),
        };
      };
      const ours = summary("ours");
      const vis = summary("vis");
      for (const [label, row] of [
        ["ours", ours],
        ["vis-timeline", vis],
      ] as const) {
        if (!row.outcome) continue;
        const note = row.outcome.failure ? ` (${row.outcome.failure}${row.outcome.results.length ? ` after ${row.outcome.results.length} runs` : ""})` : "";
        if (row.outcome.results.length === 0) {
          rows.push(`| ${size.toLocaleString("en-US")} | ${label} | ${row.outcome.failure} | | | | | | | |`);
          continue;
        }
        rows.push(`| ${size.toLocaleString("en-US")} | ${label}${note} | ${ms(row.ready)} | ${taskMs(row.loadTask)} | ${ms(row.p50)} | ${ms(row.p95)} | ${taskMs(row.task)} | ${mb(row.heap)} | ${ms(row.filter)} | ${row.outcome.results.length} |`);
      }
      if (ours.outcome?.results.length) {
        loadRows.push(
          `| ${size.toLocaleString("en-US")} (${megabytes.toFixed(0)} MB) | ${ms(ours.floor)} | ${ms(ours.ready)} | ${ratio(ours.ready, ours.floor)} | ${taskMs(ours.loadTask)} | ${mb(ours.loadHeap)} | ${ours.phases.map(ms).join(" | ")} |`,
        );
      }
      if (ours.outcome?.results.length && ours.searches > 0) {
        searchRows.push(`| ${size.toLocaleString("en-US")} | ${ms(ours.searchMedian)} | ${ms(ours.searchWorst)} | ${SEARCH_TERMS.length} × ${ours.outcome.results.length} | ${taskMs(ours.typingTask)} |`);
      }
      if (size === 100_000 && ours.outcome?.results.length) targets100k = targetLines(ours, js.total);
      if (tools.includes("io")) {
        const row = await measureIo(browser, { url, jsonFile, csvFile, events: size });
        if (row) ioRows.push(`| ${size.toLocaleString("en-US")} (${megabytes.toFixed(1)} MB JSON, ${csvMegabytes.toFixed(1)} MB CSV) | ${row} |`);
      }
      if (ours.outcome?.results.length && vis.outcome?.results.length) {
        rows.push(`| ${size.toLocaleString("en-US")} | ours / vis-timeline | ${ratio(ours.ready, vis.ready)} | ${ratio(ours.loadTask, vis.loadTask)} | ${ratio(ours.p50, vis.p50)} | ${ratio(ours.p95, vis.p95)} | ${ratio(ours.task, vis.task)} | ${ratio(ours.heap, vis.heap)} | | |`);
      }
    }
    if (tools.includes("reject")) {
      for (const testCase of writeRejectionCases(join(distDir, "data"))) {
        console.log(`Rejection: ${testCase.label}`);
        const times = await measureRejection(browser, `http://127.0.0.1:${port}`, testCase, runs, timeoutSeconds * 1000);
        rejectionRows.push(`| ${testCase.label} (${testCase.megabytes.toFixed(1)} MB) | \`${testCase.message}\` | ${ms(median(times))} | ${times.map(ms).join(", ")} |`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const report = [
    `# Bench: Syria Timeline Explorer vs vis-timeline 8.5.4`,
    "",
    `Command: \`npm run bench\`${process.env.BENCH_SIZES ? ` (BENCH_SIZES=${process.env.BENCH_SIZES})` : ""}. Headless Chromium ${browserVersion}, 1280×800, ${runs} runs per size and tool, medians. Synthetic datasets from scripts/gen-dataset.ts, seed ${SEED}. Time limit per run (load and session) ${timeoutSeconds} s; a tool that hits it is not run again at that size. ${cpus().length} CPUs; load average before the bench ${loadBefore}, after ${loadavg()[0]!.toFixed(1)} (other work on the machine inflates every figure).`,
    "",
    ...(rows.length
      ? [
          "Session: load `?data=synthetic-N.json` → ready; 25 wheel zooms in at the chart's centre (deltaY −120, one frame each), a 400 px drag pan (20 steps), 25 wheel zooms out.",
          "Ready = navigation start → the tool's ready signal plus one painted frame (ours: a status \"Showing N of M\" and the chart SVG; vis-timeline: its first `changed` event after the data is set). Frame = requestAnimationFrame deltas during the session. Longest task = PerformanceObserver 'longtask' (load: up to ready; session: zoom/pan). Heap = CDP JSHeapUsedSize after the session and a forced GC. Filter = click on the most common actor's checkbox → the \"Showing N of M\" status changed and a frame painted.",
          "",
          "Load (ours): floor = `fetch` + `response.json()` of the same file in a blank page of the same origin, measured before each run; ratio = ready / floor (goal ≤ 3×); heap right after ready and a forced GC; phases = the app's `load:<phase>` performance measures (medians; worker phases are timed in the worker).",
          "",
          `| events (file) | floor | ready | ratio | longest task (load) | heap after load | ${PHASES.join(" | ")} |`,
          `|---|---|---|---|---|---|${PHASES.map(() => "---|").join("")}`,
          ...loadRows,
          "",
          "| events | tool | ready | longest task (load) | frame p50 | frame p95 | longest task (zoom/pan) | heap | filter by actor | runs |",
          "|---|---|---|---|---|---|---|---|---|---|",
          ...rows,
          "",
        ]
      : []),
    ...(searchRows.length
      ? [
          `Search (ours): each of ${SEARCH_TERMS.length} terms (${SEARCH_TERMS.map((term) => `\`${term}\``).join(", ")}) typed at 10 keys a second into "Search events"; latency = its last keystroke → the status says \`matching "term"\` (the results are drawn in the same render) and a frame painted; median and worst over every term of every run. Longest task = the longest 'longtask' from the first key to the last result.`,
          "",
          "| events | search median | search worst | terms × runs | longest task while typing |",
          "|---|---|---|---|---|",
          ...searchRows,
          "",
        ]
      : []),
    ...(ioRows.length
      ? [
          "Data in and out (ours): export = click on the format in the Export menu → the status says \"Exported N events to <file>\" (the file has been built and handed to the browser) and a frame painted, from the view of the whole dataset loaded with `?data=`; open = the file set on Open dataset (its `change` event) → \"Showing N of N events\" and a frame painted, on a page showing the bundled dataset; the CSV is our CSV of the same dataset as Export writes it. Each cell: median time (median longest task).",
          "",
          "| events (files) | export CSV | export JSON | export ICS | open JSON | open CSV | open CSV / JSON |",
          "|---|---|---|---|---|---|---|",
          ...ioRows,
          "",
        ]
      : []),
    ...(rejectionRows.length
      ? [
          "Rejection (ours): `?data=` of a hostile file served by the same local server → the error alert shows its message; median and each run.",
          "",
          "| file | message | median | runs |",
          "|---|---|---|---|",
          ...rejectionRows,
          "",
        ]
      : []),
    ...(targets100k.length ? ["Targets at 100,000 events (our medians):", "", ...targets100k, ""] : []),
    `JavaScript (built assets/*.js, gzip -9): **${(js.total / 1024).toFixed(1)} KB** (budget 200 KB) — ${js.files.map((file) => `${file.name} ${(file.bytes / 1024).toFixed(1)} KB`).join(", ")}`,
    "",
    `Bench took ${((Date.now() - began) / 60000).toFixed(1)} min.`,
    "",
  ].join("\n");
  console.log(`\n${report}`);
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(join(root, "bench", "results", "latest.md"), report);
}

await main();
