import { useEffect, type RefObject } from "react";
import type { ViewName } from "../url/view-params";

const MARGIN_PX = 16;

/**
 * On phones the details are a sheet over the lower part of the screen: keep the selected
 * mark or list row above it or, where the chart draws the event only as a count, bring the chart up.
 */
export function useSheetKeepsSelectionVisible(
  sheetInside: RefObject<HTMLElement | null>,
  mainRef: RefObject<HTMLElement | null>,
  selectedId: string | null,
  view: ViewName,
) {
  useEffect(() => {
    const sheet = sheetInside.current?.closest("aside");
    if (selectedId === null || !sheet || getComputedStyle(sheet).position !== "fixed") return;
    const chosen = mainRef.current?.querySelector('[aria-pressed="true"], [aria-current="true"]');
    if (!chosen) {
      if (view === "timeline") mainRef.current?.scrollIntoView({ block: "start" });
      return;
    }
    const sheetTop = sheet.getBoundingClientRect().top;
    const box = chosen.getBoundingClientRect();
    if (box.bottom > sheetTop - MARGIN_PX) window.scrollBy({ top: box.bottom - sheetTop + MARGIN_PX });
    else if (box.top < MARGIN_PX) window.scrollBy({ top: box.top - MARGIN_PX });
  }, [sheetInside, mainRef, selectedId, view]);
}
