import { useLayoutEffect, useState, type RefObject } from "react";

/** Width used before the first measurement and where ResizeObserver is missing (tests). */
const FALLBACK_WIDTH = 960;

/** The element's content width, kept current by a ResizeObserver. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    setWidth(Math.floor(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width > 0 ? width : FALLBACK_WIDTH;
}
