import { UserError } from '../../src/domain/errors';
import { presetById, presets } from '../../src/domain/presets';
import { scorecardSchema } from '../../src/domain/schemas';
import { weightedCriteria } from '../../src/domain/scoring';
import { scoreAnswers } from '../support/scoring';

describe('presets', () => {
  it('offers the five industry presets', () => {
    expect(presets.map((preset) => preset.id)).toEqual(['general', 'finance-banking', 'healthcare', 'telecom-tech', 'retail-ecommerce']);
    for (const preset of presets) {
      expect(preset.name).not.toBe('');
      expect(preset.industry).not.toBe('');
      expect(preset.focus.length).toBeGreaterThan(40);
    }
  });

  describe.each(presets.map((preset) => preset.id))('%s', (id) => {
    const preset = presetById(id);
    const criteria = preset.scorecard.sections.flatMap((section) => section.criteria);

    it('parses with the scorecard schema', () => {
      expect(scorecardSchema.safeParse(preset.scorecard).success).toBe(true);
      expect(preset.scorecard.id).toBe(id);
      expect(preset.scorecard.version).toBe(1);
    });

    it('has 10–20 criteria in 3–5 sections, each with a definition', () => {
      expect(criteria.length).toBeGreaterThanOrEqual(10);
      expect(criteria.length).toBeLessThanOrEqual(20);
      expect(preset.scorecard.sections.length).toBeGreaterThanOrEqual(3);
      expect(preset.scorecard.sections.length).toBeLessThanOrEqual(5);
      for (const criterion of criteria) expect(criterion.definition.length).toBeGreaterThan(10);
    });

    it('has critical criteria and criteria that allow N/A', () => {
      expect(criteria.some((criterion) => criterion.critical)).toBe(true);
      expect(criteria.some((criterion) => criterion.allowNA)).toBe(true);
    });

    it('describes every level of its scales', () => {
      for (const criterion of criteria) {
        if (criterion.type === 'scale') expect(criterion.levels).toHaveLength(criterion.max - criterion.min + 1);
      }
    });

    it('scores 100% when every criterion earns full marks', () => {
      const answers = criteria.map((criterion) => ({
        criterionId: criterion.id,
        value: criterion.type === 'yes-no' ? 1 : criterion.type === 'scale' ? criterion.max : criterion.maxPoints,
      }));
      expect(scoreAnswers(preset.scorecard, answers).percent).toBe(100);
      expect(weightedCriteria(preset.scorecard).reduce((sum, item) => sum + item.share, 0)).toBeCloseTo(1, 12);
    });
  });

  it('puts compliance first for finance: verification and verbatim disclosures are critical', () => {
    const criteria = presetById('finance-banking').scorecard.sections.flatMap((section) => section.criteria);
    const critical = criteria.filter((criterion) => criterion.critical).map((criterion) => criterion.id);
    expect(critical).toEqual(expect.arrayContaining(['identity-verification', 'disclosures-verbatim']));
  });

  it('gives a fresh copy each time', () => {
    const first = presetById('general');
    first.scorecard.sections[0].criteria[0].question = 'Changed';
    expect(presetById('general').scorecard.sections[0].criteria[0].question).not.toBe('Changed');
  });

  it('refuses an unknown preset, listing the known ones', () => {
    expect(() => presetById('aviation')).toThrow(UserError);
    expect(() => presetById('aviation')).toThrow('There is no preset scorecard "aviation". Choose one of: general, finance-banking');
  });
});

describe('presets keep the shares they were written to mean', () => {
  // Each preset was written with section multipliers on criteria worth 1 point each (the points rule).
  const multipliers: Record<string, number[]> = {
    general: [1, 2, 1, 1],
    'finance-banking': [3, 2, 1, 1],
    healthcare: [3, 3, 2, 1],
    'telecom-tech': [1, 3, 2, 1],
    'retail-ecommerce': [1, 3, 2, 1, 1],
  };
  it.each(Object.keys(multipliers))('%s: every criterion weighs what multiplier × weight points meant', (id) => {
    const { scorecard } = presetById(id);
    const meant = scorecard.sections.flatMap((section, s) => section.criteria.map((criterion) => multipliers[id]![s]! * criterion.weight));
    const total = meant.reduce((sum, points) => sum + points, 0);
    const shares = weightedCriteria(scorecard, 'section-shares').map((item) => item.share);
    shares.forEach((share, i) => expect(share).toBeCloseTo(meant[i]! / total, 12));
  });
});
