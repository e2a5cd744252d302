import type { Dataset } from "../dataset/schema";

/**
 * Writes a dataset as public-format JSON, a piece at a time: the dataset's
 * fields, then one event per line (a 100,000-event file stays readable and is
 * never one long JSON.stringify).
 */
export function* datasetJsonPieces(dataset: Dataset): Generator<string> {
  const { events, ...rest } = dataset;
  const head = JSON.stringify(rest);
  // `rest` ends with "}": the events array goes in as the last field.
  yield `${head.slice(0, -1)},"events":[`;
  for (let i = 0; i < events.length; i++) yield `${i === 0 ? "" : ","}\n${JSON.stringify(events[i])}`;
  yield "\n]}\n";
}
