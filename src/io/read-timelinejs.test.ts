import { datasetFromText, parseDataset } from "../dataset/parse-dataset-text";

/** The whole way a file goes when it is opened: decoded, read by file type, checked by the schema. */
const parseSpreadsheet = (text: string, name: string) => (({ json, describe }) => parseDataset(json, describe))(datasetFromText(text, name));

const HEADER = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

function sheet(...rows: string[]): string {
  return [HEADER, ...rows].join("\r\n");
}

describe("readTimelineJs", () => {
  it("maps Headline, Text, the date and Group to an event", () => {
    const dataset = parseSpreadsheet(sheet("2017,11,22,,,,,,,Sochi summit,<p>Putin hosts <b>Rouhani</b> and Erdogan.</p>,,,,,,Diplomacy,"), "events.csv");
    expect(dataset.events).toEqual([
      expect.objectContaining({ id: "row-2", title: "Sochi summit", summary: "Putin hosts Rouhani and Erdogan.", start: "2017-11-22", precision: "day", track: "Diplomacy", actors: [], sources: [] }),
    ]);
    expect(dataset.events[0]!.end).toBeUndefined();
  });

  it("gives month precision when Day is empty and year precision when Month is empty", () => {
    const dataset = parseSpreadsheet(sheet("2016,3,,,,,,,,Withdrawal announced,,,,,,,,", "2015,,,,,,,,,Intervention year,,,,,,,,"), "events.csv");
    const [month, year] = dataset.events;
    expect(month).toMatchObject({ start: "2016-03", precision: "month" });
    expect(year).toMatchObject({ start: "2015-01", precision: "year" });
  });

  it("maps End Year/Month/Day to the end; a coarser end runs to the end of its period", () => {
    const dataset = parseSpreadsheet(
      sheet("2017,11,28,,2017,12,14,,,Geneva round 8,,,,,,,,", "2017,11,22,,2017,12,,,,Into December,,,,,,,,", "2016,2,,,2016,4,,,,Months,,,,,,,,"),
      "events.csv",
    );
    const byTitle = new Map(dataset.events.map((event) => [event.title, event]));
    expect(byTitle.get("Geneva round 8")).toMatchObject({ start: "2017-11-28", end: "2017-12-14", precision: "day" });
    expect(byTitle.get("Into December")).toMatchObject({ start: "2017-11-22", end: "2017-12-31" });
    expect(byTitle.get("Months")).toMatchObject({ start: "2016-02", end: "2016-04", precision: "month" });
  });

  it("takes a row of Type title as the dataset's title and description, and the range from the events", () => {
    const dataset = parseSpreadsheet(sheet(",,,,,,,,,Russia in Syria,<p>A timeline &amp; its sources</p>,,,,,title,,", "2015,9,30,,,,,,,Air strikes begin,,,,,,,,", "2017,12,11,,,,,,,Hmeimim,,,,,,,,"), "syria.csv");
    expect(dataset.title).toBe("Russia in Syria");
    expect(dataset.description).toBe("A timeline & its sources");
    expect(dataset.range).toEqual({ start: "2015-09-30", end: "2017-12-11" });
    expect(dataset.events).toHaveLength(2);
  });

  it("names the dataset after the file without a title row", () => {
    expect(parseSpreadsheet(sheet("2015,9,30,,,,,,,Air strikes begin,,,,,,,,"), "my timeline.csv").title).toBe("my timeline");
  });

  it("turns an http(s) Media into a source credited to Media Credit, one article per link", () => {
    const dataset = parseSpreadsheet(
      sheet(
        "2017,12,11,,,,,,,Hmeimim,,https://www.dw.com/a-41787709,DW,Putin at the air base,,,,",
        "2017,12,12,,,,,,,Next day,,https://www.dw.com/a-41787709,DW,Putin at the air base,,,,",
        "2017,12,13,,,,,,,Image only,,images/photo.jpg,Me,,,,,",
      ),
      "events.csv",
    );
    expect(dataset.articles).toEqual([
      expect.objectContaining({ id: "media-1", outlet: "DW", headline: "Putin at the air base", url: "https://www.dw.com/a-41787709", published: "2017-12-11", publishedInferred: true }),
    ]);
    expect(dataset.events[0]!.sources).toEqual([expect.objectContaining({ article: "media-1", quote: "Putin at the air base" })]);
    expect(dataset.events[1]!.sources[0]!.article).toBe("media-1");
    expect(dataset.events[2]!.sources).toEqual([]);
  });

  it("matches columns by name in any order and case, and ignores the ones it does not know", () => {
    const dataset = parseSpreadsheet("headline,NOTES,year,DAY,month\r\nSochi summit,ours,2017,22,11", "events.csv");
    expect(dataset.events[0]).toMatchObject({ title: "Sochi summit", start: "2017-11-22" });
  });

  it("uses the Text's first line as the title when Headline is empty", () => {
    const dataset = parseSpreadsheet(sheet("2017,11,22,,,,,,,,<p>Putin hosts a summit</p><p>More</p>,,,,,,,"), "events.csv");
    expect(dataset.events[0]).toMatchObject({ title: "Putin hosts a summit", summary: "Putin hosts a summit\nMore" });
  });

  it("reads a TSV file", () => {
    const dataset = parseSpreadsheet("Year\tMonth\tDay\tHeadline\n2017\t11\t22\tSochi, the summit", "events.tsv");
    expect(dataset.events[0]).toMatchObject({ title: "Sochi, the summit", start: "2017-11-22" });
  });
});

describe("readTimelineJs errors name the file, the row and the column", () => {
  const error = (text: string) => () => parseSpreadsheet(text, "events.csv");

  it("a row with no Year", () => {
    expect(error(sheet("2015,9,30,,,,,,,Fine,,,,,,,,", ",5,,,,,,,,No year,,,,,,,,"))).toThrow('events.csv: row 3, column "Year": a date needs a year');
    expect(error(sheet(",,,,,,,,,No date,,,,,,,,"))).toThrow('events.csv: row 2, column "Year": a row needs a year');
  });
  it("a Year that is not a number", () => {
    expect(error(sheet("2015,9,30,,,,,,,Fine,,,,,,,,", "20l7,1,1,,,,,,,Typo,,,,,,,,"))).toThrow('events.csv: row 3, column "Year": "20l7" is not a year');
  });
  it("a Month or Day out of range", () => {
    expect(error(sheet("2017,13,1,,,,,,,Bad,,,,,,,,"))).toThrow('events.csv: row 2, column "Month": "13" is not a month (1–12)');
    expect(error(sheet("2017,2,30,,,,,,,Bad,,,,,,,,"))).toThrow('events.csv: row 2, column "Day": 30 is not a day of 2017-02, which has 28');
  });
  it("a Day without a Month", () => {
    expect(error(sheet("2017,,5,,,,,,,Bad,,,,,,,,"))).toThrow('events.csv: row 2, column "Month": a day needs a month');
  });
  it("an end before the start", () => {
    expect(error(sheet("2017,12,14,,2017,11,28,,,Backwards,,,,,,,,"))).toThrow('events.csv: row 2, column "End Year": the end (2017-11-28) is before the start (2017-12-14)');
  });
  it("a row with neither Headline nor Text", () => {
    expect(error(sheet("2017,12,14,,,,,,,,,,,,,,,"))).toThrow('events.csv: row 2, column "Headline": a row needs a Headline or a Text');
  });
  it("counts rows as a spreadsheet does: quoted line breaks stay in their row, blank rows count", () => {
    expect(error(sheet('2015,9,30,,,,,,,"Two\nlines",,,,,,,,', "", "x,1,1,,,,,,,Bad,,,,,,,,"))).toThrow('events.csv: row 4, column "Year": "x" is not a year');
  });
  it("quotes at most 80 characters of a Year that is not a number, with its length", () => {
    expect(error(sheet(`${"9".repeat(10_000)}x,1,1,,,,,,,Bad,,,,,,,,`))).toThrow(`events.csv: row 2, column "Year": "${"9".repeat(80)}…" (10,001 characters) is not a year`);
  });
  it("quotes the heading as the file writes it", () => {
    expect(error("YEAR,headline\r\nabc,Bad")).toThrow('events.csv: row 2, column "YEAR": "abc" is not a year');
  });
});
