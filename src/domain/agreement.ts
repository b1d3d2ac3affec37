/**
 * Inter-rater agreement statistics over `ratings[unit][rater]` (null = missing or N/A). Each returns null
 * where the statistic is undefined rather than a misleading number.
 */
export type { Rating, Ratings } from './agreement/ratings';
export { krippendorffAlpha, ALPHA_LEVELS, type AlphaLevel } from './agreement/krippendorff';
export { gwetAc1, GWET_WEIGHTS, type GwetWeights } from './agreement/gwet';
export { readAgreement } from './agreement/agreementReading';
export { percentAgreement } from './agreement/percentAgreement';
export { alphaConfidenceInterval, type AlphaIntervalOptions, type ConfidenceInterval } from './agreement/bootstrap';
export {
  alphaReliabilityWarning,
  alphaBand,
  describeAlpha,
  MIN_PAIRED_RATINGS,
  MIN_VARIED_RATINGS,
  type AlphaBand,
} from './agreement/alphaInterpretation';
