import { isCollection, isScalar, type Node } from "yaml";
import { quoteValue } from "../../src/dataset/quote-value";
import { formatIssuePath } from "../../src/dataset/dataset-rules";
import { LIST_KEYS, type DataSources, type ListKey, type SourceDocument, type SourceKey } from "./load-data-sources";

/** A problem at a path in the merged dataset, e.g. ["events", 3, "sources", 0, "quote"]. */
export type DataError = { path: readonly PropertyKey[]; message: string };

const ENTRY_NOUNS: Record<ListKey, string> = { articles: "article", actors: "actor", events: "event", claims: "claim" };

function isListKey(key: PropertyKey | undefined): key is ListKey {
  return LIST_KEYS.includes(key as ListKey);
}

/**
 * One line per error naming the file, its line, the entry and the field:
 * `data/events.yaml:12: event "sochi-summit": start "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)`.
 */
export function formatDatasetErrors(errors: readonly DataError[], sources: Pick<DataSources, "documents" | "input">): string[] {
  // In file order, then line order, so the list reads like the files.
  return errors
    .map((error) => formatDatasetError(error, sources))
    .sort((a, b) => a.fileOrder - b.fileOrder || (a.line ?? 0) - (b.line ?? 0))
    .map((error) => error.text);
}

const FILE_ORDER: readonly SourceKey[] = ["dataset", "articles", "actors", "events", "claims"];

function formatDatasetError(
  { path, message }: DataError,
  { documents, input }: Pick<DataSources, "documents" | "input">,
): { fileOrder: number; line: number | undefined; text: string } {
  const [head, index] = path;
  const inList = isListKey(head) && typeof index === "number";
  // An error in a list names its file; claims.yaml is there whenever the input has claims to be wrong.
  const file: SourceKey = isListKey(head) && documents[head] ? head : "dataset";
  const document = documents[file]!;
  const { displayPath } = document;
  const filePath = file === "dataset" ? path : path.slice(1);
  const line = lineOf(document, filePath);
  const location = line === undefined ? displayPath : `${displayPath}:${line}`;
  const field = formatIssuePath((inList ? path.slice(2) : isListKey(head) ? [] : path).map(shownKey));
  const parts = [location];
  if (inList) parts.push(entryLabel(head, index, input));
  const detail = field === "" ? message : /^("|is )/.test(message) ? `${field} ${message}` : `${field}: ${message}`;
  return { fileOrder: FILE_ORDER.indexOf(file), line, text: `${parts.join(": ")}: ${detail}` };
}

/** A key as a path shows it: the format's own keys as they are, an author's unknown key (any text, any length) quoted. */
function shownKey(key: PropertyKey): PropertyKey {
  return typeof key === "string" && !/^[A-Za-z_]\w{0,39}$/.test(key) ? quoteValue(key) : key;
}

/** `event "sochi-summit"`, or `event entry #4` where the entry has no usable id. */
function entryLabel(list: ListKey, index: number, input: Record<string, unknown>): string {
  const entry = (input[list] as unknown[] | undefined)?.[index];
  const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? `${ENTRY_NOUNS[list]} ${quoteValue(id)}` : `${ENTRY_NOUNS[list]} entry #${index + 1}`;
}

/** The line of the deepest node on the path that exists in the file. */
function lineOf({ document, lineCounter }: SourceDocument, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length) as unknown[], true);
    if ((isCollection(node) || isScalar(node)) && (node as Node).range) {
      return lineCounter.linePos((node as Node).range![0]).line;
    }
  }
  return undefined;
}
