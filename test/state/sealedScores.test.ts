// Sealed answers are stored compactly (values in scorecard order, comments only when written, times
// once per call) and decode to exactly the records that were sealed; records stored by the first
// release are still read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { PropertyStore } from '../../src/adapters/propertyStore';
import { presetById } from '../../src/domain/presets';
import { commentSchema, type Answer, type AnswerValue, type Criterion, type Submission } from '../../src/domain/schemas';
import type { SealedScores } from '../../src/state/sealedScores';
import { SEALED_SCORES_VERSION, decodeSealedScores, encodeSealedScores } from '../../src/state/sealedScoresCodec';
import { sealedKey } from '../../src/state/stateStore';
import { buildScorecard } from '../fixtures/calibration';
import { EVALUATORS, FACILITATOR, answersFor, api, as, criteriaOf, scores, setUpSession, withEnvironment } from '../usecases/harness';

const scorecard = presetById('general').scorecard;
const criteria = criteriaOf(scorecard);
const savedV1 = (): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '../fixtures/state/sealed-scores-v1.json'), 'utf8'));

function sheet(callId: string, answers: Answer[], overrides: Partial<Submission> = {}): Submission {
  return {
    sessionId: 's-1',
    evaluatorId: 'ana',
    callId,
    answers,
    status: 'submitted',
    submittedAt: '2026-11-28T09:00:00.000Z',
    updatedAt: '2026-11-28T09:00:00.000Z',
    revision: 1,
    ...overrides,
  };
}

const sample: SealedScores = {
  sessionId: 's-1',
  evaluatorId: 'ana',
  submitted: [
    sheet(
      'c1',
      answersFor(scorecard, (c, i) => (c.allowNA && i % 2 === 1 ? 'NA' : c.type === 'scale' ? 3 : i % 2)).map((a, i) =>
        i === 4 ? { ...a, comment: 'Quoted "the old price", then, corrected it' } : a,
      ),
      { revision: 3 },
    ),
  ],
  drafts: [
    // A draft of a submitted call keeps the submission's time and revision.
    sheet('c1', [{ criterionId: 'greeting', value: 0, comment: 'On second listen' }], {
      status: 'draft',
      updatedAt: '2026-11-28T10:00:00.000Z',
      revision: 3,
    }),
    sheet(
      'c2',
      [
        { criterionId: 'discovery', value: 5, comment: '' },
        { criterionId: 'notes', value: 'NA', comment: '' },
      ],
      {
        status: 'draft',
        submittedAt: '',
        updatedAt: '2026-11-28T10:30:00.000Z',
        revision: 0,
      },
    ),
  ],
};

describe('the compact sealed record', () => {
  it('decodes to exactly the record that was sealed', () => {
    const stored = encodeSealedScores(sample, scorecard);
    expect(stored.schemaVersion).toBe(SEALED_SCORES_VERSION);
    expect(stored.submitted[0]).toEqual({
      call: 'c1',
      values: sample.submitted[0]!.answers.map((a) => String(a.value)).join(','),
      comments: { '4': 'Quoted "the old price", then, corrected it' },
      at: '2026-11-28T09:00:00.000Z',
      revision: 3,
    });
    expect(stored.drafts[0]).toMatchObject({ values: `0${','.repeat(criteria.length - 1)}`, submittedAt: '2026-11-28T09:00:00.000Z' });
    expect(stored.drafts[1]).not.toHaveProperty('submittedAt');
    expect(decodeSealedScores(JSON.parse(JSON.stringify(stored)), scorecard, 'ana')).toEqual(sample);
  });

  it('round-trips any answers, values and comments', () => {
    const big = buildScorecard(12, 'prop');
    const bigCriteria = criteriaOf(big);
    const valueFor = (criterion: Criterion) =>
      fc.constantFrom<AnswerValue>(
        ...(criterion.type === 'scale' ? [criterion.min, criterion.max] : criterion.type === 'points' ? [0, criterion.maxPoints] : [0, 1]),
        'NA',
      );
    // Comments as sealing receives them: already checked by the payload's schema.
    const comment = fc.oneof(fc.constant(''), fc.string({ maxLength: 30 })).filter((text) => commentSchema.safeParse(text).data === text);
    const answers = fc
      .tuple(...bigCriteria.map((criterion) => fc.option(fc.record({ value: valueFor(criterion), comment: comment }))))
      .map((picked) =>
        picked.flatMap((answer, i) =>
          answer === null ? [] : [{ criterionId: bigCriteria[i]!.id, value: answer.value, comment: answer.comment }],
        ),
      );
    fc.assert(
      fc.property(fc.array(answers, { maxLength: 4 }), fc.array(answers, { maxLength: 4 }), (submitted, drafts) => {
        const record: SealedScores = {
          sessionId: 's-1',
          evaluatorId: 'ana',
          submitted: submitted.map((list, i) => sheet(`c${i}`, list)),
          drafts: drafts.map((list, i) =>
            sheet(`c${i}`, list, { status: 'draft', submittedAt: '', updatedAt: '2026-11-29T08:00:00.000Z', revision: 0 }),
          ),
        };
        const stored = JSON.parse(JSON.stringify(encodeSealedScores(record, big)));
        expect(decodeSealedScores(stored, big, 'ana')).toEqual(record);
      }),
    );
  });

  it('keeps the largest session within the store: 10 calls × 60 criteria in a few KB per evaluator', () => {
    const large = buildScorecard(60, 'large');
    const record: SealedScores = {
      sessionId: 's-1',
      evaluatorId: 'ana',
      submitted: Array.from({ length: 10 }, (_, i) =>
        sheet(
          `call-${i + 1}`,
          answersFor(large, (c, n) => (c.type === 'scale' ? c.min : n % 2)),
        ),
      ),
      drafts: [],
    };
    const compact = JSON.stringify(encodeSealedScores(record, large)).length;
    const verbose = JSON.stringify({ schemaVersion: 1, ...record }).length;
    // 20 such evaluators must fit in the 500 KB store beside the session itself.
    expect(compact).toBeLessThan(3000);
    expect(compact * 8).toBeLessThan(verbose);
  });

  it('refuses a damaged record, naming the evaluator, and a record from a newer version', () => {
    const stored = encodeSealedScores(sample, scorecard);
    const fewer = { ...stored, submitted: [{ ...stored.submitted[0]!, values: '1,0' }] };
    expect(() => decodeSealedScores(fewer, scorecard, 'ana')).toThrow(
      /Stored scores of evaluator "ana".*2 values for a scorecard of 14 criteria/s,
    );
    const word = { ...stored, submitted: [{ ...stored.submitted[0]!, values: stored.submitted[0]!.values.replace(/^[^,]*/, 'yes') }] };
    expect(() => decodeSealedScores(word, scorecard, 'ana')).toThrow(/"yes" is not an answer/);
    const orphan = { ...stored, drafts: [{ ...stored.drafts[1]!, comments: { '0': 'no answer here' } }] };
    expect(() => decodeSealedScores(orphan, scorecard, 'ana')).toThrow(/comment at position 0 without an answer/);
    expect(() => decodeSealedScores({ ...stored, schemaVersion: 9 }, scorecard, 'ana')).toThrow(/newer version of the add-on/);
    expect(() =>
      encodeSealedScores({ ...sample, drafts: [sheet('c9', [{ criterionId: 'nope', value: 1, comment: '' }])] }, scorecard),
    ).toThrow(/not a criterion/);
  });
});

describe('a sealed record saved by the first release', () => {
  it('reads as the same submissions', () => {
    const old = savedV1();
    const record = decodeSealedScores(old, scorecard, 'ana');
    expect(record.submitted).toHaveLength(1);
    expect(record.submitted[0]!.answers.find((a) => a.criterionId === 'accurate-information')).toEqual({
      criterionId: 'accurate-information',
      value: 0,
      comment: 'Quoted the old price, never corrected it',
    });
    expect(record.drafts.map((d) => [d.callId, d.revision, d.submittedAt])).toEqual([
      ['c1', 2, '2026-10-28T09:15:00.000Z'],
      ['c2', 0, ''],
    ]);
    // Stored again, it is written in the current format and reads back the same.
    expect(decodeSealedScores(JSON.parse(JSON.stringify(encodeSealedScores(record, scorecard))), scorecard, 'ana')).toEqual(record);
  });

  it('is shown to its evaluator, and rewritten compactly at their next save', () => {
    withEnvironment(FACILITATOR, (env) => {
      setUpSession(env);
      const view = as(env, FACILITATOR, () => api.getSidebarState());
      const sessionId = view.role === 'facilitator' ? view.session.id : '';
      const retag = (s: Record<string, unknown>) => ({ ...s, sessionId });
      const old = savedV1() as { submitted: Array<Record<string, unknown>>; drafts: Array<Record<string, unknown>> };
      const stored = { ...old, sessionId, submitted: old.submitted.map(retag), drafts: old.drafts.map(retag) };
      as(env, FACILITATOR, () => PropertyStore.document().commit({ [sealedKey('ana')]: stored }));

      const ana = EVALUATORS[0].email;
      const form = as(env, ana, () => api.getSidebarState());
      if (form.role !== 'evaluator') throw new Error('expected the evaluator view');
      expect(form.form.calls.map((c) => [c.call.id, c.state, c.revision])).toEqual([
        ['c1', 'revising', 2],
        ['c2', 'draft', 0],
        ['c3', 'not-started', 0],
      ]);

      as(env, ana, () => api.submitCallScores(scores('c3', answersFor(scorecard))));
      const rewritten = as(env, FACILITATOR, () => PropertyStore.document().read(sealedKey('ana'))) as {
        submitted: Array<{ call: string }>;
        drafts: Array<{ call: string }>;
      };
      expect(rewritten).toMatchObject({ schemaVersion: SEALED_SCORES_VERSION, sessionId });
      expect(rewritten.submitted.map((s) => s.call)).toEqual(['c1', 'c3']);
      expect(rewritten.drafts.map((s) => s.call)).toEqual(['c1', 'c2']);
      const after = as(env, ana, () => api.getSidebarState());
      expect(after.role === 'evaluator' && after.form.calls.map((c) => c.state)).toEqual(['revising', 'draft', 'submitted']);
    });
  });
});
