import type { Evaluator } from '../schemas';
import type { AlignmentTotals } from './callResult';
import { revealLabel } from './revealOrder';
import type { CallResult, Direction, EvaluatorResult } from './types';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Lenient or harsh when the mean signed deviation is beyond the threshold either way, else balanced. */
export function directionOf(meanSignedDeviation: number | null, threshold: number): Direction | null {
  if (meanSignedDeviation === null) return null;
  if (meanSignedDeviation > threshold) return 'lenient';
  if (meanSignedDeviation < -threshold) return 'harsh';
  return 'balanced';
}

interface EvaluatorInput {
  evaluator: Evaluator;
  revealIndex: number;
  calls: readonly CallResult[];
  /** callId → evaluatorId → alignment sums. */
  alignment: ReadonlyMap<string, ReadonlyMap<string, AlignmentTotals>>;
  varianceTarget: number;
  directionThreshold: number;
}

export function analyzeEvaluator(input: EvaluatorInput): EvaluatorResult {
  const { evaluator, calls } = input;
  const deviations: number[] = [];
  const expertDeviations: number[] = [];
  const missingCallIds: string[] = [];
  let callsScored = 0;
  let criticalDisagreements = 0;
  let aligned = 0;
  let weight = 0;
  for (const call of calls) {
    const entry = call.evaluators.find((item) => item.evaluatorId === evaluator.id);
    if (entry === undefined) {
      missingCallIds.push(call.callId);
      continue;
    }
    callsScored++;
    if (entry.criticalDisagreement) criticalDisagreements++;
    if (entry.deviation !== null) deviations.push(entry.deviation);
    if (entry.deviationFromExpert !== null) expertDeviations.push(entry.deviationFromExpert);
    const totals = input.alignment.get(call.callId)?.get(evaluator.id);
    if (totals !== undefined) {
      aligned += totals.aligned;
      weight += totals.weight;
    }
  }
  const meanAbsoluteDeviation = mean(deviations.map(Math.abs));
  const meanSignedDeviation = mean(deviations);
  return {
    evaluatorId: evaluator.id,
    name: evaluator.name,
    role: evaluator.role,
    seniority: evaluator.seniority,
    revealLabel: revealLabel(input.revealIndex),
    callsScored,
    missingCallIds,
    meanAbsoluteDeviation,
    meanSignedDeviation,
    direction: directionOf(meanSignedDeviation, input.directionThreshold),
    alignmentPercent: weight === 0 ? null : (aligned / weight) * 100,
    withinTarget: meanAbsoluteDeviation === null ? null : meanAbsoluteDeviation <= input.varianceTarget,
    meanAbsoluteDeviationFromExpert: mean(expertDeviations.map(Math.abs)),
    criticalDisagreements,
  };
}
