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
 * The given values of one unit, in rater order. Array holes and `undefined` count as missing, because a
 * ragged row (a rater column nobody filled) reads that way from a sheet.
 */
function givenValues(ratings: Ratings, unit: number, statistic: string): GivenRating[] {
  const row = ratings[unit];
  if (!Array.isArray(row)) {
    throw new Error(`${statistic}: ratings must be a list of units, each a list of ratings; unit ${unit + 1} is not a list.`);
  }
  const values: GivenRating[] = [];
  for (let rater = 0; rater < row.length; rater++) {
    const value: unknown = row[rater];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      values.push(value);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        throw new Error(`${statistic}: ${describeCell(unit, rater)} is ${value}, not a finite number.`);
      }
      values.push(value);
    } else {
      throw new Error(`${statistic}: ${describeCell(unit, rater)} is a ${typeof value}; a rating must be a number, a string or null.`);
    }
  }
  return values;
}

/** Every unit's given values, nominal view: numbers and strings are both categories. */
export function categoricalUnits(ratings: Ratings, statistic: string): GivenRating[][] {
  assertList(ratings, statistic);
  const units: GivenRating[][] = [];
  for (let unit = 0; unit < ratings.length; unit++) units.push(givenValues(ratings, unit, statistic));
  return units;
}

/** Every unit's given values, numeric view: a string is an error that names the cell. */
export function numericUnits(ratings: Ratings, statistic: string): number[][] {
  assertList(ratings, statistic);
  const units: number[][] = [];
  for (let unit = 0; unit < ratings.length; unit++) {
    const row = ratings[unit];
    const values = givenValues(ratings, unit, statistic);
    const numbers: number[] = [];
    for (const value of values) {
      if (typeof value !== 'number') {
        const rater = row.indexOf(value);
        throw new Error(`${statistic} needs numbers, but ${describeCell(unit, rater)} is "${value}".`);
      }
      numbers.push(value);
    }
    units.push(numbers);
  }
  return units;
}

function assertList(ratings: Ratings, statistic: string): void {
  if (!Array.isArray(ratings)) throw new Error(`${statistic}: ratings must be a list of units, each a list of ratings.`);
}

/** How often each category occurs in one unit (insertion order, Map keeps 1 and "1" apart). */
export function categoryCounts(values: readonly GivenRating[]): Map<GivenRating, number> {
  const counts = new Map<GivenRating, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
