import type { MouseEvent } from "react";
import type { ViewName } from "../url/view-params";

export interface ViewTabsProps {
  current: ViewName;
  hrefFor(view: ViewName): string;
  onChange(view: ViewName): void;
}

const labels: Record<ViewName, string> = { timeline: "Timeline", list: "List", sources: "Sources" };

/** Timeline, List and Sources as links, so each view has an address of its own. */
export function ViewTabs({ current, hrefFor, onChange }: ViewTabsProps) {
  const follow = (view: ViewName) => (event: MouseEvent<HTMLAnchorElement>) => {
    // Let the browser handle new-tab clicks; a plain click switches in place.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChange(view);
  };
  return (
    <nav aria-label="Views" className="mx-auto max-w-screen-2xl px-3 md:px-6">
      <ul className="flex gap-1">
        {(Object.keys(labels) as ViewName[]).map((view) => {
          const active = view === current;
          return (
            <li key={view}>
              <a
                href={hrefFor(view)}
                onClick={follow(view)}
                aria-current={active ? "page" : undefined}
                className={`inline-block border-b-4 px-4 py-2 font-medium ${
                  active
                    ? "border-sky-700 text-sky-900 dark:border-sky-400 dark:text-white"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white"
                }`}
              >
                {labels[view]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
