import type { DatasetInput } from "../dataset/schema";
import { formatIssuePath } from "../dataset/dataset-rules";
import { quoteValue } from "../dataset/quote-value";
import { eventsRange } from "./events-range";
import { OUR_CSV_COLUMNS, type OurCsvColumn } from "./our-csv";
import { unguardFormula } from "./csv-field";
import { splitNames } from "./name-list";
import { columnCells, headingOf, type ColumnMatch } from "./sheet-columns";
import { describePlace, detailBelowField, type SheetPlace, type SheetReader } from "./sheet-dataset";
import { baseName } from "./spreadsheet-name";
import { SpreadsheetError, type SheetRow } from "./spreadsheet-table";

type Json = Record<string, unknown>;

/** The article fields a source or dispute cell may carry. */
const ARTICLE_FIELDS = ["outlet", "headline", "published", "url", "byline", "publishedInferred", "publishedNote", "timezone", "locale"] as const;

/** The columns our CSV needs; the others may be left out of a file written by hand. */
export const OUR_CSV_REQUIRED: readonly OurCsvColumn[] = ["id", "title", "summary", "start"];

/** The event fields read from a cell of the same name. */
const PLAIN_FIELDS = ["id", "title", "summary", "start", "end", "precision", "place", "track", "parent", "actors", "sources", "disputes", "notes"] as const satisfies readonly OurCsvColumn[];

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isListOfObjects = (value: unknown): value is Json[] => Array.isArray(value) && value.every(isObject);

interface Definition {
  fields: Json;
  place: SheetPlace;
}

/** Two values of a description alike; arrays (aliases) compare element by element. */
function sameValue(x: unknown, y: unknown): boolean {
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, index) => item === y[index]);
  return x === y;
}

/** True when two descriptions hold the same fields with the same values. */
function sameFields(a: Json, b: Json): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => sameValue(a[key], b[key]));
}

/** True when an actor_details entry and its name describe the actor as already known: its fields are `{ name, ...entry }` without the id. */
function sameActor(known: Json, name: string, entry: Json): boolean {
  let count = "name" in entry ? 0 : 1;
  for (const key in entry) {
    if (key === "id") continue;
    if (!sameValue(known[key], entry[key])) return false;
    count += 1;
  }
  // Counted in place rather than with Object.keys: this runs for every actor of every row.
  let knownCount = 0;
  for (const _ in known) knownCount += 1;
  return count === knownCount && ("name" in entry || known.name === name);
}

// Loops rather than `some`/`every` with a closure: these run for every entry of every row.
/** True when an entry carries any article field (else it names its article by id alone). */
function describesArticle(item: Json): boolean {
  for (const field of ARTICLE_FIELDS) if (field in item) return true;
  return false;
}

/** True when an entry's article fields are those already known (read in place: most entries cite an article described before). */
function sameArticle(known: Json, item: Json): boolean {
  for (const field of ARTICLE_FIELDS) if (known[field] !== item[field] && !sameValue(known[field], item[field])) return false;
  return true;
}

type EventInput = DatasetInput["events"][number];

/** An optional field's cell: undefined when empty. */
const optional = (cell: string) => (cell === "" ? undefined : cell);

/** A row's event as read: its actors are still to resolve where the row gave only names. */
type ReadEvent = Omit<EventInput, "actors"> & { actors: string[] | null };

/**
 * Reads our CSV (as Export writes it) back into a dataset, a row at a time: the
 * cells become an event each, the JSON cells its sources, disputes, notes and
 * actors, and the `claims` and `dataset` cells the dataset's claims and own
 * fields. Articles and actors are listed in order of first use (the rows', then
 * the claims'), as Export lists them, so export → open gives the same dataset. Problems the schema would not place (a JSON cell that does not
 * parse, an article described two ways) are thrown with row and column.
 */
export function ourCsvReader(header: readonly string[], match: ColumnMatch<OurCsvColumn>, fileName: string): SheetReader {
  const file = baseName(fileName);
  const heading = (column: OurCsvColumn) => headingOf(header, match, column);
  // A place is made only for a message or a definition: most rows need none, and 100,000 rows would make 200,000.
  const at = (row: number, column: OurCsvColumn): SheetPlace => ({ row, column: heading(column) });
  const fail = (row: number, column: OurCsvColumn, problem: string): never => {
    throw new SpreadsheetError(`${file}: row ${row}, column "${heading(column)}": ${problem}`);
  };
  // Each column's cell as written, its formula guard (see csv-field.ts) removed; the columns are found once, not per cell.
  const cell = columnCells(match, OUR_CSV_COLUMNS, unguardFormula);
  const jsonCell = <T>(row: SheetRow, column: OurCsvColumn, check: (value: unknown) => value is T, expected: string): T | null => {
    const text = cell[column](row.cells).trim();
    if (text === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail(row.number, column, `is not valid JSON (expected ${expected})`);
    }
    return check(value) ? value : fail(row.number, column, `is not ${expected}`);
  };

  const articles = new Map<string, Definition>();
  const actors = new Map<string, Definition>();
  let datasetCell: Definition | null = null;
  let claimsCell: { claims: Json[]; place: SheetPlace } | null = null;
  // The rows read, in three lists rather than an object each: what a big file keeps until the end is its events.
  const events: ReadEvent[] = [];
  const rowNumbers: number[] = [];
  const actorCells: string[] = [];
  const define = (into: Map<string, Definition>, id: string, fields: Json, row: number, column: OurCsvColumn, what: string) => {
    const known = into.get(id);
    if (!known) into.set(id, { fields, place: at(row, column) });
    else if (!sameFields(known.fields, fields)) fail(row, column, `${what} ${quoteValue(id)} is described differently in row ${known.place.row}`);
  };

  /** The articles that entries citing them describe (an entry may name its article by id alone). */
  const defineArticles = (items: readonly Json[], row: number, column: OurCsvColumn) => {
    for (const item of items) {
      if (typeof item.article !== "string") fail(row, column, `every entry needs an "article" id`);
      if (!describesArticle(item)) continue;
      const known = articles.get(item.article as string);
      if (known && sameArticle(known.fields, item)) continue;
      const fields: Json = {};
      for (const field of ARTICLE_FIELDS) if (item[field] !== undefined) fields[field] = item[field];
      define(articles, item.article as string, fields, row, column, "article");
    }
  };

  /** The row's actor ids from its actor_details, each actor defined by its first row; null when the row gives only names. */
  const actorIdsOf = (row: SheetRow, actorsCell: string): string[] | null => {
    const details = jsonCell(row, "actor_details", isListOfObjects, "a JSON array of actors") ?? [];
    if (details.length === 0) return null;
    const names = splitNames(actorsCell);
    if (details.length !== names.length) fail(row.number, "actor_details", `has ${details.length} entries for the ${names.length} names in "${heading("actors")}"`);
    const ids = new Array<string>(details.length);
    for (let index = 0; index < details.length; index++) {
      const detail = details[index]!;
      if (typeof detail.id !== "string") fail(row.number, "actor_details", `every entry needs an "id"`);
      const id = detail.id as string;
      const known = actors.get(id);
      if (!known || !sameActor(known.fields, names[index]!, detail)) {
        const { id: _, ...rest } = detail;
        define(actors, id, { name: names[index], ...rest }, row.number, "actor_details", "actor");
      }
      ids[index] = id;
    }
    return ids;
  };

  const add = (row: SheetRow) => {
    const { number, cells } = row;
    const sources = jsonCell(row, "sources", isListOfObjects, "a JSON array of sources") ?? [];
    const disputes = jsonCell(row, "disputes", isListOfObjects, "a JSON array of disputes") ?? [];
    defineArticles(sources, number, "sources");
    defineArticles(disputes, number, "disputes");
    const actorsCell = cell.actors(cells);
    const actorIds = actorIdsOf(row, actorsCell);
    const notes = jsonCell(row, "notes", isListOfObjects, "a JSON array of notes");
    const claims = jsonCell(row, "claims", isListOfObjects, "a JSON array of claims");
    if (claims) {
      if (claimsCell) fail(number, "claims", `the claims are listed a second time (first in row ${claimsCell.place.row})`);
      for (const claim of claims) {
        if (!isListOfObjects(claim.sources)) fail(number, "claims", `every claim needs "sources", a JSON array`);
        defineArticles(claim.sources as Json[], number, "claims");
      }
      claimsCell = { claims, place: at(number, "claims") };
    }
    const ownDataset = jsonCell(row, "dataset", isObject, "a JSON object");
    if (ownDataset) {
      if (datasetCell) fail(number, "dataset", `the dataset is described a second time (first in row ${datasetCell.place.row})`);
      datasetCell = { fields: ownDataset, place: at(number, "dataset") };
    }
    rowNumbers.push(number);
    actorCells.push(actorsCell);
    const event: ReadEvent = {
      id: cell.id(cells),
      title: cell.title(cells),
      summary: cell.summary(cells),
      start: cell.start(cells).trim(),
      end: optional(cell.end(cells))?.trim(),
      precision: optional(cell.precision(cells))?.trim() as EventInput["precision"],
      place: optional(cell.place(cells)),
      track: optional(cell.track(cells)),
      parent: optional(cell.parent(cells))?.trim(),
      actors: actorIds,
      sources: sources.map(({ article, quote, datePhrase, resolution }) => ({ article, quote, datePhrase, resolution }) as NonNullable<EventInput["sources"]>[number]),
      disputes: disputes.map(({ article, note, about }) => ({ article, note, about }) as NonNullable<EventInput["disputes"]>[number]),
    };
    // Set rather than spread into the literal: no empty object for every row without notes.
    if (notes) event.notes = notes as EventInput["notes"];
    events.push(event);
  };

  /**
   * Each name's actor id, as the rows with actor_details give them (a later row's wins), for the rows
   * that name actors without details; built only when there are such rows (Export writes details in every row).
   */
  const actorIdsOfNames = (): ReadonlyMap<string, string> => {
    const ids = new Map<string, string>();
    if (events.every((event) => event.actors !== null)) return ids;
    events.forEach((event, index) => {
      if (event.actors === null) return;
      const names = splitNames(actorCells[index]!);
      event.actors.forEach((id, at) => ids.set(names[at]!, id));
    });
    return ids;
  };

  // Once every row is in: names resolved to actors, and the articles and actors in order of first use.
  const finish = () => {
    const actorIdsByName = actorIdsOfNames();
    const articleOrder = new Set<string>();
    const actorOrder = new Set<string>();
    const listArticles = (items: readonly { article: string }[], row: number, column: OurCsvColumn) => {
      for (const { article } of items) {
        if (!articles.has(article)) fail(row, column, `the article ${quoteValue(article)} has no outlet, headline or date in any row`);
        articleOrder.add(article);
      }
    };
    events.forEach((event, index) => {
      const number = rowNumbers[index]!;
      const ids =
        event.actors ??
        splitNames(actorCells[index]!).map((name) => actorIdsByName.get(name) ?? fail(number, "actors", `the actor ${quoteValue(name)} is not described in any row's "actor_details"`));
      listArticles(event.sources!, number, "sources");
      listArticles(event.disputes!, number, "disputes");
      for (const id of ids) actorOrder.add(id);
      // In place: a copy of every event would double the garbage of a big file.
      (event as EventInput).actors = ids;
    });
    const checkedEvents = events as EventInput[];
    const claims = claimsCell?.claims.map(({ id, topic, note, sources }) => ({
      id,
      topic,
      note,
      sources: (sources as Json[]).map(({ article, quote }) => {
        articleOrder.add(article as string);
        return { article, quote };
      }),
    }));
    const articleIds = [...articleOrder];
    const actorIds = [...actorOrder];
    const own: Json = datasetCell?.fields ?? {};
    const json = {
      title: own.title ?? file.replace(/\.[^.]+$/, ""),
      description: own.description,
      range: own.range ?? eventsRange(checkedEvents),
      tracks: own.tracks ?? [],
      articles: articleIds.map((id) => ({ id, ...articles.get(id)!.fields })),
      actors: actorIds.map((id) => ({ id, ...actors.get(id)!.fields })),
      events: checkedEvents,
      ...(claims ? { claims } : {}),
    } as DatasetInput;

    const describe = (path: readonly PropertyKey[]): string | null => {
      const [list, index, field] = path;
      if (list === "events" && typeof index === "number") {
        const column = (PLAIN_FIELDS as readonly PropertyKey[]).includes(field!) ? (field as OurCsvColumn) : undefined;
        return describePlace(file, { row: rowNumbers[index]!, column: column ? heading(column) : "" }, detailBelowField(path));
      }
      const listed = list === "articles" ? { ids: articleIds, definitions: articles, what: "article" } : list === "actors" ? { ids: actorIds, definitions: actors, what: "actor" } : null;
      if (listed && typeof index === "number") {
        const id = listed.ids[index]!;
        const what = `${listed.what} ${quoteValue(id)}`;
        return describePlace(file, listed.definitions.get(id)!.place, path.length > 2 ? `${what}, ${formatIssuePath(path.slice(2))}` : what);
      }
      if (list === "claims" && claimsCell) return describePlace(file, claimsCell.place, formatIssuePath(path));
      return datasetCell ? describePlace(file, datasetCell.place, formatIssuePath(path)) : null;
    };
    return { json, describe };
  };
  return { add, finish };
}
