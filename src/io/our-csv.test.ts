import Papa from "papaparse";
import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { BYTE_ORDER_MARK, OUR_CSV_COLUMNS, ourCsvPieces } from "./our-csv";
import { shownDataset } from "./shown-dataset";

function csvPieces(filter = (_id: string) => true): string[] {
  const index = buildDatasetIndex(fixtureDataset());
  return [...ourCsvPieces(shownDataset(index, index.events.filter((event) => filter(event.id))))];
}

describe("ourCsvPieces", () => {
  it("starts with a byte order mark and the header row, then one CRLF-ended row per event", () => {
    const pieces = csvPieces();
    expect(pieces[0]).toBe(`${BYTE_ORDER_MARK}${OUR_CSV_COLUMNS.join(",")}\r\n`);
    expect(pieces).toHaveLength(6);
    for (const row of pieces) expect(row.endsWith("\r\n")).toBe(true);
  });

  it("writes the plain fields, quoting those with commas, and the actors' names joined with '; '", () => {
    const row = csvPieces((id) => id === "russian-airstrikes-begin-2015-09-30")[1]!;
    expect(row.startsWith(
      'russian-airstrikes-begin-2015-09-30,Russia begins airstrikes in Syria,Russian aircraft strike targets near Homs and Hama.,2015-09-30,,day,"Homs, Syria",Military,,Russia; Syria,',
    )).toBe(true);
  });

  it("writes the sources as a JSON array with each article's fields, its quotes doubled", () => {
    const row = csvPieces((id) => id === "russian-airstrikes-begin-2015-09-30")[1]!;
    const cell = /,"(\[\{""article"":""wire-undated"".*?\}\])",/.exec(row)![1]!.replaceAll('""', '"');
    const [source] = JSON.parse(`${cell}`) as Record<string, unknown>[];
    expect(source).toMatchObject({ article: "wire-undated", quote: "Russian jets struck targets near Homs yesterday.", datePhrase: "yesterday" });
    expect(Object.keys(source!)).toEqual(expect.arrayContaining(["outlet", "headline", "published", "url", "resolution"]));
  });

  it("puts the dataset's own fields in the first row's last cell only", () => {
    const [, first, second] = csvPieces();
    expect(first).toMatch(/,"\{""title"":""Fixture: Russia in Syria"",.*""range"":\{""start"":""2015-09-01"",""end"":""2017-12-31""\},""tracks"":\[.*\]\}"\r\n$/);
    expect(second!.endsWith(",\r\n")).toBe(true);
  });

  it("writes the parent's id, the notes as a JSON array, and the claims in the first row with their articles' fields", () => {
    const index = buildDatasetIndex(fixtureDataset());
    const [parent, part] = index.events;
    const note = { basis: "record" as const, note: "The date is from the ministry.", record: "MoD statement, 30 September 2015" };
    const claim = { id: "toll", topic: "The death toll", sources: [{ article: "wire-undated", quote: "Q1" }, { article: "wire-undated", quote: "Q2" }] };
    const dataset = { ...shownDataset(index, [parent!, { ...part!, parent: parent!.id, notes: [note] }]), claims: [claim] };
    const [header, first, second] = [...ourCsvPieces(dataset)];
    const cells = (row: string) => Papa.parse<string[]>(row, { delimiter: "," }).data[0]!;
    const cell = (row: string, column: string) => cells(row)[cells(header!.slice(1)).indexOf(column)]!;
    expect(cell(second!, "parent")).toBe(parent!.id);
    expect(JSON.parse(cell(second!, "notes"))).toEqual([note]);
    expect(cell(first!, "parent")).toBe("");
    expect(JSON.parse(cell(first!, "claims"))).toEqual([
      { ...claim, sources: claim.sources.map((source) => ({ article: source.article, headline: "Russian jets strike near Homs", outlet: null, published: "2015-10-01", url: null, publishedInferred: true, publishedNote: expect.any(String), quote: source.quote })) },
    ]);
    expect(cell(second!, "claims")).toBe("");
  });

  it("leaves end, disputes and actor_details empty when there are none", () => {
    const index = buildDatasetIndex(fixtureDataset());
    const bare = { ...index.events[0]!, actors: [], disputes: [] };
    const [, row] = [...ourCsvPieces({ ...shownDataset(index, [bare]), actors: [] })];
    expect(row).toMatch(/,day,"Homs, Syria",Military,,,"\[.*\]",,,,,"\{.*\}"\r\n$/);
  });
});
