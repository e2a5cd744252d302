import { useEffect } from "react";
import { useLatest } from "../ui/use-latest";

export interface KeyboardShortcuts {
  onPrevious(): void;
  onNext(): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onEscape(): void;
  /** `/`: go to the search box. */
  onFocusSearch(): void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  // Checkboxes and radios do not take text; arrows on a radio change its group, so those are left alone too.
  return target instanceof HTMLInputElement && target.type !== "checkbox";
}

/** ←/→ step through events, +/− zoom, `/` goes to the search, Esc closes: anywhere on the page except while typing. */
export function useKeyboardShortcuts(shortcuts: KeyboardShortcuts) {
  const latest = useLatest(shortcuts);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A control that handled the key itself (e.g. the overview slider's arrows) wins.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === "Escape") {
        if (event.target instanceof HTMLInputElement && event.target.type === "search" && event.target.value) return;
        latest.current.onEscape();
        return;
      }
      if (isTyping(event.target)) return;
      const action = {
        ArrowLeft: latest.current.onPrevious,
        ArrowRight: latest.current.onNext,
        "+": latest.current.onZoomIn,
        "=": latest.current.onZoomIn,
        "-": latest.current.onZoomOut,
        _: latest.current.onZoomOut,
        "/": latest.current.onFocusSearch,
      }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [latest]);
}
