/** What each shape means; shown with the chart so colour is never the only cue. */
export function ChartLegend() {
  const swatch = "inline-block h-3.5 w-7 shrink-0 overflow-visible";
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" viewBox="0 0 28 14" className={swatch}>
          <path d="M14 1L20 7L14 13L8 7Z" className="fill-slate-600 dark:fill-slate-300" />
        </svg>
        Event on a day
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" viewBox="0 0 28 14" className={swatch}>
          <rect x={1} y={2} width={26} height={10} rx={3} className="fill-slate-600 dark:fill-slate-300" />
        </svg>
        Span of days
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" viewBox="0 0 28 14" className={swatch}>
          <path d="M2 11V5H26V11" fill="none" strokeWidth={2} strokeLinejoin="round" className="stroke-slate-600 dark:stroke-slate-300" />
        </svg>
        Round or phase, over its parts
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" viewBox="0 0 28 14" className={swatch}>
          <rect x={1} y={0.5} width={26} height={13} rx={2} fillOpacity={0.18} strokeDasharray="3 2" className="fill-slate-600 stroke-slate-600 dark:fill-slate-300 dark:stroke-slate-300" />
          <circle cx={14} cy={7} r={4.5} className="fill-slate-600 dark:fill-slate-300" />
        </svg>
        Date known only to the month
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" viewBox="0 0 28 14" className={swatch}>
          <rect x={2} y={7} width={7} height={7} className="fill-slate-500 dark:fill-slate-400" />
          <rect x={10} y={2} width={7} height={12} className="fill-slate-500 dark:fill-slate-400" />
          <rect x={18} y={9} width={7} height={5} className="fill-slate-500 dark:fill-slate-400" />
        </svg>
        Count of events (too many to draw; activate to zoom in)
      </li>
    </ul>
  );
}
