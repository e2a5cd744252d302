export interface LoadErrorProps {
  message: string;
  onRetry(): void;
  retrying: boolean;
  /** Given for a `?data=` dataset: gives it up and returns to the bundled one. */
  onCancel?: (() => void) | undefined;
}

/** What went wrong loading the dataset, in the loader's words, and a way to try again. */
export function LoadError({ message, onRetry, retrying, onCancel }: LoadErrorProps) {
  return (
    <div role="alert" className="max-w-2xl space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50">
      <h2 className="text-lg font-semibold">The dataset could not be loaded</h2>
      <p>{message}</p>
      <p className="text-sm">
        {onCancel
          ? "Retry, Cancel to return to the dataset that comes with the app, or open a dataset file in the timeline format with “Open dataset”."
          : "Retry, or open a dataset file in the timeline format with “Open dataset”."}
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-60"
        >
          {retrying ? "Retrying…" : "Retry"}
        </button>
        {onCancel ? (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-red-800 px-4 py-2 text-sm font-medium text-red-900 hover:bg-red-100 dark:border-red-300 dark:text-red-50 dark:hover:bg-red-900"
          >
            Cancel
          </button>
        ) : null}
      </div>
    </div>
  );
}
