import fc from "fast-check";
import { stringify as toYaml } from "yaml";
import { buildDatasetIndex } from "../../src/dataset/dataset-index";
import { EXPORT_FORMATS, exportText } from "../../src/io/export-formats";
import { eventInterval } from "../../src/dataset/event-time";
import { formatEventDate } from "../../src/dataset/format-date";
import { DatasetLoadError } from "../../src/dataset/dataset-text";
import { datasetFromText, parseDataset } from "../../src/dataset/parse-dataset-text";
import { safeHttpUrl } from "../../src/dataset/safe-url";
import type { Dataset, DatasetInput } from "../../src/dataset/schema";
import { formatIssuePath } from "../../src/dataset/dataset-rules";
import { buildTimeline } from "../../data/pipeline/build-timeline";
import { FIXTURE_FILES } from "../../data/pipeline/fixture";
import { parseViewParams, serializeViewParams, views, type ViewParams } from "../../src/url/view-params";
import { datasetCase, describeValue, jsonDatasetCase, validDataset, type DatasetCase } from "./dataset-cases";
import { edgeText, hugeText, wellFormedText } from "./hostile-values";

/**
 * What a fuzz case can find. A crash is any exception but the loader's own error (or, in the
 * pipeline, any exception at all); a wrong accept is an input known to be invalid that loads; a
 * wrong reject is a valid input refused; a bad message is a refusal without a path (or file),
 * or 300 characters or longer.
 */
export type Verdict = "crash" | "wrong accept" | "wrong reject" | "bad message";
export type Finding = { verdict: Verdict; detail: string };

/** A generator and the check each of its cases must pass; `check` returns null when the case passes. */
export interface FuzzTarget<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  // A method, so a target of any case type is a FuzzTarget<unknown> (method parameters are bivariant).
  check(input: T): Finding | null;
  /** A few words on a case, for the report of the slowest. */
  label(input: T): string;
  /** How many cases `npm test` runs: enough to find the known bugs again, few enough to stay quick. */
  testRuns: number;
  /** The share of FUZZ_RUNS that `npm run fuzz` runs, below 1 for a target whose every case is costly. */
  fuzzShare?: number;
}

export const MAX_MESSAGE_LENGTH = 300;
const PREFIX = "The dataset is not in the timeline format: ";

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 200)}`;
  try {
    return String(error).slice(0, 200);
  } catch {
    return "(an unprintable value)";
  }
}

/** What an accepted dataset must allow: the app indexes it and reads every event's dates. */
function useDataset(dataset: Dataset): Finding | null {
  try {
    buildDatasetIndex(dataset);
    for (const event of dataset.events) {
      const { start, end } = eventInterval(event);
      if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return { verdict: "crash", detail: `event ${event.id}: interval ${start}–${end}` };
      formatEventDate(event);
    }
    JSON.stringify(dataset);
  } catch (error) {
    return { verdict: "crash", detail: `the accepted dataset breaks the app: ${errorText(error)}` };
  }
  return null;
}

/** A refusal must say where: a path in the dataset (`events[2].start`, or none for the dataset as a whole) right after the prefix, or the file's name. */
function checkMessage(message: string, names: readonly string[] = []): Finding | null {
  if (message.length >= MAX_MESSAGE_LENGTH) return { verdict: "bad message", detail: `${message.length} characters: ${message.slice(0, 120)}…` };
  // A value that is not an object at all is wrong as a whole: its path is the dataset itself.
  const hasPath = /^((title|description|range|tracks|articles|actors|events|claims)\b|expected object, got )/.test(message.slice(PREFIX.length)) && message.startsWith(PREFIX);
  if (!hasPath && !names.some((name) => message.includes(name))) return { verdict: "bad message", detail: `no path: ${message}` };
  return null;
}

function polluted(): string | null {
  const keys = Object.getOwnPropertyNames(Object.prototype).filter((key) => !BUILT_IN_KEYS.has(key));
  return keys.length > 0 ? keys.join(", ") : null;
}
const BUILT_IN_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** What a correct loader does with a case: load it, refuse it (naming `breaks`, where known), or either. */
type Expectation = { expect: "valid" } | { expect: "invalid"; breaks?: PropertyKey[]; mutation: string } | { expect: "unknown" };

/** Runs `load`, classifying the result against what the case expects. */
function judgeLoad(expected: Expectation, load: () => Dataset, names: readonly string[] = []): Finding | null {
  const finding = judgeOutcome(expected, load, names);
  const pollution = polluted();
  return pollution ? { verdict: "crash", detail: `Object.prototype gained ${pollution}` } : finding;
}

function judgeOutcome(expected: Expectation, load: () => Dataset, names: readonly string[]): Finding | null {
  let dataset: Dataset;
  try {
    dataset = load();
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) return { verdict: "crash", detail: errorText(error) };
    if (expected.expect === "valid") return { verdict: "wrong reject", detail: error.message };
    if (expected.expect === "invalid" && expected.breaks) {
      const field = formatIssuePath(expected.breaks);
      // The mutation is the only fault, so the first problem reported is at its path.
      const named = error.message.startsWith(`${PREFIX}${field} `) || error.message.startsWith(`${PREFIX}${field}:`);
      if (!named) return { verdict: "bad message", detail: `expected the path ${field} after ${expected.mutation}: ${error.message.slice(0, 200)}` };
    }
    return checkMessage(error.message, names);
  }
  if (expected.expect === "invalid") return { verdict: "wrong accept", detail: expected.mutation };
  return useDataset(dataset);
}

function caseLabel(testCase: { expect: string; mutation?: string }): string {
  return `${testCase.expect}: ${(testCase.mutation ?? "generated").slice(0, 100)}`;
}

/** Datasets as objects: what the parsing worker hands to the schema after JSON.parse. */
export const datasetObjects: FuzzTarget<DatasetCase> = {
  name: "dataset objects",
  arbitrary: datasetCase,
  check: (testCase) => judgeLoad(testCase, () => parseDataset(testCase.input)),
  label: caseLabel,
  testRuns: 150,
};

/** Dataset text: a whole dataset case as JSON, or JSON damaged at one place (cut short, a character replaced), nesting deep enough to hurt, or any text. */
type TextCase = { expect: DatasetCase["expect"]; text: string; mutation: string; breaks?: PropertyKey[] };

function jsonText(input: unknown): string | null {
  try {
    return JSON.stringify(input) ?? null;
  } catch {
    return null;
  }
}

const JSON_DAMAGE = ["", "{", "}", "[", "]", ",", ":", '"', "\\", "\\u", "\\ud800", "\u0000", "\ufeff", "01", "1e99999", "-", "NaN", "undefined", "/*", "\n", " "];

const textCase: fc.Arbitrary<TextCase> = fc.oneof(
  // Whole datasets, valid or broken, as a file holds them.
  { weight: 4, arbitrary: jsonDatasetCase.map((testCase): TextCase | null => {
    const text = jsonText(testCase.input);
    if (text === null) return null;
    return { expect: testCase.expect, text, mutation: "mutation" in testCase ? testCase.mutation : "none", breaks: "breaks" in testCase ? testCase.breaks : undefined };
  }) },
  // A valid dataset's text cut short or with one character replaced: never valid JSON as a dataset object.
  { weight: 3, arbitrary: fc.tuple(validDataset, fc.nat(), fc.constantFrom(...JSON_DAMAGE), fc.boolean()).map(([dataset, at, insert, cut]): TextCase => {
    const text = JSON.stringify(dataset);
    const offset = at % text.length;
    return cut
      ? { expect: "invalid", text: text.slice(0, offset), mutation: `cut at ${offset}` }
      : { expect: "unknown", text: `${text.slice(0, offset)}${insert}${text.slice(offset + 1)}`, mutation: `replace ${offset} with ${JSON.stringify(insert)}` };
  }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom("[", "{\"a\":", "[{\"events\":")).map(([depth, open]): TextCase => ({ expect: "invalid", text: open.repeat(depth), mutation: `${depth} × ${open}` })),
  },
  { weight: 1, arbitrary: fc.oneof(edgeText, hugeText).map((text): TextCase => ({ expect: "unknown", text, mutation: "random text" })) },
).filter((value): value is TextCase => value !== null);

const JSON_NAME = "fuzz.json";

/** Dataset files as text, through the same parse the page and the worker use. */
export const datasetTexts: FuzzTarget<TextCase> = {
  name: "dataset JSON text",
  arbitrary: textCase,
  check: (testCase) =>
    judgeLoad(
      testCase,
      () => {
        const { json, describe } = datasetFromText(testCase.text, JSON_NAME);
        return parseDataset(json, describe);
      },
      [JSON_NAME],
    ),
  label: caseLabel,
  testRuns: 100,
};

// ---------------------------------------------------------------- spreadsheets

const CSV_HEADERS = ["id", "title", "summary", "start", "end", "precision", "place", "track", "actors", "Year", "Month", "Day", "Headline", "Text", "Media", "x"];

const csvCell = fc.oneof(wellFormedText, edgeText, hugeText, fc.constantFrom("2017-12-11", "2017-13", "0000-01-01", "9999-12", "", '"', '""', "=1+1", "\r\n"));
const csvText = fc
  .tuple(fc.subarray(CSV_HEADERS, { minLength: 1 }), fc.array(fc.array(csvCell, { maxLength: 10 }), { maxLength: 5 }), fc.constantFrom(",", "\t"), fc.boolean())
  .map(([header, rows, separator, quoteAll]) => {
    const cell = (value: string) => (quoteAll || /[",\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    return { name: separator === "," ? "fuzz.csv" : "fuzz.tsv", text: [header, ...rows].map((row) => row.map(cell).join(separator)).join("\n") };
  });

type SheetCase = { expect: "valid" | "unknown"; name: string; text: string };

const CSV = EXPORT_FORMATS.find((format) => format.id === "csv")!;
const EXPORT_DAY = new Date(Date.UTC(2026, 0, 1));

/** A valid dataset as the explorer's CSV export writes it: it must open again. */
const exportedCsv = validDataset.map((input): SheetCase => {
  const index = buildDatasetIndex(parseDataset(input));
  return { expect: "valid", name: "export.csv", text: exportText(CSV, index, index.events, EXPORT_DAY) };
});

/** Spreadsheets (ours and the TimelineJS template) through the same conversion and check. */
export const spreadsheetTexts: FuzzTarget<SheetCase> = {
  name: "spreadsheet text",
  arbitrary: fc.oneof(exportedCsv, csvText.map((sheet): SheetCase => ({ expect: "unknown", ...sheet }))),
  check: ({ expect, name, text }) =>
    judgeLoad(
      { expect },
      () => {
        const { json, describe } = datasetFromText(text, name);
        return parseDataset(json, describe);
      },
      [name],
    ),
  label: ({ expect, name, text }) => `${expect}: ${name}: ${describeValue(text)}`,
  testRuns: 60,
};

// ---------------------------------------------------------------- view params

const QUERY_KEYS = ["view", "event", "actors", "match", "q", "tracks", "outlets", "places", "disputed", "from", "to", "data", "embed", "x"];
const QUERY_DAMAGE = ["%", "%2", "%zz", "%C0%AF", "%E0%A4%A", "%ED%A0%80", "%00", "%252C", "%2C", "+", "&", "=", "#", "?", ",", ",,"];
/** Addresses a `data` link must never open: other schemes, however they are spelt. */
const UNSAFE_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "\tjava\nscript:alert(1)", "javascript%3Aalert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "blob:https://x.org/1", "file:///etc/passwd"];
const queryValue = fc.oneof(
  edgeText,
  hugeText,
  fc.constantFrom(...QUERY_DAMAGE, ...views, "any", "all", "1", "0", "2017-01-01", "2017-02-30", "https://u:p@x.org/", "data/x.json", "//evil.example/x", ...UNSAFE_URLS),
);

/** Percent-encoded as a browser would, a lone surrogate as U+FFFD (encodeURIComponent throws on one). */
function encodeQueryValue(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}

/** Query strings as anyone can type them: known keys with hostile values, repeats, broken escapes. */
const queryString = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), queryValue, fc.boolean()), { maxLength: 8 }).map((pairs) =>
    `?${pairs.map(([key, value, encode]) => `${key}=${encode ? encodeQueryValue(value) : value}`).join("&")}`,
  ),
  edgeText,
);

const trimmed = (arbitrary: fc.Arbitrary<string>) => arbitrary.map((value) => value.trim()).filter((value) => value !== "");
const listValue = trimmed(wellFormedText);
const calendarDayText = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

/** View params the app can be in: what its own state holds (trimmed, de-duplicated lists, a window with from ≤ to, a safe data URL). */
export const validViewParams: fc.Arbitrary<ViewParams> = fc
  .record({
    view: fc.constantFrom(...views),
    event: fc.option(wellFormedText.filter((value) => value !== "")),
    actors: fc.uniqueArray(listValue.map((value) => value.replace(/,/g, "")).filter((value) => value.trim() === value && value !== ""), { maxLength: 3 }),
    match: fc.constantFrom("any" as const, "all" as const),
    q: trimmed(wellFormedText).map((value) => value.slice(0, 500).trim()),
    tracks: fc.uniqueArray(listValue, { maxLength: 3 }),
    outlets: fc.uniqueArray(listValue, { maxLength: 3 }),
    places: fc.uniqueArray(listValue, { maxLength: 3 }),
    disputed: fc.boolean(),
    window: fc.option(fc.tuple(calendarDayText, calendarDayText).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    data: fc.option(fc.oneof(fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true }), fc.webPath().map((path) => `data${path || "/"}x.json`))),
    embed: fc.boolean(),
    noQuery: fc.boolean(),
  })
  .map(({ window, noQuery, ...view }) => ({
    ...view,
    q: noQuery ? "" : view.q,
    // "match" is written only with actors; without them the app keeps the default.
    match: view.actors.length > 0 ? view.match : "any",
    from: window?.[0] ?? null,
    to: window?.[1] ?? null,
  }));

const APP_ADDRESS = "https://explorer.example/syria/";

type ViewCase = { kind: "query"; search: string } | { kind: "view"; view: ViewParams };

/** `parseViewParams` never throws, quotes little, and what it reads writes back to itself; a valid view makes the round trip unchanged. */
export const viewParams: FuzzTarget<ViewCase> = {
  name: "link query strings",
  arbitrary: fc.oneof(queryString.map((search): ViewCase => ({ kind: "query", search })), validViewParams.map((view): ViewCase => ({ kind: "view", view }))),
  check: (testCase) => {
    try {
      if (testCase.kind === "view") {
        const search = serializeViewParams(testCase.view);
        const back = parseViewParams(search);
        if (back.notices.length > 0 || !sameView(back.view, testCase.view)) {
          return { verdict: "wrong reject", detail: `${search.slice(0, 200)} reads back as ${JSON.stringify(back).slice(0, 200)}` };
        }
        if (serializeViewParams(back.view) !== search) return { verdict: "wrong reject", detail: `${search.slice(0, 200)} is not stable` };
        return null;
      }
      const first = parseViewParams(testCase.search);
      // Relative addresses resolve against the page's; whatever they become must be http(s).
      if (first.view.data !== null && safeHttpUrl(first.view.data, APP_ADDRESS) === null) return { verdict: "wrong accept", detail: `data ${describeValue(first.view.data)} from ${describeValue(testCase.search)}` };
      const long = first.notices.find((notice) => notice.length >= MAX_MESSAGE_LENGTH);
      if (long) return { verdict: "bad message", detail: `${long.length} characters: ${long.slice(0, 120)}…` };
      // What a link reads, written again, reads back to the same address without notices.
      const search = serializeViewParams(first.view);
      const second = parseViewParams(search);
      if (second.notices.length > 0 || serializeViewParams(second.view) !== search) {
        return { verdict: "wrong reject", detail: `${describeValue(testCase.search)} → ${search.slice(0, 200)} reads back as ${JSON.stringify(second).slice(0, 200)}` };
      }
      return null;
    } catch (error) {
      return { verdict: "crash", detail: errorText(error) };
    }
  },
  label: (testCase) => (testCase.kind === "query" ? describeValue(testCase.search) : `valid view: ${describeValue(serializeViewParams(testCase.view))}`),
  testRuns: 300,
};

function sameView(a: ViewParams, b: ViewParams): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

// ---------------------------------------------------------------- YAML sources

type YamlFiles = Record<string, string>;
type YamlCase = { expect: "valid" | "unknown"; files: YamlFiles; mutation: string };

const YAML_DAMAGE = [
  "&a [*a, *a]", "*nope", "!!binary AAAA", "!!js/function 'x'", "!<tag:yaml.org,2002:str> x", "<<: *a", "? [a]\n: b", "{", "[", "- ", "\t", ": ", "'", '"',
  "%YAML 1.1\n", "---\n", "...\n", "\u0000", "\ufeff", "key: key: v", "id: x\nid: y\n", "a: &x 1\nb: *x\n", "\n  - - - -", "'\ud800'", "\\", "#", "~", "0x1F", ".nan", "2017-12-11T",
];

/** A billion laughs: each level refers to the one before ten times. */
const ALIAS_BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
`;

const FILE_NAMES = Object.keys(FIXTURE_FILES) as (keyof typeof FIXTURE_FILES)[];

/** The pipeline's limit on a quotation (one sentence or less). */
const MAX_QUOTE_LENGTH = 300;
const shortQuote = <T extends { quote: string }>(source: T): T => ({ ...source, quote: source.quote.trim().slice(0, MAX_QUOTE_LENGTH) });

/** The valid dataset as the YAML files authors write (no date phrases: their reading is checked elsewhere; quotations within the pipeline's limit). */
function yamlFiles(dataset: DatasetInput): YamlFiles {
  const { articles, actors, events, claims, ...head } = dataset;
  const files: YamlFiles = {
    "dataset.yaml": toYaml(head),
    "articles.yaml": toYaml(articles),
    "actors.yaml": toYaml(actors),
    "events.yaml": toYaml(events.map(({ sources, ...event }) => ({ ...event, sources: sources?.map(({ datePhrase: _phrase, ...source }) => shortQuote(source)) }))),
  };
  if (claims) files["claims.yaml"] = toYaml(claims.map((claim) => ({ ...claim, sources: claim.sources.map(shortQuote) })));
  return files;
}

const yamlCase: fc.Arbitrary<YamlCase> = fc.oneof(
  validDataset.map((dataset): YamlCase => ({ expect: "valid", files: yamlFiles(dataset), mutation: "none" })),
  fc
    .tuple(fc.constantFrom(...FILE_NAMES), fc.nat(), fc.oneof(fc.constantFrom(...YAML_DAMAGE, ALIAS_BOMB), edgeText, hugeText, fc.integer({ min: 1, max: 2_000 }).map((depth) => "[".repeat(depth))), fc.boolean())
    .map(([file, at, snippet, replaceLine]): YamlCase => {
      const text = FIXTURE_FILES[file];
      const offset = at % (text.length + 1);
      const end = replaceLine ? Math.max(offset, text.indexOf("\n", offset)) : offset;
      return { expect: "unknown", files: { ...FIXTURE_FILES, [file]: `${text.slice(0, offset)}${snippet}${text.slice(end)}` }, mutation: `${file} at ${offset}: ${describeValue(snippet)}` };
    }),
);

/** What an entry label looks like in a pipeline error: `event "x"` or `event entry #2`. */
const ENTRY_LABEL = /^data\/(articles|actors|events|claims)\.yaml(:\d+)?: (article|actor|event|claim) ("|entry #\d+)/;

/** `npm run data` on YAML text: it returns its errors, each naming the file (and, in a list, the entry); it never throws. */
export const yamlSources: FuzzTarget<YamlCase> = {
  name: "YAML sources",
  arbitrary: yamlCase,
  check: ({ expect, files, mutation }) => {
    const readText = (path: string) => {
      const name = path.replace(/^data\//, "");
      if (!(name in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return files[name]!;
    };
    let result: ReturnType<typeof buildTimeline>;
    try {
      result = buildTimeline({ dataDir: "data", readText });
    } catch (error) {
      return { verdict: "crash", detail: `${mutation}: ${errorText(error)}` };
    }
    if (result.ok) return null;
    if (expect === "valid") return { verdict: "wrong reject", detail: result.errors.slice(0, 2).join(" | ").slice(0, 300) };
    for (const line of result.errors) {
      if (!/^data\/(dataset|articles|actors|events|claims)\.yaml\b/.test(line)) return { verdict: "bad message", detail: `no file: ${line.slice(0, 200)}` };
      if (line.length >= MAX_MESSAGE_LENGTH) return { verdict: "bad message", detail: `${line.length} characters: ${line.slice(0, 120)}…` };
      // A problem in a list entry (a line after the file, not a syntax error) names the entry.
      if (/^data\/(articles|actors|events|claims)\.yaml:\d+: (?!YAML syntax error)/.test(line) && !ENTRY_LABEL.test(line)) {
        return { verdict: "bad message", detail: `no entry: ${line.slice(0, 200)}` };
      }
    }
    return null;
  },
  label: caseLabel,
  testRuns: 30,
  // Each case is a whole `npm run data`, a hundred times the work of a case of the others.
  fuzzShare: 0.1,
};

export const FUZZ_TARGETS: readonly FuzzTarget<unknown>[] = [datasetObjects, datasetTexts, spreadsheetTexts, viewParams, yamlSources];

/** The seed `npm test` uses, so its cases are the same on every run. */
export const TEST_SEED = 20_151_130;
