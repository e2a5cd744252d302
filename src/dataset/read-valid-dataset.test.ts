// @vitest-environment node
import fc from "fast-check";
import { datasetCase, jsonDatasetCase, validDataset } from "../../scripts/fuzz/dataset-cases";
import { TEST_SEED } from "../../scripts/fuzz/targets";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import fixture from "../../tests/fixtures/timeline.json";
import { checkDataset } from "./check-dataset";
import { readValidDataset } from "./read-valid-dataset";
import { datasetSchema } from "./schema";

/** The fast path reads exactly what the schema accepts, and gives exactly what it gives: the same values, key order and defaults. */
function expectAgreement(input: unknown): void {
  const schema = datasetSchema.safeParse(input);
  const fast = readValidDataset(input);
  if (!schema.success) {
    expect(fast, schema.error.issues[0]?.message).toBeNull();
    return;
  }
  expect(fast).not.toBeNull();
  expect(fast).toStrictEqual(schema.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
}

const NOT_JSON = Symbol("not JSON");

/** The value as a file would give it back, or NOT_JSON where JSON cannot hold it (nesting too deep to write). */
function throughJson(input: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(input));
  } catch {
    return NOT_JSON;
  }
}

type Path = (string | number)[];

/** Every path to a value inside the dataset, the root left out. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : typeof value === "object" && value !== null ? Object.entries(value) : [];
  return children.flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
}

/** One change at a key: removed (an array's entry spliced out), or set to a value of another type or form. */
const CHANGES: ((parent: Record<string | number, unknown>, key: string | number) => void)[] = [
  (parent, key) => (Array.isArray(parent) && typeof key === "number" ? parent.splice(key, 1) : delete parent[key]),
  ...[null, 0, true, "", " x ", "2017-13-01", "2017-02", [], {}, ["x"], [{}], undefined].map((value) => (parent: Record<string | number, unknown>, key: string | number) => {
    parent[key] = structuredClone(value);
  }),
];

describe("readValidDataset", () => {
  it("readValidDataset agrees with the schema on valid datasets of every shape", () => {
    fc.assert(fc.property(validDataset, expectAgreement), { seed: TEST_SEED, numRuns: 200 });
  });

  it("readValidDataset agrees with the schema on broken and damaged datasets, hostile values included", () => {
    fc.assert(fc.property(datasetCase, ({ input }) => expectAgreement(input)), { seed: TEST_SEED, numRuns: 400 });
  });

  it("readValidDataset agrees with the schema on datasets as JSON files hold them", () => {
    fc.assert(
      fc.property(jsonDatasetCase, ({ input }) => {
        const parsed = throughJson(input);
        if (parsed !== NOT_JSON) expectAgreement(parsed);
      }),
      { seed: TEST_SEED + 1, numRuns: 400 },
    );
  });

  it("readValidDataset agrees with the schema on the bundled fixture and a synthetic dataset", () => {
    expectAgreement(fixture);
    expectAgreement(generateSyntheticDataset({ events: 2000, seed: 3 }));
  });

  it("readValidDataset agrees with the schema on every single change to every field of valid datasets", () => {
    // Small samples (no 6,000-character texts), so each of the thousands of cases is quick.
    const small = validDataset.filter((dataset) => JSON.stringify(dataset).length < 4000);
    const [first, second] = fixture.articles;
    const withClaim = { ...fixture, claims: [{ id: "toll", topic: "The toll", sources: [first, second].map((article) => ({ article: article!.id, quote: "Words." })), note: "None." }] };
    const samples = [withClaim, ...fc.sample(small, { seed: TEST_SEED, numRuns: 3 })];
    let cases = 0;
    for (const sample of samples) {
      for (const path of pathsOf(sample)) {
        for (const change of CHANGES) {
          const input = structuredClone(sample) as unknown;
          change(parentOf(input, path), path.at(-1)!);
          expectAgreement(input);
          cases += 1;
        }
      }
    }
    expect(cases).toBeGreaterThan(1000);
  });

  it("readValidDataset hands over the events in pieces as it reads them, the same as it returns", () => {
    const input = generateSyntheticDataset({ events: 2500, seed: 4 });
    const pieces: unknown[][] = [];
    const read = readValidDataset(input, { size: 1000, onPiece: (events) => pieces.push(events) })!;
    expect(pieces.map((piece) => piece.length)).toEqual([1000, 1000, 500]);
    expect(pieces.flat()).toStrictEqual(read.events);
  });

  it("readValidDataset hands over only the events before the first it cannot read", () => {
    const input = generateSyntheticDataset({ events: 2500, seed: 4 });
    (input.events[1500] as { start: string }).start = "2017-13-01";
    const pieces: unknown[][] = [];
    expect(readValidDataset(input, { size: 1000, onPiece: (events) => pieces.push(events) })).toBeNull();
    expect(pieces.map((piece) => piece.length)).toEqual([1000]);
  });

  it("readValidDataset trims text and links and fills in defaults, as the schema does", () => {
    const input = structuredClone(fixture) as typeof fixture & { articles: Record<string, unknown>[] };
    input.title = `  ${input.title}\n`;
    input.articles[0]!.url = " https://example.org/a ";
    delete input.articles[0]!.publishedInferred;
    delete input.articles[0]!.byline;
    const read = readValidDataset(input)!;
    expect(read.title).toBe(fixture.title);
    expect(read.articles[0]).toMatchObject({ url: "https://example.org/a", publishedInferred: false, byline: null });
    expectAgreement(input);
  });

  it("readValidDataset gives up on a note from the record that names no record, which the schema refuses", () => {
    const input = structuredClone(fixture) as unknown as { events: { notes?: unknown[] }[] };
    input.events[0]!.notes = [{ basis: "record", note: "From the record." }];
    expect(readValidDataset(input)).toBeNull();
    expect(checkDataset(input)).toEqual({ success: false, issues: [{ path: ["events", 0, "notes", 0, "record"], message: "is missing: a note from the record names the record" }] });
  });
});
