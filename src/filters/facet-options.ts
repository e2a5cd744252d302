import { DEFAULT_TRACK, type DatasetIndex, type FacetName } from "../dataset/dataset-index";
import type { FacetOption } from "./facet-filter";

/**
 * A facet's options in a stable order: tracks as the lanes are ordered (the default lane
 * last), outlets and places by how many events they have in the dataset, then by name;
 * each with `counts` (what it would show given the other filters).
 */
export function facetOptions(index: DatasetIndex, facet: FacetName, counts: ReadonlyMap<string, number>): FacetOption[] {
  const positions = index.facets[facet];
  const values =
    facet === "tracks"
      ? [...index.tracks, DEFAULT_TRACK].filter((track, at, all) => positions.has(track) && all.indexOf(track) === at)
      : [...positions.keys()].sort((a, b) => positions.get(b)!.length - positions.get(a)!.length || a.localeCompare(b));
  return values.map((value) => ({ value, count: counts.get(value) ?? 0 }));
}
