import { useEffect } from "react";

/** The tab's title: the selected event's, then the dataset's. */
export function useDocumentTitle(datasetTitle: string, eventTitle: string | null) {
  useEffect(() => {
    document.title = eventTitle === null ? datasetTitle : `${eventTitle} · ${datasetTitle}`;
  }, [datasetTitle, eventTitle]);
}
