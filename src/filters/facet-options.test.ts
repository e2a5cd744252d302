import { describe, expect, it } from "vitest";
import fixture from "../../tests/fixtures/timeline.json";
import { buildDatasetIndex, DEFAULT_TRACK, UNKNOWN_OUTLET } from "../dataset/dataset-index";
import { datasetSchema } from "../dataset/schema";
import { facetOptions } from "./facet-options";

const index = buildDatasetIndex(datasetSchema.parse(fixture));

describe("facetOptions", () => {
  it("facetOptions lists tracks in lane order with the default lane last", () => {
    expect(facetOptions(index, "tracks", new Map([["Military", 2]]))).toEqual([
      { value: "Military", count: 2 },
      { value: "Diplomacy", count: 0 },
      { value: DEFAULT_TRACK, count: 0 },
    ]);
  });

  it("facetOptions lists outlets and places by their events in the dataset, then by name", () => {
    expect(facetOptions(index, "outlets", new Map()).map((option) => option.value)).toEqual(["BBC News", "Deutsche Welle", "Example", UNKNOWN_OUTLET]);
    expect(facetOptions(index, "places", new Map()).map((option) => option.value)).toEqual(["Geneva", "Homs, Syria", "Moscow"]);
  });
});
