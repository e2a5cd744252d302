import { checkDataset } from "../../src/dataset/check-dataset";
import type { Dataset } from "../../src/dataset/schema";
import { formatIssue } from "../../src/dataset/dataset-rules";
import { checkQuotations, findLongQuotations, type ArticleText } from "./check-quotations";
import { formatDatasetErrors } from "./dataset-errors";
import { loadDataSources, type ReadText } from "./load-data-sources";
import { resolveSources } from "./resolve-sources";
import { serializeDataset } from "./serialize-dataset";
import { validateDataset } from "./validate-dataset";

export type BuildOptions = {
  dataDir: string;
  readText?: ReadText;
  /** Reads an article's corpus file by name; without it the quotation check is skipped. */
  readArticleFile?: (fileName: string) => ArticleText;
};

export type BuildCounts = { events: number; articles: number; actors: number; sources: number; disputes: number; claims: number };

export type BuildResult = { ok: true; json: string; counts: BuildCounts } | { ok: false; errors: string[] };

/** Loads, validates, resolves and checks the YAML sources and returns the timeline.json text, or every error. */
export function buildTimeline({ dataDir, readText, readArticleFile }: BuildOptions): BuildResult {
  const loaded = loadDataSources(dataDir, readText);
  if (!loaded.ok) return loaded;
  const { sources } = loaded;
  const datasetKeys = Object.keys(sources.documents.dataset.value as object);
  const validated = validateDataset(sources.input, datasetKeys);
  if (!validated.ok) return { ok: false, errors: formatDatasetErrors(validated.errors, sources) };

  const resolved = resolveSources(validated.dataset);
  const errors = [...resolved.errors, ...findLongQuotations(resolved.dataset)];
  if (readArticleFile) {
    const files = validated.articleFiles;
    errors.push(...checkQuotations(resolved.dataset, (article) => readArticleFile(files.get(article.id) ?? `${article.id}.txt`)));
  }
  if (errors.length > 0) return { ok: false, errors: formatDatasetErrors(errors, sources) };

  const json = serializeDataset(resolved.dataset);
  // The app parses this file with the same schema; a failure here is a bug in the pipeline, not in the data.
  const check = checkDataset(JSON.parse(json));
  if (!check.success) throw new Error(`The written timeline.json does not pass the schema: ${formatIssue(check.issues[0]!)}`);
  return { ok: true, json, counts: countDataset(resolved.dataset) };
}

function countDataset(dataset: Dataset): BuildCounts {
  return {
    events: dataset.events.length,
    articles: dataset.articles.length,
    actors: dataset.actors.length,
    sources: dataset.events.reduce((total, event) => total + event.sources.length, 0),
    disputes: dataset.events.reduce((total, event) => total + event.disputes.length, 0),
    claims: dataset.claims?.length ?? 0,
  };
}
