import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { calendarPieces } from "./calendar";
import { shownDataset } from "./shown-dataset";

const NOW = new Date(Date.UTC(2026, 10, 23, 17, 5, 2));

function calendar(filter = (_id: string) => true): string {
  const index = buildDatasetIndex(fixtureDataset());
  return [...calendarPieces(shownDataset(index, index.events.filter((event) => filter(event.id))), NOW)].join("");
}

/** The calendar's logical lines: folds undone, CRLFs removed. */
function unfolded(text: string): string[] {
  return text.replaceAll("\r\n ", "").split("\r\n").slice(0, -1);
}

function vevent(text: string, id: string): string[] {
  const lines = unfolded(text);
  const uid = lines.findIndex((line) => line.startsWith(`UID:${id}@`));
  return lines.slice(uid - 1, lines.indexOf("END:VEVENT", uid) + 1);
}

describe("calendarPieces", () => {
  it("is one VCALENDAR with one VEVENT per event, every line ending in CRLF and within 75 octets", () => {
    const text = calendar();
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(5);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it("writes a single day as an all-day date with DTEND the next day", () => {
    const lines = vevent(calendar(), "putin-announces-withdrawal-2016-03-14");
    expect(lines).toContain("DTSTART;VALUE=DATE:20160314");
    expect(lines).toContain("DTEND;VALUE=DATE:20160315");
  });

  it("writes a span with an exclusive DTEND, the day after its last day", () => {
    const lines = vevent(calendar(), "geneva-talks-round-8-2017-11-28");
    expect(lines).toContain("DTSTART;VALUE=DATE:20171128");
    expect(lines).toContain("DTEND;VALUE=DATE:20171215");
  });

  it("writes a month-precision event as the whole month, and says so", () => {
    const lines = vevent(calendar(), "putin-visits-hmeimim-2017-12");
    expect(lines).toContain("DTSTART;VALUE=DATE:20171201");
    expect(lines).toContain("DTEND;VALUE=DATE:20180101");
    expect(lines.find((line) => line.startsWith("DESCRIPTION:"))).toContain("The date is known only to the month.");
  });

  it("gives a stable UID from the event id and the dataset, and stamps the export time", () => {
    const lines = vevent(calendar(), "putin-announces-withdrawal-2016-03-14");
    expect(lines).toContain("UID:putin-announces-withdrawal-2016-03-14@fixture-russia-in-syria");
    expect(lines).toContain("DTSTAMP:20261123T170502Z");
    expect(calendar()).toBe(calendar());
  });

  it("escapes the title, place and description, with the summary and each source's quotation and link", () => {
    const lines = vevent(calendar(), "russian-airstrikes-begin-2015-09-30");
    expect(lines).toContain("SUMMARY:Russia begins airstrikes in Syria");
    expect(lines).toContain("LOCATION:Homs\\, Syria");
    const description = lines.find((line) => line.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("DESCRIPTION:Russian aircraft strike targets near Homs and Hama.\\n\\nSources:\\n- ");
    expect(description).toContain("“Russian jets struck targets near Homs yesterday.”");
  });

  it("writes only the events given", () => {
    const text = calendar((id) => id.startsWith("putin"));
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(2);
  });
});
