import { parse } from "yaml";
import { z } from "zod";
import { identifier } from "../../src/dataset/schema";
import { formatIssuePath, isCalendarDay } from "../../src/dataset/dataset-rules";

const removedEventSchema = z.object({
  id: identifier,
  /** The title the event had, so its old page can still name it. */
  title: z.string().trim().min(1, { error: "must not be empty" }).optional(),
  /** The day it was removed (YYYY-MM-DD). */
  removed: z.string().refine(isCalendarDay, { error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` }),
  /** Why, in a sentence a reader understands. */
  reason: z.string().trim().min(1, { error: "must not be empty" }),
  /** The event that now holds what this one said, if any. */
  replacedBy: identifier.optional(),
});

/** An event id that was published and then removed: it keeps a page saying so. */
export type RemovedEvent = z.infer<typeof removedEventSchema>;

/**
 * Reads the removed-events list (`data/removed.yaml`) and checks it against the dataset:
 * a removed id must not be an event's again, and a replacement must be one. Every problem
 * is reported, naming the file, the entry and the field.
 */
export function parseRemovedEvents(text: string, fileName: string, eventIds: ReadonlySet<string>): { removed: RemovedEvent[]; errors: string[] } {
  let input: unknown;
  try {
    input = parse(text) ?? [];
  } catch (error) {
    return { removed: [], errors: [`${fileName}: not valid YAML: ${(error as Error).message}`] };
  }
  if (!Array.isArray(input)) return { removed: [], errors: [`${fileName}: must be a list of removed events`] };
  const errors: string[] = [];
  const removed: RemovedEvent[] = [];
  const seen = new Set<string>();
  input.forEach((entry, index) => {
    const id = typeof entry === "object" && entry !== null && typeof (entry as { id?: unknown }).id === "string" ? (entry as { id: string }).id : null;
    const label = `${fileName}: removed event ${id === null ? `entry #${index + 1}` : JSON.stringify(id)}`;
    const result = removedEventSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) errors.push(`${label}: ${formatIssuePath(issue.path) || "entry"} ${issue.message}`);
      return;
    }
    const item = result.data;
    if (eventIds.has(item.id)) errors.push(`${label}: is still an event in the dataset; remove it from one of the two`);
    else if (seen.has(item.id)) errors.push(`${label}: is listed twice`);
    else if (item.replacedBy !== undefined && !eventIds.has(item.replacedBy)) errors.push(`${label}: replacedBy ${JSON.stringify(item.replacedBy)} is not an event in the dataset`);
    else removed.push(item);
    seen.add(item.id);
  });
  return { removed, errors };
}
