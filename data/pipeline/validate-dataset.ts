import { actorSchema, articleSchema, claimSchema, claimSourceSchema, datasetSchema, disputeSchema, eventSchema, noteSchema, sourceSchema, type Dataset } from "../../src/dataset/schema";
import type { DatasetIssue } from "../../src/dataset/dataset-rules";
import { checkDataset } from "../../src/dataset/check-dataset";
import { quoteValue } from "../../src/dataset/quote-value";
import type { DataError } from "./dataset-errors";
import { LIST_KEYS } from "./load-data-sources";

export type ValidationResult =
  | { ok: true; dataset: Dataset; articleFiles: Map<string, string> }
  | { ok: false; errors: DataError[] };

const LIST_FIELDS = new Set<string>(LIST_KEYS);
const DATASET_FIELDS = Object.keys(datasetSchema.shape).filter((key) => !LIST_FIELDS.has(key));
const ARTICLE_FIELDS = [...Object.keys(articleSchema.shape), "file"];
const ACTOR_FIELDS = Object.keys(actorSchema.shape);
const EVENT_FIELDS = Object.keys(eventSchema.shape);
// The pipeline computes `resolution`; an author who writes one would have it silently replaced.
const SOURCE_FIELDS = Object.keys(sourceSchema.shape).filter((key) => key !== "resolution");
const DISPUTE_FIELDS = Object.keys(disputeSchema.shape);
const NOTE_FIELDS = Object.keys(noteSchema.shape);
const CLAIM_FIELDS = Object.keys(claimSchema.shape);
const CLAIM_SOURCE_FIELDS = Object.keys(claimSourceSchema.shape);

/**
 * Validates the merged input with the app's schema, plus what the schema
 * lets pass silently: unknown fields (typos) and each article's corpus `file`,
 * which is stripped from the public output.
 */
export function validateDataset(input: Record<string, unknown>, datasetFileKeys: readonly string[]): ValidationResult {
  const errors: DataError[] = [];
  for (const key of datasetFileKeys) {
    if (!DATASET_FIELDS.includes(key)) {
      errors.push({ path: [key], message: `is not a field of the dataset file (expected ${DATASET_FIELDS.join(", ")})` });
    }
  }
  errors.push(...unknownFields(input));
  const { publicInput, articleFiles, fileErrors } = stripArticleFiles(input);
  errors.push(...fileErrors);
  const result = checkDataset(publicInput, { every: true });
  if (!result.success) {
    // A hand-written resolution is already reported as such; its own field errors would only add noise.
    const issues = result.issues.filter((issue) => !issue.path.includes("resolution"));
    errors.push(...issues.map(issueToDataError));
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, dataset: result.data, articleFiles };
}

function unknownFields(input: Record<string, unknown>): DataError[] {
  const errors: DataError[] = [];
  const check = (value: unknown, allowed: readonly string[], path: PropertyKey[]) => {
    if (!isRecord(value)) return;
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      errors.push(
        key === "resolution"
          ? { path: [...path, key], message: "is written by npm run data; remove it" }
          : { path, message: `unknown field ${quoteValue(key)}` },
      );
    }
  };
  check(input.range, ["start", "end"], ["range"]);
  listOf(input.articles).forEach((article, index) => check(article, ARTICLE_FIELDS, ["articles", index]));
  listOf(input.actors).forEach((actor, index) => check(actor, ACTOR_FIELDS, ["actors", index]));
  listOf(input.events).forEach((event, index) => {
    check(event, EVENT_FIELDS, ["events", index]);
    if (!isRecord(event)) return;
    listOf(event.sources).forEach((source, sourceIndex) => check(source, SOURCE_FIELDS, ["events", index, "sources", sourceIndex]));
    listOf(event.disputes).forEach((dispute, disputeIndex) => check(dispute, DISPUTE_FIELDS, ["events", index, "disputes", disputeIndex]));
    listOf(event.notes).forEach((note, noteIndex) => check(note, NOTE_FIELDS, ["events", index, "notes", noteIndex]));
  });
  listOf(input.claims).forEach((claim, index) => {
    check(claim, CLAIM_FIELDS, ["claims", index]);
    if (isRecord(claim)) listOf(claim.sources).forEach((source, sourceIndex) => check(source, CLAIM_SOURCE_FIELDS, ["claims", index, "sources", sourceIndex]));
  });
  return errors;
}

function stripArticleFiles(input: Record<string, unknown>) {
  const articleFiles = new Map<string, string>();
  const fileErrors: DataError[] = [];
  const articles = Array.isArray(input.articles)
    ? input.articles.map((entry: unknown, index) => {
        if (!isRecord(entry)) return entry;
        const { file, ...article } = entry;
        if (file !== undefined && (typeof file !== "string" || !/^[^/\\]+$/.test(file))) {
          fileErrors.push({ path: ["articles", index, "file"], message: `${quoteValue(file)} is not a file name in CORPUS_DIR` });
        }
        if (typeof article.id === "string") articleFiles.set(article.id, typeof file === "string" ? file : `${article.id}.txt`);
        return article;
      })
    : input.articles;
  return { publicInput: { ...input, articles }, articleFiles, fileErrors };
}

/** A duplicate is reported on its entry, whose label already names the id. */
function issueToDataError(issue: DatasetIssue): DataError {
  const last = issue.path.at(-1);
  if (last === "id" && issue.message.startsWith("duplicate id")) return { path: issue.path.slice(0, -1), message: "duplicate id" };
  return issue;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
