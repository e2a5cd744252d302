import { z } from "zod";
import { quoteValue } from "./quote-value";
import { crossCheck, quickCheckDataset, type DatasetCheck } from "./cross-check-dataset";
import { readValidEntry, type DatasetList, type EventPieces } from "./read-valid-dataset";
import { actorSchema, articleSchema, datasetSchema, eventSchema } from "./schema";
import type { DatasetIssue } from "./dataset-rules";

export type { DatasetCheck };

/** Zod's wording replaced where the value tells the author more; the value quoted at most ~80 characters. */
const issueMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    return issue.input === undefined ? "is missing" : `expected ${issue.expected}, got ${quoteValue(issue.input)}`;
  }
  if (issue.code === "invalid_value") {
    return `${quoteValue(issue.input)} is not one of ${issue.values.map((option) => quoteValue(option)).join(", ")}`;
  }
  return undefined;
};

// `abortEarly` is the flag zod's own `validate()` sets (zod 4.6, pinned): containers stop at the
// first aborting issue, so a reader's parse of a million bad events stops at the first one.
const FIRST_ISSUE = { error: issueMessages, abortEarly: true } as z.core.ParseContext<z.core.$ZodIssue>;
const EVERY_ISSUE: z.core.ParseContext<z.core.$ZodIssue> = { error: issueMessages };

/**
 * Validates a dataset: the structure first (a tight reader, then the zod
 * schema where the reader finds anything amiss), then one pass for the rules
 * across entries. By default it stops at the first issue (what a reader
 * needs, fast on hostile files); `every: true` collects them all, so an author
 * sees every problem in one run of the pipeline. It never throws on any input.
 * `pieces` hears the events the fast path has read so far (see EventPieces):
 * all of them when it reads them all, perhaps fewer when it gives up.
 */
export function checkDataset(input: unknown, { every = false, pieces }: { every?: boolean; pieces?: EventPieces } = {}): DatasetCheck {
  // The fast path gives what the schema would for a well-formed dataset; only a problem needs the schema's precise message.
  const quick = quickCheckDataset(input, every, pieces);
  if (quick) return quick;
  const result = datasetSchema.safeParse(input, every ? EVERY_ISSUE : FIRST_ISSUE);
  const issues: DatasetIssue[] = result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
  if (issues.length > 0 && !every) return { success: false, issues };
  // After a failed structural check the raw input is cross-checked, as far as it is well formed.
  issues.push(...crossCheck(result.success ? result.data : input, every));
  return issues.length === 0 && result.success ? { success: true, data: result.data } : { success: false, issues };
}

const ENTRY_SCHEMAS = { articles: articleSchema, actors: actorSchema, events: eventSchema };

/**
 * One entry of a list, checked as checkDataset checks it within the whole
 * dataset: the fast path, then, where it gives up, the schema. The schema's
 * first issue has its path from the dataset's root (`events`, index, …);
 * null for a valid entry.
 */
export function checkDatasetEntry(list: DatasetList, index: number, input: unknown): DatasetIssue | null {
  if (readValidEntry(list, input)) return null;
  const result = ENTRY_SCHEMAS[list].safeParse(input, FIRST_ISSUE);
  if (result.success) return null;
  const { path, message } = result.error.issues[0]!;
  return { path: [list, index, ...path], message };
}

/** True where a top-level field's value passes the schema's check of that field. */
export function isValidDatasetField(key: keyof typeof datasetSchema.shape, input: unknown): boolean {
  return datasetSchema.shape[key].safeParse(input, FIRST_ISSUE).success;
}
