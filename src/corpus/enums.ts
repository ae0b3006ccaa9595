// The allowed values of the corpus's enumerated fields, as lists the validator and the CLI's
// option parsing can check against. `satisfies` keeps them in step with the types.
import type {
  CountryRole, Currency, FigureKind, FundingBasis, FundingStatus, GlossaryType, Modality, Origin, OrganisationKind, ProgramType, RelationType,
} from './types.js';

export const PROGRAM_TYPES = ['activity', 'contribution', 'pledge', 'framework', 'event'] as const satisfies readonly ProgramType[];
export const COUNTRY_ROLES = ['recipient', 'venue', 'indirect-beneficiary', 'host', 'mention'] as const satisfies readonly CountryRole[];
export const CURRENCIES = ['USD', 'JPY'] as const satisfies readonly Currency[];
export const FUNDING_STATUSES = ['announced', 'disbursed', 'achieved'] as const satisfies readonly FundingStatus[];
export const FUNDING_BASES = ['one-year', 'multi-year', 'cumulative', 'unspecified'] as const satisfies readonly FundingBasis[];
export const MODALITIES = [
  'grant', 'technical-cooperation', 'in-kind', 'loan', 'through-international-organisation', 'through-ngo', 'mixed',
] as const satisfies readonly Modality[];
export const RELATION_TYPES = ['same-amount', 'achieved-against', 'may-include', 'part-of'] as const satisfies readonly RelationType[];
export const FIGURE_KINDS = ['people-to-train', 'people-trained', 'graduates', 'displaced-people', 'countries', 'other'] as const satisfies readonly FigureKind[];
export const ORGANISATION_KINDS = [
  'japanese-government', 'japanese-agency', 'japanese-ngo', 'japanese-foundation', 'un', 'international', 'regional', 'fund', 'framework',
  'foreign-government', 'other',
] as const satisfies readonly OrganisationKind[];
export const GLOSSARY_TYPES = ['glossary', 'acronym', 'bold-term', 'concept'] as const satisfies readonly GlossaryType[];
export const ORIGINS = ['text', 'external', 'extracted'] as const satisfies readonly Origin[];
