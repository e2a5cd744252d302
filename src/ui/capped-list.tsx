import { useState, type ReactNode } from "react";
import { toolbarButtonClass } from "./button-class";

/** Items a long list in the details panel shows before "Show all N": an event can name 20,000 actors. */
export const DETAILS_LIST_CAP = 20;

export interface CappedListProps<T> {
  items: readonly T[];
  /** How many to show until the reader asks for all; undefined shows all (the event pages, which run no script). */
  cap: number | undefined;
  /** What the items are, for the button: "Show all 20,000 actors". */
  noun: string;
  /** Whose list this is (the event's id): another event's list starts capped again. */
  owner: string;
  /** Renders the items shown, e.g. as a <ul>. */
  children(shown: readonly T[]): ReactNode;
}

/**
 * A list that renders its first `cap` items and a "Show all N" button, which then becomes
 * "Show fewer": one button that stays where it is, so keyboard focus is never lost.
 */
export function CappedList<T>({ items, cap, noun, owner, children }: CappedListProps<T>) {
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  if (cap === undefined || items.length <= cap) return <>{children(items)}</>;
  const expanded = expandedFor === owner;
  return (
    <>
      {children(expanded ? items : items.slice(0, cap))}
      <button type="button" aria-expanded={expanded} onClick={() => setExpandedFor(expanded ? null : owner)} className={`${toolbarButtonClass} mt-2`}>
        {expanded ? `Show the first ${cap} only` : `Show all ${items.length.toLocaleString("en")} ${noun}`}
      </button>
    </>
  );
}
