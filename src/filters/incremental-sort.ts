/** A sort that can be done a slice at a time. */
export interface IncrementalSort {
  /** Sorts until `until` (a `performance.now()` time) has passed; true once sorted. */
  step(until: number): boolean;
  /** Finishes the sort and returns the sorted values. */
  result(): string[];
}

/**
 * Sorts strings (in code unit order, as `Array.prototype.sort` does) in slices: runs of
 * `run` values are sorted, then merged pairwise, a bounded amount of work per step. Sorting
 * the 100,000 words of a large dataset at once took 180 ms, a task that froze the page.
 */
export function incrementalSort(values: readonly string[], run = 2048): IncrementalSort {
  const n = values.length;
  let source = values.slice();
  let target = new Array<string>(n);
  let sortedUpTo = 0;
  let width = run;
  // The pair of runs being merged: [left, middle) and [middle, right), read at i and j, written at k; i < 0 before a pair starts.
  let left = 0;
  let middle = 0;
  let right = 0;
  let i = -1;
  let j = 0;
  let k = 0;

  const step = (until: number) => {
    while (sortedUpTo < n) {
      const end = Math.min(n, sortedUpTo + run);
      const sorted = source.slice(sortedUpTo, end).sort();
      for (let at = 0; at < sorted.length; at++) source[sortedUpTo + at] = sorted[at]!;
      sortedUpTo = end;
      if (performance.now() >= until) return width >= n && sortedUpTo >= n;
    }
    let moves = 0;
    while (width < n) {
      if (i < 0) {
        middle = Math.min(n, left + width);
        right = Math.min(n, left + 2 * width);
        i = left;
        j = middle;
        k = left;
      }
      while (k < right) {
        target[k++] = j >= right || (i < middle && source[i]! <= source[j]!) ? source[i++]! : source[j++]!;
        // Reading the clock costs more than a move; look every 1,024.
        if ((++moves & 1023) === 0 && performance.now() >= until) return false;
      }
      i = -1;
      left = right;
      if (left >= n) {
        [source, target] = [target, source];
        width *= 2;
        left = 0;
      }
    }
    return true;
  };
  return {
    step,
    result: () => {
      step(Number.POSITIVE_INFINITY);
      return source;
    },
  };
}
