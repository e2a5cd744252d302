import { memo, useId, useMemo, useState } from "react";
import type { Actor, ActorKind } from "../dataset/schema";
import { groupActorsByKind, visibleActors, type ActorMatch } from "./actor-match";

export interface ActorFilterProps {
  actors: readonly Actor[];
  /** Events per actor over the whole dataset. */
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  match: ActorMatch;
  onChange(selected: string[], match: ActorMatch): void;
}

/** How many actors the list shows at once; the search box reaches the rest. */
export const ACTOR_LIST_LIMIT = 50;

const kindLabels: Record<ActorKind, string> = {
  person: "People",
  state: "States",
  organization: "Organizations",
  group: "Groups",
};

/**
 * Checkboxes per actor (most frequent first, searchable), any/all matching, and
 * Clear. Memoised: zooming re-renders the page on every frame, and this panel
 * does not change with the window.
 */
export const ActorFilter = memo(function ActorFilter({ actors, counts, selected, match, onChange }: ActorFilterProps) {
  const [query, setQuery] = useState("");
  const id = useId();
  const { actors: listed, hidden } = useMemo(
    () => visibleActors(actors, counts, selected, query, ACTOR_LIST_LIMIT),
    [actors, counts, selected, query],
  );
  const groups = useMemo(() => groupActorsByKind(listed, counts), [listed, counts]);
  const selectedSet = new Set(selected);

  const toggle = (actorId: string, checked: boolean) =>
    onChange(checked ? [...selected, actorId] : selected.filter((idValue) => idValue !== actorId), match);

  // A spreadsheet opened from the TimelineJS template names no actors: nothing to search or tick.
  if (actors.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">This dataset names no actors.</p>;

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`${id}-search`} className="block text-sm font-medium text-slate-800 dark:text-slate-100">
          Search actors
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          autoComplete="off"
          className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-100">Events must include</legend>
        <div className="mt-1 flex gap-4 text-sm text-slate-800 dark:text-slate-100">
          {(["any", "all"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5">
              <input
                type="radio"
                name={`${id}-match`}
                value={value}
                checked={match === value}
                onChange={() => onChange([...selected], value)}
                className="accent-sky-700"
              />
              {value === "any" ? "Match any" : "Match all"}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {selected.length === 0 ? "No actor selected" : `${selected.length} selected`}
        </p>
        <button
          type="button"
          onClick={() => onChange([], match)}
          disabled={selected.length === 0}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          Clear
        </button>
      </div>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">No actor matches “{query}”.</p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.kind}>
          <legend className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
            {kindLabels[group.kind]}
          </legend>
          <ul className="mt-1 space-y-0.5">
            {group.actors.map((actor) => {
              const inputId = `${id}-actor-${actor.id}`;
              const count = counts.get(actor.id) ?? 0;
              return (
                <li key={actor.id} className="flex items-center gap-2 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800">
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={selectedSet.has(actor.id)}
                    onChange={(event) => toggle(actor.id, event.target.checked)}
                    aria-describedby={`${inputId}-count`}
                    className="size-4 shrink-0 accent-sky-700"
                  />
                  <label htmlFor={inputId} className="min-w-0 flex-1 py-1 text-sm text-slate-900 dark:text-slate-100">
                    {actor.name}
                  </label>
                  <span id={`${inputId}-count`} className="shrink-0 text-xs text-slate-600 tabular-nums dark:text-slate-300">
                    {count.toLocaleString("en")} {count === 1 ? "event" : "events"}
                  </span>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {hidden > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {hidden.toLocaleString("en")} more {hidden === 1 ? "actor" : "actors"} — search to find them.
        </p>
      ) : null}
    </div>
  );
});
