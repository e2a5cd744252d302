import { useEffect, useRef } from "react";

/**
 * Keyboard focus around the details panel: opening it from a mark or a row moves focus
 * to its heading; closing it returns focus to what opened it (or to the main area).
 */
export function useDetailsFocus() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const focusHeading = useRef(false);
  const opener = useRef<HTMLElement | SVGElement | null>(null);

  useEffect(() => {
    if (focusHeading.current && headingRef.current) headingRef.current.focus();
    focusHeading.current = false;
  });

  /** Call before opening the details: the next render focuses their heading. */
  const willOpen = () => {
    focusHeading.current = true;
    const active = document.activeElement;
    // Esc returns to what opened the details, not to a control inside them. Timeline marks are SVG elements.
    const inDetails = headingRef.current?.closest("aside")?.contains(active) ?? false;
    if ((active instanceof HTMLElement || active instanceof SVGElement) && !inDetails) opener.current = active;
  };

  /** Call as the details close. */
  const returnFocus = () => {
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
    else mainRef.current?.focus();
  };

  return { headingRef, mainRef, willOpen, returnFocus };
}
