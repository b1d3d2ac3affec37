import fc from 'fast-check';
import { allowedValues } from '../../src/domain/answers';
import { analyzeSession } from '../../src/domain/analysis';
import { consensusFor } from '../../src/domain/consensus';
import { consensusRules, type AnswerValue } from '../../src/domain/schemas';
import { scoreAnswers } from '../support/scoring';
import { buildScorecard, buildSession, buildSubmissions } from '../fixtures/calibration';

const card = buildScorecard(9);
const criteria = card.sections.flatMap((section) => section.criteria);

const answerFor = (index: number) =>
  fc.oneof(fc.constant<AnswerValue>('NA'), fc.constantFrom<AnswerValue>(...allowedValues(criteria[index])));
const sheetAnswers = fc.tuple(...criteria.map((_, index) => answerFor(index)));

function everyNumberFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(everyNumberFinite);
  return true;
}

it('a call score is between 0 and 100, 0 on auto-fail, and null only when nothing was scored', () => {
  fc.assert(
    fc.property(sheetAnswers, (values) => {
      const score = scoreAnswers(
        card,
        values.map((value, index) => ({ criterionId: criteria[index].id, value })),
      );
      if (values.every((value) => value === 'NA')) return score.percent === null;
      if (score.percent === null) return false;
      if (score.autoFail) return score.percent === 0 && score.failedCritical.length > 0;
      return score.percent >= 0 && score.percent <= 100 + 1e-9;
    }),
  );
});

it('a consensus is always no consensus, N/A or an answer the criterion allows', () => {
  const case_ = fc.nat({ max: criteria.length - 1 }).chain((index) =>
    fc.record({
      index: fc.constant(index),
      rule: fc.constantFrom(...consensusRules),
      values: fc.array(answerFor(index), { maxLength: 9 }),
      expert: answerFor(index),
    }),
  );
  fc.assert(
    fc.property(case_, ({ index, rule, values, expert }) => {
      const { value } = consensusFor(criteria[index], values, rule, expert);
      return value === null || value === 'NA' || allowedValues(criteria[index]).includes(value);
    }),
    { numRuns: 300 },
  );
});

it('analyses of generated sessions hold only finite numbers and consistent summaries', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 6 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      (evaluators, calls, seed, notApplicable) => {
        const session = buildSession({ evaluators, calls, scorecard: card });
        const analysis = analyzeSession({ session, submissions: buildSubmissions(session, { seed, notApplicable }) });
        const deviations = analysis.calls.flatMap((call) => call.evaluators.map((e) => e.deviation)).filter((d): d is number => d !== null);
        const variance = deviations.length === 0 ? null : deviations.reduce((sum, d) => sum + Math.abs(d), 0) / deviations.length;
        const items = analysis.calls.flatMap((call) => call.criteria);
        return (
          everyNumberFinite(analysis) &&
          (variance === null ? analysis.summary.variance === null : Math.abs((analysis.summary.variance ?? NaN) - variance) < 1e-9) &&
          items.every((item) => item.spread === null || (item.spread >= 0 && item.spread <= 1)) &&
          items.every((item) => item.agreementPercent === null || (item.agreementPercent > 0 && item.agreementPercent <= 100))
        );
      },
    ),
    { numRuns: 60 },
  );
});

describe('section shares', () => {
  // Three sections (10, 10 and 5 criteria) of weights 1, 2 and 1.
  const card = buildScorecard(25);
  const criteria = card.sections.flatMap((section) => section.criteria);
  const sheetAnswers = fc.tuple(
    ...criteria.map((criterion) => fc.oneof(fc.constant<AnswerValue>('NA'), fc.constantFrom<AnswerValue>(...allowedValues(criterion)))),
  );
  const scaled = (factor: number, inside: number) => ({
    ...card,
    sections: card.sections.map((section) => ({
      ...section,
      weight: section.weight * factor,
      criteria: section.criteria.map((criterion) => ({ ...criterion, weight: criterion.weight * inside })),
    })),
  });

  it('weights count in proportion: scaling every section weight, or every criterion weight, changes no score', () => {
    fc.assert(
      fc.property(sheetAnswers, fc.integer({ min: 2, max: 7 }), fc.integer({ min: 2, max: 7 }), (values, factor, inside) => {
        const answers = values.map((value, index) => ({ criterionId: criteria[index].id, value }));
        const a = scoreAnswers(card, answers).rawPercent;
        const b = scoreAnswers(scaled(factor, inside), answers).rawPercent;
        return a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;
      }),
    );
  });

  it('a section whose criteria are all N/A drops out: the call scores as the other sections alone', () => {
    fc.assert(
      fc.property(sheetAnswers, (values) => {
        const [first, ...rest] = card.sections;
        const inFirst = new Set(first.criteria.map((criterion) => criterion.id));
        const answers = values.map((value, index) => ({
          criterionId: criteria[index].id,
          value: inFirst.has(criteria[index].id) ? ('NA' as const) : value,
        }));
        const whole = scoreAnswers(card, answers).rawPercent;
        const without = scoreAnswers(
          { ...card, sections: rest },
          answers.filter((answer) => !inFirst.has(answer.criterionId)),
        ).rawPercent;
        return whole === null ? without === null : without !== null && Math.abs(whole - without) < 1e-9;
      }),
    );
  });
});
