import { findJsonSyntaxError } from "./json-syntax-error";

describe("findJsonSyntaxError", () => {
  it("findJsonSyntaxError returns null for valid JSON of every kind", () => {
    for (const text of ['{"a":[1,-2.5e+3,0,true,false,null,"x\\n\\u00e9"]}', " [ ] ", "{}", '"text"', "0", "-0.1E9"]) {
      expect(findJsonSyntaxError(text)).toBeNull();
    }
  });

  it("findJsonSyntaxError gives the line and column of a missing comma", () => {
    expect(findJsonSyntaxError('{\n  "title": "x"\n  "range": {}\n}')).toEqual({ line: 3, column: 3, problem: "expected ',' or '}' after a value, found '\"'" });
  });

  it("findJsonSyntaxError reports an unquoted property name", () => {
    expect(findJsonSyntaxError("{ not json")).toEqual({ line: 1, column: 3, problem: "expected a property name in double quotes or '}', found 'n'" });
  });

  it("findJsonSyntaxError reports a trailing comma in an object and in an array", () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ line: 1, column: 9, problem: "expected a property name in double quotes, found '}'" });
    expect(findJsonSyntaxError("[1,\n2,\n]")).toEqual({ line: 3, column: 1, problem: "expected a value, found ']'" });
  });

  it("findJsonSyntaxError reports a file cut short", () => {
    expect(findJsonSyntaxError('{"events": [{"id": "e1"')).toEqual({ line: 1, column: 24, problem: "expected ',' or '}' after a value, found the end of the file" });
    expect(findJsonSyntaxError('{"title": "unterminated')).toMatchObject({ problem: "expected the closing '\"' of a string, found the end of the file" });
    expect(findJsonSyntaxError("")).toEqual({ line: 1, column: 1, problem: "expected a value, found the end of the file" });
  });

  it("findJsonSyntaxError reports text after the value, such as a second document", () => {
    expect(findJsonSyntaxError("{}\n{}")).toEqual({ line: 2, column: 1, problem: "expected the end of the file after the value, found '{'" });
  });

  it("findJsonSyntaxError reports bad literals, numbers and escapes", () => {
    expect(findJsonSyntaxError("[tru]")).toMatchObject({ column: 5, problem: "expected 'true', found ']'" });
    expect(findJsonSyntaxError("[01]")).toMatchObject({ column: 3, problem: "expected ',' or ']' after a value, found '1'" });
    expect(findJsonSyntaxError("[1.]")).toMatchObject({ column: 4, problem: "expected a digit after the decimal point, found ']'" });
    expect(findJsonSyntaxError('["\\x"]')).toMatchObject({ column: 4, problem: 'expected one of " \\ / b f n r t u after a backslash, found \'x\'' });
    expect(findJsonSyntaxError('["\\u12g4"]')).toMatchObject({ column: 7, problem: "expected four hexadecimal digits after \\u, found 'g'" });
    expect(findJsonSyntaxError("['single']")).toMatchObject({ column: 2, problem: "expected a value, found '''" });
  });

  it("findJsonSyntaxError names a raw control character in a string by its code", () => {
    expect(findJsonSyntaxError('{"a": "line\tbreak"}')).toMatchObject({ column: 12, problem: "expected an escape such as \\n instead of a raw control character in a string, found control character U+0009" });
  });

  it("findJsonSyntaxError handles nesting far deeper than the call stack allows", () => {
    const depth = 200_000;
    expect(findJsonSyntaxError("[".repeat(depth) + "]".repeat(depth))).toBeNull();
    expect(findJsonSyntaxError("[".repeat(depth))).toMatchObject({ line: 1, column: depth + 1, problem: "expected a value, found the end of the file" });
  });

  it("findJsonSyntaxError counts columns from the last line break, with CRLF line ends", () => {
    expect(findJsonSyntaxError('{\r\n"a": 1,\r\n"b" 2}')).toEqual({ line: 3, column: 5, problem: "expected ':' after a property name, found '2'" });
  });
});
