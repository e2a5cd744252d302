import type { Dataset, TimelineEvent } from "../dataset/schema";

/**
 * Writes a dataset as public-format JSON, a piece at a time: its fields in the
 * dataset's key order (see `publicDataset`), one event per line (a
 * 100,000-event file stays readable and is never one long JSON.stringify).
 * `events` are written in the place of the dataset's own.
 */
export function* datasetJsonPieces(dataset: Dataset, events: Iterable<TimelineEvent> = dataset.events): Generator<string> {
  const fields = Object.entries(dataset).filter(([, value]) => value !== undefined);
  let text = "{";
  for (const [position, [key, value]] of fields.entries()) {
    text += `${position === 0 ? "" : ","}${JSON.stringify(key)}:`;
    if (key !== "events") {
      text += JSON.stringify(value);
      continue;
    }
    yield `${text}[`;
    let separator = "";
    for (const event of events) {
      yield `${separator}\n${JSON.stringify(event)}`;
      separator = ",";
    }
    text = "\n]";
  }
  yield `${text}}\n`;
}
