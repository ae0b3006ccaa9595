// Whole-word edit distance for the word index's fuzzy lookup: how many letters must change to turn
// a query word into a vocabulary word, counting an adjacent swap ("landmien") as one change, as
// Fuse's Bitap does. Bounded: the caller names the most it accepts and gets max + 1 for anything
// farther, found early, so scanning a whole vocabulary stays cheap.

/** Query words shorter than this are matched exactly (or as word starts), never fuzzily: one
 * change in a two-letter word ("un" -> "us", "in", "uk") matches too much to narrow anything. */
export const MIN_FUZZY_WORD = 3;

/** Words up to this long accept one change; longer ones two. Fuse's threshold (0.35 of the
 * length) allows 1 for 3-5 letters and 2 for 6-8; capping at 2 above that keeps long words
 * ("peacebuilding") from matching unrelated ones four letters apart. */
const ONE_EDIT_UP_TO = 5;

/** The most changes a query word of this length may be from a vocabulary word. */
export function maxEdits(length: number): number {
  if (length < MIN_FUZZY_WORD) return 0;
  return length <= ONE_EDIT_UP_TO ? 1 : 2;
}

// Three rows of the distance table, reused between calls (the index is single-threaded).
let before = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions) between a and b,
 * or max + 1 as soon as it is certain to exceed max.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > current.length) {
    const size = 2 * (m + 1);
    before = new Int32Array(size);
    previous = new Int32Array(size);
    current = new Int32Array(size);
  }
  const far = max + 1;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    // Only cells within max of the diagonal can lead to a distance within max.
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[0] = i;
    if (from > 1) current[from - 1] = far;
    let rowMin = from === 1 ? i : far;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = previous[j - 1] + cost;
      const del = previous[j] + 1;
      if (del < d) d = del;
      const ins = current[j - 1] + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = before[j - 2] + 1;
        if (swap < d) d = swap;
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < m) current[to + 1] = far;
    if (rowMin > max) return far;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return Math.min(previous[m], far);
}
