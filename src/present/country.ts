// The country answer: a header, what Japan does there, the money for it with totals, then the
// places where it is only named. A grouping shows its own records and the members the chapter names.
import type { Answer, RenderKit } from '../context.js';
import type { Column, Row } from '../render/model.js';
import type { Catalogue } from '../search/catalogue.js';
import type { CountryReport, CountrySummary, PlaceProgram } from '../search/country.js';
import type { Resolved } from '../search/resolve.js';
import { placeCode, type Place } from '../search/catalogue.js';
import type { Funding } from '../corpus/types.js';
import { fundingRow, footer, FUNDING_COLUMNS } from './funding.js';
import { amountText, heading, note, periodText, provenance, shortSection, totalsPayload } from './common.js';

/** Below this width the What column shows titles only; summaries need room to be read. */
const SUMMARY_MIN_WIDTH = 120;

const EFFORT_COLUMNS: Column[] = [
  { key: 'shortSection', header: 'Section', minWidth: 6, noWrap: true, tone: 'muted' },
  { key: 'what', header: 'What', weight: 4, minWidth: 16 },
  { key: 'who', header: 'Actor & partners', weight: 1.5, minWidth: 10 },
  { key: 'role', header: 'Role', weight: 1, minWidth: 9 },
  { key: 'period', header: 'Period', weight: 1, minWidth: 8 },
  { key: 'funding', header: 'Funding', weight: 1.5, minWidth: 10, tone: 'amount' },
];

const MENTION_COLUMNS: Column[] = [
  { key: 'shortSection', header: 'Section', minWidth: 6, noWrap: true, tone: 'muted' },
  { key: 'what', header: 'What', weight: 4, minWidth: 16 },
  { key: 'role', header: 'Role', weight: 1, minWidth: 9 },
];

const FLAT_COLUMNS: Column[] = [
  { key: 'kind', header: 'Kind' },
  { key: 'id', header: 'ID' },
  { key: 'what', header: 'What' },
  { key: 'role', header: 'Role' },
  { key: 'who', header: 'Actor & partners' },
  { key: 'period', header: 'Period' },
  { key: 'funding', header: 'Funding' },
  { key: 'section', header: 'Section' },
  { key: 'paragraphs', header: 'Paragraphs' },
];

function effortRow(cat: Catalogue, e: PlaceProgram, kind: string, code: string): Row {
  const p = e.program;
  return {
    kind,
    id: p.id,
    section: p.section,
    shortSection: shortSection(p.section, p),
    what: `${p.title}: ${p.summary}`,
    title: p.title,
    who: [...p.actors, ...p.partners].map((id) => cat.orgLabel(id)),
    role: e.places.length ? `${e.role} (${e.places.join(', ')})` : e.role,
    period: periodText(p.period),
    // Money for a region the country is part of is marked, never shown as the country's own.
    funding: p.funding.map((id) => {
      const f = cat.funding.get(id);
      if (!f) return id;
      return f.beneficiaries.length && !f.beneficiaries.includes(code) ? `${amountText(f)} (for ${f.beneficiaries.map((b) => cat.placeName(b)).join(', ')})` : amountText(f);
    }),
    fundingIds: p.funding,
    paragraphs: p.paragraphs,
  };
}

/** Regional amounts, the approximate second currency of one amount folded into the first ("$120 million (same amount as approximately ¥14 billion)"). */
function regionalList(cat: Catalogue, records: Funding[]): string[] {
  const shown = records.filter((f) => f.amount !== null);
  const ids = new Set(shown.map((f) => f.id));
  const conversionOf = new Map<string, Funding>();
  for (const f of shown) {
    for (const r of f.relations) {
      const other = cat.funding.get(r.target);
      if (r.type === 'same-amount' && other && ids.has(other.id) && f.approximate && !other.approximate) conversionOf.set(other.id, f);
    }
  }
  const folded = new Set([...conversionOf.values()].map((f) => f.id));
  return shown
    .filter((f) => !folded.has(f.id))
    .map((f) => {
      const conversion = conversionOf.get(f.id);
      return `${amountText(f)}${conversion ? ` (same amount as ${amountText(conversion)})` : ''} for ${f.beneficiaries.map((b) => cat.placeName(b)).join(', ')} (${f.id})`;
    });
}

function placeHeader(cat: Catalogue, place: Place): [string, string | string[] | null][] {
  if (place.kind === 'country') {
    const c = place.record;
    return [
      ['Country', c.name],
      ['ISO codes', `${c.alpha2}, ${c.alpha3}`],
      ['Region', c.dacRegionName ? `${c.dacRegionName} (DAC recipient region)` : null],
      ['Groupings', c.groupings.map((g) => cat.placeName(g))],
      ['Also written', [...c.aliases, ...c.demonyms].slice(0, 12)],
      ['Places named', c.places.length ? c.places : null],
      ...(c.notes ? [['Note', c.notes] as [string, string]] : []),
    ];
  }
  const g = place.record;
  return [
    ['Grouping', g.name],
    ['Kind', g.kind === 'region' ? 'region' : 'members of an organisation'],
    ['Also written', g.aliases],
    ...(g.notes ? [['Note', g.notes] as [string, string]] : []),
  ];
}

export function countryAnswer(cat: Catalogue, query: string, resolved: Resolved<Place>, report: CountryReport, limit?: number): Answer {
  const place = report.place;
  const name = place.record.name;
  const efforts = report.efforts.slice(0, limit);
  const funding = report.funding.slice(0, limit);
  const code = placeCode(place);
  const effortRows = efforts.map((e) => effortRow(cat, e, 'program', code));
  const mentionRows = report.mentions.map((e) => effortRow(cat, e, 'mention', code));
  const fundingRows = funding.map((f) => fundingRow(cat, f));
  // Flat formats: programs name their funding by id, so an amount appears on one row only (its own).
  const flat = (): Row[] => [
    ...effortRows.map((r) => ({ ...r, funding: r.fundingIds })),
    ...fundingRows.map((r) => ({ kind: 'funding', id: r.id, what: r.purpose, role: 'beneficiary', who: r.channel, period: r.period, funding: r.amountText ?? 'no amount stated', section: r.section, paragraphs: r.paragraphs })),
    ...report.regionalFunding.map((f) => ({ kind: 'regional-funding', id: f.id, what: f.purpose, role: 'not counted for the country', who: f.channel ? cat.orgLabel(f.channel) : null, period: f.period?.text ?? null, funding: f.amountText ?? 'no amount stated', section: f.section, paragraphs: f.paragraphs })),
    ...mentionRows.map((r) => ({ ...r, funding: r.fundingIds })),
  ];
  const notes = resolved.via === 'fuzzy' || resolved.via === 'prefix' ? [`(showing ${name} for '${query.trim()}')`] : [];
  if (resolved.via === 'place') notes.push(`(${resolved.matched} is in ${name})`);

  const payload = () => ({
    query,
    matchedBy: resolved.via,
    ...provenance(cat),
    country: { ...place.record, type: place.kind, memberCountries: report.members.map((m) => ({ code: m, name: cat.placeName(m) })) },
    count: report.efforts.length + report.funding.length + report.mentions.length,
    programs: report.efforts.map((e) => ({ role: e.role, places: e.places, ...(e.note ? { roleNote: e.note } : {}), ...e.program })),
    funding: report.funding,
    totals: totalsPayload(report.totals),
    mentions: report.mentions.map((e) => ({ role: e.role, places: e.places, ...(e.note ? { roleNote: e.note } : {}), ...e.program })),
    otherMentions: report.otherMentions,
    regionalFunding: report.regionalFunding.map((f) => ({ id: f.id, amountText: f.amountText, beneficiaries: f.beneficiaries, note: 'regional money: not counted for the country' })),
  });

  return {
    payload,
    listing: () => ({ columns: FLAT_COLUMNS, rows: flat() }),
    notes,
    human: (kit: RenderKit) => {
      const out: string[] = [kit.renderKeyValue(placeHeader(cat, place), kit)];
      if (place.kind === 'grouping') {
        const members = report.members.map((m) => cat.placeName(m));
        out.push(heading(kit, `Members the chapter names: ${members.length ? members.join(', ') : 'none'}`));
      }
      const brief = kit.width < SUMMARY_MIN_WIDTH;
      const shownEfforts = brief ? effortRows.map((r) => ({ ...r, what: r.title })) : effortRows;
      out.push('\n' + heading(kit, `What Japan does ${place.kind === 'country' ? 'in' : 'for'} ${name} (${report.efforts.length})`));
      out.push(effortRows.length ? kit.renderTable(EFFORT_COLUMNS, shownEfforts, kit) : `The chapter describes no effort with ${name} as recipient.\n`);
      if (report.efforts.length > efforts.length) out.push(note(kit, `${efforts.length} of ${report.efforts.length} shown; --limit raises the number.`));
      out.push('\n' + heading(kit, `Funding for ${name} (${report.funding.length})`));
      if (fundingRows.length) {
        out.push(kit.renderTable(FUNDING_COLUMNS, fundingRows, kit));
        out.push(footer(cat, kit, report.totals, funding.length, report.funding.length));
      }
      if (report.funding.every((f) => f.amount === null)) {
        const flows = report.funding.length;
        out.push(`The chapter gives no amount for ${name}${flows ? ` (${flows} flow${flows === 1 ? ' is' : 's are'} named without one)` : ''}.\n`);
      }
      const regional = regionalList(cat, report.regionalFunding);
      if (regional.length) {
        const list = regional;
        const flows = report.regionalFunding.filter((f) => f.amount === null).length;
        const rest = flows ? `; and ${flows} regional flow${flows === 1 ? '' : 's'} with no amount` : '';
        out.push(note(kit, `Regional money that may reach ${name}, not counted for it: ${list.join('; ')}${rest}.`));
      }
      if (mentionRows.length) {
        out.push('\n' + heading(kit, `Also named: venue, host or mention only (${mentionRows.length})`));
        out.push(kit.renderTable(MENTION_COLUMNS, brief ? mentionRows.map((r) => ({ ...r, what: r.title })) : mentionRows, kit));
      }
      if (report.otherMentions.length) {
        out.push(note(kit, `Other paragraphs naming ${name}: ${report.otherMentions.join(', ')}.`));
      }
      return out.join('');
    },
  };
}

export const COUNTRY_LIST_COLUMNS: Column[] = [
  { key: 'name', header: 'Country', weight: 2, minWidth: 12 },
  { key: 'alpha3', header: 'ISO', minWidth: 3, noWrap: true, tone: 'id' },
  { key: 'region', header: 'Region (DAC)', weight: 1.5, minWidth: 10 },
  { key: 'programs', header: 'Programs', align: 'right', minWidth: 8, noWrap: true },
  { key: 'mentions', header: 'Named in', align: 'right', minWidth: 8, noWrap: true },
  { key: 'funding', header: 'Funding', align: 'right', minWidth: 7, noWrap: true },
];

export function countryListAnswer(cat: Catalogue, rows: CountrySummary[], total: number, sort: string): Answer {
  return {
    payload: { query: null, sort, ...provenance(cat), count: rows.length, total, results: rows },
    listing: { columns: COUNTRY_LIST_COLUMNS, rows: rows as unknown as Row[] },
    human: (kit) =>
      `${kit.renderTable(COUNTRY_LIST_COLUMNS, rows as unknown as Row[], kit)}${note(
        kit,
        `${rows.length}${total > rows.length ? ` of ${total}` : ''} countries named in the chapter. Programs: efforts with the country as recipient or indirect beneficiary; named in: efforts where it is a venue, host or mention; funding: records naming it as beneficiary (regional money is not spread over countries).`,
      )}`,
  };
}
