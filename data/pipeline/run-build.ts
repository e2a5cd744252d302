import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleText } from "./check-quotations";
import { buildTimeline } from "./build-timeline";
import { writeFileAtomic } from "./write-file-atomic";

export type RunOptions = {
  dataDir: string;
  out: string;
  /** The article text folder; undefined skips the quotation check. */
  corpusDir: string | undefined;
};

export type RunOutput = { log: (line: string) => void; error: (line: string) => void };

/** `npm run data`: builds the timeline and writes it, or prints every error and writes nothing. Returns the exit code. */
export function runBuild({ dataDir, out, corpusDir }: RunOptions, output: RunOutput): number {
  if (corpusDir === undefined) output.log("Quotation check skipped: CORPUS_DIR is not set");
  const result = buildTimeline({
    dataDir,
    readArticleFile: corpusDir === undefined ? undefined : corpusReader(corpusDir),
  });
  if (!result.ok) {
    for (const line of result.errors) output.error(line);
    output.error(`${result.errors.length} error${result.errors.length === 1 ? "" : "s"}; ${out} was not written`);
    return 1;
  }
  writeFileAtomic(out, result.json);
  const { events, articles, actors, sources, disputes, claims } = result.counts;
  const checked = corpusDir === undefined ? "" : `, quotations checked against ${corpusDir}`;
  output.log(`Wrote ${out}: ${events} events, ${articles} articles, ${actors} actors, ${sources} sources, ${disputes} disputes, ${claims} claims${checked}`);
  return 0;
}

/** Reads article texts by file name from the corpus folder. */
export function corpusReader(corpusDir: string): (fileName: string) => ArticleText {
  return (fileName) => {
    const path = join(corpusDir, fileName);
    try {
      return { text: readFileSync(path, "utf8") };
    } catch (error) {
      return { missing: `${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  };
}
