import fc from "fast-check";
import fixture from "../../tests/fixtures/timeline.json";
import type { DatasetInput } from "../../src/dataset/schema";
import { anyValue, defineOwn, hugeText, jsonValue, kindOf, PROTOTYPE_KEYS, wellFormedText } from "./hostile-values";

/**
 * Datasets to feed the loader, each with what a correct loader must do with it:
 * - "valid": a dataset in the public format, so it must load;
 * - "invalid": one mutation that the format forbids on its own (a required field removed, a
 *   value of the wrong type, a malformed date, id, text, kind or URL), so it must be refused,
 *   naming `breaks`, the path of that mutation;
 * - "unknown": arbitrary damage, which may or may not leave it valid: it must load or be
 *   refused with a clear message, never crash.
 * Every case may also carry extra keys (`__proto__`, `constructor`, …) the format ignores.
 */
export type DatasetCase =
  | { expect: "valid"; input: unknown }
  | { expect: "invalid"; input: unknown; breaks: PropertyKey[]; mutation: string }
  | { expect: "unknown"; input: unknown; mutation: string };

type Path = (string | number)[];

// ---------------------------------------------------------------- valid datasets

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (value: number, width: number) => String(value).padStart(width, "0");
const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** A real calendar day, YYYY-MM-DD, any year 0000–9999, leap days and the ends of the range often. */
const calendarDay = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!), 2)}`),
  fc.constantFrom("0000-01-01", "0000-02-29", "0400-02-29", "1600-02-29", "2000-02-29", "2016-02-29", "9996-02-29", "9999-12-31", "1899-12-31", "0099-12-31", "0100-01-01", "1969-12-31", "1970-01-01"),
);
const calendarMonth = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([year, month]) => `${pad(year, 4)}-${pad(month, 2)}`),
  fc.constantFrom("0000-01", "9999-12", "0099-12"),
);
const eventDate = fc.oneof(calendarDay, calendarMonth);

/** An ISO date-time with an optional offset, as `published` may be. */
const publishedDate = fc.oneof(
  calendarDay,
  fc
    .tuple(calendarDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 })), fc.constantFrom("", "Z", "+05:30", "-12:00", "+14:00"))
    .map(([day, hour, minute, second, zone]) => `${day}T${pad(hour, 2)}:${pad(minute, 2)}${second === null ? "" : `:${pad(second, 2)}`}${zone}`),
);

/** Non-empty after trimming; any characters. */
const text = fc.oneof(wellFormedText, hugeText).map((value) => (value.trim() === "" ? `t${value}` : value));
const identifier = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/),
  // Ids that are names of Object.prototype's members: a lookup in a plain object would find those.
  fc.constantFrom("constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "prototype"),
);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const freeText = fc.oneof(wellFormedText, fc.constantFrom(...PROTOTYPE_KEYS));

function ordered(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/** Drops undefined fields, as a file leaves them out. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

const articleOf = (id: string) =>
  fc
    .record({
      outlet: fc.option(freeText),
      headline: text,
      published: publishedDate,
      url: fc.option(fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true })),
      publishedInferred: optional(fc.boolean()),
      byline: optional(fc.option(freeText)),
      timezone: optional(fc.option(fc.constantFrom("UTC", "Europe/Moscow", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"))),
      locale: optional(fc.option(fc.constantFrom("en", "en-US", "ar-SY", "ru-RU", "de"))),
    })
    .map((fields) => defined({ id, ...fields }));

const actorOf = (id: string) =>
  fc.record({ name: text, kind: fc.constantFrom("person", "state", "organization", "group"), aliases: optional(fc.array(freeText, { maxLength: 3 })) }).map((fields) => defined({ id, ...fields }));

const note = fc.oneof(
  fc.record({ basis: fc.constant("record"), record: text, note: text, about: optional(fc.constantFrom("date", "fact")) }).map(defined),
  fc.record({ basis: fc.constant("inference"), note: text, about: optional(fc.constantFrom("date", "fact")) }).map(defined),
);

function eventOf(id: string, articles: string[], actors: string[]) {
  const article = fc.constantFrom(...articles);
  return fc
    .record({
      title: text,
      summary: text,
      dates: fc.tuple(eventDate, fc.option(eventDate)),
      precision: optional(fc.constantFrom("day", "month", "year")),
      place: optional(freeText),
      track: optional(freeText),
      actors: optional(fc.subarray(actors)),
      sources: optional(fc.array(fc.record({ article, quote: text, datePhrase: optional(wellFormedText) }).map(defined), { maxLength: 2 })),
      disputes: optional(fc.array(fc.record({ article, note: text, about: optional(fc.constantFrom("date", "fact")) }).map(defined), { maxLength: 2 })),
      notes: optional(fc.array(note, { maxLength: 2 })),
    })
    .map(({ dates: [start, end], ...fields }) => {
      // An end is never before its start; comparing as text is the format's own rule (a month holds its days).
      const [first, last] = end === null ? [start, undefined] : ordered(start, end);
      return defined({ id, ...fields, start: first, end: last });
    });
}

/** A dataset in the public format: every field and precision, dates anywhere in 0000–9999. */
export const validDataset: fc.Arbitrary<DatasetInput> = fc
  .record({
    articleIds: fc.uniqueArray(identifier, { minLength: 2, maxLength: 4 }),
    actorIds: fc.uniqueArray(identifier, { minLength: 1, maxLength: 4 }),
    eventIds: fc.uniqueArray(identifier, { minLength: 1, maxLength: 5 }),
    claimIds: fc.uniqueArray(identifier, { maxLength: 2 }),
  })
  .chain(({ articleIds, actorIds, eventIds, claimIds }) =>
    fc.record({
      title: text,
      description: optional(wellFormedText),
      range: fc.tuple(calendarDay, calendarDay).map(([a, b]) => {
        const [start, end] = ordered(a, b);
        return { start, end };
      }),
      tracks: optional(fc.array(freeText, { maxLength: 3 })),
      articles: fc.tuple(...articleIds.map(articleOf)),
      actors: fc.tuple(...actorIds.map(actorOf)),
      events: fc.tuple(...eventIds.map((id) => eventOf(id, articleIds, actorIds))),
      claims: optional(
        fc.tuple(...claimIds.map((id) => fc.record({ topic: text, sources: fc.array(fc.record({ article: fc.constantFrom(...articleIds), quote: text }), { minLength: 2, maxLength: 3 }), note: optional(wellFormedText) }).map((fields) => defined({ id, ...fields })))),
      ),
      parts: fc.boolean(),
    }),
  )
  .map(({ parts, ...dataset }) => {
    const events = dataset.events as Record<string, unknown>[];
    // The first event becomes a process holding all of time, and the others its parts, when `parts` is drawn.
    if (parts && events.length > 1) {
      Object.assign(events[0]!, { start: "0000-01", end: "9999-12", precision: "month" });
      for (const event of events.slice(1)) event.parent = events[0]!.id;
    }
    return defined(dataset) as DatasetInput;
  });

// ---------------------------------------------------------------- mutations

/** The kind of entry a path inside a dataset points into. */
type EntryKind = "dataset" | "range" | "article" | "actor" | "event" | "source" | "resolution" | "dispute" | "note" | "claim" | "claimSource" | "none";

function entryKind(path: Path): EntryKind {
  const shape = path.map((key) => (typeof key === "number" ? "#" : key)).join("/");
  const kinds: Record<string, EntryKind> = {
    "": "dataset",
    range: "range",
    "articles/#": "article",
    "actors/#": "actor",
    "events/#": "event",
    "events/#/sources/#": "source",
    "events/#/sources/#/resolution": "resolution",
    "events/#/disputes/#": "dispute",
    "events/#/notes/#": "note",
    "claims/#": "claim",
    "claims/#/sources/#": "claimSource",
  };
  return kinds[shape] ?? "none";
}

/** The fields the format requires, written out here rather than read from the schema, so the schema is checked against them. */
const REQUIRED: Record<EntryKind, readonly string[]> = {
  dataset: ["title", "range", "articles", "actors", "events"],
  range: ["start", "end"],
  article: ["id", "outlet", "headline", "published", "url"],
  actor: ["id", "name", "kind"],
  event: ["id", "title", "summary", "start"],
  source: ["article", "quote"],
  resolution: ["explanation", "agrees"],
  dispute: ["article", "note"],
  note: ["basis", "note"],
  claim: ["id", "topic", "sources"],
  claimSource: ["article", "quote"],
  none: [],
};
const NULLABLE = new Set(["outlet", "url", "byline", "timezone", "locale"]);

/** Strings each kind of field refuses, by field name and the kind of entry it is in. */
const BAD_DATES = ["2017-13-01", "2017-02-30", "2015-02-29", "1900-02-29", "2017-00-10", "2017-1-01", "20170101", " 2017-01-01", "2017-01-01 ", "２０１７-01-01", "2017-01-01\u0000", "+2017-01-01", "-0001-01-01", "10000-01-01", "2017-13", "2017-00", ""];
const BAD_DAYS = [...BAD_DATES, "2017-01", "2017-01-01T00:00"];
const BAD_PUBLISHED = [...BAD_DATES, "2017-12-13T25:00", "2017-12-13T12:60", "2017-12-13T12:00:61", "2017-12-13T12:00+25:00", "2017-12-13T12:00+05:60", "2017-12-13T1200", "2017-12-13t12:00"];
const BAD_IDS = ["", " a", "a b", "-a", ".a", "_a", "a/b", "é", "a\u0000", "a\u200b", "a\nb"];
const BAD_TEXTS = ["", " ", "\n\t", "\u00a0\u3000", "\ufeff"];
const BAD_URLS = ["ftp://example.org/a", "javascript:alert(1)", "data:text/html,x", "https://user:pass@example.org/", "example.org/a", "//example.org/a", "http//x", "", " "];

function badStringsFor(kind: EntryKind, key: string | number, parentKey: string | number | undefined): readonly string[] | null {
  if (typeof key === "number") return parentKey === "actors" ? BAD_IDS : null;
  if (kind === "range") return key === "start" || key === "end" ? BAD_DAYS : null;
  if ((kind === "event" || kind === "resolution") && (key === "start" || key === "end")) return BAD_DATES;
  if (kind === "article" && key === "published") return BAD_PUBLISHED;
  if (kind === "article" && key === "url") return BAD_URLS;
  if (key === "id" || key === "article" || key === "parent") return BAD_IDS;
  if (["title", "summary", "headline", "name", "quote", "topic", "explanation", "record"].includes(key)) return BAD_TEXTS;
  if (key === "note" && kind !== "claim") return BAD_TEXTS;
  if (key === "kind") return ["Person", "country", "", " person"];
  if (key === "precision") return ["days", "Day", "decade", ""];
  if (key === "basis" || key === "about") return ["records", "Date", "other", ""];
  return null;
}

/** The deepest the format nests (events[0].sources[0].resolution.start); damage may have nested far deeper. */
const MAX_PATH_LENGTH = 6;

/** An object as JSON.parse makes one; a typed array, map or date put in by damage is a value, not a place to walk into. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every path in a value down to the format's depth (objects and arrays walked), the root first. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (path.length === MAX_PATH_LENGTH) return out;
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...path, index], out));
  else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
  return out;
}

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  defineOwn(parent, String(path.at(-1)), value);
}

function deleteAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const key = path.at(-1)!;
  if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
  else delete (parent as Record<string, unknown>)[key];
}

const describePath = (path: Path) => path.map((key) => (typeof key === "number" ? `[${key}]` : `.${key}`)).join("").replace(/^\./, "");

/** A short, safe description of a value for reports. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} chars)` : JSON.stringify(value);
  const kind = kindOf(value);
  return kind === "object" || kind === "array" || kind === "other" ? `<${kind === "other" ? typeof value : kind}>` : String(value);
}

/** One breaking mutation, drawn as a kind and numbers that pick the path and the value. */
const breaking = (values: fc.Arbitrary<unknown>) => fc.record({ op: fc.constantFrom("delete", "wrong-type", "bad-string"), pick: fc.nat(), value: values, variant: fc.nat() });
type Breaking = { op: "delete" | "wrong-type" | "bad-string"; pick: number; value: unknown; variant: number };

/** Adds ignored keys to entries (chosen by number among the objects): the result must be judged as before. */
const extraKeys = fc.array(fc.record({ pick: fc.nat(), key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 6 }).map((key) => `x-${key}`)), value: jsonValue }), { maxLength: 3 });
type ExtraKey = typeof extraKeys extends fc.Arbitrary<(infer T)[]> ? T : never;

function addExtraKeys(input: unknown, extras: ExtraKey[]): string[] {
  const entries = pathsOf(input).filter((path) => entryKind(path) !== "none");
  return extras.map(({ pick, key, value }) => {
    const path = entries[pick % entries.length]!;
    defineOwn(getAt(input, path) as object, key, value);
    return `add ${describePath([...path, key])} = ${describeValue(value)}`;
  });
}

/**
 * Applies a breaking mutation at one of `paths`, the dataset's own fields (not the extra keys);
 * null when the drawn kind fits none of them.
 */
function applyBreaking(input: unknown, paths: Path[], { op, pick, value, variant }: Breaking): { path: Path; mutation: string } | null {
  if (op === "delete") {
    const candidates = paths.filter((path) => typeof path.at(-1) === "string" && REQUIRED[entryKind(path.slice(0, -1))].includes(path.at(-1) as string));
    const path = candidates[pick % candidates.length];
    if (!path) return null;
    deleteAt(input, path);
    return { path, mutation: `delete ${describePath(path)}` };
  }
  if (op === "wrong-type") {
    const path = paths[pick % paths.length]!;
    const before = kindOf(getAt(input, path));
    const after = kindOf(value);
    // Every field of the format has one kind of value, or (outlet, url, …) a string or null.
    const nullable = NULLABLE.has(String(path.at(-1))) && (before === "string" || before === "null");
    if (after === before || (nullable && (after === "string" || after === "null"))) return null;
    setAt(input, path, value);
    return { path, mutation: `set ${describePath(path)} (${before}) to ${describeValue(value)}` };
  }
  const badStrings = (path: Path) => (typeof getAt(input, path) === "string" ? badStringsFor(entryKind(path.slice(0, -1)), path.at(-1)!, path.at(-2)) : null);
  const candidates = paths.filter((path) => badStrings(path) !== null);
  const path = candidates[pick % candidates.length];
  if (!path) return null;
  const options = badStrings(path)!;
  const bad = options[variant % options.length]!;
  setAt(input, path, bad);
  return { path, mutation: `set ${describePath(path)} to ${describeValue(bad)}` };
}

/** Arbitrary damage: any path set to any value, deleted or its entry repeated. */
const damage = (values: fc.Arbitrary<unknown>) => fc.array(fc.record({ op: fc.constantFrom("set", "delete", "repeat"), pick: fc.nat(), value: values }), { minLength: 1, maxLength: 4 });

function applyDamage(input: unknown, steps: { op: string; pick: number; value: unknown }[]): string[] {
  return steps.flatMap(({ op, pick, value }) => {
    const paths = pathsOf(input).slice(1);
    const path = paths[pick % paths.length];
    if (!path) return [];
    if (op === "delete") {
      deleteAt(input, path);
      return [`delete ${describePath(path)}`];
    }
    if (op === "repeat") {
      const parent = getAt(input, path.slice(0, -1));
      if (!Array.isArray(parent)) return [];
      parent.push(getAt(input, path));
      return [`repeat ${describePath(path)}`];
    }
    setAt(input, path, value);
    return [`set ${describePath(path)} to ${describeValue(value)}`];
  });
}

const base = fc.oneof(fc.constant(null), validDataset).map((dataset) => structuredClone(dataset ?? (fixture as unknown as DatasetInput)));

const validCase: fc.Arbitrary<DatasetCase> = fc.tuple(base, extraKeys).map(([input, extras]) => {
  addExtraKeys(input, extras);
  return { expect: "valid", input };
});

/**
 * Valid, invalid and damaged datasets (the invalid ones most often), with the values put in
 * drawn from `values`: any JavaScript value for objects, only what JSON holds for text.
 */
function datasetCases(values: fc.Arbitrary<unknown>): fc.Arbitrary<DatasetCase> {
  const invalidCase = fc
    .tuple(base, extraKeys, breaking(values))
    .map(([input, extras, mutation]): DatasetCase | null => {
      const fields = pathsOf(input).slice(1);
      // Extra keys first: the breaking mutation is the last word on its path.
      const added = addExtraKeys(input, extras);
      const applied = applyBreaking(input, fields, mutation);
      return applied ? { expect: "invalid", input, breaks: applied.path, mutation: [...added, applied.mutation].join("; ") } : null;
    })
    .filter((value): value is DatasetCase => value !== null);
  const damagedCase = fc.tuple(base, damage(values)).map(([input, steps]): DatasetCase => ({ expect: "unknown", input, mutation: applyDamage(input, steps).join("; ") }));
  return fc.oneof({ weight: 1, arbitrary: validCase }, { weight: 2, arbitrary: invalidCase }, { weight: 2, arbitrary: damagedCase });
}

/** Datasets as a caller may hand them over, hostile conversions and non-JSON values included. */
export const datasetCase = datasetCases(anyValue);
/** Datasets that JSON can write: what a file holds. */
export const jsonDatasetCase = datasetCases(jsonValue);
