import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { DatasetIndex } from "../dataset/dataset-index";
import { bundledDataset, datasetQueryOptions, type DatasetSource } from "../dataset/load-dataset";
import { phaseEnd, recordPhase } from "../dataset/load-phases";
import { progressReading, type LoadProgress } from "../dataset/load-progress";
import { OpenDatasetButton, useDatasetFilePicker } from "../dataset/open-dataset-button";
import { ProgressBar } from "../ui/progress-bar";
import { DEFAULT_VIEW_PARAMS } from "../url/view-params";
import { useViewParams } from "../url/use-view-params";
import { CopyLinkButton } from "./copy-link-button";
import { EmbedButton } from "./embed-button";
import { EmbedLayout } from "./embed-layout";
import { ExplorerView } from "./explorer-view";
import { LoadError } from "./load-error";
import { PageShell } from "./page-shell";
import { replaceStaticPage } from "./static-page";

/** Loads the dataset the URL (or an opened file) names, and shows the explorer, a skeleton, or the error. */
export function Explorer() {
  // A local file cannot live in the URL, so it is kept here; opening one drops `data=`.
  const [file, setFile] = useState<File | null>(null);
  // What the reader should know about the opened spreadsheet: the columns it ignored.
  const [fileNotice, setFileNotice] = useState<string | null>(null);
  // Only the bundled dataset's events have pages of their own.
  const url = useViewParams({ eventPages: file === null });
  const source: DatasetSource = file
    ? { kind: "file", file }
    : url.params.data !== null
      ? { kind: "url", url: url.params.data }
      : bundledDataset(url.siteRoot);
  // The progress of the load in flight, tagged with its source so another source's never shows.
  const [progress, setProgress] = useState<{ source: DatasetSource; progress: LoadProgress } | null>(null);
  const options = datasetQueryOptions(source, (next) => setProgress({ source, progress: next }));
  // Sorted and indexed once per dataset, by the query function.
  const query = useQuery(options);
  useRenderPhase(query.isSuccess ? query.data : null);
  const shownProgress = progress && sameKey(datasetQueryOptions(progress.source).queryKey, options.queryKey) ? progress.progress : null;
  const cancel = () => url.navigate({ ...DEFAULT_VIEW_PARAMS, view: url.params.view, embed: url.params.embed }, "push");
  // Before the first paint of the loaded explorer (or of the error), never during the load.
  useLayoutEffect(() => {
    if (!query.isPending) replaceStaticPage();
  }, [query.isPending]);

  // An opened file replaces the dataset only once it has loaded: a broken file must not cost the reader the current view.
  const queryClient = useQueryClient();
  const [opening, setOpening] = useState<{ name: string; error: string | null; progress: LoadProgress | null } | null>(null);
  const latestOpen = useRef<File | null>(null);
  const openFile = async (opened: File) => {
    latestOpen.current = opened;
    setOpening({ name: opened.name, error: null, progress: null });
    const onProgress = (next: LoadProgress) => {
      if (latestOpen.current === opened) setOpening({ name: opened.name, error: null, progress: next });
    };
    let notice: string | null;
    try {
      ({ notice } = await queryClient.fetchQuery(datasetQueryOptions({ kind: "file", file: opened }, onProgress)));
    } catch (error) {
      if (latestOpen.current === opened) setOpening({ name: opened.name, error: error instanceof Error ? error.message : String(error), progress: null });
      return;
    }
    if (latestOpen.current !== opened) return;
    setOpening(null);
    setFile(opened);
    setFileNotice(notice);
    url.navigate({ ...DEFAULT_VIEW_PARAMS, view: url.latest().view }, "push");
  };
  const picker = useDatasetFilePicker(openFile);
  const actions = (
    <>
      <OpenDatasetButton picker={picker} />
      <CopyLinkButton currentLink={url.currentLink} />
      {/* An opened file cannot travel in a link, so neither can an embed of it. */}
      {file === null ? <EmbedButton embedLink={() => url.linkFor({ ...url.latest(), embed: true })} title={query.data?.dataset.title ?? "Syria Timeline Explorer"} /> : null}
      <p role="status" className="basis-full text-sm text-slate-700 empty:hidden dark:text-slate-300">
        {opening && opening.error === null ? `Opening ${opening.name}…` : ""}
      </p>
      {opening?.progress && opening.error === null ? <ProgressBar label={`Opening ${opening.name}`} {...progressReading(opening.progress)} /> : null}
      {opening?.error ? (
        // Inline size contained: a long message wraps within the actions' width rather than widening them, which pushed them under the title.
        <p role="alert" className="max-w-md basis-full text-sm text-red-700 contain-inline-size dark:text-red-400">
          <span className="font-medium">Could not open {opening.name}; the dataset shown is unchanged.</span>{" "}
          <span className="block">{opening.error}</span>
        </p>
      ) : null}
    </>
  );
  const sourceNote = file ? (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Opened from the file {file.name}. Copied links open the view, but the reader must open the same file.
      </p>
      {fileNotice ? (
        <p role="status" className="text-sm text-amber-900 dark:text-amber-200">
          {fileNotice}
        </p>
      ) : null}
    </>
  ) : url.params.data !== null ? (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {query.isSuccess ? "Loaded from" : query.isError ? "Could not load" : "Loading from"} {url.params.data}
    </p>
  ) : null;

  // The file input is the first child whatever is shown after it, so it outlives the switch from loading to loaded.
  const withPicker = (content: ReactNode) => (
    <>
      {url.params.embed ? null : picker.element}
      {content}
    </>
  );
  if (query.isSuccess) {
    return withPicker(<ExplorerView index={query.data} url={url} actions={actions} sourceNote={sourceNote} />);
  }
  const title = query.isError ? "Dataset not loaded" : "Loading dataset…";
  const main =
    query.isError ? (
      <LoadError
        message={query.error.message}
        onRetry={() => query.refetch()}
        retrying={query.isFetching}
        onCancel={url.params.data !== null ? cancel : undefined}
      />
    ) : (
      <>
        <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
          <div className="min-w-0 flex-1 space-y-2">
            <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
              Loading dataset…
            </p>
            {shownProgress ? <ProgressBar label="Loading the dataset" {...progressReading(shownProgress)} /> : null}
          </div>
          {url.params.data !== null ? (
            <button
              type="button"
              onClick={cancel}
              className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              Cancel
            </button>
          ) : null}
        </div>
        <div aria-hidden="true" className="h-[26rem] animate-pulse rounded-lg border border-slate-200 bg-slate-200/70 dark:border-slate-800 dark:bg-slate-800/60" />
      </>
    );
  if (url.params.embed) {
    return withPicker(<EmbedLayout title={title} fullExplorerHref={url.linkFor({ ...url.params, embed: false })} main={main} busy={query.isPending} />);
  }
  return withPicker(
    <PageShell
      title={title}
      actions={actions}
      note={sourceNote}
      loading={query.isPending}
      tabs={{
        current: url.params.view,
        hrefFor: (view) => url.hrefFor({ ...url.params, view }),
        onChange: (view) => url.navigate({ ...url.params, view }, "push"),
      }}
      filter={
        query.isError ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">Actors appear here once a dataset is loaded.</p>
        ) : (
          <SkeletonLines count={8} />
        )
      }
      main={main}
    />,
  );
}

/** Records the first render of each newly indexed dataset as the load's last phase. */
function useRenderPhase(index: DatasetIndex | null) {
  useEffect(() => {
    const indexed = phaseEnd("chart-index");
    if (index && indexed !== null) recordPhase("render", indexed);
  }, [index]);
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

function SkeletonLines({ count }: { count: number }) {
  return (
    <div aria-hidden="true" className="space-y-3">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="h-5 animate-pulse rounded bg-slate-200 dark:bg-slate-800" />
      ))}
    </div>
  );
}
