import { formatIssuePath, type DatasetInput } from "../dataset/schema";
import { quoteValue } from "../dataset/quote-value";
import { eventsRange } from "./events-range";
import type { OurCsvColumn } from "./our-csv";
import { cellOf, headingOf, type ColumnMatch } from "./sheet-columns";
import { describePlace, detailBelowField, type SheetPlace, type SheetReader } from "./sheet-dataset";
import { baseName, SpreadsheetError, type SheetRow } from "./spreadsheet-table";

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

/** True when two descriptions hold the same fields with the same values; arrays (aliases) compare element by element. */
function sameFields(a: Json, b: Json): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const x = a[key];
    const y = b[key];
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, index) => item === y[index]);
    return x === y;
  });
}

/** "Vladimir Putin; Russia" → the names; an empty cell → none. */
function splitNames(cell: string): string[] {
  return cell.split(";").map((name) => name.trim()).filter((name) => name !== "");
}

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
  const jsonCell = <T>(row: SheetRow, column: OurCsvColumn, check: (value: unknown) => value is T, expected: string): T | null => {
    const cell = cellOf(row, match, column).trim();
    if (cell === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(cell);
    } catch {
      return fail(at(row.number, column), `is not valid JSON (expected ${expected})`);
    }
    return check(value) ? value : fail(at(row.number, column), `is not ${expected}`);
  };

  const articles = new Map<string, Definition>();
  const actors = new Map<string, Definition>();
  const actorIdsByName = new Map<string, string>();
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
      const fields: Json = {};
      for (const field of ARTICLE_FIELDS) if (item[field] !== undefined) fields[field] = item[field];
      define(articles, item.article as string, fields, place, "article");
    }
  };

  const add = (row: SheetRow) => {
    const sources = jsonCell(row, "sources", isListOfObjects, "a JSON array of sources") ?? [];
    const disputes = jsonCell(row, "disputes", isListOfObjects, "a JSON array of disputes") ?? [];
    for (const [column, items] of [["sources", sources], ["disputes", disputes]] as const) defineArticles(items, at(row.number, column));
    const details = jsonCell(row, "actor_details", isListOfObjects, "a JSON array of actors") ?? [];
    // Names the actors cell cannot hold (a ';' in one) come in the entries (see ourCsvRow).
    const spelled = details.length > 0 && details.every((detail) => typeof detail.name === "string");
    const names = spelled ? details.map((detail) => detail.name as string) : splitNames(cellOf(row, match, "actors"));
    if (details.length > 0 && details.length !== names.length) {
      fail(at(row.number, "actor_details"), `has ${details.length} entries for the ${names.length} names in "${heading("actors")}"`);
    }
    const actorIds = details.map((detail, index) => {
      if (typeof detail.id !== "string") return fail(at(row.number, "actor_details"), `every entry needs an "id"`);
      const { id, ...rest } = detail;
      define(actors, id, { name: names[index], ...rest }, at(row.number, "actor_details"), "actor");
      actorIdsByName.set(names[index]!, id);
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
      const value = cellOf(row, match, column);
      return value === "" ? undefined : value;
    };
    rows.push({
      number: row.number,
      names,
      event: {
        id: cellOf(row, match, "id"),
        title: cellOf(row, match, "title"),
        summary: cellOf(row, match, "summary"),
        start: cellOf(row, match, "start").trim(),
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

  // Once every row is in: names resolved to actors, and the articles and actors in order of first use.
  const finish = () => {
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
      return { ...event, actors: ids };
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
