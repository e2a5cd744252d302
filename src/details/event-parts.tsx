import type { TimelineEvent } from "../dataset/schema";
import { formatEventDate } from "../dataset/format-date";
import { CappedList } from "../ui/capped-list";

export interface EventPartsProps {
  eventId: string;
  /** The event this one is part of, or null. */
  parent: TimelineEvent | null;
  /** The events that are part of this one, chronologically. */
  parts: readonly TimelineEvent[];
  onSelect(id: string): void;
  /** Show this many parts and "Show all N"; undefined shows all. */
  listCap?: number | undefined;
}

const linkButton = "text-left text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100";

/** Where an event sits in a process: the round it belongs to, and its phases or parts, each a way to open it. */
export function EventParts({ eventId, parent, parts, onSelect, listCap }: EventPartsProps) {
  if (!parent && parts.length === 0) return null;
  return (
    <div className="space-y-2 text-sm text-slate-800 dark:text-slate-100">
      {parent ? (
        <p>
          Part of{" "}
          <button type="button" className={linkButton} onClick={() => onSelect(parent.id)}>
            {parent.title}
          </button>{" "}
          <span className="text-slate-600 dark:text-slate-300">({formatEventDate(parent)})</span>
        </p>
      ) : null}
      {parts.length > 0 ? (
        <section aria-labelledby={`parts-${eventId}`}>
          <h3 id={`parts-${eventId}`} className="font-semibold text-slate-900 dark:text-white">
            Parts ({parts.length})
          </h3>
          <CappedList items={parts} cap={listCap} noun="parts" owner={eventId}>
            {(shown) => (
              <ul className="mt-1 space-y-1">
                {shown.map((part) => (
                  <li key={part.id}>
                    <button type="button" className={linkButton} onClick={() => onSelect(part.id)}>
                      {part.title}
                    </button>{" "}
                    <span className="text-slate-600 dark:text-slate-300">({formatEventDate(part)})</span>
                  </li>
                ))}
              </ul>
            )}
          </CappedList>
        </section>
      ) : null}
    </div>
  );
}
