// Figures the Summary's headline and the report's executive summary share, defined once (docs/scoring.md).
import type { SessionAnalysis } from './analysis';

/**
 * Auto-fail disagreements: the call × criterion pairs where evaluators disagreed on a critical criterion,
 * so whether the call fails outright depended on who scored it. In call order, then scorecard order.
 */
export function autoFailDisagreements(analysis: SessionAnalysis): Array<{ callId: string; callLabel: string; criterionId: string }> {
  return analysis.calls.flatMap((call) =>
    call.criteria
      .filter((item) => item.disagreements.includes('critical-mismatch'))
      .map((item) => ({ callId: call.callId, callLabel: call.label, criterionId: item.criterionId })),
  );
}
