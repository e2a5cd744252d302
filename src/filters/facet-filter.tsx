import { memo, useId, useState } from "react";
import type { FacetName } from "../dataset/dataset-index";

/** One facet's values as the panel lists them, with the events each would show. */
export interface FacetOption {
  value: string;
  count: number;
}

export interface FacetFilterProps {
  /** The facets in panel order, each with its options in the order to show them. */
  facets: readonly { name: FacetName; legend: string; options: readonly FacetOption[] }[];
  selected: Record<FacetName, readonly string[]>;
  disputed: boolean;
  /** Events the sources dispute, given the other filters. */
  disputedCount: number;
  onChange(facet: FacetName, values: string[]): void;
  onDisputedChange(disputed: boolean): void;
}

/** Options a facet shows before "Show all"; chosen ones always show. */
export const FACET_LIST_LIMIT = 8;

const eventsLabel = (count: number) => `${count.toLocaleString("en")} ${count === 1 ? "event" : "events"}`;

/**
 * Checkbox lists with counts for track, source outlet and place, and the "only disputed"
 * toggle: any ticked value of a facet, and every facet, must hold. Memoised, as the actor
 * filter is: zooming re-renders the page on every frame.
 */
export const FacetFilter = memo(function FacetFilter({ facets, selected, disputed, disputedCount, onChange, onDisputedChange }: FacetFilterProps) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4 space-y-4 border-t border-slate-200 pt-4 dark:border-slate-700">
      <h2 id={`${id}-heading`} className="font-semibold">
        Filter by track, source and place
      </h2>
      <fieldset>
        <legend className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">Disputes</legend>
        <div className="mt-1 flex items-center gap-2 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800">
          <input
            id={`${id}-disputed`}
            type="checkbox"
            checked={disputed}
            onChange={(event) => onDisputedChange(event.target.checked)}
            aria-describedby={`${id}-disputed-count`}
            className="size-4 shrink-0 accent-sky-700"
          />
          <label htmlFor={`${id}-disputed`} className="min-w-0 flex-1 py-1 text-sm font-medium text-slate-900 dark:text-slate-100">
            Only events the sources dispute
          </label>
          <span id={`${id}-disputed-count`} className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-300">
            {eventsLabel(disputedCount)}
          </span>
        </div>
      </fieldset>
      {facets.map((facet) =>
        facet.options.length === 0 ? null : (
          <FacetList key={facet.name} {...facet} selected={selected[facet.name]} onChange={(values) => onChange(facet.name, values)} />
        ),
      )}
    </section>
  );
});

interface FacetListProps {
  name: FacetName;
  legend: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange(values: string[]): void;
}

function FacetList({ name, legend, options, selected, onChange }: FacetListProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const chosen = new Set(selected);
  const long = options.length > FACET_LIST_LIMIT + 2;
  const shown = !long || expanded ? options : options.filter((option, index) => index < FACET_LIST_LIMIT || chosen.has(option.value));
  return (
    <fieldset>
      <legend className="flex w-full items-baseline justify-between text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {legend}
      </legend>
      <ul className="mt-1 space-y-0.5">
        {shown.map((option, index) => {
          const inputId = `${id}-${index}`;
          return (
            <li key={option.value} className="flex items-center gap-2 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                id={inputId}
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value))
                }
                aria-describedby={`${inputId}-count`}
                className="size-4 shrink-0 accent-sky-700"
              />
              <label htmlFor={inputId} className="min-w-0 flex-1 py-1 text-sm text-slate-900 dark:text-slate-100">
                {option.value}
              </label>
              <span id={`${inputId}-count`} className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-300">
                {eventsLabel(option.count)}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="mt-1 flex flex-wrap gap-2">
        {long ? (
          <button
            type="button"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
            className="rounded-md px-1 text-sm font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
          >
            {expanded ? `Show fewer ${name}` : `Show all ${options.length.toLocaleString("en")} ${name}`}
          </button>
        ) : null}
        {selected.length > 0 ? (
          <button
            type="button"
            onClick={() => onChange([])}
            aria-label={`Clear ${legend.toLowerCase()}`}
            className="rounded-md px-1 text-sm font-medium text-sky-800 underline hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
          >
            Clear
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
