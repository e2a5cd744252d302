/**
 * `npm run data [-- --data <dir>] [-- --out <file>]`: turns the YAML sources in
 * data/ into public/data/timeline.json. Set CORPUS_DIR to check every quotation
 * against the article texts. Output order: events by (start, end, id), articles
 * and actors by id, so reordering the YAML never changes the file.
 */
import { parseArgs } from "node:util";
import { runBuild } from "./pipeline/run-build";

function readOptions() {
  try {
    return parseArgs({
      options: {
        data: { type: "string", default: "data" },
        out: { type: "string", default: "public/data/timeline.json" },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run data -- [--data <dir>] [--out <file>]`);
    return null;
  }
}

const options = readOptions();
process.exitCode = options
  ? runBuild(
      { dataDir: options.data, out: options.out, corpusDir: process.env.CORPUS_DIR || undefined },
      { log: (line) => console.log(line), error: (line) => console.error(line) },
    )
  : 2;
