// Every figure in the report is formatted here, once, so the Doc and the HTML preview say the same thing.
import { alphaBand } from '../agreement/alphaInterpretation';

const MINUS = '\u2212';
const NOT_AVAILABLE = '—';

function fixed(value: number, digits: number): string {
  const text = Math.abs(value).toFixed(digits);
  // A value that rounds to zero is shown unsigned: "−0.0" would claim a direction that is not there.
  return Number(text) === 0 ? (0).toFixed(digits) : text;
}

/** `82.5%`; `—` when there is no figure. */
export function formatPercent(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NOT_AVAILABLE : `${fixed(value, 1)}%`;
}

/** A signed difference in percentage points: `+3.1 pp`, `−2.0 pp`, `0.0 pp`; `—` when there is none. */
export function formatPointsDelta(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const text = fixed(value, 1);
  if (Number(text) === 0) return `${text} pp`;
  return `${value > 0 ? '+' : MINUS}${text} pp`;
}

/** An unsigned size in percentage points: `4.2 pp`. */
export function formatPoints(value: number | null): string {
  return value === null || !Number.isFinite(value) ? NOT_AVAILABLE : `${fixed(value, 1)} pp`;
}

/** Krippendorff's α with its band: `α 0.71 (tentative)`. */
export function formatAlpha(alpha: number | null): string {
  if (alpha === null || !Number.isFinite(alpha)) return 'α not computable';
  const text = alpha < 0 ? `${MINUS}${Math.abs(alpha).toFixed(2)}` : alpha.toFixed(2);
  return `α ${text} (${alphaBand(alpha)})`;
}

/** Gwet's AC1 with the same bands as α: `AC1 0.93 (reliable)`. */
export function formatAc1(ac1: number | null): string {
  if (ac1 === null || !Number.isFinite(ac1)) return 'AC1 not computable';
  const text = ac1 < 0 ? `${MINUS}${Math.abs(ac1).toFixed(2)}` : ac1.toFixed(2);
  return `AC1 ${text} (${alphaBand(ac1)})`;
}

/** A share 0–1 as a percentage: `75.0%`. */
export function formatShare(share: number | null): string {
  return share === null ? NOT_AVAILABLE : formatPercent(share * 100);
}

export const notAvailable = NOT_AVAILABLE;
