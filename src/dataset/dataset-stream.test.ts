// @vitest-environment node
import fc from "fast-check";
import { jsonDatasetCase } from "../../scripts/fuzz/dataset-cases";
import { datasetTexts, TEST_SEED } from "../../scripts/fuzz/targets";
import { generateSyntheticDataset } from "../../scripts/synthetic-dataset";
import { DatasetStream } from "./dataset-stream";
import { decodeDatasetBytes } from "./dataset-text";
import { datasetFromText, parseDataset } from "./parse-dataset-text";

const encoder = new TextEncoder();
const NAME = "research.json";

type Outcome = { dataset: unknown } | { message: string };

function outcome(load: () => unknown): Outcome {
  try {
    return { dataset: load() };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

/** Today's whole-file path: the file's bytes decoded (a lone surrogate in `text` becomes U+FFFD), parsed, then checked. */
function wholeFile(text: string, name = NAME): Outcome {
  return outcome(() => {
    const { json, describe } = datasetFromText(decodeDatasetBytes(encoder.encode(text)), name);
    return parseDataset(json, describe);
  });
}

/** The worker's path: the bytes added in pieces cut at `cuts`; `early` when it refused before the last piece. */
function streamed(text: string, cuts: number[], name = NAME, checkBytes?: number): Outcome & { early: boolean; piecesRead: number } {
  const bytes = encoder.encode(text);
  const stream = new DatasetStream(name, null, checkBytes);
  const ends = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b).concat(bytes.length);
  let start = 0;
  for (const [index, end] of ends.entries()) {
    const refusal = stream.add(bytes.slice(start, end));
    start = end;
    if (refusal) return { message: refusal.message, early: index < ends.length - 1, piecesRead: index + 1 };
  }
  return {
    ...outcome(() => {
      const { json, describe } = datasetFromText(stream.text(), stream.name);
      return parseDataset(json, describe);
    }),
    early: false,
    piecesRead: ends.length,
  };
}

function withoutSteps({ early: _early, piecesRead: _read, ...result }: ReturnType<typeof streamed>): Outcome {
  return result;
}

const cuts = fc.array(fc.nat(), { maxLength: 6 });

describe("DatasetStream", () => {
  it("DatasetStream gives what the whole-file path gives, dataset or message, on the fuzz suite's datasets as JSON, cut anywhere", () => {
    let early = 0;
    fc.assert(
      fc.property(jsonDatasetCase, cuts, ({ input }, at) => {
        let text: string;
        try {
          text = JSON.stringify(input);
        } catch {
          return;
        }
        if (text === undefined) return;
        const result = streamed(text, at);
        if (result.early) early += 1;
        expect(withoutSteps(result)).toStrictEqual(wholeFile(text));
      }),
      { seed: TEST_SEED, numRuns: 400, endOnFailure: true },
    );
    // The property covers refusals before the end, not only the whole-file fallback.
    expect(early).toBeGreaterThan(40);
  });

  it("DatasetStream gives what the whole-file path gives on damaged JSON text, cut anywhere", () => {
    fc.assert(
      fc.property(datasetTexts.arbitrary, cuts, ({ text }, at) => {
        expect(withoutSteps(streamed(text, at))).toStrictEqual(wholeFile(text));
      }),
      { seed: TEST_SEED + 2, numRuns: 200, endOnFailure: true },
    );
  });

  it("DatasetStream refuses a bad event as soon as it arrives, with the whole file's message", () => {
    const dataset = generateSyntheticDataset({ events: 2000, seed: 3 });
    (dataset.events[10] as { start: string }).start = "2017-13-01";
    const text = JSON.stringify(dataset);
    const badEvent = text.indexOf("2017-13-01");
    const result = streamed(text, [badEvent, badEvent + 5000, badEvent + 10_000]);
    expect(result).toMatchObject({ early: true, piecesRead: 2 });
    expect(withoutSteps(result)).toEqual(wholeFile(text));
    expect(withoutSteps(result)).toEqual({ message: 'The dataset is not in the timeline format: events[10].start "2017-13-01" is not a date (YYYY-MM-DD or YYYY-MM)' });
  });

  it("DatasetStream refuses early only once every field the schema checks first has arrived and is valid", () => {
    const events = JSON.stringify(Array.from({ length: 3 }, () => ({})));
    const head = '"title":"T","description":"D","range":{"start":"2015-01-01","end":"2015-12-31"},"tracks":[],"articles":[],"actors":[]';
    const early = streamed(`{${head},"events":${events}}`, [head.length + 20]);
    expect(early).toEqual({ message: "The dataset is not in the timeline format: events[0].id is missing", early: true, piecesRead: 1 });
    // The title comes after the events, and is what the whole file's check reports first.
    const late = `{${head.replace('"title":"T",', "")},"events":${events},"title":""}`;
    expect(streamed(late, [head.length + 20])).toMatchObject({ early: false, ...wholeFile(late) });
    expect(wholeFile(late)).toEqual({ message: "The dataset is not in the timeline format: title: must not be empty" });
    // No description has arrived yet: one after the events would be reported first.
    const noDescription = `{${head.replace('"description":"D",', "")},"events":${events}}`;
    expect(streamed(noDescription, [head.length])).toMatchObject({ early: false, ...wholeFile(noDescription) });
  });

  it("DatasetStream checks entries only within its budget of bytes, then reads the file whole at the end", () => {
    const dataset = generateSyntheticDataset({ events: 200, seed: 3 });
    (dataset.events[150] as { start: string }).start = "2017-13-01";
    const text = JSON.stringify(dataset);
    const badEvent = encoder.encode(text.slice(0, text.indexOf("2017-13-01"))).length;
    const cuts = Array.from({ length: 20 }, (_, index) => Math.round((index * text.length) / 20));
    expect(streamed(text, cuts, NAME, badEvent + 2000)).toMatchObject({ early: true, ...wholeFile(text) });
    expect(streamed(text, cuts, NAME, badEvent - 2000)).toMatchObject({ early: false, piecesRead: 21, ...wholeFile(text) });
    const valid = JSON.stringify(generateSyntheticDataset({ events: 200, seed: 3 }));
    expect(withoutSteps(streamed(valid, cuts, NAME, 5000))).toStrictEqual(wholeFile(valid));
  });

  it("DatasetStream reads a JSON syntax error, a repeated key and a spreadsheet whole, with today's messages", () => {
    const bad = '{"title":"T","events":[{}],"events":[]';
    expect(streamed(bad, [5, 30])).toEqual({ ...wholeFile(bad), early: false, piecesRead: 3 });
    expect(wholeFile(bad)).toEqual({ message: `${NAME} is not valid JSON: line 1, column 39: expected ',' or '}' after a value, found the end of the file` });
    const csv = "id,title,summary,start\ne1,T,S,2017-13-01\n";
    expect(withoutSteps(streamed(csv, [10], "sheet.csv"))).toEqual(wholeFile(csv, "sheet.csv"));
  });
});
