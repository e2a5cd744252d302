/** The bordered button of the details panel's toolbar (Previous, Next, Cite, Close). */
export const toolbarButtonClass =
  "inline-flex min-h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800";
