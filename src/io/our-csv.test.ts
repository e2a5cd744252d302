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
      'russian-airstrikes-begin-2015-09-30,Russia begins airstrikes in Syria,Russian aircraft strike targets near Homs and Hama.,2015-09-30,,day,"Homs, Syria",Military,Russia; Syria,',
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

  it("leaves end, disputes and actor_details empty when there are none", () => {
    const index = buildDatasetIndex(fixtureDataset());
    const bare = { ...index.events[0]!, actors: [], disputes: [] };
    const [, row] = [...ourCsvPieces({ ...shownDataset(index, [bare]), actors: [] })];
    expect(row).toMatch(/,day,"Homs, Syria",Military,,"\[.*\]",,,"\{.*\}"\r\n$/);
  });
});
