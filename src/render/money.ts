// Amounts as people read them in prose: "$100,000", "$50.5 million", "approximately ¥45 billion".
// Figures are never rounded: a word scale is used only when it shows the amount exactly
// with at most three decimals; otherwise the full figure is printed with thousands separators.

export type Currency = 'USD' | 'JPY';

const SYMBOLS: Record<Currency, string> = { USD: '$', JPY: '¥' };

const SCALES = [
  { word: 'trillion', size: 1e12 },
  { word: 'billion', size: 1e9 },
  { word: 'million', size: 1e6 },
] as const;

/** Most decimals a scaled figure may show ("$1.237 billion"); more would read worse than the full figure. */
const MAX_SCALED_DECIMALS = 3;

/** "1234567.5" -> "1,234,567.5", from the number's shortest decimal form (no float noise). */
function groupDigits(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The figure without sign or currency, e.g. "50.5 million" or "999,999". */
function figure(magnitude: number): string {
  if (!Number.isFinite(magnitude) || magnitude >= 1e21) return String(magnitude);
  for (const { word, size } of SCALES) {
    if (magnitude < size) continue;
    // Exact test in integers: the amount must be a whole multiple of size / 10^decimals.
    const step = size / 10 ** MAX_SCALED_DECIMALS;
    if (!Number.isInteger(magnitude) || magnitude % step !== 0) break;
    const scaled = Number((magnitude / size).toFixed(MAX_SCALED_DECIMALS));
    return `${groupDigits(scaled)} ${word}`;
  }
  return groupDigits(magnitude);
}

function withCurrency(amount: number, currency: Currency | null): string {
  const sign = amount < 0 ? '-' : '';
  const symbol = currency === null ? '' : SYMBOLS[currency];
  return `${sign}${symbol}${figure(Math.abs(amount))}`;
}

/**
 * An amount for display. 100000 USD -> "$100,000"; 50500000 -> "$50.5 million";
 * 45e9 JPY approximate -> "approximately ¥45 billion"; null -> "no amount stated".
 * Without a currency the figure stands alone ("10 million").
 */
export function formatAmount(amount: number | null, currency: Currency | null, approximate: boolean): string {
  if (amount === null) return 'no amount stated';
  const text = withCurrency(amount, currency);
  return approximate ? `approximately ${text}` : text;
}

/** A sum of amounts in one currency, e.g. "$60.5 million". */
export function formatTotal(sum: number, currency: Currency | null): string {
  return withCurrency(sum, currency);
}
