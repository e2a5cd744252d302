import { csvField, csvRecord, guardFormula, unguardFormula } from "./csv-field";

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

describe("the formula guard", () => {
  it.each([
    ["=", "=HYPERLINK(\"http://evil.example\",\"x\")"],
    ["+", "+7 (495) 000-00-00"],
    ["-", "-2+3"],
    ["@", "@SUM(A1)"],
    ["a tab", "\t=1+1"],
    ["a carriage return", "\r=1+1"],
  ])("puts one single quote before a value that starts with %s", (_, value) => {
    expect(guardFormula(value)).toBe(`'${value}`);
    expect(unguardFormula(guardFormula(value))).toBe(value);
  });
  it("guards a value that itself starts with a quote, so the reader can always take one quote off", () => {
    expect(guardFormula("'ere we go")).toBe("''ere we go");
    expect(unguardFormula("''ere we go")).toBe("'ere we go");
    expect(unguardFormula(guardFormula("'"))).toBe("'");
  });
  it("leaves other values, JSON cells among them, as they are", () => {
    for (const value of ["Sochi", "", "2015-09-30", '[{"article":"x"}]', '{"title":"T"}', " =not first", "a=b"]) {
      expect(guardFormula(value)).toBe(value);
      expect(unguardFormula(value)).toBe(value);
    }
  });
  it("is applied to every field of a record, before quoting", () => {
    expect(csvRecord(["=1+1", "-", "\r=1", "ok"])).toBe("'=1+1,'-,\"'\r=1\",ok\r\n");
  });
});
