import { describeAnswer, lowestValue } from '../answers';
import type { Criterion } from '../schemas';
import type { WeightedCriterion } from '../scoring';
import { disagreementKinds, type AgendaItem, type CallResult, type CriterionOnCall, type DisagreementKind } from './types';

function people(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** One plain sentence per kind of disagreement on one call. */
function explainDisagreement(criterion: Criterion, item: CriterionOnCall, kind: DisagreementKind, callLabel: string): string {
  const values = item.answers.map((answer) => answer.value);
  const scored = values.filter((value): value is number => value !== 'NA');
  switch (kind) {
    case 'critical-mismatch': {
      const failed = values.filter((value) => value === lowestValue(criterion)).length;
      const others = values.length - failed;
      return `critical criterion: ${people(failed, 'evaluator', 'evaluators')} failed it on ${callLabel}, which auto-fails the call; ${others} did not`;
    }
    case 'na-vs-scored':
      return `${values.length - scored.length} marked N/A while ${scored.length} scored it on ${callLabel}`;
    case 'split': {
      if (criterion.type === 'yes-no') {
        const yes = scored.filter((value) => value === 1).length;
        const no = scored.length - yes;
        return `${people(yes, 'says', 'say')} Yes, ${people(no, 'says', 'say')} No on ${callLabel}`;
      }
      const counts = item.tally
        .filter((entry) => entry.value !== 'NA')
        .sort((a, b) => (a.value as number) - (b.value as number))
        .map((entry) => `${entry.count} gave ${describeAnswer(criterion, entry.value)}`);
      return `${counts.join(', ')} on ${callLabel}`;
    }
  }
}

/**
 * Criteria with any disagreement, most disputed first: a critical mismatch (an auto-fail at stake)
 * first, then the most score points at stake summed over the calls, then the lowest agreement, then
 * scorecard order.
 */
export function discussionAgenda(calls: readonly CallResult[], criteria: readonly WeightedCriterion[]): AgendaItem[] {
  const items: (AgendaItem & { position: number })[] = [];
  criteria.forEach(({ criterion, section }, position) => {
    const callIds: string[] = [];
    const kinds = new Set<DisagreementKind>();
    const why: string[] = [];
    let totalSwingPoints = 0;
    let lowestAgreementPercent = 100;
    let overTarget = false;
    for (const call of calls) {
      const item = call.criteria[position];
      if (item.disagreements.length === 0) continue;
      callIds.push(call.callId);
      for (const kind of disagreementKinds) {
        if (!item.disagreements.includes(kind)) continue;
        kinds.add(kind);
        why.push(explainDisagreement(criterion, item, kind, call.label));
      }
      totalSwingPoints += item.swingPoints ?? 0;
      lowestAgreementPercent = Math.min(lowestAgreementPercent, item.agreementPercent ?? 100);
      overTarget = overTarget || item.overTarget;
    }
    if (callIds.length === 0) return;
    items.push({
      rank: 0,
      criterionId: criterion.id,
      question: criterion.question,
      sectionId: section.id,
      critical: criterion.critical,
      callIds,
      kinds: disagreementKinds.filter((kind) => kinds.has(kind)),
      overTarget,
      totalSwingPoints,
      lowestAgreementPercent,
      why,
      position,
    });
  });
  // Sums of fractions carry rounding noise; equal stakes must fall through to the next key.
  const larger = (a: number, b: number) => (Math.abs(b - a) > 1e-9 ? b - a : 0);
  const hasCriticalMismatch = (item: AgendaItem) => (item.kinds.includes('critical-mismatch') ? 1 : 0);
  items.sort(
    (a, b) =>
      hasCriticalMismatch(b) - hasCriticalMismatch(a) ||
      larger(a.totalSwingPoints, b.totalSwingPoints) ||
      a.lowestAgreementPercent - b.lowestAgreementPercent ||
      a.position - b.position,
  );
  return items.map(({ position: _position, ...item }, index) => ({ ...item, rank: index + 1 }));
}
