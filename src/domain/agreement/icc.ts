import { numericUnits, type Ratings } from './ratings';

export const ICC_FORMS = ['1,1', '2,1', '3,1', '1,k', '2,k', '3,k'] as const;
/** Shrout & Fleiss (1979) forms: model (1 one-way random, 2 two-way random, 3 two-way mixed), then 1 rater or the mean of k. */
export type IccForm = (typeof ICC_FORMS)[number];

const STATISTIC = 'Intraclass correlation';

/**
 * ICC(form) after Shrout & Fleiss (1979), from the ANOVA mean squares of a complete units × raters matrix.
 * Null when the matrix has a missing value, fewer than 2 units or raters, or a zero denominator (for
 * example every value the same). Values are returned as computed: any form can be negative, and ICC(2,k)
 * can even exceed 1 when the raters' means differ less than the residual noise (JMS < EMS).
 */
export function icc(ratings: Ratings, form: IccForm): number | null {
  if (!ICC_FORMS.includes(form)) {
    throw new Error(`${STATISTIC}: unknown form "${String(form)}"; use one of ${ICC_FORMS.join(', ')}.`);
  }
  const rows = numericUnits(ratings, STATISTIC);
  const n = rows.length;
  if (n < 2) return null;
  const k = Math.max(...ratings.map((row) => row.length));
  // numericUnits drops missing values, so a shorter row is a row with a gap.
  if (k < 2 || rows.some((row) => row.length !== k)) return null;

  const first = rows[0][0];
  if (rows.every((row) => row.every((value) => value === first))) return null;

  let grandTotal = 0;
  const rowMeans = rows.map((row) => {
    let total = 0;
    for (const value of row) total += value;
    grandTotal += total;
    return total / k;
  });
  const grandMean = grandTotal / (n * k);
  const columnMeans: number[] = [];
  for (let rater = 0; rater < k; rater++) {
    let total = 0;
    for (const row of rows) total += row[rater];
    columnMeans.push(total / n);
  }

  let betweenUnits = 0;
  for (const mean of rowMeans) betweenUnits += (mean - grandMean) ** 2;
  let betweenRaters = 0;
  for (const mean of columnMeans) betweenRaters += (mean - grandMean) ** 2;
  let withinUnits = 0;
  let residual = 0;
  for (let unit = 0; unit < n; unit++) {
    for (let rater = 0; rater < k; rater++) {
      const value = rows[unit][rater];
      withinUnits += (value - rowMeans[unit]) ** 2;
      residual += (value - rowMeans[unit] - columnMeans[rater] + grandMean) ** 2;
    }
  }
  const bms = (k * betweenUnits) / (n - 1);
  const wms = withinUnits / (n * (k - 1));
  const jms = (n * betweenRaters) / (k - 1);
  const ems = residual / ((n - 1) * (k - 1));

  const [numerator, denominator] = iccRatio(form, { bms, wms, jms, ems, n, k });
  // Mean squares carry rounding noise of the order of ε × the data's variance; a denominator that small
  // is a true zero (e.g. identical unit means), not a tiny positive number to divide by.
  const scale = (k * betweenUnits + withinUnits) / (n * k);
  if (Math.abs(denominator) <= 1e-12 * scale) return null;
  return numerator / denominator;
}

interface MeanSquares {
  bms: number;
  wms: number;
  jms: number;
  ems: number;
  n: number;
  k: number;
}

function iccRatio(form: IccForm, { bms, wms, jms, ems, n, k }: MeanSquares): [number, number] {
  switch (form) {
    case '1,1':
      return [bms - wms, bms + (k - 1) * wms];
    case '2,1':
      return [bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n];
    case '3,1':
      return [bms - ems, bms + (k - 1) * ems];
    case '1,k':
      return [bms - wms, bms];
    case '2,k':
      return [bms - ems, bms + (jms - ems) / n];
    case '3,k':
      return [bms - ems, bms];
  }
}
