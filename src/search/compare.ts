// A figure across editions: the amounts whose channel or purpose matches, one series per channel
// (or purpose), currency and basis, each in edition order. Figures of another currency or basis
// start a series of their own: a yearly amount and a cumulative total are never one line.
import { compareText } from './normalise.js';
import type { Funding } from '../corpus/types.js';
import type { Catalogue } from './catalogue.js';
import { fundingIndex } from './funding.js';

export interface Series {
  channel: string | null;
  label: string;
  currency: string;
  basis: string;
  points: Funding[];
}

export function compareFunding(cat: Catalogue, query: string): Series[] {
  const hits = fundingIndex(cat)
    .search(query)
    .map((h) => h.item.record)
    .filter((f) => f.amount !== null);
  const series = new Map<string, Series>();
  for (const f of hits) {
    const subject = f.channel ?? f.purpose.toLowerCase();
    const key = `${subject}|${f.currency}|${f.basis}`;
    let s = series.get(key);
    if (!s) {
      s = { channel: f.channel, label: f.channel ? cat.orgName(f.channel) : shorten(f.purpose), currency: f.currency!, basis: f.basis, points: [] };
      series.set(key, s);
    }
    s.points.push(f);
  }
  for (const s of series.values()) s.points.sort((a, b) => (a.edition ?? 0) - (b.edition ?? 0) || cat.textOrder(a) - cat.textOrder(b));
  return [...series.values()].sort((a, b) => b.points.length - a.points.length || compareText(a.label, b.label));
}

/** A purpose used as a series label: machine-made purposes can be whole sentences. */
function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20))}…`;
}
