import { fixtureDataset } from "../../tests/fixtures/fixture-dataset";
import { buildDatasetIndex } from "../dataset/dataset-index";
import { parseDataset } from "../dataset/parse-dataset-text";
import { datasetJsonPieces } from "./dataset-json";
import { shownDataset } from "./shown-dataset";

describe("datasetJsonPieces", () => {
  const index = buildDatasetIndex(fixtureDataset());

  it("writes the dataset as JSON that parses back to the same dataset, one event per line", () => {
    const dataset = shownDataset(index, index.events);
    const text = [...datasetJsonPieces(dataset)].join("");
    expect(parseDataset(JSON.parse(text))).toEqual(dataset);
    expect(text.split("\n").filter((line) => line.startsWith('{"id":'))).toHaveLength(dataset.events.length);
  });

  it("yields the head, one piece per event and the tail", () => {
    const dataset = shownDataset(index, index.events.slice(0, 2));
    expect([...datasetJsonPieces(dataset)]).toHaveLength(4);
  });

  it("writes a valid dataset with no events", () => {
    const dataset = shownDataset(index, []);
    expect(JSON.parse([...datasetJsonPieces(dataset)].join("")).events).toEqual([]);
  });
});
