// The Summary's headline: the five figures a facilitator reads first, top-left, each with what it is
// measured against. One row per figure, so a new headline figure is one more row.
import { describeAlpha } from '../../domain/agreement/alphaInterpretation';
import type { SessionAnalysis } from '../../domain/analysis';
import { autoFailDisagreements } from '../../domain/headline';
import type { Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import { block, bold, INTEGER_FORMAT, num, SHARE_FORMAT, text, TWO_DECIMALS_FORMAT, type Block } from '../block';
import { OVER_TARGET_BACKGROUND, WITHIN_TARGET_BACKGROUND } from './palette';
import { heading, POINTS_FORMAT } from './summaryBlocks';

/** Points with a real minus sign, one decimal: "−1.3 pp", "+0.4 pp". */
export function signedPoints(value: number): string {
  const rounded = Number(Math.abs(value).toFixed(1));
  if (rounded === 0) return 'no change';
  return `${value < 0 ? '−' : '+'}${rounded.toFixed(1)} pp`;
}

function sinceLastSession(trend: CalibrationTrend | null): string {
  const points = trend?.sessions ?? [];
  if (points.length < 2) return 'first session on record';
  const current = points[points.length - 1]!;
  const previous = points[points.length - 2]!;
  if (current.varianceChange === null) return `not comparable with the last session (${previous.sessionDate})`;
  return `${signedPoints(current.varianceChange)} since the last session (${previous.sessionDate})`;
}

function autoFailLines(session: Session, analysis: SessionAnalysis): string[] {
  const questions = new Map(session.scorecard.sections.flatMap((section) => section.criteria.map((c) => [c.id, c.question] as const)));
  return autoFailDisagreements(analysis).map((item) => `${item.callLabel}: ${questions.get(item.criterionId) ?? item.criterionId}`);
}

export function headlineBlock(session: Session, analysis: SessionAnalysis, trend: CalibrationTrend | null): Block {
  const { summary, settings } = analysis;
  const target = settings.varianceTarget;
  const within = summary.variance === null ? null : summary.variance <= target;
  const band = within === null ? null : within ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND;
  const verdict = within === null ? `Nothing to compare with the ${target} pp target yet` : within ? `Within the ${target} pp target` : `Above the ${target} pp target`;
  const autoFails = autoFailLines(session, analysis);
  // One example is enough on the first screen; the agenda and the Answers tab list them all.
  const shownFails = `${autoFails[0] ?? ''}${autoFails.length > 1 ? ` (and ${autoFails.length - 1} more on the agenda)` : ''}`;
  const sheets = session.evaluators.length * session.calls.length;
  return block([
    heading('Headline'),
    [bold('Calibration variance'), num(summary.variance, POINTS_FORMAT, { background: band }), text(`${verdict}; ${sinceLastSession(trend)}`)],
    [
      bold('Evaluators within target'),
      num(summary.shareWithinTarget, SHARE_FORMAT),
      text(`${summary.evaluatorsWithinTarget} of ${summary.evaluatorsMeasured} evaluators within ${target} pp of the finals`),
    ],
    [
      bold('Auto-fail disagreements'),
      num(autoFails.length, INTEGER_FORMAT, { background: autoFails.length > 0 ? OVER_TARGET_BACKGROUND : WITHIN_TARGET_BACKGROUND }),
      text(autoFails.length === 0 ? 'Every critical criterion was answered the same way' : shownFails),
    ],
    [bold("Agreement (Krippendorff's α)"), num(summary.alpha, TWO_DECIMALS_FORMAT), text(summary.alphaWarning ?? describeAlpha(summary.alpha))],
    [bold('Score sheets submitted'), num(analysis.submittedCount, INTEGER_FORMAT), text(`of ${sheets} (${session.evaluators.length} evaluators × ${session.calls.length} calls)`)],
  ]);
}
