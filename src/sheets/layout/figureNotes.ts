// What each figure and column of the Summary means and what good looks like, as cell notes. One place,
// so the Summary's labels and docs/scoring.md say the same thing. Keys are the labels as shown; a
// per-call column ("Call 1 score") takes the note of its kind (" score").

export interface NoteContext {
  varianceTarget: number;
}

const band = (target: number) => `±${target / 2} pp`;

export function figureNote(label: string, context: NoteContext): string {
  const target = context.varianceTarget;
  const notes: Record<string, string> = {
    'Calibration variance': `The mean distance, in percentage points, between each evaluator's call score and the calibrated score, over every evaluator × call, on raw scores (before the auto-fail rule). Good: at or below the target, ${target} pp.`,
    'Evaluators within target': `Evaluators whose own mean absolute deviation is at or below the ${target} pp target, out of those with a measured deviation. Good: all of them.`,
    'Critical (auto-fail) disagreements':
      'Calls where at least one evaluator failed a critical criterion the team passed, or passed one the team failed. Counted apart from the variance because an auto-fail moves the whole score. Good: 0. These criteria come first on the agenda.',
    "Krippendorff's α":
      "Chance-corrected agreement on every answer (as a share of its points, N/A missing). 1 is perfect, 0 is chance. Good: 0.800 or more; 0.667–0.800 tentative. Falls low when nearly every answer is the same even if evaluators agree: read it with Gwet's AC1.",
    'α, 95% interval':
      'Where α would plausibly fall with other calls and criteria like these (bootstrap, 200 resamples, fixed seed). A wide interval means few ratings.',
    "Gwet's AC1":
      "Chance-corrected agreement that stays meaningful when nearly every answer is the same (AC2 with quadratic weights on the answers' shares of points; AC1 on Yes/No). 1 is perfect. Good: 0.800 or more, the same bands as α.",
    'Pairwise agreement':
      'The share of pairs of evaluators who gave the same answer to the same criterion on the same call (N/A counts as an answer). Not corrected for chance.',
    'Score sheets submitted': 'Submitted score sheets (one per evaluator per call); drafts are not counted.',
    'Mean deviation (pp)':
      "Chart data: each evaluator's mean signed deviation from the final, as the bar chart draws it. Positive: lenient; negative: harsh.",
    'Target, harsh side': `Chart data: −${target} pp, the lower edge of the target band drawn behind the bars.`,
    'Target, lenient side': `Chart data: +${target} pp, the upper edge of the target band drawn behind the bars.`,
    'Session date': 'Chart data: the date of each session on History, oldest first.',
    'Calibration variance (pp)':
      'Chart data: the calibration variance each session closed with, as the line chart draws it. Good: at or below the target.',
    'Target (pp)': 'Chart data: the variance target each session had.',
    Evaluator: 'As the reveal names them: by name, or by label in an anonymous session (in reveal order).',
    ' score':
      "The evaluator's call score (0 % on an auto-fail; the raw score is beside it). Marked † when unresolved criteria were left out: this is the score the deviation was computed from; the note names what was left out.",
    ' raw': 'The call score before the auto-fail rule: what deviations compare.',
    ' deviation': 'Raw call score − calibrated raw score, in percentage points, on the same criteria. Positive: lenient; negative: harsh.',
    'Mean deviation': `The average signed deviation over the calls scored. Beyond ${band(target)} (half the target) the evaluator leans lenient or harsh.`,
    'Mean absolute deviation': `The average distance from the calibrated score over the calls scored, in pp: the evaluator's own variance. Good: at or below ${target} pp.`,
    Direction: `Lenient above +${target / 2} pp mean deviation, harsh below −${target / 2} pp, balanced within ${band(target)} (half the ${target} pp target).`,
    Alignment:
      "How closely the evaluator's answers match the finals, criterion by criterion, weighted by each criterion's share of the score. 100 % is identical. N/A against a scored final counts as 0.",
    'Within target': `Evaluators: yes when their mean absolute deviation is at or below ${target} pp. Trend: the share of evaluators within target.`,
    'Critical disagreements': 'Calls where this evaluator failed a critical criterion the team passed, or passed one it failed.',
    'Deviation from expert': "Mean distance between this evaluator's raw call scores and the expert's, in pp (blank for the expert).",
    'Calls scored': 'Calls this evaluator submitted; they are measured on those calls only.',
    'Expert score': "The expert's call score (0 % on an auto-fail), raw score beside it.",
    'Expert raw': "The expert's call score before the auto-fail rule.",
    'Consensus score': 'The call scored on the consensus answers, on the same criteria as the calibrated score.',
    'Expert − consensus':
      'Expert raw score − consensus raw score on the criteria with a consensus, in pp. Far from 0 means the expert and the group read the call differently: check whether the expert is the outlier.',
    'Criteria where they differ': "Criteria where the expert's answer differs from the consensus.",
    Consensus: "The answer proposed from the evaluators' answers by the session's consensus rule (blank: a tie).",
    Final: 'The answer the team recorded, else the consensus. The calibrated score is computed from these.',
    'Final from':
      'recorded: the team recorded it; consensus: the consensus stands in; unresolved: a tie nobody has settled, left out of every comparison.',
    Agreement: 'The share of evaluators who gave the most common answer.',
    Spread: '(highest − lowest scored answer) ÷ the criterion range: 0 all the same, 1 both ends used.',
    Swing:
      "Points of the call score between the harshest and most lenient evaluator on this criterion alone (spread × the criterion's share × 100).",
    Flags:
      'critical mismatch: some failed a critical criterion, others did not; N/A vs scored; split: the scored answers differ; over target: the swing exceeds the target, or an auto-fail is at stake.',
    'Points at stake': 'The swing added up over the calls.',
    Call: 'The call, as labelled when the session was set up.',
    'Criterion id': "The criterion's id on the scorecard.",
    Question: "The criterion's question.",
    Critical: 'critical: failing this criterion fails the whole call (auto-fail).',
    '#': 'Rank on the agenda: auto-fail disagreements first, then the most points at stake, then the lowest agreement.',
    Calls: 'The calls where the criterion shows a disagreement.',
    Why: 'What the disagreement was, in words, per call.',
    'Final score': 'The calibrated score of the call (0 % on an auto-fail): the x axis of the chart.',
    Date: 'The session date.',
    Session: 'The session title.',
    'Scorecard version': 'The scorecard version the session used; it rises with each agreed wording change.',
    Variance: `The session's calibration variance, in pp. Good: at or below its target (${target} pp here).`,
    Change: 'This session minus the previous one. For variance, negative is better; for α, AC1 and within target, positive is better.',
    Target: "The session's variance target, in pp.",
    'Scoring rule':
      'The rule the session was scored under. Where it changed, variance either side was computed under different weightings.',
    'Lowest agreement': 'The lowest agreement on any of those calls.',
    'Over target': 'Yes when the swing on some call exceeds the target, or an auto-fail is at stake.',
  };
  if (label in notes) return notes[label]!;
  for (const suffix of [' score', ' raw', ' deviation']) if (label.endsWith(suffix)) return notes[suffix]!;
  // Any other header is an evaluator's column: their answer, or their score per call.
  return 'One evaluator, as the reveal names them. In the answer grid, their answer (a comment, if any, is its note); in the chart data, their call score.';
}
