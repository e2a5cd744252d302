import { createContext, useContext, useMemo, type ReactNode } from "react";
import { highlightSegments, type SearchQuery } from "../text/search-text";

const NO_QUERY: SearchQuery = { terms: [] };
const HighlightContext = createContext<SearchQuery>(NO_QUERY);

/** Makes `query` the search every `Highlight` below marks. */
export function HighlightProvider({ query, children }: { query: SearchQuery; children: ReactNode }) {
  return <HighlightContext value={query}>{children}</HighlightContext>;
}

/** The search the page marks, for components that choose what to show by it. */
export function useHighlightQuery(): SearchQuery {
  return useContext(HighlightContext);
}

/** `text` with the parts the search matches inside <mark>; the text is always rendered as text. */
export function Highlight({ text }: { text: string }) {
  const query = useContext(HighlightContext);
  const segments = useMemo(() => highlightSegments(text, query), [text, query]);
  if (segments.length === 1 && !segments[0]!.mark) return <>{text}</>;
  return (
    <>
      {segments.map((segment, index) =>
        segment.mark ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-px text-inherit dark:bg-amber-500/40">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
