// Shared number grammar for the money and count extractors: printed numbers, scale words,
// qualifiers, and exact conversion to plain units.

/** A printed number: thousand separators or plain digits, optional decimals. */
export const NUMBER_PATTERN = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Scale words and their power of ten. */
export const SCALE_EXPONENTS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

export const SCALE_PATTERN = Object.keys(SCALE_EXPONENTS).join('|');

/** Qualifiers that make a figure an estimate. */
const APPROXIMATE_QUALIFIERS = ['approximately', 'approx.', 'around', 'about', 'some', 'nearly', 'roughly', 'almost'];
/** Qualifiers that bound a figure without making it an estimate. */
const BOUND_QUALIFIERS = ['more than', 'less than', 'at least', 'up to', 'over'];

/** Longest first, so "more than" is tried before shorter words. */
export const QUALIFIER_PATTERN = [...APPROXIMATE_QUALIFIERS, ...BOUND_QUALIFIERS]
  .sort((a, b) => b.length - a.length)
  .map((q) => q.replace(/\./g, String.raw`\.`).replace(/ /g, String.raw`\s+`))
  .join('|');

export function isApproximateQualifier(qualifier: string | null): boolean {
  if (qualifier === null) return false;
  return APPROXIMATE_QUALIFIERS.includes(qualifier.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * The value of a printed number times its scale word, computed on digit strings so that
 * "50.5" and "million" give exactly 50500000 (no binary floating-point step until the end).
 */
export function toPlainUnits(printedNumber: string, scaleWord?: string | null): number {
  const exponent = scaleWord ? (SCALE_EXPONENTS[scaleWord.toLowerCase()] ?? 0) : 0;
  const [integerPart, fractionPart = ''] = printedNumber.replace(/,/g, '').split('.');
  const digits = (integerPart + fractionPart).replace(/^0+(?=\d)/, '');
  const shift = exponent - fractionPart.length;
  if (shift >= 0) return Number(BigInt(digits) * 10n ** BigInt(shift));
  // More decimals than the scale absorbs ("$1.2345 thousand"): one exact integer divided once.
  return Number(digits) / 10 ** -shift;
}

/** The qualifier printed immediately before `index` (separated by whitespace), if any. */
export function qualifierBefore(text: string, index: number): { qualifier: string; start: number } | null {
  // Qualifiers are at most a few words; 24 characters covers "approximately " with room.
  const windowStart = Math.max(0, index - 24);
  const before = text.slice(windowStart, index);
  const match = new RegExp(String.raw`(?<![\p{L}\p{N}])(${QUALIFIER_PATTERN})\s+$`, 'iu').exec(before);
  if (!match) return null;
  return { qualifier: match[1], start: windowStart + match.index };
}
