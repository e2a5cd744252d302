import { defaultRangeExtractor, type Range } from "@tanstack/react-virtual";

/**
 * The rows to render: those in view (with overscan) and the `pinned` ones wherever they are,
 * in list order. Pinning the selected and the focused row keeps `aria-current` findable and
 * keyboard focus from being lost when that row scrolls out of view.
 */
export function pinnedRange(range: Range, pinned: readonly number[]): number[] {
  const indexes = defaultRangeExtractor(range);
  const extra = pinned.filter((index) => index >= 0 && index < range.count && !indexes.includes(index));
  return extra.length === 0 ? indexes : [...indexes, ...extra].sort((a, b) => a - b);
}
