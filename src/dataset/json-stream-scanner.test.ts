// @vitest-environment node
import { JsonStreamScanner, type ScanSink } from "./json-stream-scanner";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

type Found = { values: Record<string, unknown>; lists: Record<string, unknown[]>; closed: string[]; broken: boolean };

/** Scans `text` in pieces cut at `cuts` (byte offsets) and parses what it reports, as DatasetStream does. */
function scan(text: string, cuts: number[] = []): Found & { unusual: boolean; complete: boolean } {
  const bytes = encoder.encode(text);
  const found: Found = { values: {}, lists: {}, closed: [], broken: false };
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      found.broken = true;
      return undefined;
    }
  };
  const sink: ScanSink = {
    value: (key, start, end) => (found.values[key] = parse(decoder.decode(bytes.subarray(start, end)))),
    entries: (key, start, end, count) => {
      const entries = parse(`[${decoder.decode(bytes.subarray(start, end))}]`) as unknown[] | undefined;
      if (entries?.length !== count) found.broken = true;
      (found.lists[key] ??= []).push(...(entries ?? []));
    },
    listEnd: (key) => {
      found.lists[key] ??= [];
      found.closed.push(key);
    },
  };
  const scanner = new JsonStreamScanner(new Set(["articles", "events"]));
  // The buffer grows as bytes arrive; bytes past what arrived are not there yet.
  const buffer = new Uint8Array(bytes.length + 16);
  let arrived = 0;
  for (const cut of [...cuts.filter((cut) => cut > 0 && cut < bytes.length).sort((a, b) => a - b), bytes.length]) {
    buffer.set(bytes.subarray(arrived, cut), arrived);
    arrived = cut;
    scanner.scan(buffer, arrived, sink);
  }
  return { ...found, unusual: scanner.unusual, complete: scanner.complete };
}

/** Every way of cutting `text` in two, and in pieces of one byte. */
function everyCut(text: string): number[][] {
  const length = encoder.encode(text).length;
  return [[], Array.from({ length }, (_, index) => index), ...Array.from({ length }, (_, index) => [index])];
}

describe("JsonStreamScanner", () => {
  it("JsonStreamScanner finds top-level values and each list entry, however the bytes are cut", () => {
    const text = ' { "title" : "A [b] {c}, \\"d\\"" ,"events":[ {"id":"e\\\\","tags":[[1,2],[{"x":"]"}]]} , 2,"ü€𝄞",null ] , "n":-1.5e3,"articles":[],"o":{"a":[1]}}\n ';
    const expected = JSON.parse(text) as Record<string, unknown>;
    for (const cuts of everyCut(text)) {
      const found = scan(text, cuts);
      expect(found.unusual || found.broken).toBe(false);
      expect(found.complete).toBe(true);
      expect(found.values).toEqual({ title: expected.title, n: -1500, o: { a: [1] } });
      expect(found.lists).toEqual({ events: expected.events, articles: [] });
      expect(found.closed).toEqual(["events", "articles"]);
    }
  });

  it("JsonStreamScanner keeps a multi-byte character whole when it is cut across pieces", () => {
    const text = '{"events":["𝄞ü","€"]}';
    for (const cuts of everyCut(text)) expect(scan(text, cuts).lists.events).toEqual(["𝄞ü", "€"]);
  });

  it("JsonStreamScanner reports each entry once the comma after it arrives, before the list ends", () => {
    const text = '{"events":[{"id":"a"},{"id":"b"}';
    const found = scan(text, [text.indexOf("}") + 1]);
    expect(found.lists.events).toEqual([{ id: "a" }]);
    expect(found.closed).toEqual([]);
    expect(found.complete).toBe(false);
  });

  it("JsonStreamScanner reads a list under another key, or a list key holding no list, as a value", () => {
    expect(scan('{"other":[1,2],"events":{"a":1}}').values).toEqual({ other: [1, 2], events: { a: 1 } });
  });

  it("JsonStreamScanner skips a byte order mark", () => {
    expect(scan('\uFEFF{"events":[1]}', [1, 2]).lists.events).toEqual([1]);
  });

  it("JsonStreamScanner gives up, or reports a piece that is not JSON, where JSON.parse of the whole would treat the text otherwise", () => {
    for (const text of [
      "[1]",
      '"text"',
      '{"events":[1],"events":[2]}',
      '{"__proto__":{},"events":[]}',
      '{"a":1 "b":2}',
      '{"events":[1 2]}'.replace(" ", "}"),
      '{"events":[1,]}',
      '{"events":[,1]}',
      '{"a":1]',
      '{"events":[1}',
      '{"a":1} x',
      "{,}",
      '{"a" 1}',
    ]) {
      const found = scan(text);
      expect(found.unusual || found.broken, text).toBe(true);
    }
  });

  it("JsonStreamScanner is not complete for a document cut short", () => {
    const found = scan('{"title":"x","events":[1');
    expect(found.unusual || found.broken).toBe(false);
    expect(found.complete).toBe(false);
  });
});
