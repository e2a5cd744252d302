import fc from "fast-check";
import type { Finding, FuzzTarget, Verdict } from "./targets";

/** One case that did not pass: which run (replayed by the same seed and run count), what it was, what went wrong. */
export interface CaseFinding extends Finding {
  run: number;
  label: string;
}

/** What a run of one target found: every case counted by its verdict, the slowest case, the first findings in full. */
export interface TargetReport {
  name: string;
  seed: number;
  cases: number;
  counts: Record<Verdict, number>;
  slowest: { ms: number; label: string } | null;
  findings: CaseFinding[];
}

/** How many findings a report keeps in full; all of them are counted. */
const KEPT_FINDINGS = 5;

export const VERDICTS: readonly Verdict[] = ["crash", "wrong accept", "wrong reject", "bad message"];

/**
 * Runs `runs` cases of a target with `seed` and classifies every one of them with the target's
 * check. The property itself always holds, so fast-check neither stops at the first finding nor
 * shrinks: the counts are of all cases. A check that throws is a crash of the check.
 */
export function runTarget(target: FuzzTarget<unknown>, { seed, runs }: { seed: number; runs: number }): TargetReport {
  const report: TargetReport = { name: target.name, seed, cases: 0, counts: { crash: 0, "wrong accept": 0, "wrong reject": 0, "bad message": 0 }, slowest: null, findings: [] };
  const result = fc.check(
    fc.property(target.arbitrary, (input) => {
      const run = report.cases++;
      const started = performance.now();
      let finding: Finding | null;
      try {
        finding = target.check(input);
      } catch (error) {
        finding = { verdict: "crash", detail: `the check itself threw: ${error instanceof Error ? error.message.slice(0, 200) : "a non-error"}` };
      }
      const ms = performance.now() - started;
      if (report.slowest === null || ms > report.slowest.ms) report.slowest = { ms, label: safeLabel(target, input) };
      if (finding) {
        report.counts[finding.verdict]++;
        if (report.findings.length < KEPT_FINDINGS) report.findings.push({ ...finding, run, label: safeLabel(target, input) });
      }
      return true;
    }),
    { seed, numRuns: runs },
  );
  // Generation failing (an arbitrary that throws, a filter that never passes) is a bug in the suite, not a finding.
  if (result.failed) throw new Error(`fuzz target ${target.name} did not run: ${String(result.errorInstance ?? "unknown reason")}`);
  return report;
}

function safeLabel(target: FuzzTarget<unknown>, input: unknown): string {
  try {
    return target.label(input);
  } catch {
    return "(a case its label cannot describe)";
  }
}

/** Cases that did not pass, of every kind. */
export function findingCount(report: Pick<TargetReport, "counts">): number {
  return VERDICTS.reduce((sum, verdict) => sum + report.counts[verdict], 0);
}
