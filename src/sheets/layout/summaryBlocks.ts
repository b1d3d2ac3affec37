// The blocks of the Summary sheet after the reveal, each from the session and its analysis.
import { describeAlpha } from '../../domain/agreement/alphaInterpretation';
import type { CriterionOnCall, DisagreementKind, SessionAnalysis } from '../../domain/analysis';
import type { AnswerValue, Criterion, Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import {
  block,
  bold,
  date,
  INTEGER_FORMAT,
  num,
  ONE_DECIMAL_FORMAT,
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
export const SIGNED_POINTS_PP_FORMAT = '+0.0" pp";-0.0" pp";0.0" pp"';

export const disagreementLabels: Record<DisagreementKind, string> = {
  'critical-mismatch': 'critical mismatch',
  'na-vs-scored': 'N/A vs scored',
  split: 'split',
};
export const OVER_TARGET_FLAG = 'over target';

/** Header labels wrap in their column rather than being clipped. */
export function header(labels: readonly string[]): Row {
  return labels.map((label) => bold(label, { background: HEADER_BACKGROUND, wrap: true }));
}

export function heading(label: string): Row {
  return [bold(label, { background: TITLE_BACKGROUND })];
}

/** Evaluator ids in reveal order with how the Summary names them. */
export function summaryLabels(session: Session, analysis: SessionAnalysis): Array<{ id: string; label: string }> {
  const anonymous = session.options.anonymousReveal;
  return analysis.evaluators.map((evaluator) => ({ id: evaluator.evaluatorId, label: anonymous ? evaluator.revealLabel : evaluator.name }));
}

function criteriaById(session: Session): Map<string, Criterion> {
  return new Map(session.scorecard.sections.flatMap((section) => section.criteria.map((criterion) => [criterion.id, criterion] as const)));
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
  const within = summary.variance === null ? null : summary.variance <= settings.varianceTarget;
  const band = (ok: boolean | null) => (ok === null ? null : ok ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND);
  const interval = summary.alphaInterval;
  return block([
    heading('Session figures'),
    [
      bold('Calibration variance'),
      num(summary.variance, POINTS_FORMAT, { background: band(within) }),
      text(`target ${settings.varianceTarget} pp`),
      text(within === null ? 'Nothing to compare yet' : within ? 'Within target' : 'Above target'),
    ],
    [
      bold('Evaluators within target'),
      num(summary.shareWithinTarget, SHARE_FORMAT),
      text(`${summary.evaluatorsWithinTarget} of ${summary.evaluatorsMeasured}`),
    ],
    [bold("Krippendorff's α"), num(summary.alpha, TWO_DECIMALS_FORMAT), text(describeAlpha(summary.alpha)), text(summary.alphaWarning ?? '')],
    [
      bold('α, 95% interval'),
      num(interval?.low ?? null, TWO_DECIMALS_FORMAT),
      num(interval?.high ?? null, TWO_DECIMALS_FORMAT),
      text(interval === null ? 'Not available' : 'Bootstrap over call × criterion'),
    ],
    [bold('Pairwise agreement'), num(summary.pairwiseAgreementPercent, PERCENT_NUMBER_FORMAT)],
    [bold('Score sheets submitted'), num(analysis.submittedCount, INTEGER_FORMAT), text(`${session.evaluators.length} evaluators × ${session.calls.length} calls`)],
  ]);
}

/** Per evaluator (reveal order): how far from the finals, which way, and whether within target. */
export function evaluatorResults(session: Session, analysis: SessionAnalysis): Block {
  const labels = summaryLabels(session, analysis);
  const rows: Row[] = [
    heading('Evaluators (lenient +, harsh −, against the final)'),
    header(['Evaluator', 'Mean deviation', 'Mean absolute deviation', 'Direction', 'Alignment', 'Within target', 'Calls scored']),
  ];
  analysis.evaluators.forEach((result, index) => {
    const band = result.withinTarget === null ? null : result.withinTarget ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND;
    rows.push([
      text(labels[index]!.label),
      num(result.meanSignedDeviation, SIGNED_POINTS_PP_FORMAT),
      num(result.meanAbsoluteDeviation, POINTS_FORMAT, { background: band }),
      text(result.direction ?? ''),
      num(result.alignmentPercent, PERCENT_NUMBER_FORMAT),
      text(result.withinTarget === null ? '' : result.withinTarget ? 'yes' : 'no', { align: 'center' }),
      num(result.callsScored, INTEGER_FORMAT),
    ]);
  });
  return block(rows);
}

/** Per evaluator (reveal order): score and signed deviation on each call, and the finals row under them. */
export function scoresPerCall(session: Session, analysis: SessionAnalysis): Block {
  const labels = summaryLabels(session, analysis);
  const callHeaders = analysis.calls.flatMap((call) => [`${call.label} score`, `${call.label} deviation`]);
  const rows: Row[] = [heading('Score and deviation per call'), header(['Evaluator', ...callHeaders])];
  analysis.evaluators.forEach((result, index) => {
    rows.push([
      text(labels[index]!.label),
      ...analysis.calls.flatMap((call) => {
        const entry = call.evaluators.find((candidate) => candidate.evaluatorId === result.evaluatorId);
        return [num(entry?.score.percent ?? null, PERCENT_NUMBER_FORMAT), num(entry?.deviation ?? null, SIGNED_POINTS_FORMAT)];
      }),
    ]);
  });
  rows.push([
    bold('Final (calibrated)', { background: FINAL_BACKGROUND }),
    ...analysis.calls.flatMap((call) => [num(call.finalScore.percent, PERCENT_NUMBER_FORMAT, { background: FINAL_BACKGROUND }), text('')]),
  ]);
  return block(rows);
}

export function agendaBlock(analysis: SessionAnalysis): Block {
  const labelOf = new Map(analysis.calls.map((call) => [call.callId, call.label]));
  return block([
    heading('Discussion agenda (most disputed first)'),
    header(['#', 'Criterion id', 'Question', 'Calls', 'Why', 'Points at stake', 'Lowest agreement', 'Over target']),
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
  ]);
}

export function warningsBlock(analysis: SessionAnalysis): Block {
  const lines = analysis.warnings.length > 0 ? analysis.warnings : ['Nothing to flag: every evaluator scored every call, and every call has a calibrated score.'];
  return block([heading('Before trusting the numbers'), ...lines.map((line) => [text(line)])]);
}

/**
 * Calibration across closed sessions: variance, α and share within target with their changes; criteria
 * to rewrite; and each evaluator's drift, which names people, so only when the reveal is not anonymous.
 */
export function trendBlock(session: Session, trend: CalibrationTrend): Block {
  const rows: Row[] = [
    heading('Trend across sessions'),
    header(['Date', 'Session', 'Scorecard version', 'Variance', 'Change', 'Target', "Krippendorff's α", 'Change', 'Within target', 'Change']),
    ...trend.sessions.map((point) => [
      date(point.sessionDate),
      text(point.title),
      num(point.scorecardVersion, INTEGER_FORMAT),
      num(point.variance, POINTS_FORMAT, {
        background: point.varianceWithinTarget === null ? null : point.varianceWithinTarget ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND,
      }),
      num(point.varianceChange, SIGNED_POINTS_PP_FORMAT),
      num(point.varianceTarget, POINTS_FORMAT),
      num(point.alpha, TWO_DECIMALS_FORMAT),
      num(point.alphaChange, '+0.00;-0.00;0.00'),
      num(point.shareWithinTarget, SHARE_FORMAT),
      num(point.shareWithinTargetChange, '+0%;-0%;0%'),
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
  return block(rows);
}
