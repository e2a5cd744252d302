import type { DatasetInput } from "../dataset/schema";
import { formatIssuePath } from "../dataset/dataset-rules";
import { quoteValue } from "../dataset/quote-value";
import { eventsRange } from "./events-range";
import type { OurCsvColumn } from "./our-csv";
import { unguardFormula } from "./csv-field";
import { splitNames } from "./name-list";
import { cellOf, headingOf, type ColumnMatch } from "./sheet-columns";
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
  return count === Object.keys(known).length && ("name" in entry || known.name === name);
}

/** True when an entry's article fields are those already known (read in place: most entries cite an article described before). */
const sameArticle = (known: Json, item: Json) => ARTICLE_FIELDS.every((field) => sameValue(known[field], item[field]));

type EventInput = DatasetInput["events"][number];

/** A row read: its event (actors still to resolve where the row gave only names), and the names. */
interface ReadRow {
  number: number;
  event: Omit<EventInput, "actors"> & { actors: string[] | null };
  names: string[];
}

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
  const at = (row: number, column: OurCsvColumn): SheetPlace => ({ row, column: heading(column) });
  const fail = (place: SheetPlace, problem: string): never => {
    throw new SpreadsheetError(`${file}: row ${place.row}, column "${place.column}": ${problem}`);
  };
  // Every cell as written, its formula guard (see csv-field.ts) removed.
  const cell = (row: SheetRow, column: OurCsvColumn) => unguardFormula(cellOf(row, match, column));
  const jsonCell = <T>(row: SheetRow, column: OurCsvColumn, check: (value: unknown) => value is T, expected: string): T | null => {
    const text = cell(row, column).trim();
    if (text === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail(at(row.number, column), `is not valid JSON (expected ${expected})`);
    }
    return check(value) ? value : fail(at(row.number, column), `is not ${expected}`);
  };

  const articles = new Map<string, Definition>();
  const actors = new Map<string, Definition>();
  let datasetCell: Definition | null = null;
  let claimsCell: { claims: Json[]; place: SheetPlace } | null = null;
  const rows: ReadRow[] = [];
  const define = (into: Map<string, Definition>, id: string, fields: Json, place: SheetPlace, what: string) => {
    const known = into.get(id);
    if (!known) into.set(id, { fields, place });
    else if (!sameFields(known.fields, fields)) fail(place, `${what} ${quoteValue(id)} is described differently in row ${known.place.row}`);
  };

  /** The articles that entries citing them describe (an entry may name its article by id alone). */
  const defineArticles = (items: readonly Json[], place: SheetPlace) => {
    for (const item of items) {
      if (typeof item.article !== "string") fail(place, `every entry needs an "article" id`);
      if (!ARTICLE_FIELDS.some((field) => field in item)) continue;
      const known = articles.get(item.article as string);
      if (known && sameArticle(known.fields, item)) continue;
      const fields: Json = {};
      for (const field of ARTICLE_FIELDS) if (item[field] !== undefined) fields[field] = item[field];
      define(articles, item.article as string, fields, place, "article");
    }
  };

  const add = (row: SheetRow) => {
    const sources = jsonCell(row, "sources", isListOfObjects, "a JSON array of sources") ?? [];
    const disputes = jsonCell(row, "disputes", isListOfObjects, "a JSON array of disputes") ?? [];
    for (const [column, items] of [["sources", sources], ["disputes", disputes]] as const) defineArticles(items, at(row.number, column));
    const names = splitNames(cell(row, "actors"));
    const details = jsonCell(row, "actor_details", isListOfObjects, "a JSON array of actors") ?? [];
    if (details.length > 0 && details.length !== names.length) {
      fail(at(row.number, "actor_details"), `has ${details.length} entries for the ${names.length} names in "${heading("actors")}"`);
    }
    const actorIds = details.map((detail, index) => {
      if (typeof detail.id !== "string") return fail(at(row.number, "actor_details"), `every entry needs an "id"`);
      const id = detail.id;
      const known = actors.get(id);
      if (known && sameActor(known.fields, names[index]!, detail)) return id;
      const { id: _, ...rest } = detail;
      define(actors, id, { name: names[index], ...rest }, at(row.number, "actor_details"), "actor");
      return id;
    });
    const notes = jsonCell(row, "notes", isListOfObjects, "a JSON array of notes");
    const claims = jsonCell(row, "claims", isListOfObjects, "a JSON array of claims");
    if (claims) {
      const place = at(row.number, "claims");
      if (claimsCell) fail(place, `the claims are listed a second time (first in row ${claimsCell.place.row})`);
      for (const claim of claims) {
        if (!isListOfObjects(claim.sources)) fail(place, `every claim needs "sources", a JSON array`);
        defineArticles(claim.sources as Json[], place);
      }
      claimsCell = { claims, place };
    }
    const ownDataset = jsonCell(row, "dataset", isObject, "a JSON object");
    if (ownDataset) {
      if (datasetCell) fail(at(row.number, "dataset"), `the dataset is described a second time (first in row ${datasetCell.place.row})`);
      datasetCell = { fields: ownDataset, place: at(row.number, "dataset") };
    }
    const optional = (column: OurCsvColumn) => {
      const value = cell(row, column);
      return value === "" ? undefined : value;
    };
    rows.push({
      number: row.number,
      names,
      event: {
        id: cell(row, "id"),
        title: cell(row, "title"),
        summary: cell(row, "summary"),
        start: cell(row, "start").trim(),
        end: optional("end")?.trim(),
        precision: optional("precision")?.trim() as EventInput["precision"],
        place: optional("place"),
        track: optional("track"),
        parent: optional("parent")?.trim(),
        actors: details.length > 0 ? actorIds : null,
        sources: sources.map(({ article, quote, datePhrase, resolution }) => ({ article, quote, datePhrase, resolution }) as NonNullable<EventInput["sources"]>[number]),
        disputes: disputes.map(({ article, note, about }) => ({ article, note, about }) as NonNullable<EventInput["disputes"]>[number]),
        ...(notes ? { notes: notes as EventInput["notes"] } : {}),
      },
    });
  };

  /**
   * Each name's actor id, as the rows with actor_details give them (a later row's wins), for the rows
   * that name actors without details; built only when there are such rows (Export writes details in every row).
   */
  const actorIdsOfNames = (): ReadonlyMap<string, string> => {
    const ids = new Map<string, string>();
    if (rows.every((row) => row.event.actors !== null)) return ids;
    for (const { event, names } of rows) event.actors?.forEach((id, index) => ids.set(names[index]!, id));
    return ids;
  };

  // Once every row is in: names resolved to actors, and the articles and actors in order of first use.
  const finish = () => {
    const actorIdsByName = actorIdsOfNames();
    const articleOrder = new Set<string>();
    const actorOrder = new Set<string>();
    const events = rows.map(({ number, event, names }) => {
      const ids =
        event.actors ??
        names.map((name) => actorIdsByName.get(name) ?? fail(at(number, "actors"), `the actor ${quoteValue(name)} is not described in any row's "actor_details"`));
      for (const [column, items] of [["sources", event.sources!], ["disputes", event.disputes!]] as const) {
        for (const { article } of items) {
          if (!articles.has(article)) fail(at(number, column), `the article ${quoteValue(article)} has no outlet, headline or date in any row`);
          articleOrder.add(article);
        }
      }
      ids.forEach((id) => actorOrder.add(id));
      // In place: a copy of every event would double the garbage of a big file.
      (event as EventInput).actors = ids;
      return event as EventInput;
    });
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
      range: own.range ?? eventsRange(events),
      tracks: own.tracks ?? [],
      articles: articleIds.map((id) => ({ id, ...articles.get(id)!.fields })),
      actors: actorIds.map((id) => ({ id, ...actors.get(id)!.fields })),
      events,
      ...(claims ? { claims } : {}),
    } as DatasetInput;

    const describe = (path: readonly PropertyKey[]): string | null => {
      const [list, index, field] = path;
      if (list === "events" && typeof index === "number") {
        const column = (PLAIN_FIELDS as readonly PropertyKey[]).includes(field!) ? (field as OurCsvColumn) : undefined;
        return describePlace(file, { row: rows[index]!.number, column: column ? heading(column) : "" }, detailBelowField(path));
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
