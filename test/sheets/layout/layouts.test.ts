import { analyzeSession } from '../../../src/domain/analysis';
import type { SessionHistoryEntry } from '../../../src/domain/schemas';
import { formats, values, type Block } from '../../../src/sheets/block';
import { parseActionItems } from '../../../src/sheets/layout/actionItemsSheet';
import { evaluatorTab } from '../../../src/sheets/layout/evaluatorTab';
import { historyRows, parseHistory } from '../../../src/sheets/layout/historySheet';
import { evaluatorsBlock, initialStatus, sessionSheet, sessionSheetPositions } from '../../../src/sheets/layout/sessionSheet';
import { revealedSummary, statusSummary } from '../../../src/sheets/layout/summarySheet';
import { ANSWERS_HEADER_ROW, answersLayout, differenceBackgrounds } from '../../../src/sheets/layout/answersSheet';
import { answerDifference } from '../../../src/domain/answerDifference';
import { historyEntryFor, trendAcrossSessions } from '../../../src/domain/trend';
import { buildScorecard, buildSubmissions, sheet as scoreSheet } from '../../fixtures/calibration';
import { NOW, presetSession } from '../harness';

const column = (b: Block, index: number) => values(b).map((row) => row[index]);

describe('an evaluator tab', () => {
  const session = presetSession({ evaluators: 2, calls: 2, scorecard: buildScorecard(4) });

  it('has the same shape and formats sealed and revealed, and nothing of the answers while sealed', () => {
    const sealed = evaluatorTab(session, 'e1', 'Ana', null);
    const open = evaluatorTab(session, 'e1', 'Ana', [scoreSheet(session, 'e1', 'c1', { q1: 1, q2: 'NA', q3: 4, q4: 0 })]);
    expect(sealed.rows).toHaveLength(4 + 2 * 4);
    expect(open.rows).toHaveLength(sealed.rows.length);
    expect(formats(open)).toEqual(formats(sealed));
    expect(
      values(sealed)
        .slice(4)
        .map((row) => row.slice(5)),
    ).toEqual(Array(8).fill(['', '', '', '']));
    expect(values(open)[4]!.slice(3, 7)).toEqual(['q1', 'Did the agent do thing 1?', 'Yes', 1]);
    expect(values(open)[5]!.slice(5, 7)).toEqual(['N/A', 'NA']);
    expect(values(open)[6]!.slice(5, 7)).toEqual(['4', 4]);
    expect(column(open, 5).slice(8)).toEqual(Array(4).fill('Not submitted'));
  });

  it("ignores another evaluator's sheets and drafts", () => {
    const tab = evaluatorTab(session, 'e1', 'Ana', [
      scoreSheet(session, 'e2', 'c1', { q1: 1 }),
      scoreSheet(session, 'e1', 'c2', { q1: 1 }, 'draft'),
    ]);
    expect(values(tab)[1]![0]).toBe('Revealed: 0 of 2 calls submitted.');
  });
});

describe('the Session sheet', () => {
  it('puts the evaluators block where the status update will look for it', () => {
    const session = presetSession({ evaluators: 3, calls: 4 });
    const whole = values(sessionSheet(session, [], initialStatus(session)));
    const at = sessionSheetPositions(session);
    expect(whole[at.evaluators - 1]![0]).toBe('Evaluators');
    expect(whole.slice(at.evaluators - 1, at.evaluators - 1 + 5)).toEqual(
      values(evaluatorsBlock(session, initialStatus(session))).map((row) => [...row]),
    );
    expect(whole[at.calls - 1]![0]).toBe('Calls');
    expect(whole[at.actions - 1]![0]).toBe('Open action items from earlier sessions');
    expect(whole[at.report - 1]!.slice(0, 2)).toEqual(['Report', 'Not built yet']);
  });
});

describe('the Summary sheet', () => {
  it('before the reveal holds names, roles and times only', () => {
    const session = presetSession({ evaluators: 2 });
    const layout = statusSummary(session, initialStatus(session));
    expect(layout.rules).toEqual([]);
    expect(layout.charts).toEqual([]);
    expect(
      values(layout.block)
        .slice(5)
        .map((row) => row.slice(0, 5)),
    ).toEqual([
      ['Evaluator Person 1', 'Team lead', 'not yet', 0, 2],
      ['Evaluator Person 2', 'QA analyst', 'not yet', 0, 2],
    ]);
  });

  it('after the reveal opens with the headline top-left, then the charts, each table its own block', () => {
    const session = { ...presetSession({ evaluators: 3, calls: 2, scorecard: buildScorecard(5) }), status: 'revealed' as const };
    const analysis = analyzeSession({ session, submissions: buildSubmissions(session, { disagreement: 0.5 }) });
    const layout = revealedSummary(session, analysis, null);
    const grid = values(layout.block);
    expect(grid[0]![0]).toBe('Summary: November calibration');
    expect(String(grid[1]![0])).toMatch(/^Revealed: discussing\./);
    // Headline figures from row 4, labels in column A, values in B: on the first screen.
    expect(column(layout.block, 0).slice(3, 10)).toEqual([
      'Headline',
      'Calibration variance',
      'Evaluators within target',
      'Critical (auto-fail) disagreements',
      "Krippendorff's α",
      "Gwet's AC1",
      'Score sheets submitted',
    ]);
    expect(grid[4]![1]).toBe(analysis.summary.variance);
    expect(String(grid[4]![2])).toMatch(/target; first session on record$/);
    expect(grid[8]!.slice(1, 3)).toEqual([analysis.summary.gwetAc1, analysis.summary.alphaWarning ?? '']);
    expect(grid[9]!.slice(1, 3)).toEqual([analysis.submittedCount, 'of 6 (3 evaluators × 2 calls)']);
    // Widths set for every column used; title and status frozen.
    expect(layout.columnWidths.length).toBeGreaterThanOrEqual(layout.block.width);
    expect(layout.frozenRows).toBe(2);
    // The deviation chart sits under the headline, in rows kept blank for it, and reads its own data block.
    const [chart] = layout.charts;
    expect(layout.charts).toHaveLength(1);
    expect(chart!.type).toBe('COMBO');
    expect(grid[chart!.anchorRow - 2]![0]).toBe('Charts');
    for (let row = chart!.anchorRow - 1; row < chart!.anchorRow - 1 + 15; row++) expect(grid[row]!.every((cell) => cell === '')).toBe(true);
    const data = chart!.ranges[0]!;
    expect(grid[data.row - 1]!.slice(0, 4)).toEqual(['Evaluator', 'Mean deviation (pp)', 'Target, harsh side', 'Target, lenient side']);
    expect(grid[data.row]!.slice(0, 4)).toEqual([analysis.evaluators[0]!.name, analysis.evaluators[0]!.meanSignedDeviation, -5, 5]);
    // No answer grid here: it has its own tab.
    expect(column(layout.block, 0)).not.toContain('Answers: call × criterion');
  });

  it('draws the variance across sessions once History holds an earlier session', () => {
    const session = { ...presetSession({ evaluators: 3, calls: 2, scorecard: buildScorecard(5) }), status: 'revealed' as const };
    const analysis = analyzeSession({ session, submissions: buildSubmissions(session, { disagreement: 0.5 }) });
    const earlier: SessionHistoryEntry = {
      sessionId: 'oct',
      title: 'October',
      sessionDate: '2026-10-30',
      closedAt: '2026-10-31T10:00:00.000Z',
      scorecardId: session.scorecard.id,
      scorecardVersion: 1,
      calls: 2,
      evaluators: 3,
      varianceTarget: 5,
      variance: (analysis.summary.variance ?? 0) + 2,
      alpha: 0.5,
      gwetAc1: 0.6,
      criticalDisagreements: 0,
      scoringRule: 'section-shares',
      shareWithinTarget: 0.5,
      disputedCriterionIds: [],
      evaluatorDeviations: [],
      attendanceRate: null,
    };
    const layout = revealedSummary(session, analysis, trendAcrossSessions([earlier, historyEntryFor(session, analysis)]));
    const grid = values(layout.block);
    expect(String(grid[4]![2])).toMatch(/−2\.0 pp since the last session \(2026-10-30\)$/);
    const line = layout.charts.find((chart) => chart.kind === 'variance-trend')!;
    expect(line.type).toBe('LINE');
    expect(line.anchorRow).toBe(layout.charts[0]!.anchorRow);
    expect(grid[line.ranges[0]!.row - 1]).toEqual(expect.arrayContaining(['Session date', 'Calibration variance (pp)', 'Target (pp)']));
    expect(grid[line.ranges[0]!.row]!.slice(1, 3)).toEqual([earlier.variance, 5]);
  });
});

describe('the Answers tab', () => {
  it('colours each answer that differs from the final by how it differs, with a legend', () => {
    const session = { ...presetSession({ evaluators: 3, calls: 1, scorecard: buildScorecard(5) }), status: 'revealed' as const };
    const submissions = buildSubmissions(session, { disagreement: 0.5 });
    const analysis = analyzeSession({ session, submissions });
    const layout = answersLayout(session, analysis);
    const rows = layout.block.rows;
    expect(rows[1]!.slice(1, 5).map((cell) => cell.background)).toEqual(
      Object.values({
        lower: differenceBackgrounds.lower,
        higher: differenceBackgrounds.higher,
        na: differenceBackgrounds['na-vs-scored'],
        critical: differenceBackgrounds.critical,
      }),
    );
    expect(layout.frozenRows).toBe(ANSWERS_HEADER_ROW);
    expect(layout.frozenColumns).toBe(2);
    let coloured = 0;
    analysis.calls[0]!.criteria.forEach((item, i) => {
      const row = rows[ANSWERS_HEADER_ROW + i]!;
      item.answers.forEach((answer) => {
        const column = 3 + analysis.revealOrder.indexOf(answer.evaluatorId);
        const kind = answerDifference(answer.value, item.final.value, item.critical);
        expect(row[column]!.background).toBe(kind === null ? null : differenceBackgrounds[kind]);
        expect(row[column]!.align).toBe('center');
        if (kind !== null) coloured++;
      });
    });
    expect(coloured).toBeGreaterThan(0);
  });

  it('tells each kind of difference apart', () => {
    expect(answerDifference(1, 1, true)).toBeNull();
    expect(answerDifference(0, 1, true)).toBe('critical');
    expect(answerDifference('NA', 3, false)).toBe('na-vs-scored');
    expect(answerDifference(2, 'NA', false)).toBe('na-vs-scored');
    expect(answerDifference(2, 4, false)).toBe('lower');
    expect(answerDifference(5, 4, false)).toBe('higher');
    expect(answerDifference(null, 4, false)).toBeNull();
  });
});

describe('reading Action Items', () => {
  it('takes the due date from its display and stamps rows added by hand', () => {
    const items = parseActionItems(
      'Action Items',
      [
        ['a1', 'Do it', 'Ana', new Date('2026-12-15T00:00:00Z'), 'open', 's1', '', new Date(NOW)],
        ['', '', '', '', '', '', '', ''],
        ['', 'Also this', 'Bo', '', '', '', 'greet', ''],
      ],
      [
        ['a1', 'Do it', 'Ana', '2026-12-15', 'open', 's1', '', '2026-11-30 17:00'],
        ['', '', '', '', '', '', '', ''],
        ['', 'Also this', 'Bo', '', '', '', 'greet', ''],
      ],
      { now: NOW },
    );
    expect(items).toEqual([
      { id: 'a1', text: 'Do it', owner: 'Ana', dueDate: '2026-12-15', status: 'open', sessionId: 's1', criterionId: '', createdAt: NOW },
      { id: 'item-4', text: 'Also this', owner: 'Bo', dueDate: '', status: 'open', sessionId: 's1', criterionId: 'greet', createdAt: NOW },
    ]);
  });
});

describe('reading History', () => {
  const entry: SessionHistoryEntry = {
    sessionId: 's1',
    title: 'One',
    sessionDate: '2026-10-30',
    closedAt: '',
    scorecardId: 'card',
    scorecardVersion: 1,
    calls: 2,
    evaluators: 3,
    varianceTarget: 5,
    variance: null,
    alpha: 0.7,
    shareWithinTarget: null,
    disputedCriterionIds: [],
    evaluatorDeviations: [],
    gwetAc1: null,
    criticalDisagreements: null,
    scoringRule: 'points',
    attendanceRate: null,
  };

  it('round-trips its rows and skips damaged ones with the reason', () => {
    const rows = values(historyRows([entry, { ...entry, sessionId: 's2' }]));
    rows[1]![13] = '{not json';
    const read = parseHistory(
      'History',
      [...rows, Array(14).fill('')],
      rows.map((row) => row.map(String)),
    );
    expect(read.entries).toEqual([entry]);
    expect(read.skipped).toEqual(['History!A3: damaged row skipped (the evaluator deviations are not valid JSON)']);
  });
});
