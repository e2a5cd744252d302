import { loadavg } from "node:os";
import { findingCount, runTarget, VERDICTS, type TargetReport } from "./run-target";
import { FUZZ_TARGETS, type FuzzTarget } from "./targets";

/**
 * npm run fuzz: the targets `npm test` runs, with many more cases. Prints, per target and in
 * total, how many cases ran and how many were crashes, wrong accepts, wrong rejects and bad
 * messages, and the slowest case; exits 1 if any case did not pass.
 *
 * Options (environment): FUZZ_RUNS, cases per target (default 2,000; YAML sources run a tenth:
 * each of their cases is a whole `npm run data`); FUZZ_SEED, the seed (default: a new one, printed);
 * FUZZ_TARGET, a part of a target's name to run only that one. The same seed and runs replay
 * the same cases.
 */
const runs = wholeNumber("FUZZ_RUNS", 2_000);
const seed = process.env.FUZZ_SEED ? wholeNumber("FUZZ_SEED", 0) : Math.floor(Math.random() * 2 ** 31);
const only = process.env.FUZZ_TARGET?.toLowerCase();

function wholeNumber(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`${name} must be a whole number, got ${JSON.stringify(text.slice(0, 40))}`);
    process.exit(2);
  }
  return value;
}

const runsFor = ({ fuzzShare = 1 }: FuzzTarget<unknown>) => Math.max(1, Math.round(runs * fuzzShare));

const targets = FUZZ_TARGETS.filter((target) => only === undefined || target.name.toLowerCase().includes(only));
if (targets.length === 0) {
  console.error(`No fuzz target matches FUZZ_TARGET=${only}: ${FUZZ_TARGETS.map((target) => target.name).join(", ")}`);
  process.exit(2);
}

const started = performance.now();
console.log(`npm run fuzz: seed ${seed}, ${runs} runs per target (FUZZ_RUNS=${runs} FUZZ_SEED=${seed} replays it); load average ${loadavg().map((value) => value.toFixed(2)).join(" ")}`);
const reports: TargetReport[] = [];
for (const target of targets) {
  const targetStarted = performance.now();
  const report = runTarget(target, { seed, runs: runsFor(target) });
  reports.push(report);
  console.log(`${report.name}: ${report.cases} cases, ${findingCount(report)} did not pass (${((performance.now() - targetStarted) / 1000).toFixed(1)} s)`);
  for (const finding of report.findings) console.log(`  ${report.name} run ${finding.run}: ${finding.verdict}: ${finding.label}\n    ${finding.detail}`);
}

const HEADERS = ["target", "cases", "crashes", "wrong accepts", "wrong rejects", "bad messages", "slowest case"];
const row = (name: string, report: Pick<TargetReport, "cases" | "counts" | "slowest">) => [
  name,
  String(report.cases),
  ...VERDICTS.map((verdict) => String(report.counts[verdict])),
  report.slowest ? `${report.slowest.ms.toFixed(1)} ms (${report.slowest.label.slice(0, 70)})` : "–",
];
const slowest = reports.reduce<TargetReport | null>((worst, report) => (worst === null || (report.slowest?.ms ?? 0) > (worst.slowest?.ms ?? 0) ? report : worst), null);
const total = {
  cases: reports.reduce((sum, report) => sum + report.cases, 0),
  counts: Object.fromEntries(VERDICTS.map((verdict) => [verdict, reports.reduce((sum, report) => sum + report.counts[verdict], 0)])) as TargetReport["counts"],
  slowest: slowest?.slowest ? { ms: slowest.slowest.ms, label: `${slowest.name}: ${slowest.slowest.label}` } : null,
};
const rows = [HEADERS, ...reports.map((report) => row(report.name, report)), row("total", total)];
const widths = HEADERS.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(" | ")} |`;
console.log([line(rows[0]!), `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n"));
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);

const failures = findingCount(total);
if (failures > 0) {
  console.log(`${failures} of ${total.cases} cases did not pass; FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz runs them again.`);
  process.exit(1);
}
