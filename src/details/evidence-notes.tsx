import type { EventNote } from "../dataset/schema";
import { CappedList } from "../ui/capped-list";

export interface EvidenceNotesProps {
  /** Used to name the section uniquely. */
  eventId: string;
  notes: readonly EventNote[];
  /** The section heading's element, one level below the event's title. */
  heading?: "h2" | "h3";
  /** Show this many notes and "Show all N"; undefined shows all. */
  listCap?: number | undefined;
}

const BASIS_LABEL: Record<EventNote["basis"], string> = { record: "From the record", inference: "Inferred" };
const ABOUT_LABEL = { date: "date", fact: "fact" } as const;

/**
 * What an event's summary or date takes from beyond its quotations: from the
 * public record (naming it), or inferred from the articles. Shown beside the
 * summary so a reader can tell which sentences the quotations do not carry.
 */
export function EvidenceNotes({ eventId, notes, heading: Heading = "h3", listCap }: EvidenceNotesProps) {
  if (notes.length === 0) return null;
  const headingId = `notes-${eventId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-300 bg-slate-100 p-3 dark:border-slate-600 dark:bg-slate-800/60">
      <Heading id={headingId} className="font-semibold text-slate-900 dark:text-white">
        Beyond the quotations
      </Heading>
      <CappedList items={notes} cap={listCap} noun="notes" owner={eventId}>
        {(shown) => (
          <ul className="mt-1 space-y-2 text-sm text-slate-800 dark:text-slate-100">
            {shown.map((note, index) => (
              <li key={index}>
                <span className="mr-1.5 rounded bg-slate-300 px-1.5 py-0.5 text-xs font-semibold text-slate-900 dark:bg-slate-600 dark:text-white">
                  {BASIS_LABEL[note.basis]}
                  {note.about ? `, ${ABOUT_LABEL[note.about]}` : null}
                </span>{" "}
                {note.note}
                {note.basis === "record" && note.record ? (
                  <>
                    {" "}
                    <span className="text-slate-700 dark:text-slate-300">
                      Record: <cite className="not-italic">{note.record}</cite>.
                    </span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </CappedList>
    </section>
  );
}
