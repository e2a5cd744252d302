import type { Dataset } from "../dataset/schema";

/**
 * Writes a dataset as public-format JSON, a piece at a time: its fields in the
 * dataset's key order (see `publicDataset`), one event per line (a
 * 100,000-event file stays readable and is never one long JSON.stringify).
 */
export function* datasetJsonPieces(dataset: Dataset): Generator<string> {
  const fields = Object.entries(dataset).filter(([, value]) => value !== undefined);
  let text = "{";
  for (const [position, [key, value]] of fields.entries()) {
    text += `${position === 0 ? "" : ","}${JSON.stringify(key)}:`;
    if (key !== "events") {
      text += JSON.stringify(value);
      continue;
    }
    yield `${text}[`;
    const events = value as Dataset["events"];
    for (let i = 0; i < events.length; i++) yield `${i === 0 ? "" : ","}\n${JSON.stringify(events[i])}`;
    text = "\n]";
  }
  yield `${text}}\n`;
}
