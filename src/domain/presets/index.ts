import { UserError, parseWith } from '../errors';
import { scorecardSchema, type Scorecard, type ScorecardInput } from '../schemas';
import { financeBankingScorecard } from './financeBanking';
import { generalScorecard } from './general';
import { healthcareScorecard } from './healthcare';
import { retailEcommerceScorecard } from './retailEcommerce';
import { telecomTechScorecard } from './telecomTech';

export interface PresetSummary {
  id: string;
  name: string;
  industry: string;
  /** What the preset puts weight on, shown when choosing a scorecard. */
  focus: string;
}

export interface Preset extends PresetSummary {
  scorecard: Scorecard;
}

const catalogue: readonly (PresetSummary & { input: ScorecardInput })[] = [
  {
    id: 'general',
    name: 'General customer service',
    industry: 'Any industry',
    focus:
      'A balanced starting point: opening, understanding and resolution, communication and closing, with accuracy and identity checks as critical criteria.',
    input: generalScorecard,
  },
  {
    id: 'finance-banking',
    name: 'Finance and banking',
    industry: 'Banks, lenders, card issuers, insurers',
    focus:
      'Compliance first: recording notice, full identity verification and required disclosures read word for word are critical, as are card-data protection and no unauthorised advice.',
    input: financeBankingScorecard,
  },
  {
    id: 'healthcare',
    name: 'Healthcare',
    industry: 'Providers, clinics, health plans, pharmacies',
    focus:
      'Patient privacy (HIPAA): two identifiers before any health information, authorised callers only, minimum necessary; plus clinical safety escalation and staying within role.',
    input: healthcareScorecard,
  },
  {
    id: 'telecom-tech',
    name: 'Telecom and technical support',
    industry: 'Telecoms, internet providers, software and device support',
    focus:
      'Technical accuracy of troubleshooting: outage check, the documented flow, correct diagnosis, a confirmed fix or a complete escalation, and changes only with consent.',
    input: telecomTechScorecard,
  },
  {
    id: 'retail-ecommerce',
    name: 'Retail and e-commerce',
    industry: 'Online and high-street retail',
    focus:
      'Soft skills and saving the sale: empathy, positive language, personalisation, a suitable alternative before a return or cancellation, and policy applied correctly.',
    input: retailEcommerceScorecard,
  },
];

/** The ready-made scorecards, for the "start from a preset" choice. */
export const presets: readonly PresetSummary[] = catalogue.map(({ id, name, industry, focus }) => ({ id, name, industry, focus }));

/** A preset with a freshly parsed scorecard (callers may change it freely); an unknown id is a UserError. */
export function presetById(id: string): Preset {
  const entry = catalogue.find((preset) => preset.id === id);
  if (entry === undefined) {
    throw new UserError(`There is no preset scorecard "${id}". Choose one of: ${catalogue.map((preset) => preset.id).join(', ')}.`);
  }
  const { input, ...summary } = entry;
  return { ...summary, scorecard: parseWith(scorecardSchema, input, `Preset scorecard "${id}"`) };
}
