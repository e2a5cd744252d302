import { buildDatasetIndex } from "../src/dataset/dataset-index";
import { parseDataset } from "../src/dataset/parse-dataset-text";
import { EXPORT_FORMATS, exportText } from "../src/io/export-formats";

/** A dataset in the public format as our CSV, exactly as the app's Export writes it, so opening it tests the same path. */
export function datasetAsOurCsv(dataset: unknown, now = new Date()): string {
  const index = buildDatasetIndex(parseDataset(dataset));
  return exportText(EXPORT_FORMATS.find((format) => format.id === "csv")!, index, index.events, now);
}
