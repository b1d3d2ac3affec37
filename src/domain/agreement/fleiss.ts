import { categoricalUnits, categoryCounts, type GivenRating, type Ratings } from './ratings';

/**
 * Fleiss' κ (Fleiss 1971) for nominal ratings. Every unit that has ratings must have the same number of
 * them (at least 2); units nobody rated are skipped. Null otherwise, and when every rating falls in one
 * category (chance agreement is then 1 and κ is 0/0).
 */
export function fleissKappa(ratings: Ratings): number | null {
  const units = categoricalUnits(ratings, "Fleiss' kappa").filter((values) => values.length > 0);
  if (units.length === 0) return null;
  const raters = units[0].length;
  if (raters < 2 || units.some((values) => values.length !== raters)) return null;

  const totals = new Map<GivenRating, number>();
  let meanAgreement = 0;
  for (const values of units) {
    let agreeingPairs = 0;
    for (const [category, count] of categoryCounts(values)) {
      agreeingPairs += count * (count - 1);
      totals.set(category, (totals.get(category) ?? 0) + count);
    }
    meanAgreement += agreeingPairs / (raters * (raters - 1));
  }
  meanAgreement /= units.length;
  if (totals.size < 2) return null;

  const allRatings = units.length * raters;
  let chanceAgreement = 0;
  for (const count of totals.values()) chanceAgreement += (count / allRatings) ** 2;
  return (meanAgreement - chanceAgreement) / (1 - chanceAgreement);
}
