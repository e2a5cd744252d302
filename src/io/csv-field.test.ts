import { csvField, csvRecord } from "./csv-field";

describe("csvField", () => {
  it("leaves a plain value as it is", () => {
    expect(csvField("Sochi, Russia".replace(",", ""))).toBe("Sochi Russia");
    expect(csvField("")).toBe("");
  });
  it("quotes a value with a comma", () => {
    expect(csvField("Sochi, Russia")).toBe('"Sochi, Russia"');
  });
  it("quotes a value with a quote and doubles the quote", () => {
    expect(csvField('the "courage" to push')).toBe('"the ""courage"" to push"');
    expect(csvField('"')).toBe('""""');
  });
  it("quotes a value with a line break (LF, CR or CRLF) and keeps the break as it is", () => {
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
    expect(csvField("one\rtwo")).toBe('"one\rtwo"');
  });
  it("quotes a value with leading or trailing spaces, which some spreadsheets would trim", () => {
    expect(csvField(" Homs")).toBe('" Homs"');
    expect(csvField("Homs\t")).toBe('"Homs\t"');
  });
  it("leaves non-Latin text unquoted", () => {
    expect(csvField("روسيا في سوريا")).toBe("روسيا في سوريا");
    expect(csvField("Путин")).toBe("Путин");
  });
});

describe("csvRecord", () => {
  it("joins fields with commas and ends the record with CRLF", () => {
    expect(csvRecord(["a", "b,c", ""])).toBe('a,"b,c",\r\n');
  });
});
