import { formatAlpha, formatPercent, formatPoints, formatPointsDelta, formatShare } from '../../../src/domain/report/format';
import { table } from '../../../src/domain/report/tree';

describe('report number formats', () => {
  it('formats percentages, point differences and α once, the same way everywhere', () => {
    expect(formatPercent(82.5)).toBe('82.5%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPointsDelta(3.14)).toBe('+3.1 pp');
    expect(formatPointsDelta(-2)).toBe('\u22122.0 pp');
    expect(formatPoints(4.25)).toBe('4.3 pp');
    expect(formatShare(0.75)).toBe('75.0%');
    expect(formatAlpha(0.71)).toBe('α 0.71 (tentative)');
    expect(formatAlpha(0.85)).toBe('α 0.85 (reliable)');
    expect(formatAlpha(-0.1)).toBe('α \u22120.10 (unreliable)');
    expect(formatAlpha(null)).toBe('α not computable');
  });

  it('never shows a sign on a difference that rounds to zero', () => {
    expect(formatPointsDelta(-0.04)).toBe('0.0 pp');
    expect(formatPercent(-0.01)).toBe('0.0%');
  });
});

describe('table', () => {
  it('refuses a row whose width differs from the header', () => {
    expect(() => table(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells, the header 2/);
  });
});
