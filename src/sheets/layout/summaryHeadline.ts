// The Summary's headline: the five figures a facilitator reads first, top-left, each with what it is
// measured against. One row per figure, so a new headline figure is one more row.
import type { SessionAnalysis } from '../../domain/analysis';
import type { Session } from '../../domain/schemas';
import type { CalibrationTrend } from '../../domain/trend';
import { block, bold, INTEGER_FORMAT, num, SHARE_FORMAT, text, TWO_DECIMALS_FORMAT, type Block } from '../block';
import { OVER_TARGET_BACKGROUND, WITHIN_TARGET_BACKGROUND } from './palette';
import type { NoteContext } from './figureNotes';
import { figureNote } from './figureNotes';
import { counted, heading, POINTS_FORMAT } from './summaryBlocks';

/** Points with a real minus sign, one decimal: "−1.3 pp", "+0.4 pp". */
function signedPoints(value: number): string {
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

/** The calls with a critical (auto-fail) disagreement, as docs/scoring.md defines it. */
function criticalDisagreementCalls(analysis: SessionAnalysis): string[] {
  return analysis.calls.filter((call) => call.criticalDisagreement).map((call) => call.label);
}

export function headlineBlock(session: Session, analysis: SessionAnalysis, trend: CalibrationTrend | null): Block {
  const { summary, settings } = analysis;
  const target = settings.varianceTarget;
  const within = summary.variance === null ? null : summary.variance <= target;
  const band = within === null ? null : within ? WITHIN_TARGET_BACKGROUND : OVER_TARGET_BACKGROUND;
  const verdict =
    within === null
      ? `Nothing to compare with the ${target} pp target yet`
      : within
        ? `Within the ${target} pp target`
        : `Above the ${target} pp target`;
  const critical = criticalDisagreementCalls(analysis);
  const sheets = session.evaluators.length * session.calls.length;
  const context: NoteContext = { varianceTarget: target };
  const label = (name: string) => bold(name, { note: figureNote(name, context) });
  return block(
    [
      heading('Headline'),
      [
        label('Calibration variance'),
        num(summary.variance, POINTS_FORMAT, { background: band }),
        text(`${verdict}; ${sinceLastSession(trend)}`),
      ],
      [
        label('Evaluators within target'),
        num(summary.shareWithinTarget, SHARE_FORMAT),
        text(`${summary.evaluatorsWithinTarget} of ${counted(summary.evaluatorsMeasured, 'evaluator')} within ${target} pp of the finals`),
      ],
      [
        label('Critical (auto-fail) disagreements'),
        num(critical.length, INTEGER_FORMAT, { background: critical.length > 0 ? OVER_TARGET_BACKGROUND : WITHIN_TARGET_BACKGROUND }),
        text(
          critical.length === 0
            ? 'No call where an evaluator failed a critical criterion the team passed, or passed one it failed'
            : `${critical.join(', ')}: first on the agenda`,
        ),
      ],
      [label("Krippendorff's α"), num(summary.alpha, TWO_DECIMALS_FORMAT), text(summary.agreementReading)],
      [label("Gwet's AC1"), num(summary.gwetAc1, TWO_DECIMALS_FORMAT), text(summary.alphaWarning ?? '')],
      [
        label('Score sheets submitted'),
        num(analysis.submittedCount, INTEGER_FORMAT),
        text(`of ${sheets} (${counted(session.evaluators.length, 'evaluator')} × ${counted(session.calls.length, 'call')})`),
      ],
    ],
    { hasNotes: true },
  );
}
