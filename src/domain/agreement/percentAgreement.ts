import { categoricalUnits, categoryCounts, type Ratings } from './ratings';

/**
 * The share (0–1) of agreeing pairs among all pairs of ratings of the same unit, pooled over units, so a
 * unit rated by more people weighs more. Values agree only when identical (1 and "1" differ). Null when
 * no unit has two ratings.
 */
export function percentAgreement(ratings: Ratings): number | null {
  let pairs = 0;
  let agreeing = 0;
  for (const values of categoricalUnits(ratings, 'Percent agreement')) {
    pairs += (values.length * (values.length - 1)) / 2;
    for (const count of categoryCounts(values).values()) agreeing += (count * (count - 1)) / 2;
  }
  return pairs === 0 ? null : agreeing / pairs;
}
