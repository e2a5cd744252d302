import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The element's top in page coordinates, which the window virtualizer needs as its scroll margin.
 * What lies above it (notices, the search box, the folded filters on phones) can change height,
 * and that changes the page's height too, so a ResizeObserver on the body keeps it current.
 */
export function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    if (typeof ResizeObserver === "undefined") return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}
