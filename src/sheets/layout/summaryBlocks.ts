// The blocks of the Summary sheet after the reveal, each from the session and its analysis.
import { criteriaById } from '../../domain/scorecardIndex';
import { describeAlpha } from '../../domain/agreement/alphaInterpretation';
import { readAgreement } from '../../domain/agreement/agreementReading';
import type { CriterionOnCall, Direction, DisagreementKind, SessionAnalysis } from '../../domain/analysis';
import type { CallScore } from '../../domain/scoring';
import { figureNote, type NoteContext } from './figureNotes';
import { EXPERT_HIDDEN_SENTENCE, expertBenchmarkShown } from '../../domain/results';
import type { AnswerValue, Criterion, ScoringRule, Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import {
  block,
  bold,
  date,
  INTEGER_FORMAT,
  num,
  PERCENT_NUMBER_FORMAT,
  SHARE_FORMAT,
  SIGNED_POINTS_FORMAT,
  text,
  TWO_DECIMALS_FORMAT,
  type Block,
  type Cell,
  type Row,
} from '../block';
import { FINAL_BACKGROUND, HEADER_BACKGROUND, OVER_TARGET_BACKGROUND, TITLE_BACKGROUND, WITHIN_TARGET_BACKGROUND } from './palette';

export const POINTS_FORMAT = '0.0" pp"';
const SIGNED_POINTS_PP_FORMAT = '+0.0" pp";-0.0" pp";0.0" pp"';

const disagreementLabels: Record<DisagreementKind, string> = {
  'critical-mismatch': 'critical mismatch',
  'na-vs-scored': 'N/A vs scored',
  split: 'split',
};
const OVER_TARGET_FLAG = 'over target';

/**
 * A header row whose labels wrap in their column rather than being clipped; with a context, each label
 * carries its note (what it is, what good looks like).
 */
export function header(labels: readonly string[], context?: NoteContext): Row {
  return labels.map((label) =>
    bold(label, { background: HEADER_BACKGROUND, wrap: true, note: context === undefined ? '' : figureNote(label, context) }),
  );
}

/** The bold label of a session figure, with its note. */
function figureLabel(label: string, context: NoteContext): Cell {
  return bold(label, { note: figureNote(label, context) });
}

/** "1 evaluator", "2 evaluators". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const PERCENT_LEFT_OUT_FORMAT = '0.0"% †"';

/** Criterion ids with their questions, for a note. */
function criteriaNamed(session: Session, ids: readonly string[]): string {
  const byId = criteriaById(session.scorecard);
  return ids.map((id) => `${id} (${byId.get(id)?.question ?? id})`).join('; ');
}

/**
 * A call score as the Summary shows it: 0 % on an auto-fail with a note naming the failed criteria and
 * the raw score, and † with a note when unresolved criteria were left out (the score the deviation
 * was computed from).
 */
function scoreCell(session: Session, score: CallScore, leftOut: readonly string[] = [], style?: { background?: string | null }): Cell {
  const notes: string[] = [];
  if (score.autoFail && score.rawPercent !== null) {
    notes.push(`Auto-fail: failed ${criteriaNamed(session, score.failedCritical)}. Raw score ${score.rawPercent.toFixed(1)} %.`);
  }
  if (leftOut.length > 0) notes.push(`Left out (unresolved, no final yet): ${criteriaNamed(session, leftOut)}.`);
  return num(score.percent, leftOut.length > 0 ? PERCENT_LEFT_OUT_FORMAT : PERCENT_NUMBER_FORMAT, { ...style, note: notes.join('\n') });
}

/** "lenient (above +2.5 pp)", "balanced (within ±2.5 pp)", "harsh (below −2.5 pp)". */
function directionText(direction: Direction | null, threshold: number): string {
  if (direction === null) return '';
  if (direction === 'balanced') return `balanced (within ±${threshold} pp)`;
  return direction === 'lenient' ? `lenient (above +${threshold} pp)` : `harsh (below −${threshold} pp)`;
}

export function heading(label: string): Row {
  return [bold(label, { background: TITLE_BACKGROUND })];
}

/** Evaluator ids in reveal order with how the Summary names them. */
export function summaryLabels(session: Session, analysis: SessionAnalysis): Array<{ id: string; label: string }> {
  const anonymous = session.options.anonymousReveal;
  return analysis.evaluators.map((evaluator) => ({ id: evaluator.evaluatorId, label: anonymous ? evaluator.revealLabel : evaluator.name }));
}

/** An answer as the grid shows it: Yes / No / N/A as text, levels and points as numbers. */
export function answerCell(criterion: Criterion | undefined, value: AnswerValue | null, style?: { background?: string | null }): Cell {
  if (value === null) return text('', style);
  if (value === 'NA') return text('N/A', style);
  if (criterion?.type === 'yes-no') return text(value === 1 ? 'Yes' : 'No', style);
  return num(value, INTEGER_FORMAT, style);
}

export function flagsOf(item: CriterionOnCall): string {
  const flags = item.disagreements.map((kind) => disagreementLabels[kind]);
  if (item.overTarget) flags.push(OVER_TARGET_FLAG);
  return flags.join(', ');
}

export function sessionFigures(session: Session, analysis: SessionAnalysis): Block {
  const { summary, settings } = analysis;
  const context: NoteContext = { varianceTarget: settings.varianceTarget };
  const within = summary.variance === null ? null : summary.variance <= settings.varianceTarget;
  const band = (ok: boolean | null) => (ok === null ? null : ok ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND);
  const interval = summary.alphaInterval;
  const calls = analysis.calls.length;
  return block(
    [
      heading('Session figures'),
      [
        figureLabel('Calibration variance', context),
        num(summary.variance, POINTS_FORMAT, { background: band(within) }),
        text(`target ${settings.varianceTarget} pp`),
        text(within === null ? 'Nothing to compare yet' : within ? 'Within target' : 'Above target'),
      ],
      [
        figureLabel('Evaluators within target', context),
        num(summary.shareWithinTarget, SHARE_FORMAT),
        text(`${summary.evaluatorsWithinTarget} of ${counted(summary.evaluatorsMeasured, 'evaluator')}`),
      ],
      criticalDisagreementFigure(analysis, context),
      [
        figureLabel("Krippendorff's α", context),
        num(summary.alpha, TWO_DECIMALS_FORMAT),
        text(describeAlpha(summary.alpha)),
        text(summary.alphaWarning ?? ''),
      ],
      [
        figureLabel('α, 95% interval', context),
        num(interval?.low ?? null, TWO_DECIMALS_FORMAT),
        num(interval?.high ?? null, TWO_DECIMALS_FORMAT),
        text(interval === null ? 'Not available' : 'Bootstrap over call × criterion'),
      ],
      gwetFigure(analysis, context),
      [figureLabel('Pairwise agreement', context), num(summary.pairwiseAgreementPercent, PERCENT_NUMBER_FORMAT)],
      [
        figureLabel('Score sheets submitted', context),
        num(analysis.submittedCount, INTEGER_FORMAT),
        text(`${counted(session.evaluators.length, 'evaluator')} × ${counted(calls, 'call')}`),
      ],
    ],
    { hasNotes: true },
  );
}

/** Calls with an auto-fail disagreement: a figure of its own, so the variance is not swamped by it. */
function criticalDisagreementFigure(analysis: SessionAnalysis, context: NoteContext): Row {
  const count = analysis.summary.criticalDisagreementCalls;
  return [
    figureLabel('Critical (auto-fail) disagreements', context),
    num(count, INTEGER_FORMAT, { background: count > 0 ? OVER_TARGET_BACKGROUND : null }),
    text(`${count} of ${counted(analysis.calls.length, 'call')}`),
    text(count > 0 ? 'First on the agenda' : ''),
  ];
}

/** Gwet's AC1 beside α, with the plain reading of the two together. */
function gwetFigure(analysis: SessionAnalysis, context: NoteContext): Row {
  return [figureLabel("Gwet's AC1", context), num(analysis.summary.gwetAc1, TWO_DECIMALS_FORMAT), text(analysis.summary.agreementReading)];
}

/** Per evaluator (reveal order): how far from the finals, which way, whether within target, critical disagreements. */
export function evaluatorResults(session: Session, analysis: SessionAnalysis): Block {
  const labels = summaryLabels(session, analysis);
  const context: NoteContext = { varianceTarget: analysis.settings.varianceTarget };
  const hasExpert = expertBenchmarkShown(session);
  const columns = [
    'Evaluator',
    'Mean deviation',
    'Mean absolute deviation',
    'Direction',
    'Alignment',
    'Within target',
    'Critical disagreements',
    ...(hasExpert ? ['Deviation from expert'] : []),
    'Calls scored',
  ];
  const rows: Row[] = [heading('Evaluators (lenient +, harsh −, against the final)'), header(columns, context)];
  analysis.evaluators.forEach((result, index) => {
    const band = result.withinTarget === null ? null : result.withinTarget ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND;
    rows.push([
      text(labels[index]!.label),
      num(result.meanSignedDeviation, SIGNED_POINTS_PP_FORMAT),
      num(result.meanAbsoluteDeviation, POINTS_FORMAT, { background: band }),
      text(directionText(result.direction, analysis.settings.directionThreshold)),
      num(result.alignmentPercent, PERCENT_NUMBER_FORMAT),
      text(result.withinTarget === null ? '' : result.withinTarget ? 'yes' : 'no', { align: 'center' }),
      num(result.criticalDisagreements, INTEGER_FORMAT, { background: result.criticalDisagreements > 0 ? OVER_TARGET_BACKGROUND : null }),
      ...(hasExpert ? [num(result.meanAbsoluteDeviationFromExpert, POINTS_FORMAT)] : []),
      num(result.callsScored, INTEGER_FORMAT),
    ]);
  });
  return block(rows, { hasNotes: true });
}

/**
 * Per evaluator (reveal order), on each call: the score (0 % on an auto-fail, † when unresolved criteria
 * were left out), the raw score and the signed deviation; the finals row under them.
 */
export function scoresPerCall(session: Session, analysis: SessionAnalysis): Block {
  const labels = summaryLabels(session, analysis);
  const context: NoteContext = { varianceTarget: analysis.settings.varianceTarget };
  const callHeaders = analysis.calls.flatMap((call) => [`${call.label} score`, `${call.label} raw`, `${call.label} deviation`]);
  const rows: Row[] = [heading('Score and deviation per call'), header(['Evaluator', ...callHeaders], context)];
  analysis.evaluators.forEach((result, index) => {
    rows.push([
      text(labels[index]!.label),
      ...analysis.calls.flatMap((call) => {
        const entry = call.evaluators.find((candidate) => candidate.evaluatorId === result.evaluatorId);
        if (entry === undefined)
          return [num(null, PERCENT_NUMBER_FORMAT), num(null, PERCENT_NUMBER_FORMAT), num(null, SIGNED_POINTS_FORMAT)];
        return [
          scoreCell(session, entry.comparedScore, entry.leftOut, {
            background: entry.criticalDisagreement ? OVER_TARGET_BACKGROUND : null,
          }),
          num(entry.comparedScore.rawPercent, PERCENT_NUMBER_FORMAT),
          num(entry.deviation, SIGNED_POINTS_FORMAT),
        ];
      }),
    ]);
  });
  rows.push([
    bold('Final (calibrated)', { background: FINAL_BACKGROUND }),
    ...analysis.calls.flatMap((call) => [
      scoreCell(session, call.finalScore, [], { background: FINAL_BACKGROUND }),
      num(call.finalScore.rawPercent, PERCENT_NUMBER_FORMAT, { background: FINAL_BACKGROUND }),
      text(''),
    ]),
  ]);
  return block(rows, { hasNotes: true });
}

/**
 * The expert benchmark, when an expert is named: per call the expert's score beside the consensus, the
 * gap between them and the criteria where they differ. Each evaluator's distance from the expert is a
 * column of the evaluators' table. Null without an expert.
 */
export function expertBenchmark(session: Session, analysis: SessionAnalysis): Block | null {
  const expertId = analysis.settings.expertEvaluatorId;
  if (expertId === null) return null;
  if (!expertBenchmarkShown(session)) return block([heading('Expert benchmark'), [text(EXPERT_HIDDEN_SENTENCE)]]);
  const context: NoteContext = { varianceTarget: analysis.settings.varianceTarget };
  const label = summaryLabels(session, analysis).find((entry) => entry.id === expertId)?.label ?? expertId;
  const rows: Row[] = [
    heading(`Expert benchmark (${label})`),
    header(['Call', 'Expert score', 'Expert raw', 'Consensus score', 'Expert − consensus', 'Criteria where they differ'], context),
    ...analysis.calls.map((call) => {
      const expert = call.evaluators.find((entry) => entry.evaluatorId === expertId);
      return [
        text(call.label),
        expert === undefined ? num(null, PERCENT_NUMBER_FORMAT) : scoreCell(session, expert.score),
        num(call.expertRawPercent, PERCENT_NUMBER_FORMAT),
        scoreCell(session, call.consensusScore),
        num(call.expertVsConsensusGap, SIGNED_POINTS_PP_FORMAT),
        text(expert === undefined ? 'The expert did not score this call' : call.expertDiffersFromConsensus.join(', ') || 'none'),
      ];
    }),
  ];
  return block(rows, { hasNotes: true });
}

export function agendaBlock(analysis: SessionAnalysis): Block {
  const labelOf = new Map(analysis.calls.map((call) => [call.callId, call.label]));
  return block(
    [
      heading('Discussion agenda (most disputed first)'),
      header(['#', 'Criterion id', 'Question', 'Calls', 'Why', 'Points at stake', 'Lowest agreement', 'Over target'], {
        varianceTarget: analysis.settings.varianceTarget,
      }),
      ...(analysis.agenda.length === 0
        ? [[text('No disagreements: nothing to discuss.')]]
        : analysis.agenda.map((item) => [
            num(item.rank, INTEGER_FORMAT),
            text(item.criterionId),
            text(item.question),
            text(item.callIds.map((id) => labelOf.get(id) ?? id).join(', ')),
            text(item.why.join('; ')),
            num(item.totalSwingPoints, POINTS_FORMAT),
            num(item.lowestAgreementPercent, PERCENT_NUMBER_FORMAT),
            text(item.overTarget ? 'yes' : 'no', { background: item.overTarget ? OVER_TARGET_BACKGROUND : null }),
          ])),
    ],
    { hasNotes: true },
  );
}

export function warningsBlock(analysis: SessionAnalysis): Block {
  const lines =
    analysis.warnings.length > 0
      ? analysis.warnings
      : ['Nothing to flag: every evaluator scored every call, and every call has a calibrated score.'];
  return block([heading('Before trusting the numbers'), ...lines.map((line) => [text(line)])]);
}

const scoringRuleLabels: Record<ScoringRule, string> = {
  'section-shares': 'section shares',
  points: 'points (before section shares)',
};

/** The rule a session was scored under; where it changed, a highlighted mark and a note say so. */
function scoringRuleCell(rule: ScoringRule, changed: boolean): Cell {
  if (!changed) return text(scoringRuleLabels[rule]);
  return text(`${scoringRuleLabels[rule]}: rule changed here`, {
    background: OVER_TARGET_BACKGROUND,
    note: 'From this session on, call scores are computed under a different scoring rule, so a change in variance or deviations here may come from the rule, not from the team.',
  });
}

/**
 * Calibration across closed sessions: variance, α and share within target with their changes; criteria
 * to rewrite; and each evaluator's drift, which names people, so only when the reveal is not anonymous.
 */
export function trendBlock(session: Session, trend: CalibrationTrend): Block {
  const rows: Row[] = [
    heading('Trend across sessions'),
    header(
      [
        'Date',
        'Session',
        'Scorecard version',
        'Variance',
        'Change',
        'Target',
        "Krippendorff's α",
        'Change',
        'Within target',
        'Change',
        "Gwet's AC1",
        'Critical disagreements',
        'Scoring rule',
        'Attendance',
      ],
      { varianceTarget: session.options.varianceTarget },
    ),
    ...trend.sessions.map((point) => [
      date(point.sessionDate),
      text(point.title),
      num(point.scorecardVersion, INTEGER_FORMAT),
      num(point.variance, POINTS_FORMAT, {
        background:
          point.varianceWithinTarget === null ? null : point.varianceWithinTarget ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND,
      }),
      num(point.varianceChange, SIGNED_POINTS_PP_FORMAT),
      num(point.varianceTarget, POINTS_FORMAT),
      num(point.alpha, TWO_DECIMALS_FORMAT),
      num(point.alphaChange, '+0.00;-0.00;0.00'),
      num(point.shareWithinTarget, SHARE_FORMAT),
      num(point.shareWithinTargetChange, '+0%;-0%;0%'),
      num(point.gwetAc1, TWO_DECIMALS_FORMAT, { note: point.gwetAc1 === null ? '' : readAgreement(point.alpha, point.gwetAc1) }),
      num(point.criticalDisagreements, INTEGER_FORMAT),
      scoringRuleCell(point.scoringRule, point.scoringRuleChanged),
      num(point.attendanceRate, SHARE_FORMAT, {
        note:
          point.attendanceRate === null
            ? ''
            : 'Attendance: evaluators marked present at the discussion ÷ evaluators on the roster (docs/scoring.md).',
      }),
    ]),
  ];
  if (trend.rewriteCandidates.length > 0) {
    rows.push([], header(['Criterion id', 'Disputed in', 'Advice']));
    for (const candidate of trend.rewriteCandidates) {
      rows.push([text(candidate.criterionId), text(candidate.disputedIn.join(', ')), text(candidate.advice)]);
    }
  }
  if (!session.options.anonymousReveal && trend.evaluators.length > 0) {
    rows.push([], header(['Evaluator', 'Latest mean absolute deviation', 'Change since previous', 'Change since first', 'Drift']));
    for (const drift of trend.evaluators) {
      const latest = drift.series[drift.series.length - 1]?.meanAbsoluteDeviation ?? null;
      rows.push([
        text(drift.name),
        num(latest, POINTS_FORMAT),
        num(drift.changeSincePrevious, SIGNED_POINTS_PP_FORMAT),
        num(drift.changeSinceFirst, SIGNED_POINTS_PP_FORMAT),
        text(drift.drift ?? ''),
      ]);
    }
  }
  return block(rows, { hasNotes: true });
}
