import { exportFileName, fileSlug } from "./export-file-name";

describe("fileSlug", () => {
  it("joins a title's words with hyphens, in lower case", () => {
    expect(fileSlug("Russia in Syria, 2015–2017")).toBe("russia-in-syria-2015-2017");
  });
  it("drops accents and keeps other scripts' letters", () => {
    expect(fileSlug("Négociations à Genève")).toBe("negociations-a-geneve");
    expect(fileSlug("Россия в Сирии")).toBe("россия-в-сирии");
  });
  it("falls back to 'timeline' for a title without letters or digits", () => {
    expect(fileSlug("—?!")).toBe("timeline");
  });
});

describe("exportFileName", () => {
  it("is the title's slug, the reader's date and the extension", () => {
    expect(exportFileName("Russia in Syria, 2015–2017", new Date(2026, 10, 23, 23, 30), "csv")).toBe("russia-in-syria-2015-2017-2026-11-23.csv");
  });
});
