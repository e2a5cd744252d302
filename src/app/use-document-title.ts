import { useEffect } from "react";

/** A page's title: the event's, then the dataset's. The explorer's tab and the built event pages both use it. */
export function documentTitle(datasetTitle: string, eventTitle: string | null): string {
  return eventTitle === null ? datasetTitle : `${eventTitle} · ${datasetTitle}`;
}

/** The tab's title: the selected event's, then the dataset's. */
export function useDocumentTitle(datasetTitle: string, eventTitle: string | null) {
  useEffect(() => {
    document.title = documentTitle(datasetTitle, eventTitle);
  }, [datasetTitle, eventTitle]);
}
