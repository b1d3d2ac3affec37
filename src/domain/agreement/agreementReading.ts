import { alphaBand } from './alphaInterpretation';

/**
 * A plain reading of Krippendorff's α beside Gwet's AC1/AC2, for a reader who sees both. The same bands
 * (0.800 / 0.667) are applied to both coefficients. They part when nearly every answer is the same
 * (say, Yes): α's chance agreement is then almost 1, so a handful of differing answers sinks α, while
 * AC1's chance agreement stays small and AC1 follows the observed agreement. That is the prevalence
 * paradox; AC1 is then the better guide, and α says the few disagreements are on rare answers.
 */
export function readAgreement(alpha: number | null, ac1: number | null): string {
  if (alpha === null && ac1 === null) return 'Not computable yet: no answer was given by two or more evaluators.';
  if (alpha === null) {
    return `AC1 ${ac1!.toFixed(2)}; α is not computable because the answers hardly vary, so read AC1 and the pairwise agreement.`;
  }
  if (ac1 === null) return `α ${alpha.toFixed(2)}; AC1 is not computable.`;
  const alphaLevel = alphaBand(alpha);
  const ac1Level = alphaBand(ac1);
  if (alphaLevel === ac1Level) {
    const verdict =
      alphaLevel === 'reliable'
        ? 'evaluators score consistently'
        : alphaLevel === 'tentative'
          ? 'agreement is good enough for tentative conclusions only'
          : 'evaluators do not yet score consistently';
    return `α ${alpha.toFixed(2)} and AC1 ${ac1.toFixed(2)} agree: ${verdict}.`;
  }
  if (ac1 > alpha) {
    return `AC1 ${ac1.toFixed(2)} is ${ac1Level} while α ${alpha.toFixed(2)} is ${alphaLevel}: nearly every answer is the same, so α treats the few different answers as a large share of the disagreement it could expect (the prevalence paradox). Evaluators mostly agree; look at the agenda for the rare answers they split on.`;
  }
  return `α ${alpha.toFixed(2)} is ${alphaLevel} while AC1 ${ac1.toFixed(2)} is ${ac1Level}: evaluators differ mostly by small steps on scales, which α counts lightly; check the spread on the agenda.`;
}
