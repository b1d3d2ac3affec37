// Builds the session report: what a calibration meeting decided, in the order a manager reads it.
// Every section is always present; an empty one says so in a sentence rather than vanishing, so a
// reader can tell "nothing changed" from "the report forgot".
import type { CallResult, CriterionOnCall, EvaluatorOnCall, EvaluatorResult, SessionAnalysis } from '../analysis';
import { describeAnswer } from '../answers';
import type { ActionItem, AnswerValue, Criterion, DefinitionChange, DiscussionEntry, ScoringRule, Session } from '../schemas';
import { weightedCriteria, type CallScore } from '../scoring';
import { EXPERT_HIDDEN_SENTENCE, expertBenchmarkShown } from '../results';
import { wordDiff } from './wordDiff';
import { formatAc1, formatAlpha, formatPercent, formatPoints, formatPointsDelta, formatShare, notAvailable } from './format';
import { directionLabel, roleLabel, statusLabel } from './labels';
import { agreedByThosePresent, attendanceSection, attendanceSummary, type ReportAttendance } from './attendanceSection';
import { heading, list, paragraph, table, type ReportBlock, type ReportTree, type TextRun } from './tree';

/** The figures of the session before this one, as its History row recorded them. */
export interface PreviousSessionFigures {
  sessionId: string;
  sessionDate: string;
  variance: number | null;
  alpha: number | null;
  shareWithinTarget: number | null;
  gwetAc1?: number | null;
  criticalDisagreements?: number | null;
  /** The rule it was scored under; absent means the same as this session's. */
  scoringRule?: ScoringRule;
}

export interface ReportInput {
  session: Session;
  analysis: SessionAnalysis;
  discussion: readonly DiscussionEntry[];
  /** The scorecard's change log; only changes made from this session's version on are reported. */
  definitionChanges: readonly DefinitionChange[];
  /** Every action item on record: this session's, and earlier ones for the follow-up. */
  actionItems: readonly ActionItem[];
  /** null when this is the first session on record. */
  previousSession: PreviousSessionFigures | null;
  /** YYYY-MM-DD: the day the report is built (due dates before it are overdue). */
  reportDate: string;
  /** Who came to the discussion; absent, the report says nothing about attendance. */
  attendance?: ReportAttendance;
  /** The instant it is built (ISO); the report says so on its first line. Defaults to the report date. */
  builtAt?: string;
  /** The Summary's charts as pictures for a "Charts" section after the executive summary; absent, no section. */
  charts?: ReportCharts;
}

/** A chart on the Summary: its title (null when Sheets did not give it) and whether its picture was taken. */
export interface ReportChart {
  title: string | null;
  pictured: boolean;
}

/**
 * `summary`: the charts found on the Summary, in order (picture i is the i-th). `replaced`: the Summary
 * now shows a later session, so this session's charts are no longer anywhere to copy.
 */
export type ReportCharts = { from: 'summary'; charts: readonly ReportChart[] } | { from: 'replaced' };

/** The heading under which the facilitator writes in the Doc; rebuilding keeps everything from it on. */
export const FACILITATOR_NOTES_HEADING = "Facilitator's notes";
const FACILITATOR_NOTES_HINT =
  'Write your own notes under this heading: rebuilding the report replaces every section above it and keeps this one as you left it.';

export const EMPTY_SENTENCES = {
  disagreements: 'No disagreements needed discussion this session: every evaluator gave the same answers.',
  definitions: 'No definitions changed this session.',
  actionItems: 'No action items were recorded this session.',
  followUp: 'No action items were carried over from earlier sessions.',
  previous: 'This is the first session on record, so there is no previous session to compare with.',
  calls: 'No calls were reviewed.',
} as const;

/** `Calibration report — <session title> — <session date>`: also the Doc's name. */
export function reportTitle(session: Pick<Session, 'title' | 'sessionDate'>): string {
  return `Calibration report — ${session.title} — ${session.sessionDate}`;
}

export function buildReport(input: ReportInput): ReportTree {
  const criteria = new Map(weightedCriteria(input.session.scorecard).map((item) => [item.criterion.id, item.criterion]));
  const context: Context = { ...input, criteria, callLabels: new Map(input.session.calls.map((call) => [call.id, call.label])) };
  return {
    title: reportTitle(input.session),
    blocks: [
      builtLine(context),
      ...executiveSummary(context),
      ...(input.charts ? chartsSection(input.charts) : []),
      ...sessionSection(context),
      ...(input.attendance ? attendanceSection(input.attendance) : []),
      ...finalScoresSection(context),
      ...alignmentSection(context),
      ...disagreementsSection(context),
      ...definitionsSection(context),
      ...actionItemsSection(context),
      ...followUpSection(context),
      heading(1, FACILITATOR_NOTES_HEADING),
      paragraph(FACILITATOR_NOTES_HINT),
    ],
  };
}

interface Context extends ReportInput {
  criteria: ReadonlyMap<string, Criterion>;
  callLabels: ReadonlyMap<string, string>;
}

function criterionOf(context: Context, id: string): Criterion | undefined {
  return context.criteria.get(id);
}

/** The criterion's question, or its id when the scorecard no longer has it. */
function criterionName(context: Context, id: string): string {
  const criterion = criterionOf(context, id);
  if (criterion === undefined) return id;
  return criterion.critical ? `${criterion.question} (critical)` : criterion.question;
}

function answerText(context: Context, criterionId: string, value: AnswerValue): string {
  const criterion = criterionOf(context, criterionId);
  return criterion === undefined ? String(value) : describeAnswer(criterion, value);
}

const isAnonymous = (context: Context): boolean => context.session.options.anonymousReveal;

// ── When and from what ───────────────────────────────────────────────────────────────────────────

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** When the report was built and from which state of the session, so a reader can tell if it is current. */
function builtLine(context: Context): ReportBlock {
  const { analysis, session } = context;
  const when = context.builtAt ? `${context.builtAt.slice(0, 10)} ${context.builtAt.slice(11, 16)} UTC` : context.reportDate;
  const finals = analysis.calls.reduce((sum, call) => sum + call.criteria.filter((item) => item.final.source === 'recorded').length, 0);
  const notes = context.discussion.filter((entry) => entry.notes.trim() !== '' || entry.resolution.trim() !== '').length;
  const changes = context.definitionChanges.filter((change) => change.fromVersion >= session.scorecard.version).length;
  const actions = context.actionItems.filter((item) => item.sessionId === session.id).length;
  return paragraph(
    { text: 'Built ', bold: true },
    { text: when, bold: true },
    ` from the session as it stood then: ${statusSentence(session)}; ${count(finals, 'final', 'finals')} recorded, ${count(notes, 'discussion note', 'discussion notes')}, ${count(changes, 'definition change', 'definition changes')}, ${count(actions, 'action item', 'action items')}.`,
  );
}

// ── Executive summary ────────────────────────────────────────────────────────────────────────────

function change(now: number | null, before: number | null, scale = 1): number | null {
  return now === null || before === null ? null : (now - before) * scale;
}

function headlineTable(context: Context): ReportBlock {
  const { summary, settings } = context.analysis;
  const previous = context.previousSession;
  const target = settings.varianceTarget;
  const verdict = summary.variance === null ? '' : summary.variance <= target ? ' (within)' : ' (above)';
  const sheets = context.session.evaluators.length * context.session.calls.length;
  const none = notAvailable;
  return table(
    ['Figure', 'This session', 'Target', 'Previous session', 'Change'],
    [
      [
        'Calibration variance',
        `${formatPoints(summary.variance)}${verdict}`,
        `${formatPoints(target)} or less`,
        previous ? formatPoints(previous.variance) : none,
        previous ? formatPointsDelta(change(summary.variance, previous.variance)) : none,
      ],
      [
        'Evaluators within target',
        `${formatShare(summary.shareWithinTarget)} (${summary.evaluatorsWithinTarget} of ${summary.evaluatorsMeasured})`,
        `within ${formatPoints(target)}`,
        previous ? formatShare(previous.shareWithinTarget) : none,
        previous ? formatPointsDelta(change(summary.shareWithinTarget, previous.shareWithinTarget, 100)) : none,
      ],
      [
        "Agreement (Krippendorff's α)",
        formatAlpha(summary.alpha),
        none,
        previous ? formatAlpha(previous.alpha) : none,
        previous ? alphaDelta(summary.alpha, previous.alpha).replace(/^ \(|\)$/g, '') || none : none,
      ],
      [
        "Agreement (Gwet's AC1)",
        formatAc1(summary.gwetAc1),
        none,
        previous && previous.gwetAc1 !== undefined ? formatAc1(previous.gwetAc1) : none,
        none,
      ],
      [
        'Critical (auto-fail) disagreements',
        `${summary.criticalDisagreementCalls} of ${context.analysis.calls.length} calls`,
        '0',
        previous && previous.criticalDisagreements != null ? String(previous.criticalDisagreements) : none,
        none,
      ],
      ['Score sheets submitted', `${context.analysis.submittedCount} of ${sheets}`, String(sheets), none, none],
    ],
  );
}

/** The three most disputed criteria, how they were resolved and what was decided. */
function biggestDisagreements(context: Context): ReportBlock[] {
  const top = context.analysis.agenda.slice(0, 3);
  if (top.length === 0) return [paragraph(EMPTY_SENTENCES.disagreements)];
  return [
    list(
      top.map((item) => {
        const entries = entriesFor(context, item.criterionId);
        const resolution = joinEntries(context, entries, 'resolution');
        return [
          { text: criterionName(context, item.criterionId), bold: true },
          ` (${item.callIds.map((id) => context.callLabels.get(id) ?? id).join(', ')}): ${item.why.join('; ')}. `,
          { text: 'Resolved: ', bold: true },
          resolution === notAvailable ? 'no resolution recorded yet' : resolution.replace(/\n/g, '; '),
          `. Final: ${finalsFor(context, item.criterionId, item.callIds).replace(/\n/g, '; ')}.`,
        ];
      }),
    ),
  ];
}

function executiveSummary(context: Context): ReportBlock[] {
  const items = context.actionItems.filter((item) => item.sessionId === context.session.id).sort(byDueDate);
  return [
    heading(1, 'Executive summary'),
    headlineTable(context),
    ...(context.attendance ? [attendanceSummary(context.attendance)] : []),
    heading(2, 'The three biggest disagreements and how they were resolved'),
    ...biggestDisagreements(context),
    heading(2, 'Action items'),
    ...(items.length === 0
      ? [paragraph(EMPTY_SENTENCES.actionItems)]
      : [
          table(
            ['Action', 'Owner', 'Due', 'Status'],
            items.map((item) => actionRow(context, item)),
          ),
          ...agreedLine(context),
        ]),
  ];
}

// ── Charts ───────────────────────────────────────────────────────────────────────────────────────

export const CHART_SENTENCES = {
  missing: 'This chart is on the Summary tab of the session spreadsheet; its picture could not be copied into this Doc.',
  none: 'The Summary tab had no charts to copy when this report was built.',
  replaced: "A later session's Summary has replaced this one's, so its charts are no longer in the spreadsheet to copy.",
  intro: 'Pictures of the Summary tab charts as they stood when this report was built; the Summary has the figures behind them.',
} as const;

/** The Summary's charts as pictures, each under its own title; a picture that could not be taken says where the chart is. */
function chartsSection(charts: ReportCharts): ReportBlock[] {
  if (charts.from === 'replaced') return [heading(1, 'Charts'), paragraph(CHART_SENTENCES.replaced)];
  if (charts.charts.length === 0) return [heading(1, 'Charts'), paragraph(CHART_SENTENCES.none)];
  return [
    heading(1, 'Charts'),
    paragraph(CHART_SENTENCES.intro),
    ...charts.charts.flatMap((chart, i): ReportBlock[] => [
      heading(2, chart.title ?? `Chart ${i + 1} on the Summary tab`),
      chart.pictured ? { kind: 'chart', picture: i, fallback: [{ text: CHART_SENTENCES.missing }] } : paragraph(CHART_SENTENCES.missing),
    ]),
  ];
}

// ── The session ──────────────────────────────────────────────────────────────────────────────────

function attendance(result: EvaluatorResult | undefined, callCount: number): string {
  const scored = result?.callsScored ?? 0;
  if (scored === 0) return 'did not submit';
  if (scored === callCount) return callCount === 1 ? 'submitted the call' : `submitted all ${callCount} calls`;
  return `submitted ${scored} of ${callCount} calls`;
}

/** A report may be rebuilt after the close, so it says whether the session is still open. */
function statusSentence(session: Session): string {
  if (session.status === 'closed') return `closed on ${session.closedAt.slice(0, 10)}`;
  return session.status === 'revealed' ? 'scores revealed; the session is still open' : 'scoring';
}

function sessionSection(context: Context): ReportBlock[] {
  const { session, analysis } = context;
  const results = new Map(analysis.evaluators.map((result) => [result.evaluatorId, result]));
  // Alphabetical, never reveal order: with an anonymous reveal the list must not line up with the labels.
  const participants = [...session.evaluators].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const calls = session.calls.map((call): Array<string | TextRun> => {
    const details = [call.agent && `agent ${call.agent}`, call.callDate, call.channel].filter(Boolean).join(', ');
    const label: TextRun = call.recordingUrl ? { text: call.label, link: call.recordingUrl } : { text: call.label };
    return details ? [label, ` (${details})`] : [label];
  });
  return [
    heading(1, 'The session'),
    paragraph({ text: 'Date: ', bold: true }, session.sessionDate),
    paragraph({ text: 'Facilitator: ', bold: true }, session.facilitator.name),
    paragraph({ text: 'Status: ', bold: true }, statusSentence(session)),
    paragraph({ text: 'Scorecard: ', bold: true }, `${session.scorecard.name}, version ${session.scorecard.version}`),
    paragraph({ text: 'Report prepared: ', bold: true }, context.reportDate),
    heading(2, 'Participants'),
    list(
      participants.map((evaluator) => [
        { text: evaluator.name, bold: true },
        // Anonymous: how much each person submitted would match the labelled rows by elimination.
        isAnonymous(context)
          ? ` — ${roleLabel(evaluator.role)}`
          : ` — ${roleLabel(evaluator.role)}, ${attendance(results.get(evaluator.id), session.calls.length)}`,
      ]),
    ),
    heading(2, 'Calls reviewed'),
    ...(calls.length === 0 ? [paragraph(EMPTY_SENTENCES.calls)] : [list(calls)]),
  ];
}

// ── Final calibrated scores ──────────────────────────────────────────────────────────────────────

function range(call: CallResult): string {
  if (call.lowestPercent === null || call.highestPercent === null) return notAvailable;
  return `${formatPercent(call.lowestPercent)} – ${formatPercent(call.highestPercent)}`;
}

/** Criterion ids as their questions, for "failed …" and "left out …". */
function criteriaText(context: Context, ids: readonly string[]): string {
  return ids.map((id) => criterionOf(context, id)?.question ?? id).join('; ');
}

/** A call score: 0.0% on an auto-fail, with the raw score and the failed criteria beside it. */
function scoreText(context: Context, score: CallScore): string {
  if (score.autoFail)
    return `${formatPercent(score.percent)} (auto-fail: ${criteriaText(context, score.failedCritical)}; raw ${formatPercent(score.rawPercent)})`;
  return formatPercent(score.percent);
}

function calibratedScore(call: CallResult): string {
  const score = call.finalScore;
  if (score.autoFail) return `${formatPercent(score.percent)} (auto-fail; raw ${formatPercent(score.rawPercent)})`;
  return formatPercent(score.percent);
}

function finalCell(context: Context, item: CriterionOnCall): string {
  if (item.final.value === null) return 'Unresolved';
  const text = answerText(context, item.criterionId, item.final.value);
  const changed = item.final.source === 'recorded' && item.final.value !== item.consensus.value;
  return changed ? `${text} (agreed in discussion)` : text;
}

function consensusCell(context: Context, item: CriterionOnCall): string {
  if (item.consensus.value === null) return `None (${item.consensus.reason})`;
  return answerText(context, item.criterionId, item.consensus.value);
}

function finalScoresSection(context: Context): ReportBlock[] {
  const calls = context.analysis.calls;
  const blocks: ReportBlock[] = [
    heading(1, 'Final calibrated scores'),
    paragraph(
      'The calibrated score of each call is scored on the final answers the team agreed; where no final was recorded, the consensus stands.',
    ),
    table(
      ['Call', 'Calibrated score', 'Consensus score', "Evaluators' range"],
      calls.map((call) => [call.label, scoreText(context, call.finalScore), scoreText(context, call.consensusScore), range(call)]),
    ),
  ];
  const unresolved = calls.filter((call) => call.unresolvedCriteria.length > 0);
  if (unresolved.length > 0) {
    blocks.push(
      paragraph(
        `The consensus score covers the same criteria as the calibrated score. Left out of both (a tie with no recorded final): ${unresolved
          .map((call) => `${call.label}: ${criteriaText(context, call.unresolvedCriteria)}`)
          .join('; ')}.`,
      ),
    );
  }
  for (const call of calls) {
    blocks.push(
      heading(2, `${call.label}: ${calibratedScore(call)}`),
      table(
        ['Criterion', 'Final', 'Consensus', 'Agreement'],
        call.criteria.map((item) => [
          criterionName(context, item.criterionId),
          finalCell(context, item),
          consensusCell(context, item),
          formatPercent(item.agreementPercent),
        ]),
      ),
    );
  }
  return blocks;
}

// ── Evaluator alignment and session variance ─────────────────────────────────────────────────────

function withinTargetCell(result: EvaluatorResult): string {
  if (result.withinTarget === null) return notAvailable;
  return result.withinTarget ? 'Yes' : 'No';
}

function alignmentTable(context: Context): ReportBlock {
  const anonymous = isAnonymous(context);
  // Anonymous: labels only, no role, and nobody who scored nothing (their row would name them by elimination).
  const shown = context.analysis.evaluators.filter((result) => !anonymous || result.callsScored > 0);
  const figures = (result: EvaluatorResult) => [
    formatPointsDelta(result.meanSignedDeviation),
    formatPoints(result.meanAbsoluteDeviation),
    directionLabel(result.direction),
    formatPercent(result.alignmentPercent),
    withinTargetCell(result),
    String(result.criticalDisagreements),
  ];
  const header = ['Mean deviation', 'Mean absolute deviation', 'Tendency', 'Alignment', 'Within target', 'Critical disagreements'];
  return anonymous
    ? table(
        ['Evaluator', ...header],
        shown.map((result) => [result.revealLabel, ...figures(result)]),
      )
    : table(
        ['Evaluator', 'Role', ...header],
        shown.map((result) => [result.name, roleLabel(result.role), ...figures(result)]),
      );
}

function varianceAgainstTarget(context: Context): string {
  const { variance } = context.analysis.summary;
  const target = context.analysis.settings.varianceTarget;
  if (variance === null) return `not measurable yet (target ${formatPoints(target)})`;
  const verdict = variance <= target ? 'within the target' : 'above the target';
  return `${formatPoints(variance)} against a target of ${formatPoints(target)}: ${verdict}`;
}

function alphaDelta(now: number | null, before: number | null): string {
  if (now === null || before === null) return '';
  const delta = now - before;
  const text = Math.abs(delta).toFixed(2);
  if (Number(text) === 0) return ' (no change)';
  return ` (${delta > 0 ? '+' : '\u2212'}${text})`;
}

function previousComparison(context: Context): ReportBlock[] {
  const previous = context.previousSession;
  if (previous === null) return [paragraph(EMPTY_SENTENCES.previous)];
  const { summary } = context.analysis;
  const varianceChange = summary.variance === null || previous.variance === null ? null : summary.variance - previous.variance;
  const direction =
    varianceChange === null || Number(Math.abs(varianceChange).toFixed(1)) === 0
      ? ''
      : varianceChange < 0
        ? ', closer alignment'
        : ', wider variance';
  const shareChange =
    summary.shareWithinTarget === null || previous.shareWithinTarget === null
      ? null
      : (summary.shareWithinTarget - previous.shareWithinTarget) * 100;
  const ruleChanged = previous.scoringRule !== undefined && previous.scoringRule !== context.session.scoringRule;
  return [
    paragraph(
      `Compared with the previous session (${previous.sessionDate}):`,
      ...(ruleChanged
        ? [
            ` the scoring rule changed since then (${previous.scoringRule === 'points' ? 'criterion points' : 'section shares'} then, ${context.session.scoringRule === 'points' ? 'criterion points' : 'section shares'} now), so part of any change in variance comes from the rule, not the team.`,
          ]
        : []),
    ),
    list([
      [
        { text: 'Calibration variance: ', bold: true },
        `${formatPoints(previous.variance)} → ${formatPoints(summary.variance)} (${formatPointsDelta(varianceChange)}${direction})`,
      ],
      [
        { text: 'Evaluators within target: ', bold: true },
        `${formatShare(previous.shareWithinTarget)} → ${formatShare(summary.shareWithinTarget)} (${formatPointsDelta(shareChange)})`,
      ],
      [
        { text: "Krippendorff's α: ", bold: true },
        `${formatAlpha(previous.alpha)} → ${formatAlpha(summary.alpha)}${alphaDelta(summary.alpha, previous.alpha)}`,
      ],
    ]),
  ];
}

function alignmentSection(context: Context): ReportBlock[] {
  const { summary, warnings } = context.analysis;
  const interval = summary.alphaInterval;
  const alphaLine: Array<string | TextRun> = [{ text: "Krippendorff's α: ", bold: true }, formatAlpha(summary.alpha)];
  if (interval !== null) alphaLine.push(`, 95% interval ${interval.low.toFixed(2)} to ${interval.high.toFixed(2)}`);
  if (summary.alphaWarning !== null) alphaLine.push(`. ${summary.alphaWarning}`);
  const blocks: ReportBlock[] = [
    heading(1, 'Evaluator alignment'),
    paragraph(
      ...(isAnonymous(context) ? ['The reveal was anonymous, so evaluators appear under their reveal labels. '] : []),
      `Deviation is the evaluator’s raw call score (before the auto-fail rule) minus the calibrated raw score, in percentage points, on the same criteria, averaged over the calls they scored: positive is lenient, negative harsh; within ±${formatPoints(context.analysis.settings.directionThreshold)} is balanced. Alignment is how closely their answers matched the finals, weighted by each criterion's share of the score. Critical disagreements counts the calls where they failed a critical criterion the team passed, or passed one it failed.`,
    ),
    alignmentTable(context),
    ...callScoresTable(context),
    heading(2, 'Session variance'),
    list([
      [{ text: 'Calibration variance: ', bold: true }, varianceAgainstTarget(context)],
      [
        { text: 'Evaluators within target: ', bold: true },
        `${summary.evaluatorsWithinTarget} of ${summary.evaluatorsMeasured} (${formatShare(summary.shareWithinTarget)})`,
      ],
      [
        { text: 'Critical (auto-fail) disagreements: ', bold: true },
        `${summary.criticalDisagreementCalls} of ${counted(context.analysis.calls.length, 'call')}`,
      ],
      alphaLine,
      [{ text: "Gwet's AC1: ", bold: true }, formatAc1(summary.gwetAc1), `. ${summary.agreementReading}`],
    ]),
    ...previousComparison(context),
    ...expertSection(context),
  ];
  if (warnings.length > 0) blocks.push(heading(2, 'Notes on these figures'), list(warnings.map((warning) => [warning])));
  return blocks;
}

/** "1 call", "3 calls". */
function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** How the report names an evaluator: the reveal label in an anonymous session, else the name. */
function evaluatorName(context: Context, result: EvaluatorResult): string {
  return isAnonymous(context) ? result.revealLabel : result.name;
}

/** One evaluator's score on one call, as compared: auto-fail, raw score, deviation and what was left out. */
function evaluatorCallCell(context: Context, entry: EvaluatorOnCall | undefined): string {
  if (entry === undefined) return notAvailable;
  const parts = [`${scoreText(context, entry.comparedScore)}, ${formatPointsDelta(entry.deviation)}`];
  // A long list would drown the score; the unresolved criteria are listed under the final scores.
  if (entry.leftOut.length > 2) parts.push(`${entry.leftOut.length} unresolved criteria left out (listed under Final calibrated scores)`);
  else if (entry.leftOut.length > 0) parts.push(`left out (unresolved): ${criteriaText(context, entry.leftOut)}`);
  if (entry.criticalDisagreement) parts.push(`critical disagreement: ${criteriaText(context, entry.criticalDisagreementCriteria)}`);
  return parts.join('; ');
}

/** Each evaluator's score per call beside the calibrated score, as the deviations were computed. */
function callScoresTable(context: Context): ReportBlock[] {
  const { analysis } = context;
  const shown = analysis.evaluators.filter((result) => result.callsScored > 0);
  if (shown.length === 0 || analysis.calls.length === 0) return [];
  return [
    heading(2, 'Scores per call'),
    paragraph(
      'Each score with its deviation from the calibrated score. An auto-fail shows 0.0% with the raw score the deviation compares.',
    ),
    table(
      ['Evaluator', ...analysis.calls.map((call) => call.label)],
      [
        ...shown.map((result) => [
          evaluatorName(context, result),
          ...analysis.calls.map((call) =>
            evaluatorCallCell(
              context,
              call.evaluators.find((entry) => entry.evaluatorId === result.evaluatorId),
            ),
          ),
        ]),
        ['Calibrated', ...analysis.calls.map((call) => scoreText(context, call.finalScore))],
      ],
    ),
  ];
}

/** The expert benchmark, when an expert is named: distance from the expert, and the expert against the consensus. */
function expertSection(context: Context): ReportBlock[] {
  const { analysis } = context;
  const expertId = analysis.settings.expertEvaluatorId;
  if (expertId === null) return [];
  if (!expertBenchmarkShown(context.session)) return [heading(2, 'Expert benchmark'), paragraph(EXPERT_HIDDEN_SENTENCE)];
  const expert = analysis.evaluators.find((result) => result.evaluatorId === expertId);
  const expertName = expert === undefined ? expertId : evaluatorName(context, expert);
  const others = analysis.evaluators.filter((result) => result.evaluatorId !== expertId && result.callsScored > 0);
  return [
    heading(2, `Expert benchmark (${expertName})`),
    paragraph(
      'Each evaluator’s mean distance from the expert’s raw call scores, and per call the expert’s raw score against the consensus on the criteria with a consensus: a large gap means the expert read the call differently from the group.',
    ),
    table(
      ['Evaluator', 'Mean deviation from expert'],
      others.map((result) => [evaluatorName(context, result), formatPoints(result.meanAbsoluteDeviationFromExpert)]),
    ),
    table(
      ['Call', 'Expert score', 'Consensus score', 'Expert − consensus', 'Criteria where they differ'],
      analysis.calls.map((call) => {
        const entry = call.evaluators.find((item) => item.evaluatorId === expertId);
        return [
          call.label,
          entry === undefined ? 'did not score this call' : scoreText(context, entry.score),
          scoreText(context, call.consensusScore),
          formatPointsDelta(call.expertVsConsensusGap),
          entry === undefined ? notAvailable : criteriaText(context, call.expertDiffersFromConsensus) || 'none',
        ];
      }),
    ),
  ];
}

// ── Key disagreements ────────────────────────────────────────────────────────────────────────────

function entriesFor(context: Context, criterionId: string): DiscussionEntry[] {
  return context.discussion.filter((entry) => entry.criterionId === criterionId);
}

function joinEntries(context: Context, entries: readonly DiscussionEntry[], field: 'notes' | 'resolution'): string {
  const parts = entries
    .filter((entry) => entry[field].trim() !== '')
    .map((entry) => (entry.callId ? `${context.callLabels.get(entry.callId) ?? entry.callId}: ${entry[field]}` : entry[field]));
  return parts.length === 0 ? notAvailable : parts.join('\n');
}

function finalsFor(context: Context, criterionId: string, callIds: readonly string[]): string {
  const finals = context.analysis.calls
    .filter((call) => callIds.includes(call.callId))
    .map((call) => {
      const item = call.criteria.find((entry) => entry.criterionId === criterionId);
      return `${call.label}: ${item === undefined ? notAvailable : finalCell(context, item)}`;
    });
  return finals.length === 0 ? notAvailable : finals.join('\n');
}

function disagreementsSection(context: Context): ReportBlock[] {
  const agenda = context.analysis.agenda;
  const onAgenda = new Set(agenda.map((item) => item.criterionId));
  // Discussion about a criterion nobody disagreed on is still part of the record.
  const offAgenda = [...new Set(context.discussion.map((entry) => entry.criterionId))].filter((id) => !onAgenda.has(id));
  if (agenda.length === 0 && offAgenda.length === 0) {
    return [heading(1, 'Key disagreements and resolutions'), paragraph(EMPTY_SENTENCES.disagreements)];
  }
  const rows = [
    ...agenda.map((item) => [
      criterionName(context, item.criterionId),
      item.why.join('\n'),
      joinEntries(context, entriesFor(context, item.criterionId), 'notes'),
      joinEntries(context, entriesFor(context, item.criterionId), 'resolution'),
      finalsFor(context, item.criterionId, item.callIds),
    ]),
    ...offAgenda.map((criterionId) => {
      const entries = entriesFor(context, criterionId);
      const callIds = [...new Set(entries.map((entry) => entry.callId).filter(Boolean))];
      return [
        criterionName(context, criterionId),
        'Raised in discussion',
        joinEntries(context, entries, 'notes'),
        joinEntries(context, entries, 'resolution'),
        finalsFor(context, criterionId, callIds),
      ];
    }),
  ];
  return [
    heading(1, 'Key disagreements and resolutions'),
    paragraph(
      'Most disputed first: a critical criterion at stake, then the most score points between the harshest and most lenient evaluator.',
    ),
    table(['Criterion', 'Disagreement', 'Discussion', 'Resolution', 'Final'], rows),
  ];
}

// ── Definition updates ───────────────────────────────────────────────────────────────────────────

/** Old and new wording with the changed words marked: removed ones struck through, added ones highlighted. */
function marked(before: string, after: string): { before: TextRun[]; after: TextRun[] } {
  const diff = wordDiff(before, after);
  return {
    before: diff.before.map((part) => (part.changed ? { text: part.text, removed: true } : { text: part.text })),
    after: diff.after.map((part) => (part.changed ? { text: part.text, added: true } : { text: part.text })),
  };
}

function definitionsSection(context: Context): ReportBlock[] {
  const version = context.session.scorecard.version;
  const changes = context.definitionChanges.filter((change) => change.fromVersion >= version).sort((a, b) => a.toVersion - b.toVersion);
  if (changes.length === 0) return [heading(1, 'Scorecard definition updates'), paragraph(EMPTY_SENTENCES.definitions)];
  const blocks: ReportBlock[] = [
    heading(1, 'Scorecard definition updates'),
    paragraph(
      `Each change starts a new scorecard version; the next session scores with version ${changes[changes.length - 1]!.toVersion}. Words taken out are struck through; words put in are highlighted.`,
    ),
    ...agreedLine(context),
  ];
  for (const change of changes) {
    const orNone = (text: string) => (text.trim() === '' ? '(no definition)' : text);
    const items: Array<Array<string | TextRun>> = [];
    if (change.oldQuestion !== change.newQuestion) {
      const question = marked(change.oldQuestion, change.newQuestion);
      items.push(
        [{ text: 'Question before: ', bold: true }, ...question.before],
        [{ text: 'Question now: ', bold: true }, ...question.after],
      );
    }
    const definition = marked(orNone(change.oldDefinition), orNone(change.newDefinition));
    items.push(
      [{ text: 'Old: ', bold: true }, ...definition.before],
      [{ text: 'New: ', bold: true }, ...definition.after],
      [{ text: 'Reason: ', bold: true }, change.reason],
    );
    blocks.push(
      heading(2, `${change.newQuestion} (${change.criterionId}), version ${change.fromVersion} → ${change.toVersion}`),
      list(items),
    );
  }
  return blocks;
}

/** Under what the meeting agreed: who agreed it. */
function agreedLine(context: Context): ReportBlock[] {
  return context.attendance ? [paragraph(agreedByThosePresent(context.attendance))] : [];
}

// ── Action items and follow-up ───────────────────────────────────────────────────────────────────

function actionRow(context: Context, item: ActionItem): string[] {
  return [item.text, item.owner, item.dueDate || 'No due date', statusLabel(item.status, item.dueDate, context.reportDate)];
}

const byDueDate = (a: ActionItem, b: ActionItem): number =>
  (a.dueDate || '9999-12-31').localeCompare(b.dueDate || '9999-12-31') || a.createdAt.localeCompare(b.createdAt);

function actionItemsSection(context: Context): ReportBlock[] {
  const items = context.actionItems.filter((item) => item.sessionId === context.session.id).sort(byDueDate);
  if (items.length === 0) return [heading(1, 'Action items'), paragraph(EMPTY_SENTENCES.actionItems)];
  return [
    heading(1, 'Action items'),
    table(
      ['Action', 'Owner', 'Due', 'Status'],
      items.map((item) => actionRow(context, item)),
    ),
    ...agreedLine(context),
  ];
}

/**
 * What this session followed up: every item the previous session raised, whatever its status now (so
 * the done ones show follow-through), and any older item still not done.
 */
export function followUpItems(items: readonly ActionItem[], sessionId: string, previousSessionId: string | null): ActionItem[] {
  return items.filter((item) => item.sessionId !== sessionId && (item.sessionId === previousSessionId || item.status !== 'done'));
}

function followUpSection(context: Context): ReportBlock[] {
  const items = followUpItems(context.actionItems, context.session.id, context.previousSession?.sessionId ?? null).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || byDueDate(a, b),
  );
  if (items.length === 0) return [heading(1, 'Follow-up from earlier sessions'), paragraph(EMPTY_SENTENCES.followUp)];
  return [
    heading(1, 'Follow-up from earlier sessions'),
    table(
      ['Action', 'Owner', 'Due', 'Status', 'Raised'],
      items.map((item) => [...actionRow(context, item), item.createdAt.slice(0, 10)]),
    ),
  ];
}
