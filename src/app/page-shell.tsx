import type { ReactNode, Ref } from "react";
import { AppHeader } from "./app-header";
import { ExplorerLayout } from "./explorer-layout";
import { ViewTabs, type ViewTabsProps } from "./view-tabs";

export interface PageShellProps {
  title: string;
  description?: string | undefined;
  /** Open dataset, Copy link. */
  actions: ReactNode;
  /** Where the dataset came from. */
  note: ReactNode;
  tabs: ViewTabsProps;
  /** True while the dataset loads: the header holds the description's place and the main area is busy. */
  loading?: boolean;
  filter: ReactNode;
  filterSummary?: string | undefined;
  main: ReactNode;
  details?: ReactNode;
  mainRef?: Ref<HTMLElement>;
}

/** The page around every state of the explorer (loading, failed, loaded): the header with its tabs, then the layout. */
export function PageShell({ title, description, actions, note, tabs, loading, filter, filterSummary, main, details, mainRef }: PageShellProps) {
  return (
    <ExplorerLayout
      busy={loading}
      header={<AppHeader title={title} description={description} actions={actions} note={note} loading={loading} nav={<ViewTabs {...tabs} />} />}
      filter={filter}
      filterSummary={filterSummary}
      main={main}
      details={details}
      mainRef={mainRef}
    />
  );
}
