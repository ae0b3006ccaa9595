// Funding arithmetic: sums only within one currency, status and basis, and never adds an amount
// to another that may already include it, nor the two currencies of one amount.
import { compareText } from './normalise.js';
import type { Currency, Funding, FundingBasis, FundingStatus } from '../corpus/types.js';

export interface ExcludedAmount {
  id: string;
  amount: number;
  /** The record in the same group that may already contain it, and how they relate. */
  containedIn: string;
  relation: 'may-include' | 'part-of' | 'same-amount';
}

export interface TotalGroup {
  /** Figures from two editions are never added: a later edition restates the earlier one. */
  corpus: string;
  edition: number;
  currency: Currency;
  status: FundingStatus;
  basis: FundingBasis;
  total: number;
  /** True when any amount added was itself approximate. */
  approximate: boolean;
  /** Records whose amounts were added. */
  added: string[];
  excluded: ExcludedAmount[];
}

export interface FundingTotals {
  /** Groups with at least one amount added. */
  groups: TotalGroup[];
  /** Amounts left out of every total (e.g. the yen figure of a dollar pledge), with why. */
  notAdded: ExcludedAmount[];
  /** Flows the text names without an amount. */
  withoutAmount: number;
}

const STATUS_ORDER: FundingStatus[] = ['announced', 'disbursed', 'achieved'];
const BASIS_ORDER: FundingBasis[] = ['one-year', 'multi-year', 'cumulative', 'unspecified'];

export function groupKey(f: Pick<Funding, 'currency' | 'status' | 'basis' | 'corpus'>): string {
  return `${f.corpus ?? ''}|${f.currency}|${f.status}|${f.basis}`;
}

/** Pairs (container, contained) among the given records, from either side's declared relation. */
export function containment(records: Funding[]): Map<string, { containedIn: string; relation: ExcludedAmount['relation'] }> {
  const ids = new Set(records.map((r) => r.id));
  const contained = new Map<string, { containedIn: string; relation: ExcludedAmount['relation'] }>();
  for (const r of records) {
    for (const rel of r.relations) {
      if (!ids.has(rel.target)) continue;
      if (rel.type === 'may-include') contained.set(rel.target, { containedIn: r.id, relation: 'may-include' });
      if (rel.type === 'part-of') contained.set(r.id, { containedIn: rel.target, relation: 'part-of' });
      // The same money in two currencies: count the exact figure, not its approximate conversion.
      if (rel.type === 'same-amount' && !contained.has(r.id)) {
        const other = records.find((x) => x.id === rel.target)!;
        const convertedHere = r.approximate !== other.approximate ? r.approximate : r.id > other.id;
        if (convertedHere) contained.set(r.id, { containedIn: other.id, relation: 'same-amount' });
      }
    }
  }
  return contained;
}

export function fundingTotals(records: Funding[]): FundingTotals {
  const withAmount = records.filter((r) => r.amount !== null && r.currency !== null);
  const contained = containment(withAmount);
  const groups = new Map<string, TotalGroup>();
  for (const r of withAmount) {
    const key = groupKey(r);
    let g = groups.get(key);
    if (!g) {
      g = { corpus: r.corpus ?? 'bundled', edition: r.edition ?? 0, currency: r.currency!, status: r.status, basis: r.basis, total: 0, approximate: false, added: [], excluded: [] };
      groups.set(key, g);
    }
    const inside = contained.get(r.id);
    const container = inside && withAmount.find((x) => x.id === inside.containedIn);
    if (inside && container && (groupKey(container) === key || inside.relation === 'same-amount')) {
      g.excluded.push({ id: r.id, amount: r.amount!, containedIn: inside.containedIn, relation: inside.relation });
      continue;
    }
    g.total += r.amount!;
    g.approximate ||= r.approximate;
    g.added.push(r.id);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      a.edition - b.edition ||
      compareText(a.corpus, b.corpus) ||
      compareText(a.currency, b.currency) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis),
  );
  // A group whose every amount is another's conversion or part would read "¥0": it is no total.
  const kept = sorted.filter((g) => g.added.length > 0);
  const notAdded = sorted.filter((g) => g.added.length === 0).flatMap((g) => g.excluded);
  return { groups: kept, notAdded, withoutAmount: records.length - withAmount.length };
}
