// Wording shared by the commands' answers: citations, periods, amounts with their relations, totals.
// Plain strings only; colour is applied by the renderers.
import type { Funding, Period, Relation } from '../corpus/types.js';
import type { Catalogue } from '../search/catalogue.js';
import type { ExcludedAmount, FundingTotals, TotalGroup } from '../search/totals.js';
import { formatAmount, formatTotal } from '../render/money.js';
import type { RenderKit } from '../context.js';

/** A muted line under a table, wrapped to the terminal. */
export function note(kit: RenderKit, text: string): string {
  return `${kit.theme.muted(kit.wrap(text, kit.width).join('\n'))}\n`;
}

/** A heading line, wrapped to the terminal. */
export function heading(kit: RenderKit, text: string): string {
  return `${kit.theme.heading(kit.wrap(text, kit.width).join('\n'))}\n`;
}

export function citation(r: { section: string; paragraphs: string[] }): string {
  return r.paragraphs.length ? r.paragraphs.join(', ') : r.section;
}

/**
 * "2-2(1).support-refugees-displaced-persons" -> "2-2(1)": the numbered part, for narrow columns.
 * A record from an imported corpus ("wp2019:3-1(1).efforts") shows its edition instead of the
 * corpus name: "3-1(1) [2019]".
 */
export function shortSection(sectionId: string, record?: { corpus?: string; edition?: number }): string {
  const colon = sectionId.indexOf(':');
  const local = colon >= 0 ? sectionId.slice(colon + 1) : sectionId;
  const short = local.match(/^[\d-]+(?:\(\d+\))?(?:\.[A-Z](?![\w-]))?/)?.[0] ?? local;
  return record?.corpus && record.corpus !== 'bundled' ? `${short} [${record.edition || record.corpus}]` : short;
}

export function sectionLabel(cat: Catalogue, sectionId: string): string {
  const s = cat.sections.get(sectionId);
  return s ? `${sectionId} ${s.title}` : sectionId;
}

export function periodText(p: Period | null): string | null {
  if (!p) return null;
  return p.text;
}

/** The amount as people read it, keeping the text's own qualifier ("around $10 million"). */
export function amountText(f: Funding): string {
  const text = formatAmount(f.amount, f.currency, f.approximate);
  const printed = f.approximate ? f.amountText?.match(/^(around|about|some|nearly|roughly)\s/i)?.[1] : undefined;
  return printed ? text.replace(/^approximately/, printed.toLowerCase()) : text;
}

const RELATION_WORDING: Record<Relation['type'], (other: string) => string> = {
  'same-amount': (o) => `same amount as ${o}`,
  'achieved-against': (o) => `achieved against ${o} announced`,
  'may-include': (o) => `may include ${o}`,
  'part-of': (o) => `part of ${o}`,
};

/** Relations declared on other records, by the record they point at. */
const inverse = new WeakMap<Catalogue, Map<string, { from: Funding; rel: Relation }[]>>();

function incoming(cat: Catalogue, id: string): { from: Funding; rel: Relation }[] {
  let map = inverse.get(cat);
  if (!map) {
    map = new Map();
    for (const from of cat.corpus.funding) for (const rel of from.relations) map.set(rel.target, [...(map.get(rel.target) ?? []), { from, rel }]);
    inverse.set(cat, map);
  }
  return map.get(id) ?? [];
}

/** "same amount as ¥14 billion"; relations declared on the other record are read both ways. */
export function relationTexts(cat: Catalogue, f: Funding): string[] {
  const out: string[] = [];
  for (const rel of f.relations) {
    const other = cat.funding.get(rel.target);
    if (other) out.push(RELATION_WORDING[rel.type](amountOrPurpose(other)));
  }
  for (const { from: other, rel } of incoming(cat, f.id)) {
    if (f.relations.some((r) => r.target === other.id)) continue;
    const o = amountOrPurpose(other);
    if (rel.type === 'may-include') out.push(`may be included in ${o}`);
    if (rel.type === 'part-of') out.push(`includes ${o}`);
    if (rel.type === 'same-amount') out.push(`same amount as ${o}`);
    if (rel.type === 'achieved-against') out.push(`target for ${o} achieved`);
  }
  return out;
}

/** The other side of a relation, short: its amount, or its id when it has none. */
function amountOrPurpose(f: Funding): string {
  return f.amount === null ? f.id : amountText(f);
}

export function statusBasis(f: Funding): string {
  return `${f.status}, ${f.basis}`;
}

export function placeNames(cat: Catalogue, codes: string[]): string[] {
  return codes.map((c) => cat.placeName(c));
}

export function totalLabel(g: TotalGroup): string {
  return `${g.corpus === 'bundled' ? '' : `${g.corpus} (${g.edition}), `}${g.currency}, ${g.status}, ${g.basis}`;
}

/** The footer under a funding table: odaref's own totals, labelled as such, and what was left out. */
export function totalsLines(cat: Catalogue, totals: FundingTotals): string[] {
  const lines: string[] = [];
  for (const g of totals.groups) {
    const n = g.added.length;
    let line = `${totalLabel(g)}: ${g.approximate ? 'approximately ' : ''}${formatTotal(g.total, g.currency)} (${n} amount${n === 1 ? '' : 's'}`;
    if (g.excluded.length) line += `; ${g.excluded.map((e) => excludedText(cat, e)).join('; ')}`;
    lines.push(`${line})`);
  }
  for (const e of totals.notAdded) lines.push(excludedText(cat, e));
  if (totals.withoutAmount > 0) lines.push(`and ${totals.withoutAmount} flow${totals.withoutAmount === 1 ? '' : 's'} with no amount stated`);
  return lines;
}

function excludedText(cat: Catalogue, e: ExcludedAmount): string {
  const inner = cat.funding.get(e.id);
  const outer = cat.funding.get(e.containedIn);
  const why = e.relation === 'same-amount' ? 'same amount as' : e.relation === 'part-of' ? 'part of' : 'may be included in';
  return `${inner ? amountText(inner) : e.id} not added: ${why} ${outer ? amountText(outer) : e.containedIn}`;
}

export function totalsPayload(totals: FundingTotals) {
  return {
    computedBy: 'odaref',
    note: 'Sums within one currency, status and basis; amounts that may include one another, and the two currencies of one amount, are never added together. Totals the text itself states are records with statedTotal: true.',
    groups: totals.groups,
    notAdded: totals.notAdded,
    withoutAmount: totals.withoutAmount,
  };
}

/** The corpora an answer was drawn from; each record also names its own corpus and edition. */
export function provenance(cat: Catalogue) {
  return { corpora: (cat.corpus.parts ?? []).map((p) => ({ name: p.name, edition: p.edition })) };
}
