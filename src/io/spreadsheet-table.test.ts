import { readSheet, readSheetHeader } from "./spreadsheet-table";

const rows = (text: string, name: string) => {
  const read: (readonly string[])[] = [];
  readSheet(text, name, (header) => {
    read.push(header);
    return (row) => read.push(row.cells);
  });
  return read;
};

describe("the delimiter of a CSV", () => {
  it("is the one its header row uses, though a short file's cells hold ';' more evenly than its rows hold ','", () => {
    // A file of a few rows ending in a line break (as an export of a few events does): the empty last row has one cell.
    const text = "id,title,summary,start,end,place,track\r\na,One; two; three,s,2017-01-01,,,\r\nb,Four; five; six,t,2017-02-01,,,\r\n";
    expect(readSheetHeader(text, "events.csv")).toEqual(["id", "title", "summary", "start", "end", "place", "track"]);
    expect(rows(text, "events.csv").map((cells) => cells.length)).toEqual([7, 7, 7]);
    expect(rows(text, "events.csv")[1]).toEqual(["a", "One; two; three", "s", "2017-01-01", "", "", ""]);
  });

  it("is ';' for a sheet Excel writes with it, commas in its cells and all", () => {
    const text = "\ufeffid;title;summary\r\na;One, two;Three, four, five\r\n";
    expect(rows(text, "events.csv")).toEqual([["id", "title", "summary"], ["a", "One, two", "Three, four, five"]]);
  });

  it("is a tab for a .tsv", () => {
    expect(readSheetHeader("id,x\ttitle", "events.tsv")).toEqual(["id,x", "title"]);
  });
});
