import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, isMap, isSeq, parseDocument, type Document } from "yaml";

/** The human-edited files, and the part of the dataset each one holds. */
const SOURCE_FILES = {
  dataset: "dataset.yaml",
  articles: "articles.yaml",
  actors: "actors.yaml",
  events: "events.yaml",
  claims: "claims.yaml",
} as const;

export type SourceKey = keyof typeof SOURCE_FILES;
export type ListKey = Exclude<SourceKey, "dataset">;
export const LIST_KEYS: readonly ListKey[] = ["articles", "actors", "events", "claims"];
/** Files a dataset may leave out: without claims.yaml it records no disagreement between sources. */
const OPTIONAL_FILES: ReadonlySet<SourceKey> = new Set(["claims"]);
type RequiredKey = Exclude<SourceKey, "claims">;

/** One parsed file, kept so errors can name its path and line, and its contents as plain values. */
export type SourceDocument = { displayPath: string; document: Document; lineCounter: LineCounter; value: unknown };

export type DataSources = {
  documents: Record<RequiredKey, SourceDocument> & Partial<Record<SourceKey, SourceDocument>>;
  /** The files merged into one object, as written (not yet validated; articles still carry `file`). */
  input: Record<string, unknown>;
};

export type LoadResult = { ok: true; sources: DataSources } | { ok: false; errors: string[] };

/** Reads a file's text; throws like `fs.readFileSync` when it cannot. */
export type ReadText = (path: string) => string;

const readTextFile: ReadText = (path) => readFileSync(path, "utf8");

const LIST_NOUNS: Record<ListKey, string> = { articles: "articles", actors: "actors", events: "events", claims: "claims" };

/**
 * Reads and parses the YAML files in `dataDir` and merges them. Reports every
 * missing file (claims.yaml may be left out), YAML syntax error and wrongly
 * shaped file, not just the first.
 */
export function loadDataSources(dataDir: string, readText: ReadText = readTextFile): LoadResult {
  const errors: string[] = [];
  const documents: Partial<Record<SourceKey, SourceDocument>> = {};
  for (const key of Object.keys(SOURCE_FILES) as SourceKey[]) {
    const displayPath = join(dataDir, SOURCE_FILES[key]);
    let text: string;
    try {
      text = readText(displayPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && OPTIONAL_FILES.has(key)) continue;
      errors.push(`${displayPath}: ${code === "ENOENT" ? "file not found" : `cannot read the file (${(error as Error).message})`}`);
      continue;
    }
    const parsed = parseSource(key, displayPath, text);
    if ("errors" in parsed) errors.push(...parsed.errors);
    else documents[key] = parsed;
  }
  if (errors.length > 0) return { ok: false, errors };
  const complete = documents as DataSources["documents"];
  return { ok: true, sources: { documents: complete, input: mergeSources(complete) } };
}

/**
 * Parses one file. Hostile YAML (an alias bomb, nesting deep enough to
 * exhaust the stack) is reported against the file like any syntax error.
 */
function parseSource(key: SourceKey, displayPath: string, text: string): SourceDocument | { errors: string[] } {
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    return { errors: [`${displayPath}: cannot be read as YAML: ${readableMessage(error)}`] };
  }
  if (document.errors.length > 0) {
    const lines = document.errors.map((error) => {
      const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      return `${displayPath}:${lineCounter.linePos(error.pos[0]).line}: YAML syntax error: ${readableMessage(message)}`;
    });
    // A stack overflow is reported once per level it unwinds through.
    return { errors: [...new Set(lines)] };
  }
  const shapeError = checkRootShape(key, document);
  if (shapeError) return { errors: [`${displayPath}: ${shapeError}`] };
  try {
    return { displayPath, document, lineCounter, value: document.toJS() };
  } catch (error) {
    return { errors: [`${displayPath}: cannot be read as YAML: ${readableMessage(error)}`] };
  }
}

/** The yaml library's and the engine's words for the resource limits, said plainly. */
function readableMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/Excessive alias count/.test(message)) return "it expands too many aliases (an alias bomb); write the values out or use fewer aliases";
  if (error instanceof RangeError || /call stack/.test(message)) return "it is nested too deeply";
  return message;
}

function checkRootShape(key: SourceKey, document: Document): string | null {
  const root = document.contents;
  if (key === "dataset") return isMap(root) ? null : "expected a mapping with title, description, range and tracks";
  if (root === null) return `is empty; expected a list of ${LIST_NOUNS[key]}`;
  return isSeq(root) ? null : `expected a list of ${LIST_NOUNS[key]}`;
}

function mergeSources(documents: DataSources["documents"]): Record<string, unknown> {
  const input: Record<string, unknown> = { ...(documents.dataset.value as Record<string, unknown>) };
  for (const key of LIST_KEYS) {
    const document = documents[key];
    if (document) input[key] = document.value;
  }
  return input;
}
