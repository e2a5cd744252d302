export interface ProgressBarProps {
  /** The bar's accessible name, e.g. "Loading the dataset". */
  label: string;
  /** How far along, of `max`; null while it cannot be known (the bar then shows activity, not an amount). */
  value: number | null;
  max: number;
  /** The reading in words, shown under the bar and given to assistive technology. */
  text: string;
}

/** A horizontal progress bar with its reading in words. */
export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const percent = value === null || max <= 0 ? null : Math.min(100, (value / max) * 100);
  return (
    <div className="w-full max-w-md space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value ?? undefined}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className={`h-full rounded-full bg-sky-700 dark:bg-sky-400 ${percent === null ? "w-1/3 animate-pulse" : "transition-[width] duration-100"}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p aria-hidden="true" className="text-sm text-slate-600 tabular-nums dark:text-slate-300">
        {text}
      </p>
    </div>
  );
}
