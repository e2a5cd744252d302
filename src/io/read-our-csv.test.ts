import { datasetFromText, parseDataset } from "../dataset/parse-dataset-text";
import { ignoredColumnsNotice } from "./read-spreadsheet";

const open = (text: string, name = "events.csv") => (({ json, describe }) => parseDataset(json, describe))(datasetFromText(text, name));

describe("reading our CSV", () => {
  it("reads columns in any order and case, with unknown columns left out", () => {
    const dataset = open("Remarks,START,Title,id,summary\r\nmine,2017-11-22,Sochi summit,sochi,Putin hosts a summit.");
    expect(dataset.events).toEqual([expect.objectContaining({ id: "sochi", title: "Sochi summit", start: "2017-11-22", summary: "Putin hosts a summit." })]);
  });

  it("takes the title from the file name and the range from the events when no row has a dataset cell", () => {
    const dataset = open("id,title,summary,start,end\r\na,A,First.,2016-03-14,\r\nb,B,Second.,2017-11-28,2017-12-14", "my-events.csv");
    expect(dataset.title).toBe("my-events");
    expect(dataset.range).toEqual({ start: "2016-03-14", end: "2017-12-14" });
  });

  it("finds an actor by name when its row has no actor_details but another row describes it", () => {
    const dataset = open(
      [
        "id,title,summary,start,actors,actor_details",
        'a,A,First.,2016-03-14,Russia; Syria,"[{""id"":""russia"",""kind"":""state""},{""id"":""syria"",""kind"":""state""}]"',
        "b,B,Second.,2016-03-15,Syria,",
      ].join("\r\n"),
    );
    expect(dataset.events[1]!.actors).toEqual(["syria"]);
    expect(dataset.actors).toEqual([expect.objectContaining({ id: "russia", name: "Russia" }), expect.objectContaining({ id: "syria", name: "Syria", kind: "state" })]);
  });

  it("names the ignored columns once", () => {
    expect(ignoredColumnsNotice("Remarks,id,title,summary,start,Extra\r\n", "events.csv")).toBe("events.csv: ignored the columns “Remarks” and “Extra”, which the explorer does not read.");
    expect(ignoredColumnsNotice("id,title,summary,start\r\n", "events.csv")).toBeNull();
    expect(ignoredColumnsNotice("Year,Headline,Source\r\n", "sheet.csv")).toBe("sheet.csv: ignored the column “Source”, which the explorer does not read.");
  });
});

describe("errors in our CSV name the file, the row and the column", () => {
  const header = "id,title,summary,start,end,actors,sources,actor_details";
  const error = (...rows: string[]) => () => open([header, ...rows].join("\r\n"));

  it("a field the schema rejects", () => {
    expect(error("a,A,First.,2016-03-14,,,,", "b,B,Second.,2017-13-01,,,,")).toThrow('events.csv: row 3, column "start": "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)');
    expect(error("a,,First.,2016-03-14,,,,")).toThrow('events.csv: row 2, column "title": must not be empty');
    expect(error("a,A,First.,2016-03-14,2016-03-01,,,")).toThrow('events.csv: row 2, column "end": "2016-03-01" is before start "2016-03-14"');
  });
  it("a duplicate id", () => {
    expect(error("a,A,First.,2016-03-14,,,,", "a,B,Second.,2016-03-15,,,,")).toThrow('events.csv: row 3, column "id": duplicate id "a"');
  });
  it("a JSON cell that does not parse", () => {
    expect(error('a,A,First.,2016-03-14,,,"[{""article"":",')).toThrow('events.csv: row 2, column "sources": is not valid JSON (expected a JSON array of sources)');
  });
  it("a source without its article's fields anywhere", () => {
    expect(error('a,A,First.,2016-03-14,,,"[{""article"":""x"",""quote"":""Q""}]",')).toThrow('events.csv: row 2, column "sources": the article "x" has no outlet, headline or date in any row');
  });
  it("an article described two ways", () => {
    const source = (headline: string) => `"[{""article"":""x"",""outlet"":null,""headline"":""${headline}"",""published"":""2016-03-14"",""url"":null,""quote"":""Q""}]"`;
    expect(error(`a,A,First.,2016-03-14,,,${source("One")},`, `b,B,Second.,2016-03-15,,,${source("Two")},`)).toThrow('events.csv: row 3, column "sources": article "x" is described differently in row 2');
  });
  it("an actor described two ways: another kind, another name, or an alias more", () => {
    const details = (extra = "") => `"[{""id"":""russia"",""kind"":""state""${extra}}]"`;
    const rows = (second: string, name = "Russia") => error(`a,A,First.,2016-03-14,,Russia,,${details()}`, `b,B,Second.,2016-03-15,,${name},,${second}`);
    const message = 'events.csv: row 3, column "actor_details": actor "russia" is described differently in row 2';
    expect(rows(details().replace("state", "person"))).toThrow(message);
    expect(rows(details(), "Russian Federation")).toThrow(message);
    expect(rows(details(',""aliases"":[""Moscow""]'))).toThrow(message);
    expect(rows(details())).not.toThrow();
  });
  it("an article field the schema rejects, at the row that describes it", () => {
    const source = `"[{""article"":""x"",""outlet"":null,""headline"":""H"",""published"":""yesterday"",""url"":null,""quote"":""Q""}]"`;
    expect(error("a,A,First.,2016-03-14,,,,", `b,B,Second.,2016-03-15,,,${source},`)).toThrow('events.csv: row 3, column "sources", article "x", published: "yesterday" is not an ISO date or date-time');
  });
  it("a note or a claim the schema rejects, at its cell", () => {
    const open2 = (cells: string) => () => open(`id,title,summary,start,notes,claims\r\na,A,First.,2016-03-14,${cells}`);
    expect(open2('"[{""basis"":""record"",""note"":""From the record.""}]",')).toThrow('events.csv: row 2, column "notes", notes[0].record: is missing: a note from the record names the record');
    const claim = (quote: string) => `"[{""id"":""toll"",""topic"":""Toll"",""sources"":[{""article"":""x"",""outlet"":null,""headline"":""H"",""published"":""2016-03-14"",""url"":null,""quote"":""Q""},{""article"":""x"",""quote"":""${quote}""}]}]"`;
    expect(open2(`,${claim("")}`)).toThrow('events.csv: row 2, column "claims", claims[0].sources[1].quote: must not be empty');
    expect(open(`id,title,summary,start,notes,claims\r\na,A,First.,2016-03-14,,${claim("Q2")}`).claims).toEqual([
      { id: "toll", topic: "Toll", sources: [{ article: "x", quote: "Q" }, { article: "x", quote: "Q2" }] },
    ]);
  });
  it("claims listed in two rows", () => {
    const claims = `"[{""id"":""t"",""topic"":""T"",""sources"":[]}]"`;
    expect(() => open(`id,title,summary,start,claims\r\na,A,First.,2016-03-14,${claims}\r\nb,B,Second.,2016-03-15,${claims}`)).toThrow('events.csv: row 3, column "claims": the claims are listed a second time (first in row 2)');
  });
  it("an actor without details", () => {
    expect(error("a,A,First.,2016-03-14,,Vladimir Putin,,")).toThrow('events.csv: row 2, column "actors": the actor "Vladimir Putin" is not described in any row\'s "actor_details"');
  });
  it("an actor without details, its name quoted at most 80 characters with its length", () => {
    expect(error(`a,A,First.,2016-03-14,,${"P".repeat(5_000)},,`)).toThrow(`events.csv: row 2, column "actors": the actor "${"P".repeat(80)}…" (5,000 characters) is not described in any row's "actor_details"`);
  });
  it("a header that is neither form", () => {
    expect(() => open("name,date\r\nA,2016-03-14")).toThrow("events.csv: row 1: the columns are neither our CSV's (id, title, summary, start, …) nor the TimelineJS template's");
  });
  it("a quoted cell that never closes", () => {
    expect(error('a,A,"First.,2016-03-14,,,,')).toThrow('events.csv: row 2: a quoted cell is never closed');
  });
  it("an empty file", () => {
    expect(() => open("")).toThrow("events.csv is empty: it has no header row");
  });
});
