// Fuse.js's score of one field text for a pattern, computed the way Fuse 7.5's Bitap search does
// (src/search/bitap/search.ts and index.ts in Fuse) but on typed arrays and without Fuse's
// per-record overhead: ~0.5 µs for a title instead of ~6 µs through Fuse. It has two uses:
// RecordIndex estimates Fuse's score of many candidates with it, to choose those Fuse scores; and
// Fuse itself scores each text with it, plugged in as its searcher (fuse.ts). So it must be Fuse's
// score to the bit: test/unit/fuse-searcher.test.ts compares it with Fuse's own on the corpus and
// on random texts, test/unit/record-index.test.ts on random texts.

export interface BitapOptions {
  threshold: number;
  location: number;
  distance: number;
  ignoreLocation: boolean;
  findAllMatches: boolean;
  minMatchCharLength: number;
}

/** Fuse's defaults for the options above (Fuse's Config). */
export const FUSE_DEFAULTS: BitapOptions = {
  threshold: 0.6,
  location: 0,
  distance: 100,
  ignoreLocation: false,
  findAllMatches: false,
  minMatchCharLength: 1,
};

/** What FieldScorer needs of Fuse options, Fuse's defaults taken for those left undefined (as its
 * BitapSearch takes them), or undefined when Fuse searches some other way than FieldScorer does:
 * extended or token search, or diacritics folded. */
export function bitapOptions(o: {
  threshold?: number;
  location?: number;
  distance?: number;
  ignoreLocation?: boolean;
  findAllMatches?: boolean;
  minMatchCharLength?: number;
  useExtendedSearch?: boolean;
  useTokenSearch?: boolean;
  ignoreDiacritics?: boolean;
}): BitapOptions | undefined {
  if (o.useExtendedSearch || o.useTokenSearch || o.ignoreDiacritics) return undefined;
  const {
    threshold = FUSE_DEFAULTS.threshold,
    location = FUSE_DEFAULTS.location,
    distance = FUSE_DEFAULTS.distance,
    ignoreLocation = FUSE_DEFAULTS.ignoreLocation,
    findAllMatches = FUSE_DEFAULTS.findAllMatches,
    minMatchCharLength = FUSE_DEFAULTS.minMatchCharLength,
  } = o;
  return { threshold, location, distance, ignoreLocation, findAllMatches, minMatchCharLength };
}

/** Bitap works on 32-bit masks: Fuse splits longer patterns into chunks of this many letters. */
const MAX_BITS = 32;

interface Chunk {
  pattern: string;
  /** Letter -> bit mask of its positions, as Fuse's createPatternAlphabet: a table for ASCII,
   * a map for the rest. */
  ascii: Int32Array;
  wide: Map<number, number>;
  startIndex: number;
  /** Pieces of the pattern of which any match with the most errors Fuse allows holds at least
   * one unchanged (each error breaks at most one piece), or undefined when that proves nothing. */
  pieces?: string[];
}

let bitsA = new Int32Array(256);
let bitsB = new Int32Array(256);
let matchMask = new Uint8Array(256);
let stateA = new Int32Array(16);
let stateB = new Int32Array(16);

export class FieldScorer {
  private readonly chunks: Chunk[] = [];

  /** pattern as Fuse holds it (lower-cased unless case-sensitive). */
  constructor(
    private readonly pattern: string,
    private readonly options: BitapOptions,
  ) {
    const add = (p: string, startIndex: number) => {
      const ascii = new Int32Array(128);
      const wide = new Map<number, number>();
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const bit = 1 << (p.length - i - 1);
        if (c < 128) ascii[c] |= bit;
        else wide.set(c, (wide.get(c) ?? 0) | bit);
      }
      // Bitap runs error levels i while i / length <= threshold (location ignored).
      let errors = 0;
      while (errors + 1 < p.length && (errors + 1) / p.length <= options.threshold) errors++;
      const pieces = options.ignoreLocation && errors + 1 <= p.length ? split(p, errors + 1) : undefined;
      this.chunks.push({ pattern: p, ascii, wide, startIndex, pieces });
    };
    const len = pattern.length;
    if (len === 0) return;
    if (len > MAX_BITS) {
      const remainder = len % MAX_BITS;
      const end = len - remainder;
      for (let i = 0; i < end; i += MAX_BITS) add(pattern.substr(i, MAX_BITS), i);
      if (remainder) add(pattern.substr(len - MAX_BITS), len - MAX_BITS);
    } else {
      add(pattern, 0);
    }
  }

  /**
   * Cuts the pattern into pieces that are rare in sample (texts like those to be scored): the
   * fewer texts hold a piece, the more score() answers "no match" after a few indexOf calls
   * instead of a Bitap pass. Any cut into as many pieces gives the same scores; for "landmien" over
   * the 300,000-record benchmark's short texts, "lan|dm|ien" let 5,364 of 159,422 through where the
   * even "lan|dmi|en" let 58,301. Worth it for thousands of texts, not for a few.
   */
  preferRarePieces(sample: readonly string[]): void {
    for (const chunk of this.chunks) {
      if (chunk.pieces) chunk.pieces = rarestCut(chunk.pattern, chunk.pieces.length, sample) ?? chunk.pieces;
    }
  }

  /** Fuse's score of text (as Fuse holds it: lower-cased) or -1 when Fuse finds no match. */
  score(text: string): number {
    if (this.pattern === text) return text.length < this.options.minMatchCharLength ? -1 : 0;
    if (this.chunks.length === 0) return -1;
    let total = 0;
    let matched = false;
    for (const chunk of this.chunks) {
      const r = this.search(text, chunk);
      if (r >= 0) matched = true;
      total += Math.abs(r);
    }
    return matched ? total / this.chunks.length : -1;
  }

  /**
   * search() below for the usual case (location ignored and at the start, not all matches asked
   * for, no exact occurrence), in one pass: the lowest error level with a match gives the score
   * (errors / length), and its last position found, scanning right to left, where the match
   * mask starts.
   */
  private fuzzy(text: string, { pattern, ascii, wide }: Chunk): number {
    const { threshold, minMatchCharLength } = this.options;
    const patternLen = pattern.length;
    const textLen = text.length;
    // Fuse runs the levels one after another, each a right-to-left pass over the text reading the
    // level below; none of it depends on what an earlier level found, so one pass can carry every
    // level's bits at once (Fuse stops at the first level with a match: the lowest set below).
    let levels = 0;
    while (levels < patternLen && levels / patternLen <= threshold) levels++;
    if (stateA.length < levels) {
      stateA = new Int32Array(2 * levels);
      stateB = new Int32Array(2 * levels);
    }
    // prev[i]: level i's bits one position to the right (j + 1); next[i]: at j.
    let prev = stateA;
    let next = stateB;
    for (let i = 0; i < levels; i++) prev[i] = (1 << i) - 1; // Fuse's bitArr[finish + 1]
    const mask = 1 << (patternLen - 1);
    let bestErrors = levels;
    let bestLocation = -1;
    for (let j = textLen + patternLen; j >= 1; j--) {
      let match = 0;
      if (j <= textLen) {
        const c = text.charCodeAt(j - 1);
        match = c < 128 ? ascii[c] : (wide.get(c) ?? 0);
      }
      let bits = ((prev[0] << 1) | 1) & match;
      next[0] = bits;
      if (bits & mask) {
        bestErrors = 0;
        bestLocation = j - 1;
      }
      for (let i = 1; i < levels; i++) {
        const belowBefore = prev[i - 1];
        bits = (((prev[i] << 1) | 1) & match) | (((belowBefore | bits) << 1) | 1 | belowBefore);
        next[i] = bits;
        if (bits & mask && i <= bestErrors) {
          bestErrors = i;
          bestLocation = j - 1;
        }
      }
      const spare = prev;
      prev = next;
      next = spare;
    }
    if (bestLocation < 0) return -1;
    const score = Math.max(0.001, bestErrors / patternLen);
    if (minMatchCharLength > 1) {
      // Fuse keeps a match only if the pattern's letters it marks from there run long enough.
      const matchEnd = Math.min(textLen - 1, bestLocation + patternLen - 1 + bestErrors);
      let run = 0;
      let longEnough = false;
      for (let k = bestLocation; k <= matchEnd && !longEnough; k++) {
        const c = text.charCodeAt(k);
        run = (c < 128 ? ascii[c] : (wide.get(c) ?? 0)) ? run + 1 : 0;
        if (run >= minMatchCharLength) longEnough = true;
      }
      if (!longEnough) return -score;
    }
    return score;
  }

  /** One chunk: its score, negated when it does not match (Fuse still adds it to the total). */
  private search(text: string, chunk: Chunk): number {
    const { pattern, ascii, wide, startIndex, pieces } = chunk;
    const { threshold, distance, ignoreLocation, findAllMatches, minMatchCharLength } = this.options;
    const patternLen = pattern.length;
    const textLen = text.length;
    if (ignoreLocation) {
      // Shortcuts with the same outcome as the full run below: no unchanged piece, no match (the
      // most common answer, so asked first: an exact occurrence holds every piece); an exact
      // occurrence scores 0 (floored to 0.001) and marks a run of the whole pattern.
      if (pieces) {
        let any = false;
        for (let k = 0; k < pieces.length && !any; k++) any = text.indexOf(pieces[k]) >= 0;
        if (!any) return -1;
      }
      if (text.indexOf(pattern) >= 0) {
        if (patternLen >= minMatchCharLength) return 0.001;
      } else {
        // Fuse scans from an expected location: the short run assumes it is the start.
        if (!findAllMatches && Math.min(this.options.location + startIndex, textLen) <= 0) return this.fuzzy(text, chunk);
      }
    }
    const charMatch = (at: number) => {
      const c = text.charCodeAt(at);
      return c < 128 ? ascii[c] : (wide.get(c) ?? 0);
    };
    const location = this.options.location + startIndex;
    const expectedLocation = Math.max(0, Math.min(location, textLen));
    let currentThreshold = threshold;
    let bestLocation = expectedLocation;
    const calcScore = (errors: number, currentLocation: number) => {
      const accuracy = errors / patternLen;
      if (ignoreLocation) return accuracy;
      const proximity = Math.abs(expectedLocation - currentLocation);
      if (!distance) return proximity ? 1 : accuracy;
      return accuracy + proximity / distance;
    };
    const computeMatches = minMatchCharLength > 1;
    if (computeMatches) {
      if (matchMask.length < textLen) matchMask = new Uint8Array(2 * textLen);
      matchMask.fill(0, 0, textLen);
    }
    let index: number;
    while ((index = text.indexOf(pattern, bestLocation)) > -1) {
      const score = calcScore(0, index);
      currentThreshold = Math.min(score, currentThreshold);
      bestLocation = index + patternLen;
      if (computeMatches) matchMask.fill(1, index, index + patternLen);
    }
    bestLocation = -1;
    let finalScore = 1;
    let bestErrors = 0;
    let binMax = patternLen + textLen;
    const mask = 1 << (patternLen - 1);
    const size = patternLen + textLen + 3;
    if (bitsA.length < size) {
      bitsA = new Int32Array(2 * size);
      bitsB = new Int32Array(2 * size);
    }
    let bitArr = bitsA;
    let lastBitArr = bitsB;
    lastBitArr.fill(0, 0, size);
    for (let i = 0; i < patternLen; i += 1) {
      let binMin = 0;
      let binMid = binMax;
      while (binMin < binMid) {
        if (calcScore(i, expectedLocation + binMid) <= currentThreshold) binMin = binMid;
        else binMax = binMid;
        binMid = Math.floor((binMax - binMin) / 2 + binMin);
      }
      binMax = binMid;
      let start = Math.max(1, expectedLocation - binMid + 1);
      const finish = findAllMatches ? textLen : Math.min(expectedLocation + binMid, textLen) + patternLen;
      // Fuse starts each row as a fresh array: unwritten cells read as 0.
      bitArr.fill(0, 0, finish + 2);
      bitArr[finish + 1] = (1 << i) - 1;
      for (let j = finish; j >= start; j -= 1) {
        const currentLocation = j - 1;
        const match = currentLocation < textLen ? charMatch(currentLocation) : 0;
        let bits = ((bitArr[j + 1] << 1) | 1) & match;
        if (i) bits |= ((lastBitArr[j + 1] | lastBitArr[j]) << 1) | 1 | lastBitArr[j + 1];
        bitArr[j] = bits;
        if (bits & mask) {
          finalScore = calcScore(i, currentLocation);
          if (finalScore <= currentThreshold) {
            currentThreshold = finalScore;
            bestLocation = currentLocation;
            bestErrors = i;
            if (bestLocation <= expectedLocation) break;
            start = Math.max(1, 2 * expectedLocation - bestLocation);
          }
        }
      }
      if (calcScore(i + 1, expectedLocation) > currentThreshold) break;
      // The row just made is the next one's last row; cells past its end read as 0 there too.
      const spare = lastBitArr;
      lastBitArr = bitArr;
      bitArr = spare;
      lastBitArr.fill(0, finish + 2, size);
    }
    let isMatch = bestLocation >= 0;
    if (computeMatches && isMatch) {
      const matchEnd = Math.min(textLen - 1, bestLocation + patternLen - 1 + bestErrors);
      for (let k = bestLocation; k <= matchEnd; k += 1) if (charMatch(k)) matchMask[k] = 1;
      // Fuse keeps a match only if it marks a run of at least minMatchCharLength letters.
      let run = 0;
      let longEnough = false;
      for (let k = 0; k < textLen && !longEnough; k++) {
        run = matchMask[k] ? run + 1 : 0;
        if (run >= minMatchCharLength) longEnough = true;
      }
      if (!longEnough) isMatch = false;
    }
    const score = Math.max(0.001, finalScore);
    return isMatch ? score : -score;
  }
}

/**
 * pattern cut into n contiguous pieces of two letters or more, the cut whose pieces occur in the
 * fewest of sample's texts (summed over the pieces); undefined when the pattern is too short.
 */
function rarestCut(pattern: string, n: number, sample: readonly string[]): string[] | undefined {
  const m = pattern.length;
  const longest = m - 2 * (n - 1);
  if (longest < 2) return undefined;
  const costs = new Map<string, number>();
  const cost = (from: number, to: number) => {
    const piece = pattern.slice(from, to);
    let c = costs.get(piece);
    if (c === undefined) {
      c = 1;
      for (const text of sample) if (text.includes(piece)) c++;
      costs.set(piece, c);
    }
    return c;
  };
  // best[j][i]: the least cost of cutting pattern[0, i) into j pieces; from[j][i]: where the last starts.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-1));
  best[0][0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = 2 * j; i <= m; i++) {
      for (let a = Math.max(2 * (j - 1), i - longest); a <= i - 2; a++) {
        if (best[j - 1][a] === Infinity) continue;
        const c = best[j - 1][a] + cost(a, i);
        if (c < best[j][i]) {
          best[j][i] = c;
          from[j][i] = a;
        }
      }
    }
  }
  if (best[n][m] === Infinity) return undefined;
  const pieces: string[] = [];
  for (let j = n, i = m; j > 0; i = from[j][i], j--) pieces.unshift(pattern.slice(from[j][i], i));
  return pieces;
}

/** pattern cut into n contiguous pieces of near-equal length. */
function split(pattern: string, n: number): string[] {
  const pieces: string[] = [];
  for (let k = 0; k < n; k++) pieces.push(pattern.slice(Math.floor((k * pattern.length) / n), Math.floor(((k + 1) * pattern.length) / n)));
  return pieces;
}
