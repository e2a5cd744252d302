export interface NoticesProps {
  notices: readonly string[];
  onDismiss(): void;
}

/** What the link held that could not be used; the rest of the view is applied. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  if (notices.length === 0) return null;
  return (
    <div role="alert" className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <div className="min-w-0 flex-1">
        <p className="font-medium">Some of this link could not be used:</p>
        <ul className="mt-1 list-disc pl-5 text-sm">
          {notices.map((notice, index) => (
            <li key={index}>{notice}</li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="shrink-0 rounded-md border border-amber-400 px-3 py-1 text-sm font-medium hover:bg-amber-100 dark:border-amber-600 dark:hover:bg-amber-900"
      >
        Dismiss
      </button>
    </div>
  );
}
