import type { KeyboardEvent } from "react";

/**
 * Calls `activate` for Enter or Space, as a native button would, on an element given
 * role="button" (SVG marks cannot be <button>s); Space must not scroll the page.
 */
export function onActivationKey(activate: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    activate();
  };
}
