// The funding answer: amounts as people read them, odaref's totals labelled as such, and the
// grouped view for --by. Regional money stays with its region.
import { compareText } from '../search/normalise.js';
import type { Funding } from '../corpus/types.js';
import type { Answer, RenderKit } from '../context.js';
import type { Column, Row } from '../render/model.js';
import type { Catalogue } from '../search/catalogue.js';
import { fundingTotals, type FundingTotals } from '../search/totals.js';
import type { Series } from '../search/compare.js';
import { formatTotal } from '../render/money.js';
import { amountText, note, shortSection, periodText, placeNames, provenance, relationTexts, totalsLines, totalsPayload } from './common.js';

export const FUNDING_COLUMNS: Column[] = [
  { key: 'id', header: 'ID', weight: 1.6, minWidth: 10, tone: 'id' },
  // 14 columns hold "approximately" whole.
  { key: 'amountStatus', header: 'Amount (status, basis)', weight: 1.6, minWidth: 14 },
  { key: 'channel', header: 'Through', weight: 1, minWidth: 7 },
  { key: 'beneficiaries', header: 'For', weight: 1, minWidth: 7 },
  { key: 'purpose', header: 'Purpose', weight: 2.5, minWidth: 10 },
  { key: 'shortSection', header: 'Section', minWidth: 6, noWrap: true, tone: 'muted' },
];

const FLAT_COLUMNS: Column[] = [
  { key: 'id', header: 'ID' },
  { key: 'amountText', header: 'Amount' },
  { key: 'value', header: 'Value' },
  { key: 'currency', header: 'Currency' },
  { key: 'approximate', header: 'Approximate' },
  { key: 'status', header: 'Status' },
  { key: 'basis', header: 'Basis' },
  { key: 'channel', header: 'Through' },
  { key: 'crsChannel', header: 'CRS channel' },
  { key: 'beneficiaries', header: 'For' },
  { key: 'period', header: 'Period' },
  { key: 'purpose', header: 'Purpose' },
  { key: 'relations', header: 'Relations' },
  { key: 'section', header: 'Section' },
  { key: 'paragraphs', header: 'Paragraphs' },
];

export function fundingRow(cat: Catalogue, f: Funding): Row {
  const relations = relationTexts(cat, f);
  const donor = f.donor !== 'japan' ? [`(donor: ${cat.orgName(f.donor)}, not government ODA)`] : [];
  const amount = [amountText(f), ...(f.statedTotal ? ['(total as stated in the text)'] : []), ...relations.map((r) => `(${r})`), ...donor].join(' ');
  return {
    id: f.id,
    amount,
    amountText: f.amountText,
    value: f.amount,
    currency: f.currency,
    approximate: f.amount === null ? null : String(f.approximate),
    statusBasis: `${f.status}, ${f.basis}`,
    amountStatus: `${amount}\n(${f.status}, ${f.basis})`,
    status: f.status,
    basis: f.basis,
    channel: f.channel ? cat.orgLabel(f.channel) : null,
    crsChannel: f.crsChannel,
    beneficiaries: placeNames(cat, f.beneficiaries),
    period: periodText(f.period),
    purpose: f.purpose,
    relations,
    section: f.section,
    shortSection: shortSection(f.section, f),
    paragraphs: f.paragraphs,
  };
}

export function fundingAnswer(cat: Catalogue, query: string | null, filters: Record<string, unknown>, shown: Funding[], matched: Funding[], sort?: string): Answer {
  const totals = fundingTotals(matched);
  let rows: Row[] | undefined;
  const rowsOf = () => (rows ??= shown.map((f) => fundingRow(cat, f)));
  return {
    payload: {
      query,
      filters,
      count: shown.length,
      total: matched.length,
      ...provenance(cat),
      results: shown.map((f) => ({ ...f, beneficiaryNames: placeNames(cat, f.beneficiaries), relationTexts: relationTexts(cat, f) })),
      totals: totalsPayload(totals),
    },
    listing: () => ({ columns: FLAT_COLUMNS, rows: rowsOf() }),
    human: (kit) => `${kit.renderTable(FUNDING_COLUMNS, rowsOf(), kit)}${footer(cat, kit, totals, shown.length, matched.length, sort)}`,
  };
}

export function footer(cat: Catalogue, kit: RenderKit, totals: FundingTotals, shown: number, matched: number, sort?: string): string {
  if (totals.groups.length === 0 && totals.notAdded.length === 0 && shown === matched) return '';
  const lines = totalsLines(cat, totals);
  const head = lines.length && totals.groups.length ? 'Totals computed by odaref (one per currency, status and basis):' : '';
  const mixed = totals.groups.some((g) => g.added.length > 1)
    ? ['A total may add different packages, periods and regions of one status and basis; --by region or --by partner breaks it down.']
    : [];
  const order = sort === 'amount' ? ['Sorted by amount within each currency; yen and dollars are never compared.'] : [];
  const more = matched > shown ? [`${shown} of ${matched} shown (totals cover all ${matched}); --limit raises the number.`] : [];
  return [head, ...lines.map((l) => `  ${l}`), ...mixed, ...order, ...more]
    .filter(Boolean)
    .map((l) => note(kit, l))
    .join('');
}

export const FUNDING_GROUPINGS = ['country', 'region', 'partner', 'status', 'section'] as const;
export type FundingGrouping = (typeof FUNDING_GROUPINGS)[number];

/** The key(s) a record counts under for --by; regional money is its region's, never its members'. */
function groupKeys(cat: Catalogue, f: Funding, by: FundingGrouping): string[] {
  switch (by) {
    case 'country':
      return f.beneficiaries.length ? f.beneficiaries.map((b) => cat.placeName(b)) : ['(not stated)'];
    case 'region':
      return f.beneficiaries.length
        ? [...new Set(f.beneficiaries.map((b) => (cat.groupings.has(b) ? `${cat.placeName(b)} (regional money)` : (cat.countries.get(b)?.dacRegionName ?? '(no DAC region)'))))]
        : ['(not stated)'];
    case 'partner':
      return [f.channel ? cat.orgLabel(f.channel) : '(bilateral or not stated)'];
    case 'status':
      return [f.status];
    case 'section':
      return [f.section];
  }
}

export function fundingByAnswer(cat: Catalogue, query: string | null, filters: Record<string, unknown>, by: FundingGrouping, matched: Funding[]): Answer {
  // With several corpora, each key names its edition: two editions' figures are never one group.
  const editions = (cat.corpus.parts?.length ?? 1) > 1;
  const buckets = new Map<string, Funding[]>();
  for (const f of matched) {
    for (const k of groupKeys(cat, f, by)) {
      const key = editions ? `${k} [${f.edition || f.corpus}]` : k;
      buckets.set(key, [...(buckets.get(key) ?? []), f]);
    }
  }
  const groups = [...buckets.entries()].map(([key, records]) => ({ key, records: records.map((r) => r.id), totals: fundingTotals(records) }));
  groups.sort((a, b) => b.records.length - a.records.length || compareText(a.key, b.key));
  const rows: Row[] = groups.flatMap((g): Row[] => {
    const base = { group: g.key, records: g.records.length };
    if (g.totals.groups.length === 0) return [{ ...base, currency: null, status: null, basis: null, total: null, noAmount: g.totals.withoutAmount }];
    return g.totals.groups.map((t, i) => ({
      ...base,
      currency: t.currency,
      status: t.status,
      basis: t.basis,
      total: `${t.approximate ? 'approximately ' : ''}${formatTotal(t.total, t.currency)}`,
      noAmount: i === 0 ? g.totals.withoutAmount : 0,
    }));
  });
  const columns: Column[] = [
    { key: 'group', header: by[0].toUpperCase() + by.slice(1), weight: 2, minWidth: 10 },
    { key: 'records', header: 'Records', align: 'right', minWidth: 7, noWrap: true },
    { key: 'total', header: 'Total (odaref)', weight: 1.5, minWidth: 14, tone: 'amount' },
    { key: 'status', header: 'Status', noWrap: true },
    { key: 'basis', header: 'Basis', noWrap: true },
    { key: 'noAmount', header: 'No amount', align: 'right', minWidth: 6, noWrap: true },
  ];
  const flatColumns: Column[] = [...columns.slice(0, 3), { key: 'currency', header: 'Currency' }, ...columns.slice(3)];
  return {
    payload: {
      query,
      filters,
      by,
      count: groups.length,
      groups: groups.map((g) => ({ key: g.key, records: g.records, totals: totalsPayload(g.totals) })),
    },
    listing: { columns: flatColumns, rows },
    // Grouped by status, a Status column would repeat each row's group (the flat formats keep it).
    human: (kit) =>
      `${kit.renderTable(by === 'status' ? columns.filter((c) => c.key !== 'status') : columns, rows, kit)}${note(
        kit,
        'Totals computed by odaref, one per currency, status and basis; related amounts are not added. Regional money is counted for its region, never for each country in it.',
      )}`,
  };
}

export function fundingCompareAnswer(cat: Catalogue, query: string, series: Series[]): Answer {
  const rows: Row[] = series.flatMap((s, i) =>
    s.points.map((f) => ({
      series: `${i + 1}. ${s.label} (${s.currency}, ${s.basis})`,
      edition: f.edition ?? null,
      corpus: f.corpus ?? null,
      id: f.id,
      amount: amountText(f),
      value: f.amount,
      currency: f.currency,
      status: f.status,
      basis: f.basis,
      period: periodText(f.period),
      section: f.section,
      paragraphs: f.paragraphs,
    })),
  );
  const columns: Column[] = [
    { key: 'series', header: 'Series', weight: 2, minWidth: 12 },
    { key: 'edition', header: 'Edition', minWidth: 7, noWrap: true },
    { key: 'amount', header: 'Amount', weight: 1.2, minWidth: 10, tone: 'amount' },
    { key: 'status', header: 'Status', minWidth: 9 },
    { key: 'period', header: 'Period', minWidth: 8 },
    { key: 'id', header: 'ID', weight: 1.2, minWidth: 10, tone: 'id' },
  ];
  return {
    payload: {
      query,
      ...provenance(cat),
      count: series.length,
      series: series.map((s) => ({ channel: s.channel, label: s.label, currency: s.currency, basis: s.basis, points: s.points })),
    },
    listing: { columns: [...columns, { key: 'corpus', header: 'Corpus' }, { key: 'value', header: 'Value' }, { key: 'section', header: 'Section' }, { key: 'paragraphs', header: 'Paragraphs' }], rows },
    human: (kit) =>
      `${kit.renderTable(columns, rows, kit)}${note(kit, 'One series per channel, currency and basis, in edition order; a cumulative total and a yearly amount are never one series, and nothing is converted between currencies.')}`,
  };
}
