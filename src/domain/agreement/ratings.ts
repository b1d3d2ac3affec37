/**
 * Ratings as the agreement statistics see them: `ratings[unit][rater]`, where a unit is one scored item
 * (a call, or a call's criterion) and a rater is one evaluator. `null` is a missing rating or an N/A.
 * Strings are nominal categories; numbers are scores.
 */
export type Rating = number | string | null;
export type Ratings = readonly (readonly Rating[])[];

/** A value that was actually given (not missing). */
export type GivenRating = number | string;

function describeCell(unit: number, rater: number): string {
  return `unit ${unit + 1}, rater ${rater + 1}`;
}

/**
 * Every unit's given values, in rater order. Array holes and `undefined` count as missing, because a
 * ragged row (a rater column nobody filled) reads that way from a sheet. In the numeric view a string is
 * an error naming the cell; in the categorical view numbers and strings are both categories.
 */
function readUnits<T extends GivenRating>(ratings: Ratings, statistic: string, numeric: boolean): T[][] {
  if (!Array.isArray(ratings)) throw new Error(`${statistic}: ratings must be a list of units, each a list of ratings.`);
  const units: T[][] = [];
  for (let unit = 0; unit < ratings.length; unit++) {
    const row = ratings[unit];
    if (!Array.isArray(row)) {
      throw new Error(`${statistic}: ratings must be a list of units, each a list of ratings; unit ${unit + 1} is not a list.`);
    }
    const values: T[] = [];
    for (let rater = 0; rater < row.length; rater++) {
      const value: unknown = row[rater];
      if (value === null || value === undefined) continue;
      if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new Error(`${statistic}: ${describeCell(unit, rater)} is ${value}, not a finite number.`);
      } else if (typeof value === 'string') {
        if (numeric) throw new Error(`${statistic} needs numbers, but ${describeCell(unit, rater)} is "${value}".`);
      } else {
        throw new Error(`${statistic}: ${describeCell(unit, rater)} is a ${typeof value}; a rating must be a number, a string or null.`);
      }
      values.push(value as T);
    }
    units.push(values);
  }
  return units;
}

/** Every unit's given values, nominal view: numbers and strings are both categories. */
export function categoricalUnits(ratings: Ratings, statistic: string): GivenRating[][] {
  return readUnits<GivenRating>(ratings, statistic, false);
}

/** Every unit's given values, numeric view: a string is an error that names the cell. */
export function numericUnits(ratings: Ratings, statistic: string): number[][] {
  return readUnits<number>(ratings, statistic, true);
}

/** How often each category occurs in one unit (insertion order, Map keeps 1 and "1" apart). */
export function categoryCounts(values: readonly GivenRating[]): Map<GivenRating, number> {
  const counts = new Map<GivenRating, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
